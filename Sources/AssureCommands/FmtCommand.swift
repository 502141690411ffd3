import AssureData
import AssureLanguage

/// `assure fmt`: rewrites rules files in the canonical layout, keeping comments. A file with
/// errors is left untouched and its errors are printed. With `--check`, lists the files that
/// would change and exits 1 if any would.
enum FmtCommand {
    static let command = Dispatcher.Command(
        name: "fmt",
        summary: "rewrite the rules files in the canonical layout",
        usage: "assure fmt [--rules DIR | FILE…] [--check]",
        run: { arguments, console, environment throws(UsageError) in try run(&arguments, console, environment) })

    static func run(_ arguments: inout Arguments, _ console: Console, _ environment: CommandEnvironment) throws(UsageError) -> ExitStatus {
        let checkOnly = arguments.flag("check")
        let folder = try arguments.option("rules")
        let files = try arguments.positionals(max: Int.max)
        if folder != nil, !files.isEmpty {
            throw UsageError(message: "give either --rules or files, not both")
        }
        let (sources, problems) = files.isEmpty ? RulesFiles.read(folder: folder ?? "Rules") : RulesFiles.read(files: files)
        var diagnostics = problems
        var texts: [String: String] = [:]
        var changed = false
        for source in sources {
            switch Formatter.format(source.text, path: source.path) {
            case .unchanged:
                continue
            case .syntaxErrors(let errors):
                diagnostics += errors
                texts[source.path] = source.text
            case .formatted(let formatted):
                changed = true
                if checkOnly {
                    console.out(source.path + "\n")
                    continue
                }
                do {
                    try RulesFiles.writeAtomically(formatted, to: source.path, runIdentifier: environment.runIdentifier)
                    console.out("formatted \(source.path)\n")
                } catch {
                    diagnostics.append(.error("cannot write '\(source.path)': \(error.localizedDescription)", at: nil))
                }
            }
        }
        if !diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(useColour: console.colourOnStandardError)
            console.error(renderer.render(diagnostics.sorted(), sources: InMemorySources(texts)))
        }
        return diagnostics.hasErrors || (checkOnly && changed) ? .problems : .clean
    }
}
