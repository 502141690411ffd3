import AssureData

/// One series ready for an XmR chart: every period from the first to the last, consecutive and
/// of one frequency, with a value or a reason there is none.
///
/// A missing period stays in the series as `nil`: Assure never closes a gap, so the chart takes
/// no moving range across it and no rule's run spans it.
public struct SPCSeries: Equatable, Sendable {
    /// Where the series was read from, as diagnostics name it (a path, or `<stdin>`).
    public var source: String
    /// The indicator's name in the file (`value` for a `period,value` file).
    public var indicator: String
    public var frequency: Frequency
    /// Every period from the first to the last, in order.
    public var periods: [Period]
    /// One entry a period: the value, or `nil` for a gap.
    public var values: [Double?]
    /// The entries that have no value, by position in `periods`, and why.
    public var gaps: [SPCGap]

    /// Creates a series; `values[i]` belongs to `periods[i]`, and every `nil` should have a
    /// gap explaining it (a `nil` without one reads as a blank cell).
    public init(source: String, indicator: String, frequency: Frequency, periods: [Period], values: [Double?], gaps: [SPCGap]) {
        self.source = source
        self.indicator = indicator
        self.frequency = frequency
        self.periods = periods
        self.values = values
        self.gaps = gaps
    }

    /// The position of `period` in the series; nil when it is outside the series or of
    /// another frequency.
    public func index(of period: Period) -> Int? {
        guard let first = periods.first, period.frequency == frequency else { return nil }
        var candidate = first
        // Periods are consecutive, so the distance is found by stepping; series are short.
        for index in periods.indices {
            if candidate == period { return index }
            candidate = candidate.advanced(by: 1)
        }
        return nil
    }

    /// Why period `index` has no value; nil when it has one.
    public func gap(at index: Int) -> SPCGap? {
        gaps.first { $0.index == index }
    }
}

/// A period of a series without a value, and why: no row in the file, a blank (or `-`,
/// `n/a`) cell, or a statistical symbol in place of the value.
public struct SPCGap: Equatable, Sendable {
    /// Why there is no value.
    public enum Reason: Equatable, Sendable {
        /// The file has no row for the period.
        case noRow
        /// The row's value is blank, `-` or `n/a`.
        case blank
        /// The value is a statistical symbol; `marker` is what the file wrote (`x`, `[c]`).
        case symbol(StatisticalSymbol, marker: String)
    }

    /// Position in the series.
    public var index: Int
    public var period: Period
    public var reason: Reason

    public init(index: Int, period: Period, reason: Reason) {
        self.index = index
        self.period = period
        self.reason = reason
    }

    /// The reason in words: "no row", "blank", "x: not available" (a symbol as the file wrote
    /// it, then what it means).
    public var reasonInWords: String {
        switch reason {
        case .noRow: return "no row"
        case .blank: return "blank"
        case .symbol(let symbol, let marker): return "\(marker): \(symbol.name)"
        }
    }
}
