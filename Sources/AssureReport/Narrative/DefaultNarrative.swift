import AssureAnalysis
import AssureData
import AssureEngine
import AssureLanguage

/// The plain sentences used when the rules give no narrative: built from the measure's title
/// and figures with the same formatting as templates, so a measure is never left unsaid.
extension Narrative {
    /// The measure's narrative for its verdict: its template for the classification when the
    /// rules give one, otherwise the default sentence.
    /// An area to note for a reason the rules did not judge (small numbers, chance, no
    /// figure, not enough history) has the sentence for that reason — the rules' own
    /// (`say small numbers "…"`) or Assure's, which says the reason — never `say to note`,
    /// which is written for a rule that held or a change the rules did not judge.
    public static func sentence(for finding: MeasureFinding) -> NarrativeResult {
        if case .toNote(let reason) = finding.verdict, reason.hasOwnSentence {
            if let kind = NoteSentence(reason), let template = finding.measure.noteSentences[kind] {
                return sentence(template, finding)
            }
            return .sentence(defaultSentence(finding))
        }
        if let template = finding.measure.narratives[finding.verdict.classification] {
            return sentence(template, finding)
        }
        return .sentence(defaultSentence(finding))
    }

    /// Default sentences keep one decimal place, as the measure table does (22.5%, not 23%):
    /// no template asked for whole numbers.
    static let decimals = 1

    /// "Repeat cases heard at MARAC: 65 in 2023/24, down from 88 in 2022/23, a decrease of
    /// 26.1%." — or, without a figure, "…: no figure for 2023/24, because there is no data for
    /// 2023/24."
    public static func defaultSentence(_ finding: MeasureFinding) -> String {
        let title = finding.measure.title
        let style = NumberStyle(finding.unit)
        guard let value = finding.current.value else {
            let why: String
            if case .toNote(let reason) = finding.verdict { why = ReasonText.reason(reason, period: finding.period) }
            else { why = "there is no figure" }
            return finish("\(title): no figure for \(finding.period.name), because \(why)")
        }
        // One decimal place as the measure table shows, more where fewer would show two
        // different figures as equal ("4, up from 4") or a change the figures contradict.
        let decimals = NarrativeNumber.honestDecimals(value, comparedWith: finding.primaryComparison?.figure, atLeast: Self.decimals)
        // Both figures to the same places once either needs them ("44.5%, down from 48.0%").
        let fixed = [value, finding.primaryComparison?.figure].compactMap { $0 }.contains { figure in
            NarrativeNumber(value: figure, style: .plain, decimals: decimals).figure.contains(".")
        }
        var text = "\(title): \(NarrativeNumber(value: value, style: style, decimals: decimals, fixedPlaces: fixed).text) in \(finding.period.name)"
        if let comparison = finding.primaryComparison {
            if comparison.comparator != nil {
                // England, the region, the neighbours: each named, below.
            } else if let change = comparison.change, let figure = comparison.figure, !comparison.basis.isOverTime {
                // A gap from a benchmark or a target is worded as a gap, never as a rise or fall.
                let compared = NarrativeNumber(value: figure, style: style, decimals: decimals, fixedPlaces: false).text
                text += ", " + gapWords(change.direction, compared, basis: comparison.basis)
            } else if let change = comparison.change, let figure = comparison.figure {
                let compared = NarrativeNumber(value: figure, style: style, decimals: decimals, fixedPlaces: fixed).text
                text += ", " + fromWords(change.direction, compared, period: comparison.period)
                if change.direction != .none, let size = changeWords(change, finding: finding, decimals: decimals) {
                    text += ", " + (change.direction == .increase ? "an increase of " : "a decrease of ") + size
                }
            } else {
                text += "; there is no comparison figure" + (comparison.period.map { " for \($0.name)" } ?? "")
            }
        }
        text += comparatorWords(finding, decimals: decimals, fixed: fixed, style: style)
        // An area to note that the rules did not judge says why: the sentence alone would read
        // as a judgement.
        if case .toNote(let reason) = finding.verdict, reason.hasOwnSentence {
            text += "; " + ReasonText.reason(reason, period: finding.period)
        }
        return finish(text)
    }

    /// The notice's sentence when it applies: its template, or a default one.
    public static func sentence(for notice: NoticeFinding, of finding: MeasureFinding) -> NarrativeResult? {
        guard notice.applies else { return nil }
        if let template = notice.notice.template { return sentence(template, finding, notice: notice) }
        let title = finding.measure.title
        let style = NumberStyle(finding.unit)
        switch notice.evidence {
        case .trend(let result, let since, _)?:
            let direction = result.direction == .increasing ? "an increasing" : "a decreasing"
            let p = NarrativeNumber(value: result.pValue, style: .plain, decimals: 3).text
            return .sentence(finish("\(title): \(direction) trend since \(NarrativeFilters.since(since)) (Mann–Kendall p = \(p))"))
        case .record(let record, let periods, let window)?:
            let kind = record.kind == .highest ? "highest" : "lowest"
            let value = NarrativeNumber(value: record.value, style: style).text
            let when = periods.last.map { " in \($0.name)" } ?? ""
            let within = window.first.map { " since \($0.name)" } ?? ""
            return .sentence(finish("\(title): the \(kind) figure\(within), \(value), was\(when)"))
        case .run(let run, let periods)?:
            let way = run.direction == .rising ? "risen" : "fallen"
            let since = periods.first.map { " since \($0.name)" } ?? ""
            return .sentence(finish("\(title): has \(way) \(run.changes) times in a row\(since)"))
        case nil:
            return nil
        }
    }

