import AssureAnalysis

/// Where a measure's chart goes on a canvas: the plot area's edges, in the canvas's own units
/// (SVG user units, PNG pixels), and the mapping of time (months) and value into it. The SVG
/// and the PNG each have a frame; both draw the same `MeasureChart`.
struct ChartFrame: Equatable {
    let left: Double
    let top: Double
    let right: Double
    let bottom: Double

    /// The horizontal place of a time in months on `chart`'s time axis. A chart of a single
    /// period still spans that period, so its point is in the middle.
    func x(_ months: Double, _ chart: MeasureChart) -> Double {
        let span = chart.time.upperBound - chart.time.lowerBound
        return left + (months - chart.time.lowerBound) / (span > 0 ? span : 1) * (right - left)
    }

    /// The vertical place of a value on `chart`'s value scale, 0 at the top of the canvas.
    func y(_ value: Double, _ chart: MeasureChart) -> Double {
        bottom - chart.scale.fraction(value) * (bottom - top)
    }

    /// Whether a value is on the scale (a process limit below 0% is not drawn).
    func isOnScale(_ value: Double, _ chart: MeasureChart) -> Bool {
        value >= chart.scale.low && value <= chart.scale.high
    }
}

extension MeasureChart {
    /// The time axis's title: "Month", "Quarter (financial year)", "Financial year", "Year".
    var timeLabel: String {
        switch periods.last?.period {
        case .month?: return "Month"
        case .quarter?: return "Quarter (financial year)"
        case .financialYear?: return "Financial year"
        case .calendarYear?: return notCollected.isEmpty ? "Year" : "Year (the years it was run)"
        case .rolling12Months?: return "12 months ending"
        case nil: return "Period"
        }
    }

    /// A value written for an axis: the figure alone, with `%` for a percentage.
    func tickText(_ value: Double) -> String {
        let decimals = scale.ticks.contains { $0 != $0.rounded() } ? 1 : 0
        let figure = NarrativeNumber(value: value, style: .plain, decimals: decimals).figure
        switch style {
        case .percent, .points: return figure + "%"
        default: return figure
        }
    }

    /// The key: what each mark on the chart is, as the chart has it.
    var key: [KeyEntry] {
        var entries: [KeyEntry] = []
        let types = Set(periods.compactMap(\.pointType))
        if control == nil {
            entries.append(KeyEntry(mark: .value, words: "Value"))
        } else {
            entries.append(KeyEntry(mark: .pointType(.commonCause), words: "Common cause"))
            for type in [PointType.specialCauseImprovement, .specialCauseConcern, .specialCauseNeutralHigh, .specialCauseNeutralLow] where types.contains(type) {
                entries.append(KeyEntry(mark: .pointType(type), words: type.words.prefix(1).uppercased() + type.words.dropFirst()))
            }
            if processLines.contains(where: { $0.mean != nil }) { entries.append(KeyEntry(mark: .mean, words: "Mean")) }
            if processLines.contains(where: { $0.upper != nil }) { entries.append(KeyEntry(mark: .limits, words: "Process limits")) }
        }
        if reportingIndex != nil { entries.append(KeyEntry(mark: .reporting, words: "Reporting period")) }
        if let index = comparisonIndex, control == nil { entries.append(KeyEntry(mark: .compared, words: "Compared with " + MeasureChart.axisName(periods[index].period))) }
        if let target { entries.append(KeyEntry(mark: .target, words: "Target " + MeasureRowBuilder.figure(target, style))) }
        if let benchmark {
            entries.append(KeyEntry(mark: .benchmark, words: benchmark.name + " " + MeasureRowBuilder.figure(benchmark.value, style)
                                    + (benchmark.period.map { " (\($0.name))" } ?? "")))
        }
        if let level = intervalLevel, periods.contains(where: { $0.interval != nil }) {
            entries.append(KeyEntry(mark: .interval, words: "\(level) interval"))
        }
        if periods.contains(where: { $0.value == nil }) { entries.append(KeyEntry(mark: .gap, words: "No figure (gap)")) }
        return entries
    }
}

/// One entry of a chart's key: the mark and what it means.
struct KeyEntry: Equatable {
    enum Mark: Equatable {
        case value
        case pointType(PointType)
        case mean
        case limits
        case reporting
        case compared
        case target
        case benchmark
        case interval
        case gap
    }

    let mark: Mark
    let words: String
}
