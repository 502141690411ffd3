import XCTest
import AssureTestSupport
import AssureData
import AssureLanguage
@testable import AssureEngine

/// Measures judged as of a period: each comparison, each reason for noting, with figures worked
/// out by hand from the series written in each test.
final class MeasureEvaluatorTests: XCTestCase {
    private let repeats = Indicator(name: "repeats", title: "Repeat cases", unit: .count, polarity: .lower, aggregation: .sum)
    private let survey = Indicator(name: "survey", title: "Confident", unit: .percent, polarity: .higher, aggregation: .last)

    private func rule(_ classification: Classification, _ figure: Figure, _ op: BinaryOperator, _ number: Double) -> ClassificationRule {
        ClassificationRule(classification, when: .compare(.figure(figure), op, .number(number)), text: "\(figure.rawValue) \(op.rawValue) \(number)")
    }

    private var thresholdRules: [ClassificationRule] {
        [rule(.doingWell, .change, .lessOrEqual, -10), rule(.furtherExploration, .change, .greaterOrEqual, 10)]
    }

    /// Two financial years of monthly counts: 2022/23 totals 250, 2023/24 totals 185.
    private var twoYears: TestSeries {
        // 2022/23: eleven months of 21 and March 19 → 231 + 19 = 250.
        // 2023/24: eleven months of 15 and March 20 → 165 + 20 = 185.
        let first: [Double?] = Array(repeating: 21, count: 11) + [19]
        let second: [Double?] = Array(repeating: 15, count: 11) + [20]
        return TestSeries(monthlyFrom: "2022-04", first + second)
    }

    private func evaluator(_ series: [String: TestSeries], _ plans: [Indicator]) -> MeasureEvaluator {
        MeasureEvaluator(indicators: Dictionary(uniqueKeysWithValues: plans.map { ($0.name, $0) }), data: TestData(series: series))
    }

    /// A measure judged by its rules alone (`ignore chance`): these tests are about the rules'
    /// arithmetic on small hand-worked figures; the test of chance has its own
    /// (`ChanceJudgementTests`).
    private func measure(_ value: Formula = .indicator("repeats"), over: AggregationPeriod? = .financialYear,
                         compare: [Comparison] = [.previousPeriod], rules: [ClassificationRule]? = nil,
                         minimumBase: Double? = nil, changeKind: ChangeKind? = nil, ignoresChance: Bool = true) -> Measure {
        Measure(name: "m", title: "M", value: value, over: over, comparisons: compare, changeKind: changeKind,
                minimumBase: minimumBase, rules: rules ?? thresholdRules, ignoresChance: ignoresChance)
    }

    // MARK: Comparisons

    func testPreviousPeriodFinancialYearDownTwentySixPercentIsDoingWell() {
        let finding = evaluator(["repeats": twoYears], [repeats]).evaluate(measure(), asOf: period("2023/24"))
        XCTAssertEqual(finding.period, period("2023/24"))
        XCTAssertEqual(finding.current.value, 185)
        XCTAssertEqual(finding.primaryComparison?.period, period("2022/23"))
        XCTAssertEqual(finding.primaryComparison?.figure, 250)
        XCTAssertEqual(finding.primaryComparison?.change?.percent, -26)
        XCTAssertEqual(finding.verdict, .doingWell)
        XCTAssertEqual(finding.decidingRule?.text, "change <= -10.0")
        XCTAssertEqual(finding.rules.first?.figures[.change], -26)
    }

    func testSamePeriodLastYearForAQuarter() {
        // 2023/24 Q3: 15 × 3 = 45; 2022/23 Q3: 21 × 3 = 63 → (45 − 63) / 63 = −28.571…%.
        let finding = evaluator(["repeats": twoYears], [repeats])
            .evaluate(measure(over: .quarter, compare: [.samePeriodLastYear]), asOf: period("2023/24 Q3"))
        XCTAssertEqual(finding.current.value, 45)
        XCTAssertEqual(finding.primaryComparison?.period, period("2022/23 Q3"))
        XCTAssertEqual(finding.primaryComparison?.change?.percent ?? 0, -18.0 / 63 * 100, accuracy: 1e-12)
        XCTAssertEqual(finding.verdict, .doingWell)
    }

