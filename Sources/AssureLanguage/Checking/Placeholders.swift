/// The figures a narrative template can name, and the filters that format them. Later stages
/// fill them; the checker makes sure a template names only what its measure will have.
public enum Placeholders {
    /// Placeholders every measure has.
    public static let always: [String: String] = [
        "value": "the measure's value for the period, in its unit (\"26%\", \"1,063\")",
        "period": "the period in words (\"October to December 2023 (Quarter 3)\")",
        "area": "the area of the report (\"Salbridge\")",
        "title": "the measure's title",
        "base": "the base the value rests on: the count, or the denominator of a ratio",
        "classification": "the classification in words (\"what we are doing well\")",
        "reason": "why an area to note is noted, as a clause",
    ]

    /// Placeholders a measure has when it compares with something (the first comparison).
    public static let comparison: [String: String] = [
        "comparison.value": "the value compared with, in the measure's unit (\"78%\")",
        "comparison.period": "the period compared with, in words (\"2021\", \"2022/23\")",
        "change.absolute": "the change in the measure's unit (\"-12\")",
        "change.percent": "the change as a percentage of the comparison value (\"-26%\")",
        "change.points": "the change in percentage points, for percentages (\"8 percentage points\")",
        "change.direction": "'increase' or 'decrease' (other words with |direction(rise, fall))",
        "change": "the change in the measure's own way (change as …; points for a percentage, otherwise percent)",
    ]

    public static let target: [String: String] = ["target": "the target, in the measure's unit"]

    public static let benchmark: [String: String] = [
        "benchmark.value": "the benchmark's value for the period",
        "benchmark.name": "the benchmark's name (\"England\")",
    ]

    /// With `judge by spc`.
    public static let spc: [String: String] = [
        "spc.verdict": "the verdict in words (\"special cause improvement\")",
        "spc.signal": "the same as spc.verdict",
        "spc.rule": "the rule that flags the latest point, in words (\"outside limits\")",
        "spc.mean": "the centre line",
        "spc.upper": "the upper process limit",
        "spc.lower": "the lower process limit",
    ]

    /// In a `notice trend` sentence.
    public static let trend: [String: String] = [
        "trend.since": "the period the trend began, in words (\"January 2023\")",
        "trend.direction": "'increase' or 'decrease'",
        "trend.slope": "Sen's slope: the typical change per period",
        "trend.through": "the last period of the trend's window",
        "trend.p": "the Mann–Kendall p-value",
    ]

    /// In a `notice record` sentence.
    public static let record: [String: String] = [
        "record.value": "the record value",
        "record.period": "the period of the record, in words (\"October 2023\")",
        "record.kind": "'highest' or 'lowest'",
    ]

    /// In a `notice run` sentence.
    public static let run: [String: String] = [
        "run.length": "how many points the latest run of rises or falls spans",
        "run.direction": "whether the run rises or falls",
    ]

    /// Filters: name, the arguments allowed (as a range of counts and whether they are words),
    /// and what they do.
    public static let filters: [String: (arguments: ClosedRange<Int>, words: Bool, meaning: String)] = [
        "abs": (0...0, false, "the value without its sign (\"26%\" for -26%)"),
        "round": (0...1, false, "rounded to so many decimal places, whole numbers by default (|round(1))"),
        "thousands": (0...0, false, "with thousands separators (\"59,370\"); counts have them by default"),
        "words": (0...0, false, "a whole number from zero to ten in words (\"seven\")"),
        "plural": (1...2, true, "the number and the noun, singular or plural (|plural(statement), |plural(child, children))"),
        "direction": (1...3, true, "the direction in other words (|direction(rise, fall)), or a style (|direction(up))"),
        "percent": (0...0, false, "the number as a percentage (\"26%\")"),
        "points": (0...0, false, "the number in percentage points (\"3.5 percentage points\")"),
        "increase": (0...0, false, "increase / decrease / no change"),
        "rise": (0...0, false, "rise / fall / no change"),
        "up": (0...0, false, "up / down / unchanged"),
        "improvement": (0...0, false, "improvement / deterioration by the indicator's better direction"),
        "from": (0...0, false, "on comparison.value: \"up from 78% in 2021\""),
        "since": (0...0, false, "a period as the start of a time: \"the beginning of 2023\""),
        "lower": (0...0, false, "in lower case"),
        "capitalise": (0...0, false, "with a capital first letter"),
        "code": (0...0, false, "a period as a code (\"2023/24 Q3\") rather than in words"),
    ]

    /// Phrases the report template forbids until a problem is known, and what to say instead.
    public static let forbiddenPhrases: [(phrase: String, instead: String)] = [
        ("poor performance", "area for further exploration"),
        ("areas for improvement", "areas for further exploration"),
        ("area for improvement", "area for further exploration"),
    ]
}
