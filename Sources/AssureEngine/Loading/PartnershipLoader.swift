import AssureData
import AssureLanguage
import Foundation

/// A partnership's rules and indicator data, read and checked: what every command that
/// evaluates needs.
public struct Partnership: Sendable {
    /// The rules as `assure check` accepted them: what the engine evaluates.
    public let ruleSet: RuleSet
    public let data: IndicatorData
    /// The rules files as parsed, in file-name order.
    public let rules: [ParsedFile]
    /// The rules planned for evaluation, once, for every area judged.
    public let plan: EvaluationPlan

    init(ruleSet: RuleSet, data: IndicatorData, rules: [ParsedFile]) {
        self.ruleSet = ruleSet
        self.data = data
        self.rules = rules
        plan = EvaluationPlan(ruleSet)
    }
}

/// The outcome of reading a partnership: the partnership when there were no errors, every
/// diagnostic from the rules and the data, and the rules' text for showing source lines.
public struct PartnershipLoad: Sendable {
    public let partnership: Partnership?
    public let diagnostics: [Diagnostic]
    /// Each rules file's text by path, for diagnostics' source lines.
    public let ruleTexts: [String: String]
    /// The rules as checked (parsed files and rule set), even when there were errors.
    public let checked: RulesCheckResult
}

/// Reads `Rules/*.assure` and `Indicators/*.csv` (only ever reading them), parses the rules,
/// loads the data with the rules' declared frequencies as hints, checks the rules against the
/// data.
public enum PartnershipLoader {
    public static func load(rules rulesFolder: String, indicators indicatorsFolder: String) -> PartnershipLoad {
        let (sources, readProblems) = readRules(folder: rulesFolder)
        return load(sources, readProblems: readProblems, rulesPlace: rulesFolder, indicators: indicatorsFolder)
    }

    /// As `load(rules:indicators:)`, from the named rules files rather than a whole folder
    /// (`assure check FILE…`).
    public static func load(rulesFiles paths: [String], indicators indicatorsFolder: String) -> PartnershipLoad {
        let (sources, readProblems) = readRules(files: paths)
        return load(sources, readProblems: readProblems, rulesPlace: "the rules files given", indicators: indicatorsFolder)
    }

    private static func load(_ sources: [RulesSource], readProblems: [Diagnostic], rulesPlace rulesFolder: String,
                             indicators indicatorsFolder: String) -> PartnershipLoad {
        let parsed = sources.map { Parser.parse($0.text, path: $0.path) }
        var hints: [String: Frequency] = [:]
        for case .indicator(let indicator) in parsed.flatMap(\.syntax.declarations) {
            if let frequency = indicator.frequency?.value { hints[indicator.name.value] = frequency }
        }
        let read = IndicatorLoader.load(directory: indicatorsFolder, frequencyHints: hints)
        // Rules indicators that name a published series (`from "file.csv" indicator …`) are
        // that series, under the rules' name.
        let declarations = parsed.flatMap(\.syntax.declarations).compactMap { declaration -> IndicatorDeclaration? in
            if case .indicator(let indicator) = declaration { return indicator }
            return nil
        }
        let named = read.data.map { PublishedSources.resolve(declarations, in: $0) }
        let loaded = IndicatorLoadResult(data: read.data.map { $0.naming(named?.aliases ?? [:]) },
                                         diagnostics: read.diagnostics + (named?.diagnostics ?? []))
        let known = loaded.data.map { data in
            Dictionary(data.indicatorNames.compactMap { name in data.frequency(of: name).map { (name, $0) } },
                       uniquingKeysWith: { first, _ in first })
        }
        let denominators = loaded.data.map { data in Set(data.allSeries.filter(\.hasDenominators).map(\.indicator)) }
        let checked = Checker(knownIndicators: known, knownDenominators: denominators).check(parsed: parsed)
        var partnershipProblems: [Diagnostic] = []
        if let first = sources.first, checked.ruleSet.measures.isEmpty, !checked.diagnostics.hasErrors {
            // A report that judges nothing is never what the partnership wants, even from rules
            // that are otherwise clean (an empty file, or only indicators so far).
            partnershipProblems.append(.error("the rules define no measures, so a report would judge nothing",
                                              at: SourceRange(file: first.path, line: 1, column: 1),
                                              help: "add a 'measure name { … }' to a rules file in \(rulesFolder) (see docs/language.md)"))
        }
        if let data = loaded.data, !checked.diagnostics.hasErrors {
            partnershipProblems += UnitChecks.diagnostics(data, indicators: checked.ruleSet.indicators)
            partnershipProblems += ComparatorChecks.diagnostics(checked.ruleSet, data: data)
        }
        let diagnostics = (readProblems + checked.diagnostics + partnershipProblems + loaded.diagnostics).sorted()
        let ruleTexts = Dictionary(sources.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        guard !diagnostics.hasErrors, let data = loaded.data else {
            return PartnershipLoad(partnership: nil, diagnostics: diagnostics, ruleTexts: ruleTexts, checked: checked)
        }
        return PartnershipLoad(partnership: Partnership(ruleSet: checked.ruleSet, data: data, rules: parsed),
                               diagnostics: diagnostics, ruleTexts: ruleTexts, checked: checked)
    }

    /// The `*.assure` files in `folder` and its subfolders, sorted by path, with their text.
    public static func readRules(folder: String) -> (sources: [RulesSource], diagnostics: [Diagnostic]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return ([], [.error("there is no rules folder '\(folder)'", at: nil,
                                help: "run assure in the partnership's folder (with Rules/ and Indicators/), or give --rules DIR")])
        }
        let paths = ((FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? [])
            .filter { $0.hasSuffix(".assure") }.sorted()
            .map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
        guard !paths.isEmpty else {
            return ([], [.error("the rules folder '\(folder)' has no .assure files", at: nil,
                                help: "rules files end in .assure; see docs/language.md")])
        }
        return readRules(files: paths)
    }

    /// The named rules files with their text; a diagnostic for each that cannot be read or is
    /// not a regular file within `RegularFile.rulesSizeLimit`.
    public static func readRules(files paths: [String]) -> (sources: [RulesSource], diagnostics: [Diagnostic]) {
        var sources: [RulesSource] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            // Only a regular file of at most `RegularFile.rulesSizeLimit`: a FIFO, a device, a
            // socket or a broken link is refused at once, never waited on or read without end.
            let bytes: [UInt8]
            switch RegularFile.read(path, for: .rules) {
            case .success(let read): bytes = read
            case .failure(let refusal):
                diagnostics.append(.error(refusal.message, at: nil, help: refusal.help))
                continue
            }
            guard let text = String(bytes: bytes, encoding: .utf8) else {
                diagnostics.append(.error("'\(path)' is not UTF-8 text", at: SourceRange(file: path, line: 1, column: 1),
                                          help: "save the rules file as UTF-8"))
                continue
            }
            sources.append(RulesSource(path: path, text: text))
        }
        return (sources, diagnostics)
    }
}