    func testPreviousAvailableValueSkipsYearsWithoutASurvey() {
        let series = TestSeries(.calendarYear, values: [("2019", .value(70)), ("2021", .value(78)), ("2023", .value(86))])
        let finding = evaluator(["survey": series], [survey])
            .evaluate(measure(.indicator("survey"), over: .calendarYear, compare: [.previousAvailable],
                              rules: [rule(.doingWell, .change, .greaterOrEqual, 2)]), asOf: period("2023/24"))
        // As of 2023/24 (ending March 2024) the latest complete calendar year is 2023.
        XCTAssertEqual(finding.period, period("2023"))
        XCTAssertEqual(finding.primaryComparison?.period, period("2021"))
        XCTAssertEqual(finding.primaryComparison?.change?.points, 8)
        // For a percentage, `change` is in points unless the measure says otherwise.
        XCTAssertEqual(finding.verdict, .doingWell)
    }

    func testNamedBaselinePeriod() {
        let finding = evaluator(["repeats": twoYears], [repeats])
            .evaluate(measure(over: .month, compare: [.baseline(period("2022-04"))]), asOf: period("2024-03"))
        // March 2024: 20; April 2022: 21 → −1, −4.76…%: within ±10%, so no change beyond thresholds.
        XCTAssertEqual(finding.primaryComparison?.change?.absolute, -1)
        XCTAssertEqual(finding.verdict, .toNote(.noChangeBeyondThresholds))
        XCTAssertEqual(finding.rules.map(\.outcome), [.notHeld, .notHeld])
    }

    func testTargetComparison() {
        let finding = evaluator(["repeats": twoYears], [repeats])
            .evaluate(measure(compare: [.target(200)], rules: [rule(.doingWell, .value, .lessOrEqual, 200)]), asOf: period("2023/24"))
        XCTAssertNil(finding.primaryComparison?.period)
        XCTAssertEqual(finding.primaryComparison?.figure, 200)
        XCTAssertEqual(finding.primaryComparison?.change?.absolute, -15)
        XCTAssertEqual(finding.verdict, .doingWell)
    }

    func testBenchmarkSeriesForTheSamePeriod() {
        let england = TestSeries(.financialYear, values: [("2023/24", .value(150))])
        let plans = [repeats, Indicator(name: "england", title: "England", unit: .count, polarity: .lower, aggregation: .sum)]
        let finding = evaluator(["repeats": twoYears, "england": england], plans)
            .evaluate(measure(compare: [.benchmark(indicator: "england", label: "England")],
                              rules: [rule(.furtherExploration, .changePercent, .greater, 20)]), asOf: period("2023/24"))
        // 185 against England's 150: +35, +23.33…% → above 20%.
        XCTAssertEqual(finding.primaryComparison?.change?.absolute, 35)
        XCTAssertEqual(finding.verdict, .furtherExploration)
    }

    func testConditionsCanNameTheTargetAndTheBenchmark() {
        // 185 against England's 150 and a target of 200: 185 > 150 × 1.2 = 180, and 185 < 200.
        let england = TestSeries(.financialYear, values: [("2023/24", .value(150))])
        let plans = [repeats, Indicator(name: "england", title: "England", unit: .count, polarity: .lower, aggregation: .sum)]
        let aboveBenchmark = ClassificationRule(.furtherExploration, when: .compare(.figure(.value), .greater,
                                                    .multiply(.figure(.benchmark), .number(1.2))), text: "explore when value > benchmark * 1.2")
        let belowTarget = ClassificationRule(.doingWell, when: .compare(.figure(.value), .less, .figure(.target)), text: "doing well when value < target")
        let finding = evaluator(["repeats": twoYears, "england": england], plans)
            .evaluate(measure(compare: [.benchmark(indicator: "england", label: "England"), .target(200)],
                              rules: [belowTarget, aboveBenchmark]), asOf: period("2023/24"))
        XCTAssertEqual(finding.rules.first?.figures[.target], 200)
        XCTAssertEqual(finding.verdict, .doingWell)
        let reversed = evaluator(["repeats": twoYears, "england": england], plans)
            .evaluate(measure(compare: [.benchmark(indicator: "england", label: "England"), .target(200)],
                              rules: [aboveBenchmark, belowTarget]), asOf: period("2023/24"))
        XCTAssertEqual(reversed.rules.first?.figures[.benchmark], 150)
        XCTAssertEqual(reversed.verdict, .furtherExploration)
    }

    // MARK: Reasons to note

    func testNoDataForThePeriod() {
        let finding = evaluator(["repeats": twoYears], [repeats]).evaluate(measure(), asOf: period("2025/26"))
        XCTAssertEqual(finding.verdict, .toNote(.noData))
    }

