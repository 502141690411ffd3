/// What a placeholder or a filter gives: a number (formatted by its style), a period (in
/// words), a direction of change (in words chosen by a filter), or text.
public enum NarrativeKind: String, Hashable, Sendable, CaseIterable {
    case number, period, direction, text
}

/// Which measures (or sentences) have a placeholder: every measure, only one that compares,
/// only a notice's own sentence…
public enum PlaceholderSource: Hashable, Sendable {
    case always
    /// A measure with a `compare with …` (the first comparison).
    case comparison
    /// A measure with `compare with target …` or `judge by spc … target …`.
    case target
    /// A measure with `compare with benchmark …`.
    case benchmark
    /// A measure judged by statistical process control.
    case spc
    /// A measure with `compare with England`.
    case england
    /// A measure with `compare with region`.
    case region
    /// A measure with `compare with statistical neighbours`.
    case neighbours
    /// A measure compared with England, its region or its statistical neighbours: its rank
    /// and quartile among the local authorities of the same published data.
    case standing
    /// A `notice trend`, `notice record` or `notice run` sentence.
    case trend, record, run
    /// A `say to note` sentence: only an area to note has a reason.
    case toNote
    /// A measure whose first comparison is a period (not a target).
    case comparedPeriod
    /// A percentage measure that compares: its change in percentage points.
    case percentageChange
    /// A report whose settings name its area.
    case area
    /// A count, percentage or rate: a figure with a base (its events or its denominator).
    case base
    /// A sentence for a measure that has its figure (every one but `say no figure`).
    case figure

    /// Why a placeholder of this source is not known where it was written, as help.
    var absence: String {
        switch self {
        case .always: return ""
        case .comparison: return "it needs something to compare with: add 'compare with …' to the measure"
        case .target: return "add 'compare with target …' to the measure"
        case .benchmark: return "add 'compare with benchmark …' to the measure"
        case .spc: return "it is known when the measure is judged by spc"
        case .england: return "add 'compare with England' to the measure"
        case .region: return "add 'compare with region' to the measure"
        case .neighbours: return "add 'compare with statistical neighbours' to the measure"
        case .standing: return "the rank among local authorities is known when the measure compares with England, region or statistical neighbours"
        case .trend: return "it is known only in a 'notice trend' sentence"
        case .record: return "it is known only in a 'notice record' sentence"
        case .run: return "it is known only in a 'notice run' sentence"
        case .toNote: return "only an area to note has a reason: use it in 'say to note'"
        case .comparedPeriod: return "the measure's first comparison must be a period (not a target): put 'compare with previous period' (or another period) first"
        case .percentageChange: return "percentage points are the change of a percentage: the measure is not one; use {change.absolute} or {change.percent}"
        case .area: return "the report names no area: add area \"…\" to the report block"
        case .figure: return "a 'say no figure' sentence is for a period with no figure: say why with {reason}"
        case .base: return "only a count, a percentage or a rate has a base (its events or its denominator); this measure is another kind of figure"
        }
    }
}

/// One placeholder a narrative template may use: `{change.percent}`.
public struct PlaceholderDefinition: Hashable, Sendable {
    /// The name written between the braces.
    public let name: PlaceholderName
    public let kind: NarrativeKind
    /// Which measures or sentences have it.
    public let source: PlaceholderSource
    /// What it gives, in a sentence, for `docs/narrative.md` and the checker's help.
    public let gives: String
}

/// One filter a placeholder may be passed through: `{change.percent|abs|round(1)}`.
public struct FilterDefinition: Hashable, Sendable {
    /// The name written after `|`.
    public let name: String
    /// The arguments as written in the documentation: `(n)`, `("statement")`.
    public let usage: String
    /// Which arguments are text (the others are numbers), and how many may be given.
    public let argumentKind: NarrativeArgumentKind
    public let minimumArguments: Int
    public let maximumArguments: Int
    /// The kinds of figure it can format.
    public let accepts: Set<NarrativeKind>
    /// What it turns the figure into; nil when it keeps the kind (`abs`, `round`).
    public let gives: NarrativeKind?
    public let description: String
}

/// The type of a filter's arguments.
public enum NarrativeArgumentKind: String, Hashable, Sendable {
    case none, number, text
}

