import AssureData
import Foundation

/// A rules file to load: its path (as shown in diagnostics) and its text.
public struct RulesSource: Hashable, Sendable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// What loading rules gives: the parsed files, the checked rule set and every diagnostic,
/// sorted by file and position.
public struct RulesCheckResult: Sendable {
    public let files: [ParsedFile]
    public let ruleSet: RuleSet
    public let diagnostics: [Diagnostic]
}

/// Parses and checks rules files together: names across files, cycles, units, frequencies,
/// templates, and — when the indicator data has been loaded — the indicators it holds.
public struct Checker {
    /// The indicators found in `Indicators/` with their frequencies; nil when the data has not
    /// been loaded, which turns the checks against data off.
    public let knownIndicators: [String: Frequency]?
    /// The indicators whose data gives a denominator beside the value; nil when the data has
    /// not been loaded (then whether a percentage can be tested against chance is not known).
    public let knownDenominators: Set<String>?

    public init(knownIndicators: [String: Frequency]? = nil, knownDenominators: Set<String>? = nil) {
        self.knownIndicators = knownIndicators
        self.knownDenominators = knownDenominators
    }

    /// Parses every source (in path order) and checks them as one rule set.
    public func check(_ sources: [RulesSource]) -> RulesCheckResult {
        let files = sources.sorted { $0.path < $1.path }.map { Parser.parse($0.text, path: $0.path) }
        return check(parsed: files)
    }

    /// Checks files already parsed.
    public func check(parsed files: [ParsedFile]) -> RulesCheckResult {
        var context = CheckContext(knownIndicators: knownIndicators)
        context.knownDenominators = knownDenominators
        context.diagnostics = files.flatMap(\.diagnostics)
        context.collect(files.flatMap(\.syntax.declarations))
        let ruleSet = context.buildRuleSet()
        // The same problem found twice (by the lexer and again by a check) is shown once.
        var seen: Set<Diagnostic> = []
        let unique = context.diagnostics.sorted().filter { seen.insert($0).inserted }
        return RulesCheckResult(files: files, ruleSet: ruleSet, diagnostics: unique)
    }
}

/// The state of one check: the declarations by name and the diagnostics so far.
struct CheckContext {
    let knownIndicators: [String: Frequency]?
    var knownDenominators: Set<String>?
    var diagnostics: [Diagnostic] = []
    var reports: [ReportDeclaration] = []
    /// The report's settings, once checked (measures' sentences need its area).
    var report: ReportSettings?
    var priorities: [String: PriorityDeclaration] = [:]
    var priorityOrder: [String] = []
    var indicators: [String: IndicatorDeclaration] = [:]
    var indicatorOrder: [String] = []
    var measures: [String: MeasureDeclaration] = [:]
    var measureOrder: [String] = []
    var outcomes: [String: OutcomeDeclaration] = [:]
    var outcomeOrder: [String] = []
    /// Indicators checked so far, and those whose check is under way (for cycles).
    var resolved: [String: Indicator?] = [:]
    var resolving: [String] = []

    init(knownIndicators: [String: Frequency]?) { self.knownIndicators = knownIndicators }

    mutating func error(_ message: String, at range: SourceRange?, help: String? = nil,
                        notes: [Diagnostic.Note] = [], fixIt: Diagnostic.FixIt? = nil) {
        diagnostics.append(.error(message, at: range, help: help, notes: notes, fixIt: fixIt))
    }

    mutating func warning(_ message: String, at range: SourceRange?, help: String? = nil,
                          notes: [Diagnostic.Note] = [], fixIt: Diagnostic.FixIt? = nil) {
        diagnostics.append(.warning(message, at: range, help: help, notes: notes, fixIt: fixIt))
    }

    /// An unknown name, with the nearest known one as a suggestion and a fix.
    mutating func unknown(_ what: String, _ name: Located<String>, among candidates: [String], help otherwise: String? = nil) {
        let suggestion = Suggestions.closest(to: name.value, among: candidates)
        error("unknown \(what) '\(name.value)'", at: name.range,
              help: suggestion.map { "did you mean '\($0)'?" } ?? otherwise,
              fixIt: suggestion.map { Diagnostic.FixIt(range: name.range, replacement: $0) })
    }

