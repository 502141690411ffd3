// Benchmarks: `assure-bench rules [BYTES]`. Run with `swift run -c release assure-bench rules`.
let benchmarkArguments = Array(CommandLine.arguments.dropFirst())
if benchmarkArguments.first == "rules" { runRulesBenchmark(arguments: Array(benchmarkArguments.dropFirst())) }