/// The narrative template vocabulary: every placeholder and every filter, in one table. The
/// checker checks templates against it and the report renders from it (the report's switch
/// over `PlaceholderName` is exhaustive), so a template `assure check` accepts always renders.
/// `docs/narrative.md` documents the same table.
public enum NarrativeVocabulary {
    public static let placeholders: [PlaceholderDefinition] = [
        PlaceholderDefinition(name: .title, kind: .text, source: .always, gives: "the measure's title"),
        PlaceholderDefinition(name: .value, kind: .number, source: .figure, gives: "the measure's value for the period, in its unit (26%, 59,370)"),
        PlaceholderDefinition(name: .period, kind: .period, source: .always, gives: "the period the measure is judged for, in words (October 2023, 2023/24)"),
        PlaceholderDefinition(name: .area, kind: .text, source: .area, gives: "the area the report is for"),
        PlaceholderDefinition(name: .base, kind: .number, source: .base, gives: "the size of the numbers behind the figure (checked against the minimum base)"),
        PlaceholderDefinition(name: .classification, kind: .text, source: .always, gives: "the verdict in words: what we are doing well, area for further exploration, area to note"),
        PlaceholderDefinition(name: .reason, kind: .text, source: .toNote, gives: "why an area to note is noted, as a clause"),
        PlaceholderDefinition(name: .comparisonValue, kind: .number, source: .comparison, gives: "the figure compared with (the first comparison), in the measure's unit; with `from`, \"up from 78% in 2021\""),
        PlaceholderDefinition(name: .comparisonPeriod, kind: .period, source: .comparedPeriod, gives: "the period compared with, in words"),
        PlaceholderDefinition(name: .target, kind: .number, source: .target, gives: "the target the measure is compared with (`compare with target …`), in its unit"),
        PlaceholderDefinition(name: .benchmarkValue, kind: .number, source: .benchmark, gives: "the benchmark's figure for the period (`compare with benchmark …`)"),
        PlaceholderDefinition(name: .benchmarkName, kind: .text, source: .benchmark, gives: "the benchmark's name, as its label gives it (England)"),
        PlaceholderDefinition(name: .englandValue, kind: .number, source: .england, gives: "England's figure for the period (`compare with England`), in the measure's unit"),
        PlaceholderDefinition(name: .regionValue, kind: .number, source: .region, gives: "the area's region's figure for the period (`compare with region`)"),
        PlaceholderDefinition(name: .regionName, kind: .text, source: .region, gives: "the region's name, as the published file gives it (North West)"),
        PlaceholderDefinition(name: .neighboursValue, kind: .number, source: .neighbours, gives: "the median of the statistical neighbours' figures for the period (`compare with statistical neighbours`)"),
        PlaceholderDefinition(name: .neighboursCount, kind: .number, source: .neighbours, gives: "how many of the ten statistical neighbours had a figure for the period"),
        PlaceholderDefinition(name: .rank, kind: .number, source: .standing, gives: "the area's rank among the local authorities with a figure for the period, 1 the best by the indicator's better direction (the highest when it has none)"),
        PlaceholderDefinition(name: .rankOf, kind: .number, source: .standing, gives: "how many local authorities had a figure for the period (the rank is out of these)"),
        PlaceholderDefinition(name: .quartile, kind: .number, source: .standing, gives: "the area's quartile among the local authorities, 1 the best quarter (as the rank)"),
        PlaceholderDefinition(name: .change, kind: .number, source: .comparison, gives: "the change in the measure's own way (`change as …`; points for a percentage, otherwise percent)"),
        PlaceholderDefinition(name: .changeAbsolute, kind: .number, source: .comparison, gives: "the difference from the comparison, in the measure's unit (percentage points for a percentage)"),
        PlaceholderDefinition(name: .changePercent, kind: .number, source: .comparison, gives: "the difference as a percentage of the comparison figure"),
        PlaceholderDefinition(name: .changePoints, kind: .number, source: .percentageChange, gives: "the difference of two percentages, in percentage points"),
        PlaceholderDefinition(name: .changeDirection, kind: .direction, source: .comparison, gives: "which way the figure moved from the comparison (increase, decrease, no change)"),
        PlaceholderDefinition(name: .recordValue, kind: .number, source: .record, gives: "the record (highest or lowest) figure of a record notice"),
        PlaceholderDefinition(name: .recordPeriod, kind: .period, source: .record, gives: "the latest period that reached the record"),
        PlaceholderDefinition(name: .recordKind, kind: .text, source: .record, gives: "highest or lowest"),
        PlaceholderDefinition(name: .trendSince, kind: .period, source: .trend, gives: "the first period of a trend notice's window; with `since`, \"the beginning of 2023\""),
        PlaceholderDefinition(name: .trendThrough, kind: .period, source: .trend, gives: "the last period of a trend notice's window"),
        PlaceholderDefinition(name: .trendDirection, kind: .direction, source: .trend, gives: "the trend's direction (increase, decrease, none)"),
        PlaceholderDefinition(name: .trendSlope, kind: .number, source: .trend, gives: "Sen's slope: the typical change per period, in the measure's unit"),
        PlaceholderDefinition(name: .trendP, kind: .number, source: .trend, gives: "the Mann–Kendall p-value (three decimals unless rounded)"),
        PlaceholderDefinition(name: .runLength, kind: .number, source: .run, gives: "how many points the latest run of rises or falls spans"),
        PlaceholderDefinition(name: .runDirection, kind: .direction, source: .run, gives: "whether the run rises or falls"),
        PlaceholderDefinition(name: .spcSignal, kind: .text, source: .spc, gives: "the latest point's type in words (special cause improvement, common cause)"),
        PlaceholderDefinition(name: .spcVerdict, kind: .text, source: .spc, gives: "the same as `spc.signal`"),
        PlaceholderDefinition(name: .spcRule, kind: .text, source: .spc, gives: "the special-cause rule that flags the latest point (outside limits, trend, two in three, shift)"),
        PlaceholderDefinition(name: .spcMean, kind: .number, source: .spc, gives: "the centre line of the latest group of the chart"),
        PlaceholderDefinition(name: .spcUpper, kind: .number, source: .spc, gives: "the upper process limit of the latest group"),
        PlaceholderDefinition(name: .spcLower, kind: .number, source: .spc, gives: "the lower process limit of the latest group"),
    ]

