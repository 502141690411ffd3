import AssureData
import AssureLanguage

/// The indicator data checked against the units the rules declare: a percentage is between 0
/// and 100, and a count (or a numerator or denominator) is not negative. A figure that breaks
/// its unit is a data error at its row, never a verdict built on it.
enum UnitChecks {
    static func diagnostics(_ data: IndicatorData, indicators: [String: Indicator]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // Each indicator's series in the data's order, gathered in one pass (not one pass over
        // every series for each indicator, which grows with the square of a large data set).
        var seriesOf: [String: [IndicatorSeries]] = [:]
        for series in data.allSeries where indicators[series.indicator].map({ !$0.isDerived }) ?? false {
            seriesOf[series.indicator, default: []].append(series)
        }
        for name in indicators.keys.sorted() {
            guard let indicator = indicators[name], !indicator.isDerived else { continue }
            for series in seriesOf[name] ?? [] {
                for point in series.points {
                    if let problem = problem(point, unit: indicator.unit) {
                        let area = series.area.map { " in area '\($0)'" } ?? ""
                        found.append(.error("\(problem) for indicator '\(name)'\(area), \(point.period.code)",
                                            at: SourceRange(file: point.origin.file, line: point.origin.line, column: 1),
                                            help: help(indicator.unit)))
                    }
                }
            }
        }
        return found
    }

    private static func problem(_ point: DataPoint, unit: Unit) -> String? {
        if let value = point.observation.value {
            switch unit {
            case .percent where value < 0 || value > 100:
                return "the percentage \(DecimalText.format(value, places: 4) ?? "") is outside 0% to 100%"
            case .count where value < 0:
                return "the count \(DecimalText.format(value, places: 4) ?? "") is negative"
            case .rate where value < 0:
                return "the rate \(DecimalText.format(value, places: 4) ?? "") is negative"
            default: break
            }
        }
        for (part, observation) in [("numerator", point.numerator), ("denominator", point.denominator)] {
            if let value = observation?.value, value < 0 {
                return "the \(part) \(DecimalText.format(value, places: 4) ?? "") is negative"
            }
        }
        if let numerator = point.numerator?.value, let denominator = point.denominator?.value, numerator > denominator, unit == .percent {
            return "the numerator (\(DecimalText.format(numerator, places: 4) ?? "")) is larger than the denominator (\(DecimalText.format(denominator, places: 4) ?? ""))"
        }
        return nil
    }

    private static func help(_ unit: Unit) -> String {
        switch unit {
        case .percent: return "the rules declare it 'unit percent' (0 to 100); correct the row, or declare another unit"
        case .count: return "the rules declare it 'unit count'; a count cannot be below zero"
        case .rate, .number: return "correct the row, or declare the indicator's unit as it is"
        }
    }
}
