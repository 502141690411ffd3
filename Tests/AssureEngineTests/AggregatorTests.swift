import XCTest
import AssureTestSupport
import AssureData
import AssureLanguage
@testable import AssureEngine

/// Months become quarters, financial years and rolling 12 months by the indicator's kind:
/// flows add up, stocks take the last month, ratios are recomputed — and gaps are never filled.
final class AggregatorTests: XCTestCase {
    // 2023/24: April 10, May 20, … March 120 (10 × month number in the year).
    private let flow = TestSeries(monthlyFrom: "2023-04", (1...12).map { Double($0 * 10) })

    func testFlowFinancialYearIsTheSumOfItsMonths() {
        let value = Aggregator.value(of: flow, for: period("2023/24"), kind: .sum)
        // 10 + 20 + … + 120 = 10 × 78 = 780.
        XCTAssertEqual(value.value, 780)
        XCTAssertEqual(value.method, .sum(count: 12))
        XCTAssertEqual(value.points.count, 12)
    }

    func testFlowQuarterThreeIsOctoberToDecember() {
        // October 70 + November 80 + December 90.
        XCTAssertEqual(Aggregator.value(of: flow, for: period("2023/24 Q3"), kind: .sum).value, 240)
    }

    func testStockTakesThePeriodsLastMonth() {
        let value = Aggregator.value(of: flow, for: period("2023/24 Q3"), kind: .last)
        XCTAssertEqual(value.value, 90)
        XCTAssertEqual(value.method, .lastOf(period("2023-12")))
    }

    func testRolling12MonthsEndingInMarch() {
        XCTAssertEqual(Aggregator.value(of: flow, for: .rolling12Months(endingIn: period("2024-03").firstMonth), kind: .sum).value, 780)
        // Ending in February 2024 reaches back to March 2023, which the series does not have.
        let short = Aggregator.value(of: flow, for: .rolling12Months(endingIn: period("2024-02").firstMonth), kind: .sum)
        XCTAssertEqual(short.result, .unavailable(.incomplete(missing: [period("2023-03")])))
    }

    func testAFinancialYearWithAMissingMonthIsIncompleteNotElevenMonthsSummed() {
        var values: [Double?] = (1...12).map { Double($0 * 10) }
        values[7] = nil  // November 2023
        let series = TestSeries(monthlyFrom: "2023-04", values)
        let value = Aggregator.value(of: series, for: period("2023/24"), kind: .sum)
        XCTAssertEqual(value.result, .unavailable(.incomplete(missing: [period("2023-11")])))
        XCTAssertNil(value.value)
    }

    func testWithheldMonthMakesTheQuarterWithheldNeverZero() {
        let series = TestSeries(.monthly, values: [("2023-10", .value(3)), ("2023-11", .symbol(.confidential, marker: "c")), ("2023-12", .value(4))])
        let value = Aggregator.value(of: series, for: period("2023/24 Q3"), kind: .sum)
        XCTAssertEqual(value.result, .unavailable(.symbols([MarkedFigure(period: period("2023-11"), symbol: .confidential, marker: "c")])))
    }

    /// A `low` rounds to zero but is not zero: 3 + low + 4 is not 7, and the quarter has no figure.
    func testARoundsToZeroMonthIsNotZero() {
        let series = TestSeries(.monthly, values: [("2023-10", .value(3)), ("2023-11", .symbol(.roundsToZero, marker: "low")), ("2023-12", .value(4))])
        let value = Aggregator.value(of: series, for: period("2023/24 Q3"), kind: .sum)
        XCTAssertNil(value.value)
        XCTAssertEqual(value.result, .unavailable(.symbols([MarkedFigure(period: period("2023-11"), symbol: .roundsToZero, marker: "low")])))
    }

    /// Each month keeps its own symbol, and a symbol outweighs a month that is merely missing.
    func testEachSubPeriodKeepsItsOwnSymbol() {
        let series = TestSeries(.monthly, values: [("2023-10", .symbol(.notAvailable, marker: "x")), ("2023-11", .missing),
                                                   ("2023-12", .symbol(.notApplicable, marker: "[z]"))])
        let value = Aggregator.value(of: series, for: period("2023/24 Q3"), kind: .mean)
        XCTAssertEqual(value.result, .unavailable(.symbols([
            MarkedFigure(period: period("2023-10"), symbol: .notAvailable, marker: "x"),
            MarkedFigure(period: period("2023-12"), symbol: .notApplicable, marker: "[z]"),
        ])))
    }

    func testRecordedPeriodIsReadDirectly() {
        let series = TestSeries(.calendarYear, values: [("2021", .value(78)), ("2023", .value(86))])
        XCTAssertEqual(Aggregator.value(of: series, for: period("2023"), kind: .ratio).value, 86)
        XCTAssertEqual(Aggregator.value(of: series, for: period("2022"), kind: .ratio).result, .unavailable(.noData))
    }

    func testNoDataAtAllInThePeriod() {
        XCTAssertEqual(Aggregator.value(of: flow, for: period("2021/22"), kind: .sum).result, .unavailable(.noData))
    }

