import XCTest
import AssureData
@testable import AssureEngine
import AssureLanguage

/// The default reporting period follows the data the measures use, and a period or area in
/// which nothing could be judged is refused. Every expected period is worked out by hand from
/// the rows written here.
final class DefaultPeriodTests: XCTestCase {
    private let indicators: [String: Indicator] = [
        "referrals": Indicator(name: "referrals", title: "Referrals", unit: .count, frequency: .monthly, aggregation: .sum),
        "population": Indicator(name: "population", title: "Children", unit: .count, frequency: .financialYear, aggregation: .last),
        "referral_rate": Indicator(name: "referral_rate", title: "Referral rate", unit: .rate(per: 10_000), aggregation: .ratio,
                                   formula: .multiply(.divide(.indicator("referrals"), .indicator("population")), .constant(10_000))),
        "survey": Indicator(name: "survey", title: "Survey", unit: .percent, frequency: .calendarYear, aggregation: .last),
        "england": Indicator(name: "england", title: "England", unit: .count, frequency: .monthly, aggregation: .sum),
    ]

    private func plan(_ kind: AggregationPeriod, measures: [Measure]) -> RuleSet {
        RuleSet(report: ReportSettings(title: "Test", area: "Anytown", period: kind), priorities: [],
                indicators: indicators, measures: measures, outcomes: [])
    }

    private let rate = Measure(name: "rate", title: "Referral rate", value: .indicator("referral_rate"))
    private let referrals = Measure(name: "referrals", title: "Referrals", value: .indicator("referrals"),
                                    comparisons: [.benchmark(indicator: "england", label: "England")])
    private let survey = Measure(name: "survey", title: "Survey", value: .indicator("survey"))

    /// Monthly rows for `referrals` from `first` for `count` months, each 10.
    private func months(from first: String, count: Int, indicator: String = "referrals") -> String {
        let start = (try? Period.parse(first, expecting: .monthly)) ?? .calendarYear(0)
        return (0..<count).map { "\(indicator),\(start.advanced(by: $0).code),10\n" }.joined()
    }

    private func data(_ rows: String) throws -> IndicatorData {
        let result = IndicatorLoader.load([.bytes(Array(("indicator,period,value\n" + rows).utf8), name: "test.csv")])
        XCTAssertEqual(result.diagnostics, [])
        return try XCTUnwrap(result.data)
    }

    private let population = "population,2022/23,1000\npopulation,2023/24,1000\npopulation,2024/25,1000\n"

    func testAPopulationForTheNextYearDoesNotMoveAFinancialYearReport() throws {
        // Referrals April 2022 to March 2024; a population row for 2024/25 as well.
        let data = try data(months(from: "2022-04", count: 24) + population)
        let plan = plan(.financialYear, measures: [rate, referrals])
        XCTAssertEqual(Assessment.latestCompletePeriod(plan, data: data, area: nil), period("2023/24"))
        let assessment = try Assessment.assess(plan, data: data)
        XCTAssertEqual(assessment.period, period("2023/24"))
        // Twelve months of 10 referrals in 2023/24: 120, over a population of 1,000 is 1,200 per 10,000.
        XCTAssertEqual(assessment.measures.map(\.current.value), [1_200, 120])
    }

    func testAQuarterlyReportEndsAtTheLastCompleteQuarter() throws {
        let plan = plan(.quarter, measures: [rate, referrals])
        // To March 2024: January to March 2024 is complete.
        XCTAssertEqual(Assessment.latestCompletePeriod(plan, data: try data(months(from: "2022-04", count: 24) + population), area: nil),
                       period("2023/24 Q4"))
        // To February 2024: the last complete quarter is October to December 2023.
        XCTAssertEqual(Assessment.latestCompletePeriod(plan, data: try data(months(from: "2022-04", count: 23) + population), area: nil),
                       period("2023/24 Q3"))
    }

    func testAFinancialYearReportWaitsForTheYearsLastMonth() throws {
        // To February 2024: 2023/24 is not complete, so the report is for 2022/23.
        let plan = plan(.financialYear, measures: [rate, referrals])
        XCTAssertEqual(Assessment.latestCompletePeriod(plan, data: try data(months(from: "2022-04", count: 23) + population), area: nil),
                       period("2022/23"))
    }

    func testAYearlySurveyDoesNotMoveAQuarterlyReport() throws {
        // Monthly referrals to March 2024; the survey for 2024 ends in December 2024.
        let data = try data(months(from: "2022-04", count: 24) + "survey,2023,80\nsurvey,2024,85\n")
        XCTAssertEqual(Assessment.latestCompletePeriod(plan(.quarter, measures: [referrals, survey]), data: data, area: nil),
                       period("2023/24 Q4"))
    }

    func testOnlySurveysGiveTheQuarterTheirYearEnds() throws {
        // Nothing recorded as often as quarterly: the survey for 2023 covers to December 2023.
        let data = try data("survey,2022,78\nsurvey,2023,80\n")
        XCTAssertEqual(Assessment.latestCompletePeriod(plan(.quarter, measures: [survey]), data: data, area: nil),
                       period("2023/24 Q3"))
    }