    func testMissingComparisonPeriodIsNotEnoughHistory() {
        let finding = evaluator(["repeats": twoYears], [repeats]).evaluate(measure(), asOf: period("2022/23"))
        XCTAssertEqual(finding.current.value, 250)
        XCTAssertEqual(finding.verdict, .toNote(.notEnoughHistory(comparison: period("2021/22"),
                                                                  gap: .operandUnavailable(indicator: "repeats", gap: .noData))))
    }

    func testFinancialYearWithAMissingMonthSaysIncomplete() {
        var values: [Double?] = Array(repeating: 21, count: 24)
        values[19] = nil  // November 2023
        let finding = evaluator(["repeats": TestSeries(monthlyFrom: "2022-04", values)], [repeats])
            .evaluate(measure(), asOf: period("2023/24"))
        XCTAssertEqual(finding.verdict, .toNote(.incomplete(missing: [period("2023-11")])))
        XCTAssertNil(finding.current.value)
    }

    /// Every symbol in the current period makes the measure an area to note for that symbol,
    /// never judged as a number.
    func testASymbolInTheCurrentPeriodIsNotedAsWhatItIs() {
        let cases: [(StatisticalSymbol, String)] = [(.confidential, "c"), (.notAvailable, "x"), (.notApplicable, "z"),
                                                     (.lowReliability, "u"), (.roundsToZero, "low")]
        for (symbol, marker) in cases {
            let series = TestSeries(.quarterly, values: [("2023/24 Q3", .value(12)), ("2023/24 Q4", .symbol(symbol, marker: marker))])
            let finding = evaluator(["repeats": series], [repeats]).evaluate(measure(over: .quarter), asOf: period("2023/24"))
            XCTAssertEqual(finding.period, period("2023/24 Q4"), marker)
            XCTAssertNil(finding.current.value, marker)
            XCTAssertEqual(finding.verdict, .toNote(.symbols([MarkedFigure(period: period("2023/24 Q4"), symbol: symbol, marker: marker)])), marker)
            XCTAssertFalse(finding.verdict.wasJudged, marker)
        }
    }

    func testBelowMinimumBaseIsNotedNotJudged() {
        // 3 → 6 is +100%, but it rests on 3 + 6 = 9 events, below the minimum of 20.
        let series = TestSeries(.financialYear, values: [("2022/23", .value(3)), ("2023/24", .value(6))])
        let finding = evaluator(["repeats": series], [repeats]).evaluate(measure(minimumBase: 20), asOf: period("2023/24"))
        XCTAssertEqual(finding.verdict, .toNote(.belowMinimumBase(base: 9, minimum: 20)))
    }

    func testARiseFromFifteenToFiveHundredIsNeverSmallNumbers() {
        // 15 + 500 = 515 events behind the change: far above a minimum base of 20.
        let series = TestSeries(.financialYear, values: [("2022/23", .value(15)), ("2023/24", .value(500))])
        let finding = evaluator(["repeats": series], [repeats]).evaluate(measure(minimumBase: 20), asOf: period("2023/24"))
        XCTAssertEqual(finding.base, 515)
        XCTAssertNotEqual(finding.verdict, .toNote(.belowMinimumBase(base: 515, minimum: 20)))
    }

    func testZeroBaseLeavesPercentChangeUndefined() {
        let series = TestSeries(.financialYear, values: [("2022/23", .value(0)), ("2023/24", .value(4))])
        let finding = evaluator(["repeats": series], [repeats]).evaluate(measure(), asOf: period("2023/24"))
        XCTAssertNil(finding.primaryComparison?.change?.percent)
        XCTAssertEqual(finding.primaryComparison?.change?.absolute, 4)
        XCTAssertEqual(finding.verdict, .toNote(.percentChangeUndefined))
        XCTAssertEqual(finding.rules.first?.outcome, .undecided(.percentChangeUndefined))
    }

    func testDerivedShareWhoseDenominatorIsMissing() {
        let neglect = TestSeries(monthlyFrom: "2023-02", [190, 192])
        let total = TestSeries(.monthly, values: [("2023-02", .value(398)), ("2023-03", .missing)])
        let share = Indicator(name: "share", title: "Share", unit: .percent, polarity: .lower, aggregation: .last,
                                  formula: .multiply(.divide(.indicator("neglect"), .indicator("total")), .constant(100)))
        let plans = [share, Indicator(name: "neglect", title: "N", unit: .count, polarity: .lower, aggregation: .last),
                     Indicator(name: "total", title: "T", unit: .count, polarity: .neither, aggregation: .last)]
        let finding = evaluator(["neglect": neglect, "total": total], plans)
            .evaluate(measure(.indicator("share"), over: .month), asOf: period("2023-03"))
        XCTAssertEqual(finding.current.result, .unavailable(.operandUnavailable(indicator: "total", gap: .incomplete(missing: [period("2023-03")]))))
        XCTAssertEqual(finding.verdict, .toNote(.incomplete(missing: [period("2023-03")])))
    }