    func testQuarterlyDataCannotGiveAMonth() {
        let series = TestSeries(.quarterly, values: [("2023/24 Q1", .value(5))])
        XCTAssertEqual(Aggregator.value(of: series, for: period("2023-04"), kind: .sum).result,
                       .unavailable(.recordedLessOften(.quarterly)))
        // Calendar-year survey data does not tile a financial year either.
        let survey = TestSeries(.calendarYear, values: [("2023", .value(86))])
        XCTAssertEqual(Aggregator.value(of: survey, for: period("2023/24"), kind: .ratio).result,
                       .unavailable(.recordedLessOften(.calendarYear)))
    }

    func testQuarterlyFlowAddsUpToTheYear() {
        let series = TestSeries(.quarterly, values: [("2023/24 Q1", .value(74)), ("2023/24 Q2", .value(78)),
                                                     ("2023/24 Q3", .value(61)), ("2023/24 Q4", .value(84))])
        // 74 + 78 + 61 + 84 = 297 (the bitesize briefing attendees of the annual report).
        XCTAssertEqual(Aggregator.value(of: series, for: period("2023/24"), kind: .sum).value, 297)
    }

    func testRatioIsRecomputedFromNumeratorAndDenominatorNotAveraged() {
        // Monthly shares 10% (1/10), 50% (50/100) and 0% (0/90): their mean is 20%, but the
        // quarter's share is (1 + 50 + 0) / (10 + 100 + 90) = 51 / 200 = 25.5%.
        let series = TestSeries(.monthly, [
            ("2023-10", .value(10), numerator: 1, denominator: 10),
            ("2023-11", .value(50), numerator: 50, denominator: 100),
            ("2023-12", .value(0), numerator: 0, denominator: 90),
        ])
        let value = Aggregator.value(of: series, for: period("2023/24 Q3"), kind: .ratio, scale: Unit.percent.scale)
        XCTAssertEqual(value.value, 25.5)
        XCTAssertEqual(value.numerator, 51)
        XCTAssertEqual(value.denominator, 200)
    }

    func testARatioRatePerTenThousandIsScaledByItsUnitNotByAHundred() {
        // Each month: value 5, numerator 30, denominator 60,000 (30 / 60,000 × 10,000 = 5).
        // The year: 360 / 720,000 × 10,000 = 5 per 10,000, by hand.
        let months = (0..<12).map { offset in
            (period("2023-04").advanced(by: offset).code, Observation.value(5), numerator: Double?(30), denominator: Double?(60_000))
        }
        let series = TestSeries(.monthly, months)
        let year = Aggregator.value(of: series, for: period("2023/24"), kind: .ratio, scale: Unit.rate(per: 10_000).scale)
        XCTAssertEqual(year.value, 5)
    }

    func testAnAnnualStockHoldsForEveryMonthOfItsYear() {
        // A population of 60,000 for 2023/24 is the population of October 2023 and of Q3.
        let population = TestSeries(.financialYear, values: [("2023/24", .value(60_000))])
        let october = Aggregator.value(of: population, for: period("2023-10"), kind: .last)
        XCTAssertEqual(october.value, 60_000)
        XCTAssertEqual(october.method, .within(period("2023/24")))
        XCTAssertEqual(Aggregator.value(of: population, for: period("2023/24 Q3"), kind: .last).value, 60_000)
        // A flow cannot be shared out: an annual count has no figure for a month.
        XCTAssertNil(Aggregator.value(of: population, for: period("2023-10"), kind: .sum).value)
        // A month of a year with no row has none either.
        XCTAssertNil(Aggregator.value(of: population, for: period("2024-04"), kind: .last).value)
    }

    func testRatioWithoutNumeratorAndDenominatorIsNotAveraged() {
        let series = TestSeries(.monthly, values: [("2023-10", .value(10)), ("2023-11", .value(50)), ("2023-12", .value(0))])
        let value = Aggregator.value(of: series, for: period("2023/24 Q3"), kind: .ratio)
        XCTAssertEqual(value.result, .unavailable(.noNumeratorOrDenominator([period("2023-10"), period("2023-11"), period("2023-12")])))
    }

    func testRatioWithZeroDenominator() {
        let series = TestSeries(.monthly, [
            ("2023-10", .value(0), numerator: 0, denominator: 0),
            ("2023-11", .value(0), numerator: 0, denominator: 0),
            ("2023-12", .value(0), numerator: 0, denominator: 0),
        ])
        XCTAssertEqual(Aggregator.value(of: series, for: period("2023/24 Q3"), kind: .ratio).result, .unavailable(.zeroDenominator))
    }

    func testMeanOfAFigureDeclaredMean() {
        // Median waits of 10, 12 and 17 weeks: the quarter's mean is 39 / 3 = 13.
        let series = TestSeries(monthlyFrom: "2023-10", [10, 12, 17])
        let value = Aggregator.value(of: series, for: period("2023/24 Q3"), kind: .mean)
        XCTAssertEqual(value.value, 13)
        XCTAssertEqual(value.method, .mean(count: 3))
    }

    func testStockWithItsLastMonthMissingHasNoFigure() {
        let series = TestSeries(monthlyFrom: "2024-01", [400, 395, nil])
        XCTAssertEqual(Aggregator.value(of: series, for: period("2023/24 Q4"), kind: .last).result,
                       .unavailable(.incomplete(missing: [period("2024-03")])))
    }
}