    // MARK: Collecting declarations

    mutating func collect(_ declarations: [Declaration]) {
        for declaration in declarations {
            switch declaration {
            case .report(let report):
                if let first = reports.first {
                    error("the report settings are given twice", at: report.range, help: "keep one 'report' block",
                          notes: [Diagnostic.Note(range: first.range, message: "the first 'report' block is here")])
                } else {
                    reports.append(report)
                }
            case .priority(let priority):
                if declare(priority.name, what: "priority", existing: priorities[priority.name.value]?.name) {
                    priorities[priority.name.value] = priority
                    priorityOrder.append(priority.name.value)
                }
            case .indicator(let indicator):
                if declare(indicator.name, what: "indicator", existing: indicators[indicator.name.value]?.name) {
                    indicators[indicator.name.value] = indicator
                    indicatorOrder.append(indicator.name.value)
                }
            case .measure(let measure):
                if declare(measure.name, what: "measure", existing: measures[measure.name.value]?.name) {
                    measures[measure.name.value] = measure
                    measureOrder.append(measure.name.value)
                }
            case .outcome(let outcome):
                if declare(outcome.name, what: "outcome", existing: outcomes[outcome.name.value]?.name) {
                    outcomes[outcome.name.value] = outcome
                    outcomeOrder.append(outcome.name.value)
                }
            }
        }
    }

    /// Whether a name is new; reports a duplicate with where the first is.
    private mutating func declare(_ name: Located<String>, what: String, existing: Located<String>?) -> Bool {
        guard let existing else { return true }
        error("the \(what) '\(name.value)' is declared twice", at: name.range, help: "rename one of them, or remove one",
              notes: [Diagnostic.Note(range: existing.range, message: "the first declaration is here")])
        return false
    }

    // MARK: The rule set

    mutating func buildRuleSet() -> RuleSet {
        let report = checkReport()
        self.report = report
        var priorityList: [Priority] = []
        for name in priorityOrder {
            guard let declaration = priorities[name] else { continue }
            if declaration.title == nil, !declaration.isIncomplete {
                error("priority '\(name)' has no title", at: declaration.name.range,
                      help: "add a title as the report should show it, such as title \"Themed Priority Area 1: Neglect\"")
            }
            priorityList.append(Priority(name: name, title: declaration.title?.value ?? name, range: declaration.range))
        }
        var indicatorTable: [String: Indicator] = [:]
        for name in indicatorOrder {
            if let indicator = resolveIndicator(name) { indicatorTable[name] = indicator }
        }
        let measureList = measureOrder.compactMap { name in measures[name].flatMap { checkMeasure($0) } }
        let outcomeList = outcomeOrder.compactMap { name in outcomes[name].flatMap { checkOutcome($0) } }
        return RuleSet(report: report, priorities: priorityList, indicators: indicatorTable, measures: measureList, outcomes: outcomeList)
    }

