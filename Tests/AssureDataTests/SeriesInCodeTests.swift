import XCTest
import AssureData

/// Series and data made in code (as rule tests will make them), through the public API only.
final class SeriesInCodeTests: XCTestCase {
    private func month(_ year: Int, _ number: Int) -> Period {
        guard let month = Month(year: year, month: number) else { preconditionFailure("bad month in test") }
        return .month(month)
    }

    func testSeriesMadeInCodeIsInPeriodOrder() throws {
        let series = try XCTUnwrap(IndicatorSeries(indicator: "referrals", frequency: .monthly, observations: [
            (month(2023, 6), .value(12)), (month(2023, 4), .symbol(.confidential, marker: "c")), (month(2023, 5), .missing),
        ]))
        XCTAssertEqual(series.periods, [month(2023, 4), month(2023, 5), month(2023, 6)])
        XCTAssertEqual(series.observations, [.symbol(.confidential, marker: "c"), .missing, .value(12)])
        XCTAssertEqual(series.observation(at: month(2023, 6)), .value(12))
        XCTAssertNil(series.observation(at: month(2023, 7)))
    }

    func testWrongFrequencyOrRepeatedPeriodIsRefused() {
        XCTAssertNil(IndicatorSeries(indicator: "referrals", frequency: .quarterly, observations: [(month(2023, 4), .value(1))]))
        XCTAssertNil(IndicatorSeries(indicator: "referrals", frequency: .monthly,
                                     observations: [(month(2023, 4), .value(1)), (month(2023, 4), .value(2))]))
    }

    func testDataMadeInCode() throws {
        let camden = try XCTUnwrap(IndicatorSeries(indicator: "referrals", area: "Camden", frequency: .monthly,
                                                   observations: [(month(2023, 4), .value(1))]))
        let barnet = try XCTUnwrap(IndicatorSeries(indicator: "referrals", area: "Barnet", frequency: .monthly,
                                                   observations: [(month(2023, 4), .value(2))]))
        let data = try XCTUnwrap(IndicatorData(series: [camden, barnet]))
        XCTAssertEqual(data.areas, ["Barnet", "Camden"])
        XCTAssertEqual(data.series(indicator: "referrals", area: "Barnet")?.observations, [.value(2)])
        XCTAssertEqual(IndicatorCatalogue(data).entries.map(\.area), ["Barnet", "Camden"])
        XCTAssertNil(IndicatorData(series: [camden, camden]))
    }
}
