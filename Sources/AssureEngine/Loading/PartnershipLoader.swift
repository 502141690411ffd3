import AssureData
import AssureLanguage
import Foundation

/// A partnership's rules and indicator data, read and planned: what every command that
/// evaluates needs.
public struct Partnership: Sendable {
    public let plan: RulePlan
    public let data: IndicatorData
    /// The rules files as parsed, in file-name order.
    public let rules: [ParsedFile]
}

/// The outcome of reading a partnership: the partnership when there were no errors, every
/// diagnostic from the rules and the data, and the rules' text for showing source lines.
public struct PartnershipLoad: Sendable {
    public let partnership: Partnership?
    public let diagnostics: [Diagnostic]
    /// Each rules file's text by path, for diagnostics' source lines.
    public let ruleTexts: [String: String]
}

/// Reads `Rules/*.assure` and `Indicators/*.csv` (only ever reading them), parses the rules,
/// loads the data with the rules' declared frequencies as hints, and plans the evaluation.
public enum PartnershipLoader {
    public static func load(rules rulesFolder: String, indicators indicatorsFolder: String) -> PartnershipLoad {
        let (texts, readProblems) = readRules(folder: rulesFolder)
        let parsed = texts.map { Parser.parse($0.text, path: $0.path) }
        let declarations = parsed.flatMap(\.syntax.declarations)
        var hints: [String: Frequency] = [:]
        for case .indicator(let indicator) in declarations {
            if let frequency = indicator.frequency?.value { hints[indicator.name.value] = frequency }
        }
        let loaded = IndicatorLoader.load(directory: indicatorsFolder, frequencyHints: hints)
        let diagnostics = (readProblems + parsed.flatMap(\.diagnostics) + loaded.diagnostics).sorted()
        let ruleTexts = Dictionary(texts.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        guard !diagnostics.hasErrors, let data = loaded.data else {
            return PartnershipLoad(partnership: nil, diagnostics: diagnostics, ruleTexts: ruleTexts)
        }
        let plan = RulePlanner.plan(parsed.map(\.syntax))
        return PartnershipLoad(partnership: Partnership(plan: plan, data: data, rules: parsed),
                               diagnostics: diagnostics, ruleTexts: ruleTexts)
    }

    /// The `*.assure` files directly in `folder`, sorted by name, with their text.
    public static func readRules(folder: String) -> (files: [(path: String, text: String)], diagnostics: [Diagnostic]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return ([], [.error("there is no rules folder '\(folder)'", at: nil,
                                help: "run assure in the partnership's folder (with Rules/ and Indicators/), or give --rules DIR")])
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".assure") }.sorted()
        guard !names.isEmpty else {
            return ([], [.error("the rules folder '\(folder)' has no .assure files", at: nil,
                                help: "rules files end in .assure; see docs/language.md")])
        }
        var files: [(path: String, text: String)] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            guard let bytes = FileManager.default.contents(atPath: path) else {
                diagnostics.append(.error("cannot read '\(path)'", at: nil, help: "check the file's permissions"))
                continue
            }
            guard let text = String(bytes: bytes, encoding: .utf8) else {
                diagnostics.append(.error("'\(path)' is not UTF-8 text", at: SourceRange(file: path, line: 1, column: 1),
                                          help: "save the rules file as UTF-8"))
                continue
            }
            files.append((path, text))
        }
        return (files, diagnostics)
    }
}
