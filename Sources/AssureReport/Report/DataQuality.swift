import Foundation
import AssureLanguage
import AssureData
import AssureEngine

/// The data-quality note for one measure — one entry, whatever it has to say: figures
/// missing (or late) and figures given as statistical symbols (each said as what it is) in the
/// period and its comparison, whether the measure
/// could therefore not be judged (or could not be for another reason), and a sentence that
/// could not be written.
enum DataQuality {
    static func entry(for finding: MeasureFinding, indicators: [String: Indicator], problems: [NarrativeProblem] = []) -> DataQualityEntry? {
        var clauses: [String] = []
        var symbols = Set<StatisticalSymbol>()
        var kinds: [DataQualityEntry.Kind] = []
        func add(_ kind: DataQualityEntry.Kind, _ text: String) {
            clauses.append(text)
            kinds.append(kind)
        }
        var values = [finding.current]
        values += finding.comparisons.compactMap(\.value)
        var missing: [String: [Period]] = [:]
        var marked: [String: [MarkedFigure]] = [:]
        var order: [String] = []
        for value in values {
            for operand in value.operands {
                if !order.contains(operand.indicator) { order.append(operand.indicator) }
                let periodsCovered = operand.value.points.map(\.period)
                for point in operand.value.points {
                    switch point.observation {
                    case .value: continue
                    case .missing: missing[operand.indicator, default: []].append(point.period)
                    case .symbol(let symbol, let marker):
                        marked[operand.indicator, default: []].append(MarkedFigure(period: point.period, symbol: symbol, marker: marker))
                    }
                }
                // Months of the period with no row at all are missing too.
                if case .unavailable(.incomplete(let absent)) = operand.value.result {
                    for period in absent where !periodsCovered.contains(period) {
                        missing[operand.indicator, default: []].append(period)
                    }
                }
            }
        }
        for indicator in order {
            let title = indicators[indicator]?.title ?? indicator
            // Name the indicator only when it is not the measure itself.
            let which = title == finding.measure.title ? "" : "\(title): "
            if let periods = missing[indicator], !periods.isEmpty {
                add(.missing, "\(which)no figure for \(ReasonText.list(unique(periods))) (missing or late)")
            }
            if let figures = marked[indicator], !figures.isEmpty {
                add(.symbol, which + ReasonText.symbols(figures))
                symbols.formUnion(figures.map(\.symbol))
            }
        }
        if case .toNote(let reason) = finding.verdict, !reason.isJudgement {
            // A gap already named above is not said again as the reason.
            let gapNamed = !clauses.isEmpty && reason.isAboutAGap
            add(.notJudged, gapNamed ? "so it could not be judged" : "could not be judged, because " + ReasonText.reason(reason, period: finding.period))
        }
        for problem in problems {
            add(.narrative, "the narrative could not be written (\(problem.range.description): \(problem.message)), so a plain sentence is used")
        }
        guard !clauses.isEmpty else { return nil }
        // The entry's kind is the weightiest of what it says.
        let weight: [DataQualityEntry.Kind] = [.notJudged, .symbol, .missing, .narrative]
        let kind = weight.first(where: kinds.contains) ?? .missing
        let text = clauses.reduce("") { text, clause in
            text.isEmpty ? clause : text + (clause.hasPrefix("so ") ? ", " : "; ") + clause
        }
        return DataQualityEntry(measure: finding.measure.name, title: finding.measure.title, kind: kind,
                                symbols: symbols.sorted(), text: text)
    }

    private static func unique(_ periods: [Period]) -> [Period] {
        Array(Set(periods)).sorted()
    }
}

extension NoteReason {
    /// Whether the reason is a figure missing, late or given as a symbol, which the data-quality
    /// entry has already named.
    var isAboutAGap: Bool {
        switch self {
        case .noData, .incomplete, .symbols, .valueUnavailable, .notEnoughHistory: return true
        default: return false
        }
    }
}
