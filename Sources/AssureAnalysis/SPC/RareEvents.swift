import Foundation

// Counts of rare events (serious incidents, deaths, exclusions of young children) on a
// control chart.
//
// An XmR chart treats a series as measurements on a continuous scale. A count of rare events is
// not one: it takes only a few whole values, many periods are zero, and the moving ranges are
// "chunky" (Wheeler, "The Problem of Chunky Data", Quality Digest, 2023) — one of the few ways
// an XmR chart errs towards false alarms rather than missed signals. When events are rarer than
// about one a period, counting them by period carries little information at all (Wheeler,
// "Working with Rare Events", Quality Digest, 2011; BPI Consulting, "Rare Events and X-mR
// Charts", SPC for Excel, 2007: charts of counts averaging below 1.0 are not helpful).
//
// For such a series Assure uses the Poisson distribution itself: a c-chart whose limits are
// exact Poisson probability limits at the false-alarm rate of a three-sigma limit on normal
// data, 0.135% in each tail, rather than the mean ± 3√mean of the textbook c-chart (whose
// upper limit at a mean of 1.5 is 5.17, so that a month of 6 signals although one month in
// 224 has 6 or more, not one in 741).

/// The probability beyond a three-sigma limit in each tail for normal data, Φ(−3) ≈ 0.00135:
/// the false-alarm rate the Poisson limits are set at.
public let threeSigmaTailProbability = 0.001_349_898_031_630_094_5

// MARK: - Is an XmR chart honest for this count series?

/// Whether an XmR chart is an honest reading of a series of counts.
///
/// The rule: not when the counts average fewer than `smallestMean` (4) events a period.
///
/// Below 1 the literature is plain (BPI Consulting 2007; Wheeler 2011). Above it the damage
/// fades gradually, so the line is drawn where Assure measured it. On 20,000 stable Poisson
/// series of 24 periods at each mean, the share whose latest point the XmR chart (the Making
/// Data Count rules, as `xmr` applies them) calls special cause was:
///
/// | mean                       | 0.5  | 1    | 1.5  | 2    | 3    | 5    | 10   | normal data |
/// | -------------------------- | ---- | ---- | ---- | ---- | ---- | ---- | ---- | ----------- |
/// | any rule                   | 9.9% | 5.6% | 3.7% | 3.3% | 2.6% | 2.1% | 1.9% | 1.5%        |
/// | outside the limits         | 6.4% | 2.4% | 1.6% | 1.3% | 1.1% | 0.9% | 0.8% | 0.6%        |
///
/// From a mean of 2 the false signals from points outside the limits are about twice those
/// on data that suit the chart; below it they climb steeply. (The Poisson chart, on the same
/// kind of series, signals on the latest point in at most 0.05% of them: see
/// `RareEventSPCTests`.)
///
/// A large share of zero periods is deliberately not a rule of its own: on zero-inflated
/// series with a mean of 3 to 6 and a fifth to two-fifths zeros the XmR chart measured
/// 1.6%–1.8% false signals, close to normal data, while the Poisson chart, whose limits assume
/// Poisson variation, measured up to 7% (see `PoissonChart.dispersionPValue`).
///
/// The measurement is `RareEventSPCTests.testMeasureXmROnCounts`, run with
/// `ASSURE_MEASURE_RARE_EVENTS=1`.
public struct XmRCountCheck: Equatable, Hashable, Sendable {
    /// The smallest mean count a period at which an XmR chart of counts is honest: 4. From a
    /// mean of 2 the XmR chart's false signals on the latest point are near the 3% Assure
    /// promises for a single report (3.3% at 2 and 2.6% at 3 in the table above; 3.2% at a mean
    /// of 3 measured through `assure report` on 1,000 series, `ChanceCalibrationTests`), so
    /// counts averaging below 4 take the Poisson chart, whose false signals stay below 0.1%.
    public static let smallestMean = 4.0

    /// The present values' mean.
    public var mean: Double
    /// How many values are present.
    public var observedCount: Int

    /// Whether an XmR chart is an honest reading of the series: the mean is at least
    /// `smallestMean`. When it is not, draw a `poissonChart` instead.
    public var suitsXmR: Bool { mean >= Self.smallestMean }
}

/// Checks whether a series of counts (whole numbers ≥ 0; `nil` is missing) suits an XmR chart
/// (see `XmRCountCheck`). `nil` when no value is present or a value is not a count (negative,
/// fractional or not finite): a series that is not a count is not judged by this rule.
public func checkCountsForXmR(_ series: [Double?]) -> XmRCountCheck? {
    let present = series.compactMap { $0 }
    guard !present.isEmpty, present.allSatisfy(isCount) else { return nil }
    let mean = present.reduce(0, +) / Double(present.count)
    return XmRCountCheck(mean: mean, observedCount: present.count)
}

