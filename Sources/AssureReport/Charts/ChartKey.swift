import AssureAnalysis

extension MeasureChart {
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
