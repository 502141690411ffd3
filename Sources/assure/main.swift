// The `assure` command line: turns arguments into a library call and the result into bytes
// and an exit status (0 clean, 1 a problem in the rules or data, 2 bad usage).
import Foundation

let console = Console()
let status = Dispatcher.run(Array(CommandLine.arguments.dropFirst()), console: console)
exit(status.rawValue)
