import AssureData
import AssureEngine
import AssureLanguage
import AssureRuleTesting
import Foundation

/// `assure test`: runs the rule tests beside the rules (`*.assure-test` under the rules
/// folder, or the files named) through the engine and the narrative, prints each failure as
/// expected against actual with the figures that decided, and reports coverage. Exit 0 when
/// every test passes, 1 when one fails or a test file or the rules have an error.
enum TestCommand {
    static let command = Dispatcher.Command(
        name: "test",
        summary: "run the rule tests beside the rules, with coverage; JUnit XML for CI",
        usage: "assure test [--rules DIR] [--junit FILE|-] [--format text|json] [FILE…]",
        run: { arguments, console, environment throws(UsageError) in try run(&arguments, console, environment) })

    /// The ending of a rule test file's name.
    static let fileEnding = ".assure-test"

    static func run(_ arguments: inout Arguments, _ console: Console, _ environment: CommandEnvironment) throws(UsageError) -> ExitStatus {
        let folder = try arguments.option("rules") ?? "Rules"
        let junit = try arguments.option("junit")
        let format = try arguments.choice("format", of: ["text", "json"], default: "text")
        let named = try arguments.positionals(max: Int.max)

        if let junit, junit != "-", FilePath.isInside(FilePath.resolved(junit), FilePath.resolved(folder)) {
            console.error("error: --junit '\(junit)' is inside the rules folder '\(folder)'; writing there would put a report among the partnership's rules\n"
                          + "  help: write it outside '\(folder)', e.g. --junit rule-tests.xml\n")
            return .problems
        }

        // The rules, checked as `assure check` checks them (without the indicator data: a
        // test brings its own figures).
        let (sources, readProblems) = RulesFiles.read(folder: folder)
        let checked = Checker().check(sources)
        let ruleTexts = Dictionary(sources.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        let ruleProblems = (readProblems + checked.diagnostics).sorted()
        if ruleProblems.hasErrors {
            report(ruleProblems, texts: ruleTexts, console)
            console.error("error: the rules have errors, so no test was run\n  help: run assure check --rules \(folder) and correct them first\n")
            return .problems
        }

        // The test files.
        let paths = named.isEmpty ? testFiles(under: folder) : named
        guard !paths.isEmpty else {
            console.error("error: there are no rule tests (*\(fileEnding)) under '\(folder)'\n"
                          + "  help: write tests beside the rules, e.g. \(folder)/tests/measures\(fileEnding); see docs/testing.md\n")
            return .problems
        }
        var testSources: [RulesSource] = []
        var problems: [Diagnostic] = []
        for path in paths {
            if path == "-" {
                let bytes = console.readStandardInput()
                guard let text = String(bytes: bytes, encoding: .utf8) else {
                    problems.append(.error("standard input is not UTF-8 text", at: nil, help: "give the tests as UTF-8 text"))
                    continue
                }
                testSources.append(RulesSource(path: "<standard input>", text: text))
                continue
            }
            let read = PartnershipLoader.readRules(files: [path])
            testSources += read.sources
            problems += read.diagnostics
        }
        let files = testSources.map { Parser.parseRuleTests($0.text, path: $0.path) }
        let run = RuleTestRunner.run(files, ruleSet: checked.ruleSet)
        let allTexts = ruleTexts.merging(testSources.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        let diagnostics = (problems + ruleProblems + run.diagnostics).sorted()
        report(diagnostics, texts: allTexts, console)
        if diagnostics.hasErrors {
            console.error("error: the tests have errors, so none was run\n")
            return .problems
        }

        if let junit {
            let xml = JUnitReport.render(run)
            if junit == "-" {
                console.out(xml)
            } else {
                do {
                    try RulesFiles.writeAtomically(xml, to: junit, runIdentifier: environment.runIdentifier)
                } catch {
                    console.error("error: cannot write the JUnit report '\(junit)': \(error.localizedDescription)\n")
                    return .problems
                }
            }
        }
        if junit != "-" {
            console.out(format == "json" ? RuleTestJSON.render(run) : RuleTestText.render(run))
        }
        return run.failedCount == 0 ? .clean : .problems
    }

    /// The rule test files under `folder` and its subfolders, sorted by path.
    static func testFiles(under folder: String) -> [String] {
        let found = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        return found.filter { $0.hasSuffix(fileEnding) }.sorted()
            .map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    }

    private static func report(_ diagnostics: [Diagnostic], texts: [String: String], _ console: Console) {
        guard !diagnostics.isEmpty else { return }
        console.error(DiagnosticRenderer(useColour: console.colourOnStandardError).render(diagnostics, sources: InMemorySources(texts)))
    }
}