    public static let filters: [FilterDefinition] = [
        FilterDefinition(name: "abs", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.number], gives: nil, description: "the size of the figure without its sign: −26% → 26%"),
        FilterDefinition(name: "round", usage: "(n)", argumentKind: .number, minimumArguments: 0, maximumArguments: 1,
                         accepts: [.number], gives: nil, description: "at most n decimal places (whole numbers by default): 8.5%"),
        FilterDefinition(name: "percent", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.number], gives: nil, description: "write the figure as a percentage: 26%"),
        FilterDefinition(name: "points", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.number], gives: nil, description: "write the figure in percentage points: 3.5 percentage points"),
        FilterDefinition(name: "words", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.number], gives: nil, description: "whole numbers from zero to ten in words: three"),
        FilterDefinition(name: "plural", usage: "(\"statement\"[, \"statements\"])", argumentKind: .text, minimumArguments: 1, maximumArguments: 2,
                         accepts: [.number], gives: .text, description: "the number and the noun, singular for 1: 1 statement, 187 statements"),
        FilterDefinition(name: "direction", usage: "(\"increase\", \"decrease\"[, \"no change\"]) or (\"rise\")", argumentKind: .text,
                         minimumArguments: 1, maximumArguments: 3, accepts: [.direction, .number], gives: .text,
                         description: "the word for an increase, a decrease and no change; or a named style: increase, rise, up, improvement"),
        FilterDefinition(name: "increase", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.direction, .number], gives: .text, description: "increase / decrease / no change"),
        FilterDefinition(name: "rise", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.direction, .number], gives: .text, description: "rise / fall / no change"),
        FilterDefinition(name: "up", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.direction, .number], gives: .text, description: "up / down / unchanged"),
        FilterDefinition(name: "improvement", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.direction, .number], gives: .text,
                         description: "improvement / deterioration / no change, by the indicator's polarity (never \"poor performance\")"),
        FilterDefinition(name: "from", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.number], gives: .text,
                         description: "on comparison.value: up from 78% in 2021, down from 88 in 2022/23, the same as … ; above the target of 90%"),
        FilterDefinition(name: "since", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.period], gives: .text,
                         description: "a period as the start of a time: the beginning of 2023 (for January 2023 or 2023), the beginning of 2023/24"),
        FilterDefinition(name: "thousands", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.number], gives: nil, description: "thousands separators (59,370); numbers have them already, so this only says so"),
        FilterDefinition(name: "lower", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.text, .period, .direction], gives: .text, description: "in lower case"),
        FilterDefinition(name: "capitalise", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.text, .period, .direction], gives: .text, description: "with a capital first letter"),
        FilterDefinition(name: "code", usage: "", argumentKind: .none, minimumArguments: 0, maximumArguments: 0,
                         accepts: [.period], gives: .text, description: "a period as data files write it (2023/24 Q3) rather than in words"),
    ]

    /// The placeholder called `name`, if there is one.
    public static func placeholder(named name: String) -> PlaceholderDefinition? {
        guard let typed = PlaceholderName(rawValue: name) else { return nil }
        return placeholders.first { $0.name == typed }
    }

    /// The filter called `name`, if there is one.
    public static func filter(named name: String) -> FilterDefinition? {
        filters.first { $0.name == name }
    }

    /// The named styles `direction("…")` accepts, which are also filters of their own.
    public static let directionStyles = ["increase", "rise", "up", "improvement"]
}