/// Whether a value is a count: a finite whole number from 0 up to 2⁵³ (where doubles still
/// hold every whole number).
private func isCount(_ value: Double) -> Bool {
    value.isFinite && value >= 0 && value <= 0x1p53 && value == value.rounded()
}

// MARK: - The Poisson chart

/// One period on a Poisson chart.
public struct PoissonChartPoint: Equatable, Hashable, Sendable {
    /// The position in the series.
    public var index: Int
    /// The count; `nil` for a missing period.
    public var value: Int?
    /// The probability of a count at least this far from the centre on its side under the
    /// stable process: P(X ≥ value) above the mean, P(X ≤ value) below it (1 on the mean);
    /// `nil` for a missing period.
    public var tailProbability: Double?
    /// `above` when the count is above the upper limit, `below` when below the lower one;
    /// `nil` within the limits or missing.
    public var signal: SpecialCauseSide?
}

/// A c-chart with exact Poisson probability limits: every period whose count would be that
/// extreme with probability at most `tailProbability` on its side is a signal.
public struct PoissonChart: Equatable, Hashable, Sendable {
    /// The centre line: the mean count of the present periods (the Poisson mean estimated).
    public var mean: Double
    /// How many periods have a value.
    public var observedCount: Int
    /// The number of events in all present periods.
    public var eventCount: Int
    /// The false-alarm probability in each tail (`threeSigmaTailProbability` by default).
    public var tailProbability: Double
    /// The highest count that is not a signal: P(X > upperLimit) ≤ `tailProbability` and
    /// P(X ≥ upperLimit) > `tailProbability`. A count above it signals a rise.
    public var upperLimit: Int
    /// The lowest count that is not a signal: P(X < lowerLimit) ≤ `tailProbability`. A count
    /// below it signals a fall. `nil` when no count can signal a fall, because even a period
    /// with no events is not unusual (`probabilityOfZero` > `tailProbability`): at the usual
    /// 0.135% that is every mean below −ln 0.00135 ≈ 6.6 events a period.
    public var lowerLimit: Int?
    /// P(X = 0) = e^(−mean): how common a period with no events is.
    public var probabilityOfZero: Double
    /// The index of dispersion: the variance of the present counts (n − 1 denominator) over
    /// their mean. About 1 when the variation is Poisson; well above 1 when the counts vary
    /// more than chance alone makes them (clusters, a rate that moves), and then the limits,
    /// which assume Poisson variation, are too narrow. `nil` with fewer than two values.
    public var dispersionIndex: Double?
    /// How likely variation at least this large would be if the counts were Poisson: the
    /// index-of-dispersion test, P(χ²(n − 1) ≥ Σ(x − mean)² / mean). A small value (below 0.01,
    /// say) means the Poisson limits are not to be trusted. `nil` with fewer than two values.
    public var dispersionPValue: Double?
    /// Every period, in order.
    public var points: [PoissonChartPoint]

    /// Whether any count could signal a fall (a lower limit exists).
    public var canSignalFall: Bool { lowerLimit != nil }

    /// The signal on the latest present period, if any.
    public var latestSignal: SpecialCauseSide? {
        points.last(where: { $0.value != nil })?.signal
    }
}

/// Why a series of counts cannot be charted at all.
public enum PoissonChartRefusal: Equatable, Hashable, Sendable {
    /// No period has a value.
    case noValues
    /// Too few events to chart: no present period has any event, so there is no rate to put
    /// limits round.
    case noEvents(periods: Int)
    /// Too few events to chart: the mean is so low that a single event in a period would be a
    /// signal (the upper limit would be 0), and a period without one can never signal.
    case everyEventWouldSignal(mean: Double)
}

/// What `poissonChart` gives: the chart, or the reason there is none.
public enum PoissonChartOutcome: Equatable, Hashable, Sendable {
    /// The chart.
    case chart(PoissonChart)
    /// Too few values or events to chart, and why.
    case refused(PoissonChartRefusal)
}

/// Why a series cannot go on a Poisson chart as given.
public enum PoissonChartError: Error, Equatable, Sendable {
    /// The value at `index` is not a count: negative, fractional, not finite or beyond 2⁵³.
    case notACount(index: Int)
    /// The value at `index` is above `largestExactCount` (a billion), beyond the exact Poisson
    /// tails; counts that large suit an XmR chart anyway.
    case countTooLarge(index: Int)
    /// The tail probability is not in (0, 0.5).
    case invalidTailProbability
}