    /// ", above England (22.6%) and similar to statistical neighbours (24.1%), ranked 40 of
    /// 150 local authorities (quartile 2)": each comparator by its test — similar when chance
    /// alone could give the gap, otherwise above or below — or, with no test, by the values
    /// alone; a comparator with no figure says why (the first one's reason is the verdict's).
    static func comparatorWords(_ finding: MeasureFinding, decimals: Int, fixed: Bool, style: NumberStyle) -> String {
        var named: [String] = []
        var missing: [String] = []
        for (index, comparison) in finding.comparisons.enumerated() {
            guard let found = comparison.comparator else { continue }
            guard let figure = comparison.figure, let change = comparison.change else {
                if index > 0, let problem = found.problem { missing.append(ReasonText.comparator(found.kind, problem)) }
                continue
            }
            let shown = NarrativeNumber(value: figure, style: style, decimals: decimals, fixedPlaces: fixed).text
            named.append(ComparatorWords.text(comparison, name: found.name, figure: shown, change: change))
        }
        var text = ""
        if !named.isEmpty {
            text += ", " + (named.count == 1 ? named[0] : named.dropLast().joined(separator: ", ") + " and " + (named.last ?? ""))
        }
        if let standing = finding.standing {
            text += ", ranked \(standing.rank) of \(standing.outOf) local authorities (quartile \(standing.quartile))"
        }
        for reason in missing { text += "; " + reason }
        return text
    }

    /// "above England (22.4%)", "below the target of 80%", "level with England (40%)".
    private static func gapWords(_ direction: ChangeDirection, _ figure: String, basis: Comparison) -> String {
        let what: String
        switch basis {
        case .benchmark(let indicator, let label): what = "\(label ?? indicator) (\(figure))"
        default: what = "the target of \(figure)"
        }
        switch direction {
        case .increase: return "above " + what
        case .decrease: return "below " + what
        case .none: return "level with " + what
        }
    }

    private static func fromWords(_ direction: ChangeDirection, _ figure: String, period: Period?) -> String {
        guard let period else {
            switch direction {
            case .increase: return "above the target of \(figure)"
            case .decrease: return "below the target of \(figure)"
            case .none: return "meeting the target of \(figure)"
            }
        }
        switch direction {
        case .increase: return "up from \(figure) in \(period.name)"
        case .decrease: return "down from \(figure) in \(period.name)"
        case .none: return "the same as \(figure) in \(period.name)"
        }
    }

    /// The size of the change in the measure's own way, without its sign.
    private static func changeWords(_ change: Change, finding: MeasureFinding, decimals: Int) -> String? {
        let isPercentage = finding.unit == .percent
        switch finding.measure.changeKind ?? (isPercentage ? .points : .percent) {
        case .percent:
            return change.percent.map { NarrativeNumber(value: abs($0), style: .percent, decimals: Self.decimals).text }
        case .points, .absolute:
            return NarrativeNumber(value: abs(change.absolute), style: isPercentage ? .points : NumberStyle(finding.unit),
                                   decimals: decimals).text
        }
    }
}

extension NoteSentence {
    /// The sentence an area to note has for its reason; nil for the rules' own judgements
    /// (a rule held, no change beyond the thresholds), which `say to note` words.
    init?(_ reason: NoteReason) {
        switch reason {
        case .belowMinimumBase: self = .smallNumbers
        case .withinChance: self = .withinChance
        // Every statistical symbol, `c` included, is a figure not given: `say no figure`, whose
        // {reason} says what the symbol is. `say small numbers` is the minimum base's alone.
        case .noData, .incomplete, .symbols, .valueUnavailable: self = .noFigure
        case .notEnoughHistory, .noComparatorFigure, .benchmarkIsTheArea, .tooFewPoints, .chartNotPossible, .tooRareToChart: self = .notEnoughHistory
        case .noComparison, .percentChangeUndefined, .noChangeBeyondThresholds, .noSignificantChange,
             .changeWithoutDirection, .ruleHeld, .untestable, .blocked:
            return nil
        }
    }
}

extension NoteReason {
    /// Whether an area to note for this reason has a sentence that says the reason, rather
    /// than the rules' `say to note`: everything but a rule that held and a change the rules
    /// (or the chart) did not judge.
    var hasOwnSentence: Bool {
        switch self {
        case .ruleHeld, .noChangeBeyondThresholds, .noSignificantChange, .changeWithoutDirection, .noComparison: return false
        default: return true
        }
    }
}
