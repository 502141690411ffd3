import AssureAnalysis
import AssureData
import AssureLanguage

/// Whether a comparison's change (or gap) is more than chance alone would give, and the
/// figures that say so: the test of a change over time, or the value's interval against a
/// benchmark or target. Or why no test applies.
public enum Chance: Hashable, Sendable {
    case tested(ChanceTest)
    case untestable(Untestable)

    /// The test, when there is one.
    public var test: ChanceTest? {
        if case .tested(let test) = self { return test }
        return nil
    }
}

/// Why no test of chance applies to a comparison.
public enum Untestable: Hashable, Sendable {
    /// One of the two figures is not there.
    case noFigure
    /// A percentage whose denominator (the children, cases or respondents it is a share of)
    /// the data does not give.
    case noDenominator
    /// A figure that is not a count of events or a share: a score, a mean, a wait, or
    /// arithmetic that is not a sum of counts.
    case notCountsOrShares
    /// A count that is not a whole number of events.
    case notWholeEvents
    /// Counts beyond the exact methods' range (more than a billion events).
    case beyondExactRange
}

/// The events (or successes) behind a figure, and what they are out of: nothing for a count,
/// the denominator for a share, the population for a rate.
public struct Evidence: Hashable, Sendable {
    public let events: Int
    public let outOf: Double?
}

/// The test of chance for one comparison.
public struct ChanceTest: Hashable, Sendable {
    /// What was tested.
    public enum Kind: String, Hashable, Sendable {
        /// Two counts of events (Poisson): the exact conditional test, Poisson intervals.
        case counts
        /// Two rates per N with their populations: the conditional test weighted by
        /// population, Byar's (or exact) intervals.
        case rates
        /// Two proportions: Fisher's exact or the chi-square test, Wilson intervals,
        /// Newcombe's interval for the difference.
        case proportions
        /// A figure given with its published interval but without the counts behind it (a
        /// Fingertips life expectancy, say): the interval against a fixed figure only.
        case published
    }

    public let kind: Kind
    public let level: ConfidenceLevel
    /// The events behind the value, and behind the figure compared with (over time); nil
    /// when the value's published interval was used without counts.
    public let current: Evidence?
    public let comparison: Evidence?
    /// The interval round the value, in the measure's unit.
    public let interval: ConfidenceInterval
    /// The interval round the figure compared with, over time, in the measure's unit.
    public let comparisonInterval: ConfidenceInterval?
    /// Newcombe's interval for the difference of two proportions, in percentage points.
    public let differenceInterval: ConfidenceInterval?
    /// The test of a change over time.
    public let test: SignificanceTest?
    /// Against a benchmark or a target: where it lies relative to the value's interval.
    public let benchmark: BenchmarkComparison?
    /// Where the value's interval comes from: worked out from the counts, or published with
    /// the figure (Fingertips' own interval, so that the verdict agrees with Fingertips').
    public internal(set) var intervalSource: IntervalSource = .counts

    /// Whether chance alone does not explain the change or gap at `level`.
    public var isBeyondChance: Bool {
        if let test { return test.isSignificant(at: level) }
        if let benchmark { return benchmark.isSignificant }
        return false
    }
}

/// Where the interval round a measure's value comes from.
public enum IntervalSource: Hashable, Sendable {
    /// Worked out by Assure from the counts behind the value (Wilson, Byar's or exact Poisson).
    case counts
    /// Published with the figure: a Fingertips export's `Lower CI 95.0 limit` and `Upper CI
    /// 95.0 limit` (or the 99.8% ones), used against a fixed figure (England, the region, the
    /// neighbours, a benchmark or a target) as Fingertips itself compares.
    case published
}

/// Works out the test of chance for a measure's comparisons: which test applies to its kind of
/// figure, and its result.
struct ChanceAssessor {
    let unit: Unit
    let value: Formula
    let indicators: [String: Indicator]
    let level: ConfidenceLevel
    let improvement: ImprovementDirection