    func testSeriesNoMeasureUsesAndBenchmarksAreIgnored() throws {
        // England's figures and an unused series run to June 2025; the referrals to March 2024.
        let data = try data(months(from: "2022-04", count: 24) + months(from: "2022-04", count: 39, indicator: "england")
                            + months(from: "2024-01", count: 18, indicator: "unused"))
        XCTAssertEqual(Assessment.latestCompletePeriod(plan(.quarter, measures: [referrals]), data: data, area: nil),
                       period("2023/24 Q4"))
    }

    func testTheMeasureThatReachesFurthestSetsThePeriod() throws {
        // The rate's referrals stop in March 2023 (its own reach: 2022/23 Q4); the referrals
        // measure uses England's figures only to compare, so it reaches March 2024 alone.
        let data = try data(months(from: "2022-04", count: 24) + population)
        let rateOnly = plan(.quarter, measures: [rate])
        XCTAssertEqual(Assessment.latestCompletePeriod(rateOnly, data: data, area: nil), period("2023/24 Q4"))
        let short = try self.data(months(from: "2022-04", count: 12) + population + months(from: "2022-04", count: 24, indicator: "england"))
        let both = plan(.quarter, measures: [rate, Measure(name: "england", title: "England", value: .indicator("england"))])
        XCTAssertEqual(Assessment.latestCompletePeriod(both, data: short, area: nil), period("2023/24 Q4"))
        XCTAssertEqual(Assessment.latestCompletePeriod(plan(.quarter, measures: [rate]), data: short, area: nil), period("2022/23 Q4"))
    }

    func testAPeriodPastTheDataIsRefusedWithThePeriodsThereAre() throws {
        let data = try data(months(from: "2022-04", count: 24) + population)
        XCTAssertThrowsError(try Assessment.assess(plan(.financialYear, measures: [rate, referrals]), data: data, period: period("2025/26"))) { error in
            XCTAssertEqual(error as? AssessmentProblem, .nothingJudged(period: period("2025/26"), first: period("2022/23"), last: period("2023/24")))
        }
        // The lenient evaluation still gives the (empty) assessment for library callers.
        XCTAssertEqual(Assessment.evaluate(plan(.financialYear, measures: [rate]), data: data, period: period("2025/26"))?.measures.first?.current.value, nil)
    }

    func testFirstCompletePeriodStartsAtTheFirstWholePeriod() throws {
        // Referrals from May 2022: the first whole quarter is July to September 2022.
        let data = try data(months(from: "2022-05", count: 23))
        XCTAssertEqual(Assessment.firstCompletePeriod(plan(.quarter, measures: [referrals]), data: data, area: nil), period("2022/23 Q2"))
    }

    func testAnAreaNotInTheDataIsRefused() throws {
        let data = try data(months(from: "2022-04", count: 24))
        let plan = plan(.quarter, measures: [referrals])
        XCTAssertThrowsError(try Assessment.assess(plan, data: data, area: "Elsewhere")) { error in
            XCTAssertEqual(error as? AssessmentProblem, .unknownArea("Elsewhere", areas: []))
        }
        // The report's own area is always allowed: the figures are the partnership's.
        XCTAssertEqual(try Assessment.assess(plan, data: data, area: "Anytown").area, "Anytown")
    }

    func testAreasOfTheDataAreNamed() throws {
        let text = "indicator,area,period,value\nreferrals,North,2024-01,5\nreferrals,South,2024-01,6\n"
        let data = try XCTUnwrap(IndicatorLoader.load([.bytes(Array(text.utf8), name: "areas.csv")]).data)
        XCTAssertThrowsError(try Assessment.assess(plan(.month, measures: [referrals]), data: data, area: "East")) { error in
            XCTAssertEqual(error as? AssessmentProblem, .unknownArea("East", areas: ["North", "South"]))
        }
        XCTAssertEqual(try Assessment.assess(plan(.month, measures: [referrals]), data: data, area: "South").measures.first?.current.value, 6)
    }

    func testOnePlanServesEveryArea() throws {
        // Two areas' referrals in January and February 2024: North 5 then 7, South 6 then 3.
        let text = "indicator,area,period,value\nreferrals,North,2024-01,5\nreferrals,North,2024-02,7\n"
            + "referrals,South,2024-01,6\nreferrals,South,2024-02,3\n"
        let data = try XCTUnwrap(IndicatorLoader.load([.bytes(Array(text.utf8), name: "areas.csv")]).data)
        let planned = EvaluationPlan(plan(.month, measures: [referrals]))
        let north = try Assessment.assess(planned, data: data, area: "North")
        let south = try Assessment.assess(planned, data: data, area: "South")
        XCTAssertEqual(north.measures.first?.history.map(\.value), [5, 7])
        XCTAssertEqual(south.measures.first?.history.map(\.value), [6, 3])
        XCTAssertEqual(north.period, period("2024-02"))
        XCTAssertThrowsError(try Assessment.assess(planned, data: data, area: "East")) { error in
            XCTAssertEqual(error as? AssessmentProblem, .unknownArea("East", areas: ["North", "South"]))
        }
    }

    func testRulesWithoutMeasuresAreRefused() throws {
        XCTAssertThrowsError(try Assessment.assess(plan(.quarter, measures: []), data: try data(months(from: "2022-04", count: 3)))) { error in
            XCTAssertEqual(error as? AssessmentProblem, .noMeasures)
        }
    }

    private func period(_ text: String) -> Period {
        (try? Period.parse(text)) ?? .calendarYear(0)
    }
}
