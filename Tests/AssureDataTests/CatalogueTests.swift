import XCTest
import AssureTestSupport
@testable import AssureData

/// The catalogue of the small folder under `Golden/catalogue/Indicators`, figures counted by
/// hand from the three files there; and its whole text and JSON against the golden files.
final class CatalogueTests: XCTestCase {
    private static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/catalogue").path

    private func catalogue() throws -> IndicatorCatalogue {
        let result = IndicatorLoader.load(directory: CatalogueTests.goldenFolder + "/Indicators")
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        return IndicatorCatalogue(try XCTUnwrap(result.data))
    }

    private func month(_ year: Int, _ number: Int) -> Period {
        guard let month = Month(year: year, month: number) else { preconditionFailure("bad month in test") }
        return .month(month)
    }

    private func quarter(_ startYear: Int, _ number: Int) -> Period {
        guard let quarter = FinancialQuarter(financialYear: FinancialYear(startYear: startYear), quarter: number) else {
            preconditionFailure("bad quarter in test")
        }
        return .quarter(quarter)
    }

    func testOneEntryPerIndicatorAndAreaInOrder() throws {
        let entries = try catalogue().entries
        XCTAssertEqual(entries.map(\.indicator), ["cp_plans_neglect", "cp_plans_total", "referrals", "referrals", "survey_feel_supported"])
        XCTAssertEqual(entries.map(\.area), [nil, nil, "Barnet", "Camden", nil])
        XCTAssertEqual(entries.map(\.frequency), [.quarterly, .quarterly, .monthly, .monthly, .calendarYear])
    }

    func testCountsValuesMissingAndSymbols() throws {
        let entries = try catalogue().entries
        // Camden referrals: 120, 1,104, c, (no row for July), 98, n/a, 101.
        XCTAssertEqual(entries.map(\.valueCount), [3, 4, 2, 4, 3])
        XCTAssertEqual(entries.map(\.missingCount), [0, 0, 0, 1, 0])
        // cp_plans_neglect has [c] in 2023/24 Q1; Camden's referrals c in June.
        XCTAssertEqual(entries.map { $0.count(of: .confidential) }, [1, 0, 0, 1, 0])
        for symbol in [StatisticalSymbol.notAvailable, .notApplicable, .lowReliability, .roundsToZero] {
            XCTAssertEqual(entries.map { $0.count(of: symbol) }, [0, 0, 0, 0, 0], symbol.rawValue)
        }
    }