    func chance(_ current: MeasureValue, _ comparison: ComparisonFinding) -> Chance {
        let computed = chanceFromCounts(current, comparison)
        // Against a fixed figure, the publisher's interval round the value (when the data gives
        // one at the report's level) replaces the one worked out from the counts: Fingertips
        // compares an area so, and its interval may come by another method (a standardised
        // rate's, say). A change over time is still tested from the counts of both periods.
        // Without counts (or beyond them) the published interval alone still places the figure.
        guard !comparison.basis.isOverTime, current.value != nil, let figure = comparison.figure,
              let published = publishedInterval(current) else { return computed }
        let position = compareWithBenchmark(published, benchmark: figure, improvement: improvement)
        var replaced: ChanceTest
        if case .tested(let test) = computed {
            replaced = ChanceTest(kind: test.kind, level: test.level, current: test.current, comparison: test.comparison,
                                  interval: published, comparisonInterval: test.comparisonInterval,
                                  differenceInterval: test.differenceInterval, test: test.test, benchmark: position)
        } else {
            replaced = ChanceTest(kind: .published, level: level, current: nil, comparison: nil, interval: published,
                                  comparisonInterval: nil, differenceInterval: nil, test: nil, benchmark: position)
        }
        replaced.intervalSource = .published
        return .tested(replaced)
    }

    /// The interval published with the value at the report's level: only for a value that is
    /// one indicator's recorded point for exactly its period (a sum or a ratio of points has
    /// no published interval).
    private func publishedInterval(_ current: MeasureValue) -> ConfidenceInterval? {
        guard value.singleIndicator != nil, current.operands.count == 1, let operand = current.operands.first,
              operand.value.method == .recorded, operand.value.points.count == 1, let point = operand.value.points.first,
              let interval = point.publishedIntervals.first(where: { abs($0.level - level.level) < 1e-9 }),
              interval.lower <= interval.upper else { return nil }
        return ConfidenceInterval(lower: interval.lower, upper: interval.upper, level: level)
    }

    private func chanceFromCounts(_ current: MeasureValue, _ comparison: ComparisonFinding) -> Chance {
        guard let value = current.value, let figure = comparison.figure else { return .untestable(.noFigure) }
        guard max(abs(value), abs(figure), current.denominator ?? 0) <= Double(largestExactCount) else { return .untestable(.beyondExactRange) }
        switch unit {
        case .number:
            return .untestable(.notCountsOrShares)
        case .count:
            guard self.value.isCountOfEvents({ indicators[$0] }) else { return .untestable(.notCountsOrShares) }
            guard let events = whole(value) else { return .untestable(.notWholeEvents) }
            return counts(events, comparison: comparison, figure: figure, months: current.period.months.count)
        case .percent:
            guard let n = current.denominator, let trials = whole(n), trials > 0 else { return .untestable(.noDenominator) }
            return proportions(successes(current, value: value, trials: trials), trials, comparison: comparison, figure: figure)
        case .rate(let per):
            guard let population = current.denominator, population > 0 else { return .untestable(.noDenominator) }
            let events = Int((value / per * population).rounded())
            return rates(events, population, per: per, comparison: comparison, figure: figure)
        }
    }

    // MARK: Counts

    private func counts(_ events: Int, comparison: ComparisonFinding, figure: Double, months: Int) -> Chance {
        guard let interval = poissonInterval(count: events, level: level) else { return .untestable(.notWholeEvents) }
        if comparison.basis.isOverTime {
            guard let other = whole(figure), let otherMonths = comparison.period?.months.count,
                  let otherInterval = poissonInterval(count: other, level: level),
                  let test = conditionalPoissonTest(count1: events, exposure1: Double(months), count2: other, exposure2: Double(otherMonths)) else {
                return .untestable(.notWholeEvents)
            }
            return .tested(ChanceTest(kind: .counts, level: level, current: Evidence(events: events, outOf: nil),
                                      comparison: Evidence(events: other, outOf: nil), interval: interval,
                                      comparisonInterval: otherInterval, differenceInterval: nil, test: test, benchmark: nil))
        }
        let position = compareWithBenchmark(interval, benchmark: figure, improvement: improvement)
        return .tested(ChanceTest(kind: .counts, level: level, current: Evidence(events: events, outOf: nil), comparison: nil,
                                  interval: interval, comparisonInterval: nil, differenceInterval: nil, test: nil, benchmark: position))
    }

