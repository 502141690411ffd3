import XCTest
import AssureTestSupport
import AssureData
import AssureEngine
import AssureLanguage
@testable import AssureReport

/// The headline sentences of the Salford annual report 2023/24 (seed 004), written by
/// templates over findings whose figures are worked out by hand.
final class NarrativeSeedSentenceTests: XCTestCase {
    private func finding(_ indicator: Indicator, _ series: TestSeries, _ measure: Measure, asOf: String) -> MeasureFinding {
        MeasureEvaluator(indicators: [indicator.name: indicator], data: TestData(series: [indicator.name: series]))
            .evaluate(measure, asOf: period(asOf))
    }

    private func sentence(_ text: String, _ finding: MeasureFinding, notice: NoticeFinding? = nil) -> String {
        let result = Narrative.sentence(template(text), finding, notice: notice)
        XCTAssertNil(result.problem, "\(String(describing: result.problem))")
        return result.text ?? ""
    }

    func testMARACDecreaseBy26Percent() {
        // 88 repeat cases in 2022/23, 65 in 2023/24: (65 − 88) / 88 = −26.1%, written 26%.
        let marac = Indicator(name: "marac_repeat", title: "Repeat cases heard at MARAC", unit: .count, polarity: .lower, aggregation: .sum)
        let series = TestSeries(.financialYear, [("2022/23", .value(88)), ("2023/24", .value(65))])
        let measure = Measure(name: "marac", title: "Repeat MARAC cases", value: .indicator("marac_repeat"), comparisons: [.previousPeriod])
        let text = sentence("We have observed a {change.direction|direction(\"increase\", \"decrease\")} in repeat domestic abuse cases involving children being heard at MARAC by {change.percent|abs}.",
                            finding(marac, series, measure, asOf: "2023/24"))
        XCTAssertEqual(text, "We have observed a decrease in repeat domestic abuse cases involving children being heard at MARAC by 26%.")
    }

    func testReductionInNeglectShareDuring2023To24() {
        let neglect = Indicator(name: "cp_neglect_share", title: "Child Protection Plans due to neglect", unit: .percent, polarity: .lower, aggregation: .last)
        let series = TestSeries(.financialYear, [("2022/23", .value(41.2)), ("2023/24", .value(37.9))])
        let measure = Measure(name: "neglect", title: "Neglect share", value: .indicator("cp_neglect_share"), comparisons: [.previousPeriod])
        let text = sentence("there has been a {change.direction|direction(\"rise\", \"reduction\")} in the proportion of children subject to a Child Protection Plan due to neglect during {period}",
                            finding(neglect, series, measure, asOf: "2023/24"))
        XCTAssertEqual(text, "There has been a reduction in the proportion of children subject to a Child Protection Plan due to neglect during 2023/24.")
    }

    // 2022 steady at 50 and 52; 2023 rising month by month except October's record, 187.
    private let momoValues: [Double?] = [50, 52, 50, 52, 50, 52, 50, 52, 50, 52, 50, 52,
                                         60, 70, 80, 90, 100, 110, 120, 130, 140, 187, 150, 160]

    private func momo(notices: [Notice]) -> MeasureFinding {
        let statements = Indicator(name: "momo_statements", title: "MOMO statements", unit: .count, polarity: .higher, aggregation: .sum)
        let measure = Measure(name: "momo", title: "Statements through MOMO", value: .indicator("momo_statements"), over: .month,
                                  notices: notices)
        return finding(statements, TestSeries(monthlyFrom: "2022-01", momoValues), measure, asOf: "2023-12")
    }

    func testSteadyIncreaseSinceTheBeginningOf2023() {
        let finding = momo(notices: [Notice(.trend(since: period("2023-01")))])
        XCTAssertEqual(finding.notices.first?.applies, true, "twelve 2023 months, S = 62: a significant rise")
        let text = sentence("Since {trend.since|since}, we have seen a steady {trend.direction|increase} in statements submitted through the MOMO app month by month.",
                            finding, notice: finding.notices.first)
        XCTAssertEqual(text, "Since the beginning of 2023, we have seen a steady increase in statements submitted through the MOMO app month by month.")
    }

    func testRecordUseInOctober2023() {
        let finding = momo(notices: [Notice(.record(high: true, within: .months(36)))])
        let text = sentence("The record use was in {record.period} with a total of {record.value|plural(\"statement\")}", finding)
        XCTAssertEqual(text, "The record use was in October 2023 with a total of 187 statements.")
    }

    func testSurveyUpFrom78PercentIn2021() {
        // The survey runs every other year: 78% in 2021, none in 2022, 86% in 2023.
        let survey = Indicator(name: "csa_confidence", title: "Confident to recognise sexual abuse", unit: .percent, polarity: .higher, aggregation: .last)
        let series = TestSeries(.calendarYear, [("2021", .value(78)), ("2023", .value(86))])
        let measure = Measure(name: "csa", title: "CSA confidence", value: .indicator("csa_confidence"), over: .calendarYear,
                                  comparisons: [.previousAvailable])
        let text = sentence("{value} of respondents were confident they can recognise signs of sexual abuse in children and take appropriate action ({comparison.value|from})",
                            finding(survey, series, measure, asOf: "2023"))
        XCTAssertEqual(text, "86% of respondents were confident they can recognise signs of sexual abuse in children and take appropriate action (up from 78% in 2021).")
    }
}