    func testDerivedShareInPointsAtTheEndOfTheYear() {
        // March 2023: 192 / 400 = 48%; March 2024: 173 / 389 = 44.473…%: a fall of 3.526… points.
        var neglect: [Double?] = Array(repeating: 195, count: 25)
        var total: [Double?] = Array(repeating: 400, count: 25)
        neglect[11] = 192; total[11] = 400     // March 2023
        neglect[23] = 173; total[23] = 389     // March 2024
        let share = Indicator(name: "share", title: "Share", unit: .percent, polarity: .lower, aggregation: .last,
                                  formula: .multiply(.divide(.indicator("neglect"), .indicator("total")), .constant(100)))
        let plans = [share, Indicator(name: "neglect", title: "N", unit: .count, polarity: .lower, aggregation: .last),
                     Indicator(name: "total", title: "T", unit: .count, polarity: .neither, aggregation: .last)]
        let finding = evaluator(["neglect": TestSeries(monthlyFrom: "2022-04", neglect), "total": TestSeries(monthlyFrom: "2022-04", total)], plans)
            .evaluate(measure(.indicator("share"), rules: [rule(.doingWell, .changePoints, .lessOrEqual, -2)]), asOf: period("2023/24"))
        XCTAssertEqual(finding.current.value ?? 0, 173.0 / 389 * 100, accuracy: 1e-12)
        XCTAssertEqual(finding.primaryComparison?.figure, 48)
        XCTAssertEqual(finding.primaryComparison?.change?.points ?? 0, 173.0 / 389 * 100 - 48, accuracy: 1e-12)
        XCTAssertEqual(finding.current.denominator, 389)
        XCTAssertEqual(finding.base, 389)
        XCTAssertEqual(finding.verdict, .doingWell)
    }

    func testNoComparisonAndNoStatistics() {
        let finding = evaluator(["repeats": twoYears], [repeats]).evaluate(measure(compare: [], rules: []), asOf: period("2023/24"))
        XCTAssertEqual(finding.verdict, .toNote(.noComparison))
    }

    func testAToNoteRuleThatHolds() {
        let finding = evaluator(["repeats": twoYears], [repeats])
            .evaluate(measure(rules: [rule(.toNote, .value, .less, 1000)]), asOf: period("2023/24"))
        XCTAssertEqual(finding.verdict, .toNote(.ruleHeld))
    }

    func testConditionsCombineWithAndOrNot() {
        // change −26%, value 185.
        let down = Condition.compare(.figure(.change), .lessOrEqual, .number(-10))
        let small = Condition.compare(.figure(.value), .less, .number(100))
        let plan = ClassificationRule(.doingWell, when: .and(down, .not(small)), text: "…")
        let other = ClassificationRule(.furtherExploration, when: .or(small, .not(down)), text: "…")
        let finding = evaluator(["repeats": twoYears], [repeats]).evaluate(measure(rules: [other, plan]), asOf: period("2023/24"))
        XCTAssertEqual(finding.verdict, .doingWell)
        XCTAssertEqual(finding.rules.map(\.outcome), [.notHeld, .held])
    }

    func testMonthlyMeasureAsOfAFinancialYearIsJudgedForItsLastMonth() {
        let finding = evaluator(["repeats": twoYears], [repeats]).evaluate(measure(over: .month), asOf: period("2023/24"))
        XCTAssertEqual(finding.period, period("2024-03"))
        // March 2024: 20, February 2024: 15 → +33.3…%: further exploration for a count that should fall.
        XCTAssertEqual(finding.verdict, .furtherExploration)
        XCTAssertEqual(finding.history.count, 24)
    }

    func testFinancialYearMeasureAsOfAQuarterUsesTheLastCompleteYear() {
        let finding = evaluator(["repeats": twoYears], [repeats]).evaluate(measure(), asOf: period("2023/24 Q3"))
        XCTAssertEqual(finding.period, period("2022/23"))
    }
}

