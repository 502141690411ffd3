import AssureLanguage
import AssureData
import AssureEngine

/// The data-quality notes for one measure: figures missing (or late) and suppressed in the
/// period and its comparison, and a measure that could not be judged, with why.
enum DataQuality {
    static func entries(for finding: MeasureFinding, indicators: [String: Indicator]) -> [DataQualityEntry] {
        var entries: [DataQualityEntry] = []
        func add(_ kind: DataQualityEntry.Kind, _ text: String) {
            entries.append(DataQualityEntry(measure: finding.measure.name, title: finding.measure.title, kind: kind, text: text))
        }
        var values = [finding.current]
        values += finding.comparisons.compactMap(\.value)
        var missing: [String: [Period]] = [:]
        var suppressed: [String: [Period]] = [:]
        var order: [String] = []
        for value in values {
            for operand in value.operands {
                if !order.contains(operand.indicator) { order.append(operand.indicator) }
                let periodsCovered = operand.value.points.map(\.period)
                for point in operand.value.points {
                    switch point.observation {
                    case .value: continue
                    case .missing: missing[operand.indicator, default: []].append(point.period)
                    case .suppressed: suppressed[operand.indicator, default: []].append(point.period)
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
                add(.suppressed, "\(which)the figure for \(ReasonText.list(unique(periods))) is suppressed (small numbers withheld)")
            }
        }
        if case .toNote(let reason) = finding.verdict, !reason.isJudgement {
            add(.notJudged, "could not be judged, because " + ReasonText.reason(reason, period: finding.period))
        }
        return entries
    }

    private static func unique(_ periods: [Period]) -> [Period] {
        Array(Set(periods)).sorted()
    }
}
