// The `assure` command line: every command lives in AssureCommands; this only hands it the
// process's arguments and streams and exits with its status.
import AssureCommands
import Foundation

exit(Assure.main(arguments: Array(CommandLine.arguments.dropFirst()), console: .standard()))
