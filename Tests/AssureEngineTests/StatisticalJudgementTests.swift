import XCTest
import AssureTestSupport
import AssureData
import AssureLanguage
@testable import AssureEngine

/// `judge by spc` and the trend, run and record notices, on series whose statistics are
/// worked out by hand.
final class StatisticalJudgementTests: XCTestCase {
    private let statements = Indicator(name: "statements", title: "Statements", unit: .count, polarity: .higher, aggregation: .sum)

    private func evaluate(_ values: [Double?], from first: String = "2022-01", spc: SPCJudgement? = SPCJudgement(),
                          notices: [Notice] = [], asOf: String, polarity: Polarity = .higher) -> MeasureFinding {
        let plan = Indicator(name: "statements", title: "Statements", unit: .count, polarity: polarity, aggregation: .sum)
        let evaluator = MeasureEvaluator(indicators: ["statements": plan],
                                         data: TestData(series: ["statements": TestSeries(monthlyFrom: first, values)]))
        return evaluator.evaluate(Measure(name: "momo", title: "MOMO", value: .indicator("statements"), over: .month,
                                              spc: spc, notices: notices), asOf: period(asOf))
    }

    // Twelve points alternating 10, 12: mean 11, every moving range 2, limits 11 ± 2.66 × 2 =
    // 5.68 and 16.32. Nothing special about any of them.
    private let steady: [Double?] = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12]

    func testCommonCauseVariationIsNoSignificantChange() {
        let finding = evaluate(steady, asOf: "2022-12")
        XCTAssertEqual(finding.verdict, .toNote(.noSignificantChange))
        XCTAssertEqual(finding.spc?.result.groups.first?.mean, 11)
        XCTAssertEqual(finding.spc?.result.groups.first?.limits?.upper ?? 0, 11 + 2.66 * 2, accuracy: 1e-12)
    }

    func testAPointAboveTheUpperLimitIsImprovementWhenHigherIsBetter() {
        // Thirteen points: the twelve above then 30. Mean (132 + 30) / 13 = 12.4615…; moving
        // ranges are eleven 2s and one 18, mean 40 / 12 = 3.333…; screening drops the 18
        // (≥ 3.267 × 3.333… = 10.89), leaving a mean moving range of 2. Upper limit
        // 12.4615… + 2.66 × 2 = 17.78…: 30 is outside.
        let finding = evaluate(steady + [30], asOf: "2023-01")
        XCTAssertEqual(finding.verdict, .doingWell)
        XCTAssertEqual(finding.spc?.result.variation, .specialCauseImprovement)
        let concern = evaluate(steady + [30], asOf: "2023-01", polarity: .lower)
        XCTAssertEqual(concern.verdict, .furtherExploration)
        let neutral = evaluate(steady + [30], asOf: "2023-01", polarity: .neither)
        XCTAssertEqual(neutral.verdict, .toNote(.changeWithoutDirection))
    }

    func testElevenPointsAreTooFewToJudge() {
        let finding = evaluate(Array(steady.prefix(10)) + [30], asOf: "2022-11")
        XCTAssertEqual(finding.verdict, .toNote(.tooFewPoints(have: 11, need: 12)))
        XCTAssertNotNil(finding.spc, "the chart is still computed, and flagged")
    }

    func testTrendNoticeSinceAPeriod() {
        // 2022: flat at 50 and 52; 2023: rising every month. From January 2023 to June 2023 the
        // six values 60 < 70 < … < 110 give S = 15 (all 15 pairs rise), so a significant rise.
        let values: [Double?] = [50, 52, 50, 52, 50, 52, 50, 52, 50, 52, 50, 52, 60, 70, 80, 90, 100, 110]
        let finding = evaluate(values, spc: nil, notices: [Notice(.trend(since: period("2023-01")))], asOf: "2023-06")
        guard case .trend(let result, let since, let through)? = finding.notices.first?.evidence else {
            return XCTFail("no trend evidence")
        }
        XCTAssertEqual(since, period("2023-01"))
        XCTAssertEqual(through, period("2023-06"))
        XCTAssertEqual(result.s, 15)
        XCTAssertEqual(result.slope, 10)
        XCTAssertEqual(finding.notices.first?.applies, true)
    }

    func testRecordNoticeAppliesWhenTheRecordIsInTheReportingPeriod() {
        // 24 months: the record, 187, in October 2023 (index 21); the year as of 2023/24 runs
        // April 2023 to March 2024, but the series ends in December 2023.
        var values: [Double?] = Array(repeating: 60, count: 24)
        values[21] = 187
        values[5] = 150
        let notice = Notice(.record(high: true, within: .months(36)))
        let finding = evaluate(values, spc: nil, notices: [notice], asOf: "2023-12")
        guard case .record(let record, let periods, let window)? = finding.notices.first?.evidence else {
            return XCTFail("no record evidence")
        }
        XCTAssertEqual(record.value, 187)
        XCTAssertEqual(periods, [period("2023-10")])
        XCTAssertEqual(window.count, 24)
        // As of December 2023 (a month), October is not in the reporting period…
        XCTAssertEqual(finding.notices.first?.applies, false)
        // …as of October to December 2023 (Quarter 3) it is.
        let quarter = evaluate(values, spc: nil, notices: [notice], asOf: "2023/24 Q3")
        XCTAssertEqual(quarter.period, period("2023-12"))
        XCTAssertEqual(quarter.notices.first?.applies, true)
    }

    func testRunNotice() {
        let values: [Double?] = [50, 40, 41, 42, 43, 44]
        let finding = evaluate(values, spc: nil, notices: [Notice(.run(length: 5))], asOf: "2022-06")
        XCTAssertEqual(finding.notices.first?.applies, true)
        let shorter = evaluate(values, spc: nil, notices: [Notice(.run(length: 6))], asOf: "2022-06")
        XCTAssertEqual(shorter.notices.first?.applies, false)
    }
}

