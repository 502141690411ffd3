// Benchmarks for Assure's hot paths, run in release: `swift run -c release assure-bench <name>`.
// Each benchmark is a file with one entry in `Benchmarks.all`; each prints its own small table.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
exit(Benchmarks.run(arguments))
