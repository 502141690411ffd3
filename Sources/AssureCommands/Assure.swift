/// The `assure` command line as a library: arguments in, bytes on the console and an exit
/// status out (0 clean, 1 a problem in the rules or data, 2 bad usage). The executable is
/// this and nothing more; tests call it in-process with a capturing `Console`.
public enum Assure {
    /// Runs the command named by `arguments` (without the program's name) and returns the
    /// exit status.
    public static func main(arguments: [String], console: Console,
                            environment: CommandEnvironment = .current) -> Int32 {
        Dispatcher.run(arguments, console: console, environment: environment).rawValue
    }
}
