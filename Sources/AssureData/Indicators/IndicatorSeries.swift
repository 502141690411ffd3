/// The figures of one indicator in one area (or for the one partnership, when the files have
/// no area column), in period order, one point per period.
///
/// Points are stored column by column; `points` and `point(at:)` build `DataPoint` values on
/// demand.
public struct IndicatorSeries: Sendable {
    public let indicator: String
    /// The partnership's name or code from the file's `area` column; nil without one.
    public let area: String?
    public let frequency: Frequency
    let columns: SeriesColumns
    let texts: SeriesTexts

    init(indicator: String, area: String?, frequency: Frequency, columns: SeriesColumns, texts: SeriesTexts) {
        self.indicator = indicator
        self.area = area
        self.frequency = frequency
        self.columns = columns
        self.texts = texts
    }

    /// The number of points (values, missing and statistical symbols).
    public var count: Int { columns.count }

    /// Whether any point has a denominator beside its value (a share's children, cases or
    /// respondents), which makes its changes testable against chance.
    public var hasDenominators: Bool {
        guard let column = columns.denominators else { return false }
        return column.statuses.contains(CellStatus.value)
    }

    /// The periods that have a point, in order.
    public var periods: [Period] { columns.points.map { Period(ordinal: Int($0.period), frequency: frequency) } }

    /// The first period with a point.
    public var firstPeriod: Period? { columns.points.first.map { Period(ordinal: Int($0.period), frequency: frequency) } }

    /// The last period with a point.
    public var lastPeriod: Period? { columns.points.last.map { Period(ordinal: Int($0.period), frequency: frequency) } }

    /// Every point, in period order.
    public var points: [DataPoint] { (0..<count).map(point(atIndex:)) }

    /// The point for `period`; nil when the files have no row for it (or it is of another
    /// frequency).
    public func point(at period: Period) -> DataPoint? {
        index(of: period).map(point(atIndex:))
    }

    /// The observation for `period`; nil when the files have no row for it. A row with a blank
    /// value is `.missing`, not nil.
    public func observation(at period: Period) -> Observation? {
        guard let index = index(of: period) else { return nil }
        return texts.observation(value: columns.value(at: index), status: columns.statuses[index])
    }

    /// The observations in period order.
    public var observations: [Observation] {
        (0..<count).map { texts.observation(value: columns.value(at: $0), status: columns.statuses[$0]) ?? .missing }
    }

    private func index(of period: Period) -> Int? {
        guard period.frequency == frequency else { return nil }
        let target = Int32(truncatingIfNeeded: period.ordinal)
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if columns.period(at: middle) < target { low = middle + 1 } else { high = middle }
        }
        return low < count && columns.period(at: low) == target ? low : nil
    }

    private func point(atIndex index: Int) -> DataPoint {
        let file = columns.file(at: index)
        let noteID = columns.notes.map { Int($0[index]) } ?? -1
        return DataPoint(
            period: Period(ordinal: Int(columns.period(at: index)), frequency: frequency),
            observation: texts.observation(value: columns.value(at: index), status: columns.statuses[index]) ?? .missing,
            numerator: columns.numerators.flatMap { texts.observation(value: $0.values[index], status: $0.statuses[index]) },
            denominator: columns.denominators.flatMap { texts.observation(value: $0.values[index], status: $0.statuses[index]) },
            note: noteID >= 0 && noteID < texts.notes.count ? texts.notes[noteID] : nil,
            origin: DataOrigin(file: file < texts.files.count ? texts.files[file] : "", line: Int(columns.line(at: index))),
            publishedIntervals: columns.limits?[index].intervals ?? [])
    }
}
