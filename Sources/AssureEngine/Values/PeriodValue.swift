import AssureData

/// An indicator's figure for one period, or why there is none, with the data points it was
/// made from so that `assure explain` can show a person how to check it by hand.
public struct PeriodValue: Hashable, Sendable {
    /// The period the figure is for (a month, quarter, financial year…).
    public let period: Period
    /// The figure, or why there is none.
    public let result: Result
    /// How the figure was made from the data.
    public let method: Method
    /// The data points looked at, in period order (values, missing and symbols alike).
    public let points: [DataPoint]
    /// Summed numerator and denominator, when the figure is a recomputed ratio or the point
    /// carried them.
    public let numerator: Double?
    public let denominator: Double?

    /// A figure, or the reason there is none.
    public enum Result: Hashable, Sendable {
        case value(Double)
        case unavailable(ValueGap)
    }

    /// How the sub-period figures were combined.
    public enum Method: Hashable, Sendable {
        /// The data has a point for exactly this period.
        case recorded
        /// The sum of `count` sub-periods (a flow).
        case sum(count: Int)
        /// The last sub-period's figure (a stock), naming it.
        case lastOf(Period)
        /// The mean of `count` sub-periods (a figure such as a median wait, declared `mean`).
        case mean(count: Int)
        /// Sum of numerators ÷ sum of denominators, in the unit (× 100, × N), over `count`
        /// sub-periods.
        case ratio(count: Int)
        /// A stock recorded for a longer period that contains this one (the 2023/24
        /// population for a month of 2023/24).
        case within(Period)
    }

    /// The figure, when there is one.
    public var value: Double? {
        if case .value(let number) = result { return number }
        return nil
    }

    public init(period: Period, result: Result, method: Method, points: [DataPoint],
                numerator: Double? = nil, denominator: Double? = nil) {
        self.period = period
        self.result = result
        self.method = method
        self.points = points
        self.numerator = numerator
        self.denominator = denominator
    }
}

/// Why a period has no figure. Every case names the periods concerned, so the report can say
/// "2023/24 is incomplete: no figure for November 2023" rather than summing eleven months.
public indirect enum ValueGap: Hashable, Sendable {
    /// The data has no figures at all within the period.
    case noData
    /// Some sub-periods have no figure (no row, or a blank/`-` value): the period is incomplete.
    case incomplete(missing: [Period])
    /// Some sub-periods' figures are statistical symbols (withheld, not available, not
    /// applicable, of low reliability, rounding to zero), each said as what it is.
    case symbols([MarkedFigure])
    /// A ratio over several periods needs numerators and denominators, and these lack them.
    case noNumeratorOrDenominator([Period])
    /// The denominator is zero, so the ratio has no value.
    case zeroDenominator
    /// The data is recorded less often than the period asks for (quarterly data for a month).
    case recordedLessOften(Frequency)
    /// A derived indicator could not be computed: one of its indicators has no figure.
    case operandUnavailable(indicator: String, gap: ValueGap)
    /// A derived indicator divides by zero.
    case divisionByZero(indicator: String)
}

/// A period whose figure the data gives as a statistical symbol, and the marker as written.
public struct MarkedFigure: Hashable, Sendable {
    public let period: Period
    public let symbol: StatisticalSymbol
    /// The text the file wrote: `x`, `[c]`, `Low`.
    public let marker: String

    public init(period: Period, symbol: StatisticalSymbol, marker: String) {
        self.period = period
        self.symbol = symbol
        self.marker = marker
    }

    /// The figure of `observation` for `period`, when the observation is a symbol.
    init?(period: Period, _ observation: Observation?) {
        guard case .symbol(let symbol, let marker)? = observation else { return nil }
        self.init(period: period, symbol: symbol, marker: marker)
    }
}
