extension IndicatorSeries {
    /// A series made in code, for rule tests and examples: observations in any order, each
    /// period of `frequency` at most once. nil when a period is of another frequency or
    /// appears twice. Points made this way have no numerator, denominator or note, and their
    /// origin is `file` at line 0.
    public init?(indicator: String, area: String? = nil, frequency: Frequency,
                 observations: [(period: Period, observation: Observation)], file: String = "") {
        var markers: [(marker: String, symbol: StatisticalSymbol)] = []
        var columns = SeriesColumns()
        let sorted = observations.sorted { $0.period.ordinal < $1.period.ordinal }
        for (index, entry) in sorted.enumerated() {
            guard entry.period.frequency == frequency else { return nil }
            if index > 0 && sorted[index - 1].period.ordinal == entry.period.ordinal { return nil }
            var value = 0.0
            var status = CellStatus.value
            switch entry.observation {
            case .value(let number): value = number
            case .missing: status = CellStatus.missing
            case .symbol(let symbol, let marker):
                let known = markers.firstIndex { $0 == (marker, symbol) } ?? markers.count
                if known == markers.count { markers.append((marker, symbol)) }
                guard known < CellStatus.markerCapacity else { return nil }
                status = CellStatus.symbolBase + UInt8(known)
            }
            columns.append(period: Int32(truncatingIfNeeded: entry.period.ordinal), value: value, status: status, file: 0, line: 0)
        }
        self.init(indicator: indicator, area: area, frequency: frequency, columns: columns,
                  texts: SeriesTexts(files: [file], markers: markers.map(\.marker),
                                      symbols: markers.map(\.symbol), notes: []))
    }
}

extension IndicatorData {
    /// Indicator data made in code from series, for rule tests and examples. nil when two
    /// series have the same indicator and area, or one indicator has two frequencies.
    public init?(series: [IndicatorSeries]) {
        var seen = Set<String>()
        var frequencies: [String: Frequency] = [:]
        for one in series {
            guard seen.insert(one.indicator + "\u{0}" + (one.area ?? "\u{1}")).inserted else { return nil }
            if let known = frequencies[one.indicator], known != one.frequency { return nil }
            frequencies[one.indicator] = one.frequency
        }
        self.init(series: series, files: Array(Set(series.flatMap(\.texts.files)).filter { !$0.isEmpty }).sorted())
    }
}
