import XCTest
@testable import AssureData

/// A local data lab's long file: `area_code, area_name, period, indicator, measure, unit,
/// value`. A count row and a rate row of one indicator are two series, not a duplicate.
final class LongMeasureUnitTests: XCTestCase {
    func testMeasureAndUnitNameTheSeries() throws {
        let text = """
        area_code,area_name,period,indicator,measure,unit,value
        E08000006,Salford,2023/24,referrals,count,children,2410
        E08000006,Salford,2023/24,referrals,rate,per 10000,378.8
        E08000007,Stockport,2023/24,referrals,count,children,1990

        """
        let result = IndicatorLoader.load([.bytes(Array(text.utf8), name: "lab.csv")])
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        let data = try XCTUnwrap(result.data)
        XCTAssertEqual(data.indicatorNames, ["referrals [measure = count; unit = children]", "referrals [measure = rate; unit = per 10000]"])
        let year = Period.financialYear(FinancialYear(startYear: 2023))
        XCTAssertEqual(data.series(indicator: "referrals [measure = rate; unit = per 10000]", area: "E08000006")?.observation(at: year),
                       .value(378.8))
        XCTAssertEqual(data.series(indicator: "referrals [measure = count; unit = children]", area: "E08000007")?.observation(at: year),
                       .value(1990))
        XCTAssertEqual(data.areaDetails["E08000006"], AreaDetails(code: "E08000006", name: "Salford", level: .unstated, region: nil, oldCode: nil))
        XCTAssertEqual(data.published["referrals [measure = rate; unit = per 10000]"]?.clause,
                       #"from "lab.csv" indicator "referrals" where measure = "rate", unit = "per 10000""#)
    }

    func testTheSameMeasureTwiceIsStillADuplicate() throws {
        let text = "area_code,period,indicator,measure,value\nE1,2023/24,referrals,count,1\nE1,2023/24,referrals,count,2\n"
        let result = IndicatorLoader.load([.bytes(Array(text.utf8), name: "lab.csv")])
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["indicator 'referrals [measure = count]' in area 'E1' has a second row for 2023/24"])
    }

    func testAreaAndAreaCodeTogetherAreRefused() throws {
        let text = "area,area_code,period,indicator,value\nSalford,E08000006,2023/24,referrals,1\n"
        let result = IndicatorLoader.load([.bytes(Array(text.utf8), name: "lab.csv")])
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["the header has both an area and an area_code column"])
        XCTAssertEqual(result.diagnostics.first?.range?.start, SourcePosition(line: 1, column: 6))
    }
}

/// At most 100 errors a file, of every kind, then a count.
final class ErrorCapTests: XCTestCase {
    func testDuplicatesCountTowardsTheLimit() throws {
        // 150 indicators each given twice for 2023-04: 150 duplicates, plus 5 bad values first.
        var text = "indicator,period,value\n"
        for index in 0..<5 { text += "bad\(index),2023-04,oops\n" }
        for index in 0..<150 { text += "i\(index),2023-04,1\ni\(index),2023-04,2\n" }
        let result = IndicatorLoader.load([.bytes(Array(text.utf8), name: "d.csv")])
        XCTAssertNil(result.data)
        let errors = result.diagnostics.filter { $0.severity == .error }
        // 100 listed (5 values, 95 duplicates) and one count of the 55 duplicates not listed.
        XCTAssertEqual(errors.count, 101)
        XCTAssertEqual(errors.filter { $0.message.hasSuffix("is not a number") }.count, 5)
        XCTAssertEqual(errors.filter { $0.message.contains("has a second row") }.count, 95)
        XCTAssertEqual(errors.filter { $0.message == "55 more problems in this file not shown" }.count, 1)
    }
}