    /// A small file with every symbol in several forms, each kind counted on its own. Counted by
    /// hand from the rows below: confidential c, [C], * = 3; not available x, [x], :, .., [..] = 5;
    /// not applicable z, [Z] = 2; low reliability u = 1; rounds to zero low, [Low], k, [K] = 4;
    /// missing blank, -, n/a = 3; values 7 and 0 = 2 (a 0 is a value, a low is not).
    func testEachSymbolIsCountedOnItsOwn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cells = ["c", "[C]", "*", "x", "[x]", ":", "..", "[..]", "z", "[Z]", "u",
                     "low", "[Low]", "k", "[K]", "", "-", "n/a", "7", "0"]
        var text = "indicator,period,value\n"
        for (offset, cell) in cells.enumerated() {
            text += "referrals,\(2000 + offset),\(cell)\n"
        }
        try folder.write("symbols.csv", text)
        let result = IndicatorLoader.load(directory: folder.path)
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        let entry = try XCTUnwrap(IndicatorCatalogue(try XCTUnwrap(result.data)).entries.first)
        XCTAssertEqual(entry.valueCount, 2)
        XCTAssertEqual(entry.missingCount, 3)
        XCTAssertEqual(entry.symbolCounts, [.confidential: 3, .notAvailable: 5, .notApplicable: 2,
                                            .lowReliability: 1, .roundsToZero: 4])
        let catalogue = IndicatorCatalogue(try XCTUnwrap(result.data))
        XCTAssertEqual(catalogue.summary, "1 indicator, 1 series: 2 values, 3 missing, 3 confidential (c), "
                       + "5 not available (x), 2 not applicable (z), 1 low reliability (u), 4 rounds to zero (low), "
                       + "3 periods in gaps")
        XCTAssertTrue(catalogue.renderJSON().contains(
            "\"symbols\": {\"confidential\": 3, \"not_available\": 5, \"not_applicable\": 2, \"low_reliability\": 1, \"rounds_to_zero\": 4}"))
    }

    func testSpansAndGaps() throws {
        let entries = try catalogue().entries
        XCTAssertEqual(entries[0].firstPeriod, quarter(2022, 3))
        XCTAssertEqual(entries[0].lastPeriod, quarter(2023, 3))
        // Q2 of 2023/24 has no row: a gap; Q1, withheld ([c]), is not.
        XCTAssertEqual(entries[0].gaps, [PeriodSpan(first: quarter(2023, 2), last: quarter(2023, 2), count: 1)])
        XCTAssertEqual(entries[2].gaps, [])
        // Camden: July has no row and September is n/a; June, withheld (c), is not a gap.
        XCTAssertEqual(entries[3].gaps, [PeriodSpan(first: month(2023, 7), last: month(2023, 7), count: 1),
                                         PeriodSpan(first: month(2023, 9), last: month(2023, 9), count: 1)])
        XCTAssertEqual(entries[4].gaps.map(\.code), ["2020", "2022"])
        XCTAssertEqual(entries[4].gapCount, 2)
    }

    func testConsecutiveMissingPeriodsMakeOneGap() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-04,1\nreferrals,2023-05,-\nreferrals,2023-08,4\n")
        let data = try XCTUnwrap(IndicatorLoader.load(directory: folder.path).data)
        let entry = try XCTUnwrap(IndicatorCatalogue(data).entries.first)
        XCTAssertEqual(entry.gaps, [PeriodSpan(first: month(2023, 5), last: month(2023, 7), count: 3)])
        XCTAssertEqual(entry.gaps.first?.code, "2023-05 to 2023-07")
    }

    /// A Fingertips series of three calendar years pooled, published each year: 2014 - 16,
    /// 2015 - 17, (no row for 2016 - 18), 2017 - 19. The pools follow each other a year apart,
    /// so the one gap is 2016 - 18, not the years the neighbouring pools already hold.
    func testPooledSeriesAreListedWithTheirPoolsAndGaps() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let header = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note"
        let rows = ["2014 - 16", "2015 - 17", "2017 - 19"].map {
            "1,Deaths,,,E92000001,England,England,Persons,All ages,,,\($0),5.0,,,,,50,10000,"
        }
        try folder.write("fingertips.csv", ([header] + rows).joined(separator: "\n") + "\n")
        let data = try XCTUnwrap(IndicatorLoader.load(directory: folder.path).data)
        let catalogue = IndicatorCatalogue(data)
        let entry = try XCTUnwrap(catalogue.entries.first)
        XCTAssertEqual(entry.frequency, .pooled(years: 3, of: .calendar))
        XCTAssertEqual(entry.firstPeriod.code, "2014 - 16")
        XCTAssertEqual(entry.lastPeriod.code, "2017 - 19")
        XCTAssertEqual(entry.valueCount, 3)
        XCTAssertEqual(entry.gaps.map(\.code), ["2016 - 18"])
        let text = catalogue.renderText()
        XCTAssertTrue(text.contains("3 calendar years pooled"), text)
        XCTAssertTrue(text.contains("2014 - 16"), text)
        XCTAssertTrue(catalogue.renderJSON().contains("\"pooled_3_calendar_years\""))
    }

    func testManyGapsAreListedCompactly() {
        let gaps = (0..<6).map { PeriodSpan(first: .calendarYear(2000 + 2 * $0), last: .calendarYear(2000 + 2 * $0), count: 1) }
        XCTAssertEqual(IndicatorCatalogue.gapText(gaps), "2000, 2002, 2004, 2006 (+2 more)")
        XCTAssertEqual(IndicatorCatalogue.gapText([]), "none")
    }

    func testSummaryLine() throws {
        XCTAssertEqual(try catalogue().summary,
                       "4 indicators, 5 series (2 areas): 16 values, 1 missing, 2 confidential (c), 6 periods in gaps")
    }

    // MARK: Golden files

    func testTextMatchesGoldenFile() throws {
        try assertGolden(try catalogue().renderText(), "catalogue.txt")
    }

    func testJSONMatchesGoldenFile() throws {
        try assertGolden(try catalogue().renderJSON(), "catalogue.json")
    }

    /// Compares `output` (with the folder's absolute path made relative) with the golden file;
    /// `ASSURE_UPDATE_GOLDEN=1` rewrites the file instead, for a reviewer to read the diff.
    private func assertGolden(_ output: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let relative = output.replacingOccurrences(of: CatalogueTests.goldenFolder + "/", with: "")
        let path = CatalogueTests.goldenFolder + "/" + name
        if ProcessInfo.processInfo.environment["ASSURE_UPDATE_GOLDEN"] == "1" {
            try relative.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(relative, expected, "differs from \(name); rerun with ASSURE_UPDATE_GOLDEN=1 and read the diff", file: file, line: line)
    }
}