/// A notice never speaks for a period with no figure.
final class NoticeWithoutDataTests: XCTestCase {
    func testATrendNoticeDoesNotApplyToAMonthWithNoFigure() {
        // Twelve rising months, then March 2024 missing: the trend to February is strong, but
        // the report for March has no figure to speak of.
        let values: [Double?] = Array(1...11).map(Double.init) + [nil]
        let series = TestSeries(monthlyFrom: "2023-04", values)
        let indicator = Indicator(name: "x", title: "X", unit: .count, polarity: .higher, aggregation: .sum)
        let measure = Measure(name: "m", title: "M", value: .indicator("x"), over: .month,
                              notices: [Notice(.trend(since: period("2023-04")))])
        let finding = MeasureEvaluator(indicators: ["x": indicator], data: TestData(series: ["x": series]))
            .evaluate(measure, asOf: period("2024-03"))
        XCTAssertNil(finding.current.value)
        XCTAssertEqual(finding.notices.map(\.applies), [false])
    }
}

/// When no rule held, a rule whose change held but whose other condition did not is named.
final class BlockedRuleTests: XCTestCase {
    func testAFallBlockedByATargetConditionSaysWhichConditionBlockedIt() {
        // 41.2% → 33.7%: −7.5 points, beyond −5; but 33.7% is above the target of 30%.
        let share = Indicator(name: "share", title: "Share", unit: .percent, polarity: .lower, aggregation: .last)
        let series = TestSeries(.financialYear, values: [("2022/23", .value(41.2)), ("2023/24", .value(33.7))])
        let rule = ClassificationRule(.doingWell, when: .and(.compare(.figure(.change), .lessOrEqual, .number(-5)),
                                                             .compare(.figure(.value), .lessOrEqual, .figure(.target))),
                                      text: "doing well when (change <= -5 points and value <= target)",
                                      partTexts: ["change <= -5 points", "value <= target"])
        let measure = Measure(name: "m", title: "M", value: .indicator("share"), over: .financialYear,
                              comparisons: [.previousPeriod, .target(30)], rules: [rule], ignoresChance: true)
        let finding = MeasureEvaluator(indicators: ["share": share], data: TestData(series: ["share": series]))
            .evaluate(measure, asOf: period("2023/24"))
        XCTAssertEqual(finding.verdict, .toNote(.blocked(rule: rule, by: "value <= target")))
    }
}

/// Statistical process control fit for rare events: counts averaging fewer than four a period
/// are judged by Poisson limits, not an XmR chart whose limits collapse.
final class RareEventSPCJudgementTests: XCTestCase {
    private func finding(_ values: [Double?]) -> MeasureFinding {
        let series = TestSeries(monthlyFrom: "2022-01", values)
        let indicator = Indicator(name: "incidents", title: "Incidents", unit: .count, polarity: .higher, aggregation: .sum)
        let measure = Measure(name: "m", title: "M", value: .indicator("incidents"), over: .month, spc: SPCJudgement())
        let last = period("2022-01").advanced(by: values.count - 1)
        return MeasureEvaluator(indicators: ["incidents": indicator], data: TestData(series: ["incidents": series]))
            .evaluate(measure, asOf: last)
    }

    func testARoutineZeroMonthIsNotSpecialCause() {
        // 24 months of one event, then none: the XmR chart's moving ranges are all zero but the
        // last, so its limits collapse onto 1 and the zero is "special cause". Under a Poisson
        // mean of 24/25 = 0.96, P(0) = e^−0.96 = 0.38: routine, and no fall can be a signal.
        let result = finding(Array(repeating: 1, count: 24) + [0])
        XCTAssertEqual(result.spc?.result.variation.map { $0 != .commonCause }, true, "the XmR chart alone would flag it")
        guard case .chart(let chart)? = result.spc?.rareEvents else { return XCTFail("no Poisson chart") }
        XCTAssertNil(chart.lowerLimit)
        XCTAssertEqual(result.verdict, .toNote(.noSignificantChange))
    }

    func testARareSpikeBeyondThePoissonLimitIsSpecialCause() {
        // 24 months of one event, then nine: mean 33/25 = 1.32; P(X > 6) = 0.00044 ≤ 0.00135 <
        // P(X > 5) = 0.0024 (scipy.stats.poisson.sf(6, 1.32), sf(5, 1.32)), so the limit is 6
        // and nine, with higher better, is special cause improvement.
        let result = finding(Array(repeating: 1, count: 24) + [9])
        guard case .chart(let chart)? = result.spc?.rareEvents else { return XCTFail("no Poisson chart") }
        XCTAssertEqual(chart.upperLimit, 6)
        XCTAssertEqual(result.verdict, .doingWell)
    }

    func testNoEventsAtAllIsTooRareToJudge() {
        let result = finding(Array(repeating: 0, count: 25))
        XCTAssertEqual(result.verdict, .toNote(.tooRareToChart(.noEvents(periods: 25))))
    }
}
