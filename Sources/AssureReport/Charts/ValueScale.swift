import Foundation

/// The value axis of a measure's chart, chosen so that it does not exaggerate: the span and the
/// round figures marked on it.
///
/// - A percentage runs from 0: to 100% when any figure is above 50%, otherwise to a round
///   figure above the highest. A survey's 86% against 78% is then a rise of 8 in 100, not a
///   line from the bottom of the chart to the top.
/// - A count, rate or other figure runs from 0 (a negative figure takes the axis below 0) to a
///   round figure above the highest.
/// - Except, for a measure judged by statistical process control, when the figures are far from
///   0 (the lowest is more than the spread from lowest to highest above it): then the axis spans
///   the values, the mean and the process limits, from a round figure below the lowest. What
///   such a chart shows is variation against its limits, which a scale from 0 would flatten.
public struct ValueScale: Hashable, Sendable {
    public let low: Double
    public let high: Double
    /// The round figures marked on the axis, `low` and `high` among them.
    public let ticks: [Double]
    public let choice: Choice

    /// Why the axis spans what it does.
    public enum Choice: String, Hashable, Sendable {
        /// A percentage from 0 to 100%.
        case wholePercentage
        /// From 0 (or a round figure below a negative one) to a round figure above the highest.
        case fromZero
        /// Statistical process control far from 0: round figures about the values and limits.
        case aboutTheLimits
    }

    /// About this many intervals between marks.
    static let intervals = 5.0

    init(figures: [Double], style: NumberStyle, controlled: Bool) {
        let finite = figures.filter(\.isFinite)
        let lowest = finite.min() ?? 0
        let highest = finite.max() ?? 1
        let isPercentage: Bool
        switch style {
        case .percent, .points: isPercentage = true
        default: isPercentage = false
        }
        if isPercentage && highest > 50 && lowest >= 0 && highest <= 100 {
            self.init(low: 0, high: 100, step: 20, choice: .wholePercentage)
            return
        }
        let spread = highest - lowest
        if controlled && !isPercentage && lowest > 0 && lowest > spread && spread > 0 {
            let step = ValueScale.roundStep(spread / ValueScale.intervals)
            self.init(low: (lowest / step).rounded(.down) * step, high: (highest / step).rounded(.up) * step,
                      step: step, choice: .aboutTheLimits)
            return
        }
        let bottom = min(0, lowest)
        // At least one unit tall, so a series of zeros still has an axis.
        let top = max(highest, bottom + 1)
        let step = ValueScale.roundStep((top - bottom) / ValueScale.intervals)
        self.init(low: (bottom / step).rounded(.down) * step, high: (top / step).rounded(.up) * step, step: step, choice: .fromZero)
    }

    private init(low: Double, high: Double, step: Double, choice: Choice) {
        self.low = low
        self.high = high > low ? high : low + step
        self.choice = choice
        let count = Int(((self.high - low) / step).rounded())
        ticks = (0...count).map { ValueScale.clean(low + Double($0) * step) }
    }

    /// The round step (1, 2, 2.5 or 5 times a power of ten) at or above `raw`.
    static func roundStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / power
        let multiple: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return clean(multiple * power)
    }

    /// Removes the binary noise of repeated addition (0.30000000000000004 → 0.3).
    static func clean(_ value: Double) -> Double {
        (value * 1e9).rounded() / 1e9
    }

    /// Where `value` falls between `low` (0) and `high` (1).
    func fraction(_ value: Double) -> Double {
        (value - low) / (high - low)
    }
}