    mutating func checkReport() -> ReportSettings {
        guard let report = reports.first else {
            return ReportSettings(title: "How are we doing?", partnership: nil, area: nil, period: .quarter, range: nil)
        }
        if report.title == nil {
            warning("the report has no title", at: report.range, help: "add a title, such as title \"How are we doing?\"")
        }
        var confidence = 0.95
        if let level = report.confidence {
            if level.value >= 80, level.value < 100 {
                confidence = level.value / 100
            } else {
                error("a confidence level is between 80% and 100%, such as 95% or 99.8%", at: level.range,
                      help: "95% is the usual level; public-health benchmarking also uses 99.8%")
            }
        }
        var settings = ReportSettings(title: report.title?.value ?? "How are we doing?", partnership: report.partnership?.value,
                                      area: report.area?.value, period: report.period?.value ?? .quarter, confidence: confidence, range: report.range)
        for text in [report.title, report.partnership, report.area, report.meeting, report.purpose, report.version].compactMap({ $0 })
            + report.authors + report.evidence where text.value.trimmingCharacters(in: .whitespaces).isEmpty {
            error("this text is empty", at: text.range, help: "write the words the report should show, or remove the clause")
        }
        if let areas = report.areas {
            if let area = report.area {
                error("a report is for one area or for several, not both: this report block gives 'area' and 'areas'", at: areas.range,
                      help: "keep 'areas' to judge each of them in one run, or 'area' for one report",
                      notes: [.init(range: area.range, message: "'area' is given here")])
            } else if case .named(let names) = areas.value, names.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                error("an area's name is empty", at: areas.range, help: "name each area by its name or code in the data, such as \"Salford\" or \"E08000006\"")
            } else if case .region(let region) = areas.value, region.trimmingCharacters(in: .whitespaces).isEmpty {
                error("the region's name is empty", at: areas.range, help: "name the region as the data does, such as \"North West\" or \"E12000002\"")
            } else {
                settings.areas = areas.value
                settings.areasRange = areas.range
            }
        }
        settings.meeting = report.meeting?.value
        if let date = report.meetingDate {
            if CheckContext.isDate(date.value) {
                settings.meetingDate = date.value
            } else {
                error("'\(date.value)' is not a date written as year-month-day", at: date.range, help: "write the meeting's date as \"2019-03-25\"")
            }
        }
        settings.authors = report.authors.map(\.value)
        settings.purpose = report.purpose?.value
        settings.evidence = report.evidence.map(\.value)
        settings.version = report.version?.value
        var headlines: [String] = []
        for name in report.headlines {
            guard measures[name.value] != nil else {
                unknown("measure", name, among: measureOrder, help: "headlines name measures declared in the rules")
                continue
            }
            if headlines.contains(name.value) {
                warning("'\(name.value)' is named twice as a headline", at: name.range)
            } else {
                headlines.append(name.value)
            }
        }
        settings.headlines = headlines
        var firstOfSection: [String: SourceRange] = [:]
        for section in report.sections {
            guard CheckContext.sectionNumbers.contains(section.number.value) else {
                error("there is no section '\(section.number.value)' for the rules to write", at: section.number.range,
                      help: "the sub-group writes sections " + CheckContext.sectionNumbers.map { "\"\($0)\"" }.joined(separator: ", "))
                continue
            }
            if let first = firstOfSection[section.number.value] {
                error("section \(section.number.value) is given twice", at: section.number.range, help: "keep one 'section \"\(section.number.value)\"' clause",
                      notes: [Diagnostic.Note(range: first, message: "the first is here")])
                continue
            }
            firstOfSection[section.number.value] = section.number.range
            // Rules given only as text (not a file on disk) have no folder to find section files in.
            guard FileManager.default.fileExists(atPath: section.file.range.file) else { continue }
            guard let text = CheckContext.readSectionFile(section.file.value, besideRulesFile: section.file.range.file) else {
                error("cannot read the section file '\(section.file.value)'", at: section.file.range,
                      help: "the file is found beside the rules file that names it; check its name")
                continue
            }
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                warning("the section file '\(section.file.value)' is empty", at: section.file.range,
                        help: "write the section's text in it, or remove the clause")
            }
            settings.sections.append(ReportSectionText(number: section.number.value, file: section.file.value, text: text))
        }
        return settings
    }

    /// The template sections the sub-group writes: introduction, qualitative evidence, voices,
    /// other information and emerging issues, recommendations.
    static let sectionNumbers = ["1", "4.2", "4.3", "5", "6"]

    /// `2019-03-25`, a day that exists.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let calendarMonth = Month(year: year, month: month) else { return false }
        return day >= 1 && day <= calendarMonth.dayCount
    }

    /// The UTF-8 text of `path`, relative to the folder of `rulesFile` unless absolute.
    static func readSectionFile(_ path: String, besideRulesFile rulesFile: String) -> String? {
        guard !path.isEmpty else { return nil }
        var full = path
        if !path.hasPrefix("/"), let slash = rulesFile.lastIndex(of: "/") {
            full = String(rulesFile[...slash]) + path
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
              let bytes = FileManager.default.contents(atPath: full) else { return nil }
        return String(bytes: bytes, encoding: .utf8)
    }
}
