import XCTest
import AssureTestSupport
@testable import AssureData

/// Loading indicator files that are messy but correct: every case must load, exactly.
final class IndicatorLoaderTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private func month(_ year: Int, _ number: Int) -> Period {
        guard let month = Month(year: year, month: number) else { preconditionFailure("bad month in test") }
        return .month(month)
    }

    private func loadFolder(hints: [String: Frequency] = [:]) throws -> IndicatorData {
        let result = IndicatorLoader.load(directory: folder.path, frequencyHints: hints)
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        return try XCTUnwrap(result.data)
    }

    // A long file with a byte-order mark, CRLF line ends, header names in any case with
    // trailing spaces, a blank line, a spreadsheet's empty row, quoted thousands, percentages,
    // every missing marker, statistical symbols, and a quoted note over two lines.
    private let messyLongFile = "\u{FEFF}Indicator ,PERIOD,Value,Note\r\n"
        + "referrals,2023-04,\"1,234\",\r\n"          // line 2
        + "referrals,2023-05, 1200 ,\r\n"             // line 3
        + "\r\n"                                      // line 4: blank
        + "referrals,2023-06,-,\r\n"                  // line 5
        + "referrals,2023-07,n/a,\r\n"
        + "referrals,2023-08,..,\r\n"
        + "referrals,2023-09,,\r\n"                   // line 8
        + "referrals,2023-10,c,\r\n"
        + "referrals,2023-11,[c],\r\n"
        + "referrals,2023-12,X,\r\n"
        + "referrals,2024-01,*,\r\n"
        + "referrals,2024-02,Low,\r\n"                // line 13
        + "referrals,2024-03,z,\r\n"
        + "referrals,2024-04,[U],\r\n"
        + "referrals,2024-05,k,\r\n"
        + "referrals,2024-06,:,\r\n"                  // line 17
        + "neglect_share,2023-04,86%,\"Includes \"\"late\"\" plans,\nsee note\"\r\n"  // lines 18-19
        + "neglect_share,2023-05,85.5% ,\r\n"         // line 20
        + ",,,\r\n"                                   // line 21: a spreadsheet's empty row

    func testMessyLongFileLoadsEveryValue() throws {
        try folder.write("police.csv", messyLongFile)
        let data = try loadFolder()
        XCTAssertEqual(data.indicatorNames, ["neglect_share", "referrals"])
        XCTAssertEqual(data.areas, [])
        XCTAssertEqual(data.frequency(of: "referrals"), .monthly)
        let referrals = try XCTUnwrap(data.series(indicator: "referrals"))
        XCTAssertNil(referrals.area)
        XCTAssertEqual(referrals.periods, (4...18).map { month(2023 + ($0 - 1) / 12, ($0 - 1) % 12 + 1) })
        XCTAssertEqual(referrals.observations, [
            .value(1234), .value(1200),
            .missing, .missing, .symbol(.notAvailable, marker: ".."), .missing,
            .symbol(.confidential, marker: "c"), .symbol(.confidential, marker: "[c]"), .symbol(.notAvailable, marker: "X"),
            .symbol(.confidential, marker: "*"), .symbol(.roundsToZero, marker: "Low"),
            .symbol(.notApplicable, marker: "z"), .symbol(.lowReliability, marker: "[U]"),
            .symbol(.roundsToZero, marker: "k"), .symbol(.notAvailable, marker: ":"),
        ])
        XCTAssertEqual(referrals.observation(at: month(2023, 10)), .symbol(.confidential, marker: "c"))
        XCTAssertNil(referrals.observation(at: month(2024, 7)))
    }

    func testPointsRememberWhereTheyCameFrom() throws {
        let file = try folder.write("police.csv", messyLongFile)
        let data = try loadFolder()
        let referrals = try XCTUnwrap(data.series(indicator: "referrals"))
        XCTAssertEqual(referrals.point(at: month(2023, 5))?.origin, DataOrigin(file: file, line: 3))
        let share = try XCTUnwrap(data.series(indicator: "neglect_share"))
        // The second row is on line 20, after the two-line note.
        XCTAssertEqual(share.point(at: month(2023, 4))?.origin, DataOrigin(file: file, line: 18))
        XCTAssertEqual(share.point(at: month(2023, 5))?.origin, DataOrigin(file: file, line: 20))
        XCTAssertEqual(share.observations, [.value(86), .value(85.5)])
    }

    func testQuotedNoteKeepsItsQuotesCommasAndLineEnd() throws {
        try folder.write("police.csv", messyLongFile)
        let share = try XCTUnwrap(try loadFolder().series(indicator: "neglect_share"))
        XCTAssertEqual(share.point(at: month(2023, 4))?.note, "Includes \"late\" plans,\nsee note")
        XCTAssertNil(share.point(at: month(2023, 5))?.note)
    }

    func testNumeratorAndDenominatorAreCarried() throws {
        try folder.write("plans.csv", """
            indicator,area,period,numerator,denominator,value
            cp_neglect_share,Camden,2023/24,45,100,45%
            cp_neglect_share,Camden,2024/25,c,90,c

            """)
        let data = try loadFolder()
        XCTAssertEqual(data.frequency(of: "cp_neglect_share"), .financialYear)
        let series = try XCTUnwrap(data.series(indicator: "cp_neglect_share", area: "Camden"))
        XCTAssertEqual(series.points.map(\.numerator), [.value(45), .symbol(.confidential, marker: "c")])
        XCTAssertEqual(series.points.map(\.denominator), [.value(100), .value(90)])
        XCTAssertEqual(series.points.map(\.observation), [.value(45), .symbol(.confidential, marker: "c")])
        XCTAssertNil(data.series(indicator: "cp_neglect_share"))
    }

    func testWideFileGivesOneSeriesPerColumnAndArea() throws {
        try folder.write("wide.csv", """
            period,area,cp_plans,cla_rate
            2023/24 Q1,Camden,120,45.5
            2023/24 Q2,Camden,,46
            2023/24 Q1,Barnet,c,50

            """)
        let data = try loadFolder()
        XCTAssertEqual(data.indicatorNames, ["cla_rate", "cp_plans"])
        XCTAssertEqual(data.areas, ["Barnet", "Camden"])
        XCTAssertEqual(data.frequency(of: "cp_plans"), .quarterly)
        XCTAssertEqual(data.series(indicator: "cp_plans", area: "Camden")?.observations, [.value(120), .missing])
        XCTAssertEqual(data.series(indicator: "cp_plans", area: "Barnet")?.observations, [.symbol(.confidential, marker: "c")])
        XCTAssertEqual(data.series(indicator: "cla_rate", area: "Camden")?.observations, [.value(45.5), .value(46)])
        XCTAssertEqual(data.series(indicator: "cp_plans", area: "Camden")?.points.last?.origin.line, 3)
    }

    func testSeveralPartnershipsInOneFileAndAFileWithoutAreas() throws {
        try folder.write("a_areas.csv", """
            area,indicator,period,value
            E09000007,referrals,2023-04,10
            E09000003,referrals,2023-04,20

            """)
        try folder.write("b_own.csv", "indicator,period,value\nreferrals,2023-04,30\n")
        let data = try loadFolder()
        XCTAssertEqual(data.areas, ["E09000003", "E09000007"])
        XCTAssertEqual(data.areas(of: "referrals"), [nil, "E09000003", "E09000007"])
        XCTAssertEqual(data.series(indicator: "referrals")?.observations, [.value(30)])
        XCTAssertEqual(data.series(indicator: "referrals", area: "E09000007")?.observations, [.value(10)])
        XCTAssertEqual(data.series(indicator: "referrals", area: "E09000003")?.observations, [.value(20)])
    }

    func testRowsOutOfOrderAreSortedByPeriod() throws {
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-06,3\nreferrals,2023-04,1\n")
        try folder.write("b.csv", "indicator,period,value\nreferrals,2023-05,2\n")
        let series = try XCTUnwrap(try loadFolder().series(indicator: "referrals"))
        XCTAssertEqual(series.periods, [month(2023, 4), month(2023, 5), month(2023, 6)])
        XCTAssertEqual(series.observations, [.value(1), .value(2), .value(3)])
        XCTAssertEqual(series.points.map(\.origin.line), [3, 2, 2])
    }

    func testAmbiguousPeriodIsSettledByTheIndicatorsOtherPeriods() throws {
        // 2012-13 can only be a financial year (there is no month 13), so 2011-12 is 2011/12.
        try folder.write("a.csv", "indicator,period,value\nrepeat_rate,2011-12,5\nrepeat_rate,2012-13,6\n"
                         + "referrals,2011-11,1\nreferrals,2011-12,2\n")
        let data = try loadFolder()
        XCTAssertEqual(data.frequency(of: "repeat_rate"), .financialYear)
        XCTAssertEqual(data.series(indicator: "repeat_rate")?.periods,
                       [.financialYear(FinancialYear(startYear: 2011)), .financialYear(FinancialYear(startYear: 2012))])
        XCTAssertEqual(data.frequency(of: "referrals"), .monthly)
        XCTAssertEqual(data.series(indicator: "referrals")?.periods, [month(2011, 11), month(2011, 12)])
    }

    func testAmbiguousPeriodIsSettledByTheDeclaredFrequency() throws {
        try folder.write("a.csv", "indicator,period,value\nrepeat_rate,2011-12,5\n")
        let data = try loadFolder(hints: ["repeat_rate": .financialYear])
        XCTAssertEqual(data.series(indicator: "repeat_rate")?.periods, [.financialYear(FinancialYear(startYear: 2011))])
        let monthly = try loadFolder(hints: ["repeat_rate": .monthly])
        XCTAssertEqual(monthly.series(indicator: "repeat_rate")?.periods, [month(2011, 12)])
    }

    func testUnknownLongColumnIsAWarningAndTheDataLoads() throws {
        let file = try folder.write("a.csv", "indicator,period,value,source\nreferrals,2023-04,5,MASH\n")
        let result = IndicatorLoader.load(directory: folder.path)
        XCTAssertNotNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(result.diagnostics.first?.message, "column 'source' is not one Assure reads; it is ignored")
        XCTAssertEqual(result.diagnostics.first?.range?.description, "\(file):1:24")
    }

    func testOnlyCSVFilesDirectlyInTheFolderAreRead() throws {
        try folder.write("b.csv", "indicator,period,value\nsecond,2023-04,2\n")
        try folder.write("A.CSV", "indicator,period,value\nfirst,2023-04,1\n")
        try folder.write("readme.txt", "not data")
        try FileManager.default.createDirectory(atPath: folder.path + "/old.csv", withIntermediateDirectories: true)
        let data = try loadFolder()
        XCTAssertEqual(data.files, [folder.path + "/A.CSV", folder.path + "/b.csv"])
        XCTAssertEqual(data.indicatorNames, ["first", "second"])
    }

    func testFilesAreNeverModified() throws {
        let file = try folder.write("a.csv", messyLongFile)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        _ = IndicatorLoader.load(directory: folder.path)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before)
    }
}
