// Benchmarks. Placeholder until the first benchmark lands.
print("assure-bench")