    // MARK: Proportions

    private func proportions(_ k: Int, _ n: Int, comparison: ComparisonFinding, figure: Double) -> Chance {
        guard let interval = wilsonInterval(successes: k, trials: n, level: level) else { return .untestable(.noDenominator) }
        if comparison.basis.isOverTime {
            guard let m = comparison.value?.denominator, let trials = whole(m), trials > 0 else { return .untestable(.noDenominator) }
            let j = comparison.value.map { successes($0, value: figure, trials: trials) } ?? Int((figure / 100 * Double(trials)).rounded())
            guard let otherInterval = wilsonInterval(successes: j, trials: trials, level: level),
                  let test = twoProportionTest(successes1: k, trials1: n, successes2: j, trials2: trials),
                  let difference = newcombeDifferenceInterval(successes1: k, trials1: n, successes2: j, trials2: trials, level: level) else {
                return .untestable(.noDenominator)
            }
            return .tested(ChanceTest(kind: .proportions, level: level, current: Evidence(events: k, outOf: Double(n)),
                                      comparison: Evidence(events: j, outOf: Double(trials)), interval: interval.scaled(by: 100),
                                      comparisonInterval: otherInterval.scaled(by: 100), differenceInterval: difference.scaled(by: 100),
                                      test: test, benchmark: nil))
        }
        let position = compareWithBenchmark(interval, benchmark: figure / 100, improvement: improvement)
        return .tested(ChanceTest(kind: .proportions, level: level, current: Evidence(events: k, outOf: Double(n)), comparison: nil,
                                  interval: interval.scaled(by: 100), comparisonInterval: nil, differenceInterval: nil,
                                  test: nil, benchmark: position))
    }

    // MARK: Rates

    private func rates(_ events: Int, _ population: Double, per: Double, comparison: ComparisonFinding, figure: Double) -> Chance {
        guard let interval = rateInterval(count: events, population: population, per: per, level: level) else {
            return .untestable(.noDenominator)
        }
        if comparison.basis.isOverTime {
            guard let otherPopulation = comparison.value?.denominator, otherPopulation > 0 else { return .untestable(.noDenominator) }
            let other = Int((figure / per * otherPopulation).rounded())
            guard let otherInterval = rateInterval(count: other, population: otherPopulation, per: per, level: level),
                  let test = conditionalPoissonTest(count1: events, exposure1: population, count2: other, exposure2: otherPopulation) else {
                return .untestable(.noDenominator)
            }
            return .tested(ChanceTest(kind: .rates, level: level, current: Evidence(events: events, outOf: population),
                                      comparison: Evidence(events: other, outOf: otherPopulation), interval: interval,
                                      comparisonInterval: otherInterval, differenceInterval: nil, test: test, benchmark: nil))
        }
        let position = compareWithBenchmark(interval, benchmark: figure, improvement: improvement)
        return .tested(ChanceTest(kind: .rates, level: level, current: Evidence(events: events, outOf: population), comparison: nil,
                                  interval: interval, comparisonInterval: nil, differenceInterval: nil, test: nil, benchmark: position))
    }

    // MARK: Helpers

    /// The successes behind a percentage of `trials`: its numerator when the data gives a whole
    /// one, otherwise the percentage of the trials, to the nearest whole (a survey's 97% of 212
    /// respondents is 206).
    private func successes(_ share: MeasureValue, value: Double, trials: Int) -> Int {
        if let numerator = share.numerator, let count = whole(numerator), count <= trials { return count }
        return Int((value / 100 * Double(trials)).rounded())
    }

    /// The whole number `value` is, within rounding; nil when it is not one.
    private func whole(_ value: Double) -> Int? {
        guard value.isFinite, value >= 0, value <= Double(largestExactCount) else { return nil }
        let rounded = value.rounded()
        return abs(value - rounded) < 1e-6 * max(1, rounded) ? Int(rounded) : nil
    }
}