/// The name of every placeholder, as written between the braces.
public enum PlaceholderName: String, Hashable, Sendable, CaseIterable {
    case title
    case value
    case period
    case area
    case base
    case classification
    case reason
    case comparisonValue = "comparison.value"
    case comparisonPeriod = "comparison.period"
    case target
    case benchmarkValue = "benchmark.value"
    case benchmarkName = "benchmark.name"
    case englandValue = "england.value"
    case regionValue = "region.value"
    case regionName = "region.name"
    case neighboursValue = "neighbours.value"
    case neighboursCount = "neighbours.count"
    case rank
    case rankOf = "rank.of"
    case quartile
    case change
    case changeAbsolute = "change.absolute"
    case changePercent = "change.percent"
    case changePoints = "change.points"
    case changeDirection = "change.direction"
    case recordValue = "record.value"
    case recordPeriod = "record.period"
    case recordKind = "record.kind"
    case trendSince = "trend.since"
    case trendThrough = "trend.through"
    case trendDirection = "trend.direction"
    case trendSlope = "trend.slope"
    case trendP = "trend.p"
    case runLength = "run.length"
    case runDirection = "run.direction"
    case spcSignal = "spc.signal"
    case spcVerdict = "spc.verdict"
    case spcRule = "spc.rule"
    case spcMean = "spc.mean"
    case spcUpper = "spc.upper"
    case spcLower = "spc.lower"
}

extension NarrativeVocabulary {
    /// Phrases the report template forbids until a problem is known, and what to say instead.
    public static let forbiddenPhrases: [(phrase: String, instead: String)] = [
        ("poor performance", "area for further exploration"),
        ("areas for improvement", "areas for further exploration"),
        ("area for improvement", "area for further exploration"),
    ]

    /// What is wrong with a placeholder whatever the measure: an unknown name or filter (with
    /// the nearest known one), wrong arguments, or a filter that cannot format the kind of
    /// figure it is given (`{period|abs}`). Nil when it is well formed. `assure check` and the
    /// report's renderer both use this one check.
    public static func problem(in placeholder: Placeholder) -> NarrativeProblem? {
        let name = placeholder.name.value
        guard let definition = self.placeholder(named: name) else {
            let suggestion = Suggestions.closest(to: name, among: PlaceholderName.allCases.map(\.rawValue))
            return NarrativeProblem(message: "unknown placeholder '{\(name)}'", range: placeholder.name.range,
                                    help: suggestion.map { "did you mean '{\($0)}'?" } ?? "the placeholders are listed in docs/narrative.md",
                                    replacement: suggestion)
        }
        var kind = definition.kind
        for filter in placeholder.filters {
            let filterName = filter.name.value
            guard let filterDefinition = self.filter(named: filterName) else {
                let suggestion = Suggestions.closest(to: filterName, among: filters.map(\.name))
                return NarrativeProblem(message: "unknown filter '\(filterName)'", range: filter.name.range,
                                        help: suggestion.map { "did you mean '\($0)'?" }
                                            ?? "the filters are " + filters.map(\.name).sorted().joined(separator: ", "),
                                        replacement: suggestion)
            }
            if let problem = argumentProblem(filter, filterDefinition) { return problem }
            guard filterDefinition.accepts.contains(kind) else {
                let accepted = filterDefinition.accepts.map(\.rawValue).sorted().joined(separator: " or ")
                return NarrativeProblem(message: "'\(filterName)' formats a \(accepted), but '{\(name)}' gives a \(kind.rawValue) here",
                                        range: filter.range, help: filterDefinition.description)
            }
            if filterName == "from", definition.name != .comparisonValue {
                return NarrativeProblem(message: "'from' formats '{comparison.value}' only", range: filter.range,
                                        help: filterDefinition.description)
            }
            kind = filterDefinition.gives ?? kind
        }
        return nil
    }

    private static func argumentProblem(_ filter: Filter, _ definition: FilterDefinition) -> NarrativeProblem? {
        let count = filter.arguments.count
        let written = "'\(definition.name)\(definition.usage)'"
        guard count >= definition.minimumArguments, count <= definition.maximumArguments else {
            let expected = definition.maximumArguments == 0 ? "no arguments" : written
            return NarrativeProblem(message: "'\(definition.name)' takes \(expected), not \(count)", range: filter.range,
                                    help: definition.description)
        }
        for argument in filter.arguments {
            switch (argument, definition.argumentKind) {
            case (.number, .number), (.text, .text): continue
            case (.number, _), (.text, _):
                let takes = definition.argumentKind == .number ? "a number" : "words in quotes"
                return NarrativeProblem(message: "'\(definition.name)' takes \(takes), written \(written)", range: filter.range,
                                        help: definition.description)
            }
        }
        if definition.name == "direction", count == 1, case .text(let style)? = filter.arguments.first,
           !directionStyles.contains(style) {
            return NarrativeProblem(message: "'direction' with one word takes a style: " + directionStyles.joined(separator: ", "),
                                    range: filter.range, help: definition.description)
        }
        return nil
    }
}
