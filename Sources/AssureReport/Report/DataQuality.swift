import Foundation
import AssureLanguage
import AssureData
import AssureEngine

/// The data-quality note for one measure — one entry, whatever it has to say: figures
/// missing (or late) and suppressed in the period and its comparison, whether the measure
/// could therefore not be judged (or could not be for another reason), and a sentence that
/// could not be written.
enum DataQuality {
    static func entry(for finding: MeasureFinding, indicators: [String: Indicator], problems: [NarrativeProblem] = []) -> DataQualityEntry? {
        var clauses: [String] = []
        var kinds: [DataQualityEntry.Kind] = []
        func add(_ kind: DataQualityEntry.Kind, _ text: String) {
            clauses.append(text)
            kinds.append(kind)
        }
        var values = [finding.current]
        values += finding.comparisons.compactMap(\.value)
        var missing: [String: [Period]] = [:]
        var suppressed: [String: [Period]] = [:]
        var markers: [String: [String]] = [:]
        var order: [String] = []
        for value in values {
            for operand in value.operands {
                if !order.contains(operand.indicator) { order.append(operand.indicator) }
                let periodsCovered = operand.value.points.map(\.period)
                for point in operand.value.points {
                    switch point.observation {
                    case .value: continue
                    case .missing: missing[operand.indicator, default: []].append(point.period)
                    case .suppressed(let marker):
                        suppressed[operand.indicator, default: []].append(point.period)
                        markers[operand.indicator, default: []].append(marker)
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
            if let periods = suppressed[indicator], !periods.isEmpty {
                let meaning = Set((markers[indicator] ?? []).map(SuppressionMarker.meaning)).sorted().joined(separator: "; ")
                add(.suppressed, "\(which)the figure for \(ReasonText.list(unique(periods))) is \(meaning)")
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
        let weight: [DataQualityEntry.Kind] = [.notJudged, .suppressed, .missing, .narrative]
        let kind = weight.first(where: kinds.contains) ?? .missing
        let text = clauses.reduce("") { text, clause in
            text.isEmpty ? clause : text + (clause.hasPrefix("so ") ? ", " : "; ") + clause
        }
        return DataQualityEntry(measure: finding.measure.name, title: finding.measure.title, kind: kind, text: text)
    }

    private static func unique(_ periods: [Period]) -> [Period] {
        Array(Set(periods)).sorted()
    }
}

extension NoteReason {
    /// Whether the reason is a figure missing, late or suppressed, which the data-quality
    /// entry has already named.
    var isAboutAGap: Bool {
        switch self {
        case .noData, .incomplete, .suppressed, .valueUnavailable, .notEnoughHistory: return true
        default: return false
        }
    }
}

/// What a statistical symbol in a data file says, in the words of the Government Statistical
/// Service's guidance: each said as what it is, never all as "small numbers".
enum SuppressionMarker {
    static func meaning(_ marker: String) -> String {
        switch marker.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[] ")) {
        case "c", "*": return "withheld to protect confidentiality (\(marker): small numbers)"
        case "x": return "not available (\(marker))"
        case "low": return "below half the unit shown, so rounds to zero but is not zero (\(marker))"
        default: return "withheld (\(marker))"
        }
    }
}