/// Outcome statements rated Green, Amber or Red over their evidence, or "no evidence".
final class OutcomeEvaluatorTests: XCTestCase {
    private func finding(_ name: String, _ verdict: Verdict) -> MeasureFinding {
        MeasureFinding(measure: Measure(name: name, title: name, value: .indicator(name)), indicator: nil,
                       polarity: .higher, unit: .percent, area: nil, period: period("2023"),
                       current: MeasureValue(period: period("2023"), result: .value(1), operands: [], denominator: nil),
                       comparisons: [], base: nil, verdict: verdict, decidingRule: nil, rules: [], spc: nil, notices: [], history: [])
    }

    private let supported = Outcome(
        name: "supported", statement: "Professionals tell us they feel supported", evidence: ["a", "b", "c"],
        ratings: [RatingRule(.green, when: .count(.all, .doingWell), text: "green when all doing well"),
                  RatingRule(.amber, when: .count(.any, .doingWell), text: "amber when any doing well"),
                  RatingRule(.red, when: nil, text: "otherwise red")])

    private func rate(_ verdicts: [Verdict]) -> OutcomeFinding {
        let findings = Dictionary(uniqueKeysWithValues: zip(["a", "b", "c"], verdicts).map { ($0, finding($0, $1)) })
        return OutcomeEvaluator.evaluate(supported, findings: findings)
    }

    func testGreenWhenAllDoingWell() {
        XCTAssertEqual(rate([.doingWell, .doingWell, .doingWell]).rating, .green)
    }

    func testAmberWhenSomeDoingWell() {
        let finding = rate([.doingWell, .toNote(.noChangeBeyondThresholds), .furtherExploration])
        XCTAssertEqual(finding.rating, .amber)
        XCTAssertEqual(finding.decidingRule?.text, "amber when any doing well")
    }

    func testUnjudgedEvidenceFailsAll() {
        XCTAssertEqual(rate([.doingWell, .doingWell, .toNote(.noData)]).rating, .amber)
    }

    func testOtherwiseRed() {
        XCTAssertEqual(rate([.furtherExploration, .toNote(.noChangeBeyondThresholds), .furtherExploration]).rating, .red)
    }

    func testNoEvidenceWhenNothingCouldBeJudged() {
        let finding = rate([.toNote(.noData), .toNote(.symbols([MarkedFigure(period: period("2023"), symbol: .confidential, marker: "c")])), .toNote(.belowMinimumBase(base: 3, minimum: 20))])
        XCTAssertNil(finding.rating)
        XCTAssertTrue(finding.hasNoEvidence)
    }

    func testCountingQuantifiers() {
        let classifications: [Classification?] = [.doingWell, .doingWell, .furtherExploration, nil]
        XCTAssertTrue(OutcomeEvaluator.holds(.count(.atLeast(2), .doingWell), classifications: classifications, total: 4))
        XCTAssertFalse(OutcomeEvaluator.holds(.count(.atLeast(3), .doingWell), classifications: classifications, total: 4))
        XCTAssertTrue(OutcomeEvaluator.holds(.count(.atMost(1), .furtherExploration), classifications: classifications, total: 4))
        XCTAssertTrue(OutcomeEvaluator.holds(.count(.none, .toNote), classifications: classifications, total: 4))
        XCTAssertTrue(OutcomeEvaluator.holds(.and(.count(.any, .doingWell), .not(.count(.all, .doingWell))), classifications: classifications, total: 4))
    }
}