/// Draws a Poisson chart (a c-chart with exact probability limits) of a series of counts.
///
/// `series` is in time order, one entry a period, `nil` for a missing period (kept as a gap).
/// The centre line is the mean of the present counts; the limits are the counts beyond which
/// the Poisson distribution with that mean puts at most `tailProbability` in each tail (by
/// default Φ(−3) ≈ 0.00135, the false-alarm rate of a three-sigma limit on normal data). So
/// at a mean of 1.5 a month with no events (P = e^(−1.5) ≈ 22%) is no signal, while 7 or more
/// in a month (P ≈ 0.09%) is.
///
/// Only points outside the limits are read as signals: the runs rules of the XmR chart
/// (shift, trend, two in three) assume a continuous scale, and on counts of a few whole values
/// ties and chunkiness make them fire on noise.
///
/// Refuses (`.refused`) when no value is present, when no event happened at all, or when the
/// mean is so low that every single event would signal. Throws for a value that is not a count
/// or a tail probability outside (0, 0.5).
public func poissonChart(
    _ series: [Double?], tailProbability: Double = threeSigmaTailProbability
) throws(PoissonChartError) -> PoissonChartOutcome {
    guard tailProbability > 0, tailProbability < 0.5 else { throw .invalidTailProbability }
    var counts: [Int?] = []
    counts.reserveCapacity(series.count)
    for (index, value) in series.enumerated() {
        guard let value else { counts.append(nil); continue }
        guard isCount(value) else { throw .notACount(index: index) }
        guard value <= Double(largestExactCount) else { throw .countTooLarge(index: index) }
        counts.append(Int(value))
    }
    let present = counts.compactMap { $0 }
    guard !present.isEmpty else { return .refused(.noValues) }
    let events = present.reduce(0, +)
    guard events > 0 else { return .refused(.noEvents(periods: present.count)) }
    let mean = Double(events) / Double(present.count)

    let upper = poissonUpperLimit(mean: mean, tailProbability: tailProbability)
    guard upper > 0 else { return .refused(.everyEventWouldSignal(mean: mean)) }
    let lower = poissonLowerLimit(mean: mean, tailProbability: tailProbability)

    let points = counts.enumerated().map { index, count -> PoissonChartPoint in
        guard let count else { return PoissonChartPoint(index: index, value: nil, tailProbability: nil, signal: nil) }
        let tail: Double
        if Double(count) > mean {
            tail = poissonTails(count - 1, mean: mean).upper
        } else if Double(count) < mean {
            tail = poissonTails(count, mean: mean).lower
        } else {
            tail = 1
        }
        var signal: SpecialCauseSide?
        if count > upper {
            signal = .above
        } else if let lower, count < lower {
            signal = .below
        }
        return PoissonChartPoint(index: index, value: count, tailProbability: tail, signal: signal)
    }
    var dispersionIndex: Double?
    var dispersionPValue: Double?
    if present.count >= 2 {
        let squares = present.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
        let degrees = Double(present.count - 1)
        dispersionIndex = squares / degrees / mean
        dispersionPValue = regularizedGamma(a: degrees / 2, x: squares / mean / 2).upper
    }
    return .chart(PoissonChart(
        mean: mean, observedCount: present.count, eventCount: events, tailProbability: tailProbability,
        upperLimit: upper, lowerLimit: lower, probabilityOfZero: exp(-mean),
        dispersionIndex: dispersionIndex, dispersionPValue: dispersionPValue, points: points
    ))
}

/// The highest count u with P(X > u) ≤ α < P(X ≥ u) for X ~ Poisson(mean): counts above it
/// signal. A binary search between the mean and a bound found by doubling: a few dozen
/// evaluations of the Poisson tail even for a mean of a billion.
func poissonUpperLimit(mean: Double, tailProbability alpha: Double) -> Int {
    let isBeyond = { (u: Int) in poissonTails(u, mean: mean).upper <= alpha }
    var step = Int((4 * mean.squareRoot()).rounded(.up)) + 10
    var high = Int(mean.rounded(.up)) + step
    for _ in 0..<60 {
        if isBeyond(high) { break }
        step *= 2
        high += step
    }
    return firstIndex(in: 0...high, where: isBeyond) ?? high
}

/// The lowest count l with P(X < l) ≤ α for X ~ Poisson(mean), where l ≥ 1: counts below it
/// signal. `nil` when P(X = 0) > α: then no count can be that improbable on the low side.
func poissonLowerLimit(mean: Double, tailProbability alpha: Double) -> Int? {
    guard exp(-mean) <= alpha else { return nil }
    // The largest m with P(X ≤ m) ≤ α lies below the mean; the limit is m + 1.
    let isBeyond = { (m: Int) in poissonTails(m, mean: mean).lower <= alpha }
    return lastIndex(in: 0...max(0, Int(mean.rounded(.down))), where: isBeyond).map { $0 + 1 }
}
