/// What a placeholder or a filter gives: a number (formatted by its style), a period (in
/// words), a direction of change (in words chosen by a filter), or text.
public enum NarrativeKind: String, Hashable, Sendable, CaseIterable {
    case number, period, direction, text
}

/// One placeholder a narrative template may use: `{change.percent}`.
public struct PlaceholderDefinition: Hashable, Sendable {
    /// The name written between the braces.
    public let name: String
    public let kind: NarrativeKind
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

/// The narrative template vocabulary: every placeholder and every filter, in one table, so
/// that `assure check` can check a template's placeholders against exactly what the report
/// renders. `docs/narrative.md` documents the same table.
public enum NarrativeVocabulary {
    public static let placeholders: [PlaceholderDefinition] = [
        PlaceholderDefinition(name: "title", kind: .text, gives: "the measure's title"),
        PlaceholderDefinition(name: "value", kind: .number, gives: "the measure's value for the period, in its unit (26%, 59,370)"),
        PlaceholderDefinition(name: "period", kind: .period, gives: "the period the measure is judged for, in words (October 2023, 2023/24)"),
        PlaceholderDefinition(name: "area", kind: .text, gives: "the area the report is for"),
        PlaceholderDefinition(name: "base", kind: .number, gives: "the size of the numbers behind the figure (checked against the minimum base)"),
        PlaceholderDefinition(name: "classification", kind: .text, gives: "the verdict in words: what we are doing well, area for further exploration, area to note"),
        PlaceholderDefinition(name: "reason", kind: .text, gives: "why an area to note is noted, as a clause"),
        PlaceholderDefinition(name: "comparison.value", kind: .number, gives: "the figure compared with (the first comparison), in the measure's unit; with `from`, \"up from 78% in 2021\""),
        PlaceholderDefinition(name: "comparison.period", kind: .period, gives: "the period compared with, in words"),
        PlaceholderDefinition(name: "target", kind: .number, gives: "the target the measure is compared with (`compare with target …`), in its unit"),
        PlaceholderDefinition(name: "benchmark.value", kind: .number, gives: "the benchmark's figure for the period (`compare with benchmark …`)"),
        PlaceholderDefinition(name: "benchmark.name", kind: .text, gives: "the benchmark's name, as its label gives it (England)"),
        PlaceholderDefinition(name: "change", kind: .number, gives: "the change in the measure's own way (`change as …`; points for a percentage, otherwise percent)"),
        PlaceholderDefinition(name: "change.absolute", kind: .number, gives: "the difference from the comparison, in the measure's unit (percentage points for a percentage)"),
        PlaceholderDefinition(name: "change.percent", kind: .number, gives: "the difference as a percentage of the comparison figure"),
        PlaceholderDefinition(name: "change.points", kind: .number, gives: "the difference of two percentages, in percentage points"),
        PlaceholderDefinition(name: "change.direction", kind: .direction, gives: "which way the figure moved from the comparison (increase, decrease, no change)"),
        PlaceholderDefinition(name: "record.value", kind: .number, gives: "the record (highest or lowest) figure of a record notice"),
        PlaceholderDefinition(name: "record.period", kind: .period, gives: "the latest period that reached the record"),
        PlaceholderDefinition(name: "record.kind", kind: .text, gives: "highest or lowest"),
        PlaceholderDefinition(name: "trend.since", kind: .period, gives: "the first period of a trend notice's window; with `since`, \"the beginning of 2023\""),
        PlaceholderDefinition(name: "trend.through", kind: .period, gives: "the last period of a trend notice's window"),
        PlaceholderDefinition(name: "trend.direction", kind: .direction, gives: "the trend's direction (increase, decrease, none)"),
        PlaceholderDefinition(name: "trend.slope", kind: .number, gives: "Sen's slope: the typical change per period, in the measure's unit"),
        PlaceholderDefinition(name: "trend.p", kind: .number, gives: "the Mann–Kendall p-value (three decimals unless rounded)"),
        PlaceholderDefinition(name: "run.length", kind: .number, gives: "how many points the latest run of rises or falls spans"),
        PlaceholderDefinition(name: "run.direction", kind: .direction, gives: "whether the run rises or falls"),
        PlaceholderDefinition(name: "spc.signal", kind: .text, gives: "the latest point's type in words (special cause improvement, common cause)"),
        PlaceholderDefinition(name: "spc.verdict", kind: .text, gives: "the same as `spc.signal`"),
        PlaceholderDefinition(name: "spc.rule", kind: .text, gives: "the special-cause rule that flags the latest point (outside limits, trend, two in three, shift)"),
        PlaceholderDefinition(name: "spc.mean", kind: .number, gives: "the centre line of the latest group of the chart"),
        PlaceholderDefinition(name: "spc.upper", kind: .number, gives: "the upper process limit of the latest group"),
        PlaceholderDefinition(name: "spc.lower", kind: .number, gives: "the lower process limit of the latest group"),
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
        placeholders.first { $0.name == name }
    }

    /// The filter called `name`, if there is one.
    public static func filter(named name: String) -> FilterDefinition? {
        filters.first { $0.name == name }
    }

    /// The named styles `direction("…")` accepts, which are also filters of their own.
    public static let directionStyles = ["increase", "rise", "up", "improvement"]
}
