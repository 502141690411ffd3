import XCTest
import AssureTestSupport
@testable import AssureData

/// Every problem in indicator files is a diagnostic with its message, file, line and column
/// (worked out by hand from the text), a help line, and no data.
final class IndicatorLoaderErrorTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    /// Loads the folder and checks that the only diagnostic is the expected error.
    @discardableResult
    private func assertOneError(_ message: String, file name: String, line: Int, column: Int,
                                hints: [String: Frequency] = [:],
                                sourceFile: StaticString = #filePath, sourceLine: UInt = #line) -> Diagnostic? {
        let result = IndicatorLoader.load(directory: folder.path, frequencyHints: hints)
        XCTAssertNil(result.data, "data despite an error", file: sourceFile, line: sourceLine)
        XCTAssertEqual(result.diagnostics.map(\.message), [message], file: sourceFile, line: sourceLine)
        guard let diagnostic = result.diagnostics.first else { return nil }
        XCTAssertEqual(diagnostic.severity, .error, file: sourceFile, line: sourceLine)
        XCTAssertEqual(diagnostic.range?.file, folder.path + "/" + name, file: sourceFile, line: sourceLine)
        XCTAssertEqual(diagnostic.range?.start, SourcePosition(line: line, column: column), file: sourceFile, line: sourceLine)
        XCTAssertNotNil(diagnostic.help, "no help line", file: sourceFile, line: sourceLine)
        return diagnostic
    }

    func testUnparseableNumber() throws {
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-04,12a\n")
        // "referrals,2023-04," is 18 characters.
        assertOneError("'12a' is not a number", file: "a.csv", line: 2, column: 19)
    }

    func testMisplacedThousandsSeparator() throws {
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-04,\"12,34\"\n")
        assertOneError("'12,34' has a thousands separator in the wrong place", file: "a.csv", line: 2, column: 19)
    }

    func testUnparseablePeriod() throws {
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-13,5\n")
        assertOneError("'2023-13' has month 13, but months are 01 to 12", file: "a.csv", line: 2, column: 11)
    }

    func testDuplicatePointAcrossFilesNamesBothPlaces() throws {
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-04,5\n")
        try folder.write("b.csv", "indicator,period,value\nreferrals,2023-05,6\nreferrals,2023-04,7\n")
        let diagnostic = assertOneError("indicator 'referrals' has a second row for 2023-04", file: "b.csv", line: 3, column: 11)
        // The note underlines the first row's period, "2023-04": columns 11 to 17.
        let first = SourceRange(file: folder.path + "/a.csv", start: SourcePosition(line: 2, column: 11),
                                end: SourcePosition(line: 2, column: 18))
        XCTAssertEqual(diagnostic?.notes, [Diagnostic.Note(range: first, message: "first row for 2023-04 here")])
    }

    func testDuplicatePointInOneAreaNamesTheArea() throws {
        try folder.write("a.csv", """
            area,indicator,period,value
            Camden,referrals,2023-04,5
            Barnet,referrals,2023-04,6
            Camden,referrals,2023-04,7

            """)
        // "Camden,referrals," is 17 characters.
        let diagnostic = assertOneError("indicator 'referrals' in area 'Camden' has a second row for 2023-04",
                                        file: "a.csv", line: 4, column: 18)
        XCTAssertEqual(diagnostic?.notes.first?.range?.start, SourcePosition(line: 2, column: 18))
    }

    func testRowWithTooManyFieldsPointsAtTheFirstExtraField() throws {
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-04,1,234\n")
        let diagnostic = assertOneError("this row has 4 fields, but the header has 3", file: "a.csv", line: 2, column: 21)
        XCTAssertEqual(diagnostic?.help, "a value with a comma in it must be in double quotes, as in \"1,234\"")
    }

    func testRowWithTooFewFieldsPointsAtTheEndOfTheLine() throws {
        try folder.write("a.csv", "indicator,period,value\r\nreferrals,2023-04\r\n")
        assertOneError("this row has 2 fields, but the header has 3", file: "a.csv", line: 2, column: 18)
    }

    func testOneIndicatorAtTwoFrequencies() throws {
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-04,5\nreferrals,2023/24 Q1,7\n")
        let diagnostic = assertOneError("indicator 'referrals' is monthly, but '2023/24 Q1' is quarterly",
                                        file: "a.csv", line: 3, column: 11)
        XCTAssertEqual(diagnostic?.notes.first?.range?.start, SourcePosition(line: 2, column: 11))
        XCTAssertEqual(diagnostic?.notes.first?.message, "'referrals' is monthly from its first period here")
    }

    func testAmbiguousPeriodWithNothingToSettleIt() throws {
        try folder.write("a.csv", "indicator,period,value\nrepeat_rate,2011-12,5\n")
        assertOneError("'2011-12' could be December 2011 or the financial year 2011/12", file: "a.csv", line: 2, column: 13)
    }

    func testEmptyHeaderName() throws {
        try folder.write("a.csv", "indicator,,value\nreferrals,2023-04,5\n")
        assertOneError("column 2 has no name", file: "a.csv", line: 1, column: 11)
    }

    func testDuplicateHeaderName() throws {
        try folder.write("a.csv", "indicator,period,value,Period\n")
        let diagnostic = assertOneError("column 'Period' appears twice in the header", file: "a.csv", line: 1, column: 24)
        XCTAssertEqual(diagnostic?.notes.first?.range?.start, SourcePosition(line: 1, column: 11))
    }

    func testWideFileMustStartWithPeriod() throws {
        try folder.write("a.csv", "month,referrals\n2023-04,5\n")
        assertOneError("the first column is 'month', but a wide file starts with a period column", file: "a.csv", line: 1, column: 1)
    }

    func testLongFileWithoutValueColumn() throws {
        try folder.write("a.csv", "indicator,period,amount\nreferrals,2023-04,5\n")
        assertOneError("the header has an indicator column but no 'value' column", file: "a.csv", line: 1, column: 1)
    }

    func testLongFileWithoutPeriodColumn() throws {
        try folder.write("a.csv", "Indicator,Value\nreferrals,5\n")
        assertOneError("the header has an indicator column but no 'period' column", file: "a.csv", line: 1, column: 1)
    }

    func testLongFileWithoutIndicatorColumn() throws {
        try folder.write("a.csv", "period,value\n2023-04,5\n")
        assertOneError("the header has a value column but no indicator column", file: "a.csv", line: 1, column: 1)
    }

    func testUnterminatedQuoteAtEndOfFile() throws {
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-04,\"12\nreferrals,2023-05,13\n")
        assertOneError("this quoted field is not closed before the end of the file", file: "a.csv", line: 2, column: 19)
    }

    func testTextAfterClosingQuote() throws {
        try folder.write("a.csv", "indicator,period,value\nreferrals,2023-04,\"12\"x\n")
        // "referrals,2023-04,\"12\"" is 22 characters.
        assertOneError("text follows the closing quote of a field", file: "a.csv", line: 2, column: 23)
    }

    func testInvalidUTF8InAnIndicatorName() throws {
        try folder.write("a.csv", bytes: Array("indicator,period,value\nref".utf8) + [0xFF] + Array("errals,2023-04,5\n".utf8))
        assertOneError("the indicator name is not valid UTF-8 text", file: "a.csv", line: 2, column: 1)
    }

    func testBlankIndicator() throws {
        try folder.write("a.csv", "indicator,period,value\n ,2023-04,5\n")
        assertOneError("the indicator is blank", file: "a.csv", line: 2, column: 1)
    }

    func testEmptyFile() throws {
        try folder.write("a.csv", "")
        assertOneError("the file is empty", file: "a.csv", line: 1, column: 1)
    }

    func testMissingFolder() {
        let result = IndicatorLoader.load(directory: folder.path + "/Indicators")
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["the indicator folder '\(folder.path)/Indicators' does not exist"])
        XCTAssertNil(result.diagnostics.first?.range)
        XCTAssertNotNil(result.diagnostics.first?.help)
    }

    func testFolderWithoutCSVFiles() throws {
        try folder.write("notes.txt", "indicator,period,value\n")
        let result = IndicatorLoader.load(directory: folder.path)
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["the indicator folder '\(folder.path)' has no CSV files"])
    }

    func testEveryProblemInEveryFileIsReportedInOrder() throws {
        try folder.write("b.csv", "indicator,period,value\nreferrals,2023-04,x1\nreferrals,2023-05,2\nreferrals,2023-06,1O\n")
        try folder.write("a.csv", "indicator,period,value\nplans,2023-13,5\n")
        let result = IndicatorLoader.load(directory: folder.path)
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map { "\($0.range?.description ?? ""): \($0.message)" }, [
            "\(folder.path)/a.csv:2:7: '2023-13' has month 13, but months are 01 to 12",
            "\(folder.path)/b.csv:2:19: 'x1' is not a number",
            "\(folder.path)/b.csv:4:19: '1O' is not a number",
        ])
    }

    func testOneBadRowAmongAHundredThousandIsFoundAtItsLine() throws {
        // The header, then 100,000 rows: areas of 10 indicators × 99 months each; line 50,000
        // has the letter O for a zero.
        var text = "area,indicator,period,value\n"
        text.reserveCapacity(4_000_000)
        var badColumn = 0
        for row in 0..<100_000 {
            let line = row + 2
            let prefix = "E\(10_000_000 + row / 990),ind_\((row / 99) % 10),\(2000 + (row % 99) / 12)-\(String(format: "%02d", row % 99 % 12 + 1)),"
            if line == 50_000 {
                badColumn = prefix.count + 1
                text += prefix + "1O\n"
            } else {
                text += prefix + "\(row % 97)\n"
            }
        }
        try folder.write("big.csv", text)
        assertOneError("'1O' is not a number", file: "big.csv", line: 50_000, column: badColumn)
        // Line 50,000 is row 49,998: area 49,998 / 990 = 50, indicator 505 % 10 = 5, month
        // 49,998 % 99 = 3 → 2000-04; "E10000050,ind_5,2000-04," is 24 characters.
        XCTAssertEqual(badColumn, 25)
    }
}

extension IndicatorLoaderErrorTests {
    func testAFileWithHundredsOfBadRowsListsTheFirstHundredAndCountsTheRest() throws {
        var text = "indicator,period,value\n"
        for row in 0..<150 { text += "referrals,\(2000 + row / 12)-\(String(format: "%02d", row % 12 + 1)),bad\n" }
        try folder.write("a.csv", text)
        let result = IndicatorLoader.load(directory: folder.path)
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.count, 101)
        // Rows 101 to 150 are lines 102 to 151.
        XCTAssertEqual(result.diagnostics.last?.message, "50 more problems in this file not shown")
        XCTAssertEqual(result.diagnostics.last?.range?.start, SourcePosition(line: 102, column: 1))
    }
}

extension IndicatorLoaderErrorTests {
    func testSemicolonSeparatedFileIsNamedAsSuch() throws {
        try folder.write("a.csv", "indicator;period;value\nreferrals;2023-04;5\n")
        assertOneError("the header is one column: the file looks separated by semicolons, not commas", file: "a.csv", line: 1, column: 1)
    }
}

extension IndicatorLoaderErrorTests {
    func testWideFileBadCellPointsAtTheCell() throws {
        try folder.write("wide.csv", "period,cp_plans,cla_rate\n2023/24 Q1,120,45.5\n2023/24 Q2,12O,46\n")
        // "2023/24 Q2," is 11 characters.
        assertOneError("'12O' is not a number", file: "wide.csv", line: 3, column: 12)
    }

    func testWideFileRepeatedPeriodIsADuplicateForEveryIndicator() throws {
        try folder.write("wide.csv", "period,cp_plans,cla_rate\n2023/24 Q1,120,45.5\n2023/24 Q1,121,45.5\n")
        let result = IndicatorLoader.load(directory: folder.path)
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), [
            "indicator 'cla_rate' has a second row for 2023/24 Q1",
            "indicator 'cp_plans' has a second row for 2023/24 Q1",
        ])
        XCTAssertEqual(result.diagnostics.map { $0.range?.start }, [SourcePosition(line: 3, column: 1), SourcePosition(line: 3, column: 1)])
        XCTAssertEqual(result.diagnostics.map { $0.notes.first?.range?.start }, [SourcePosition(line: 2, column: 1), SourcePosition(line: 2, column: 1)])
    }
}

extension IndicatorLoaderErrorTests {
    func testBadNumeratorPointsAtTheNumerator() throws {
        try folder.write("a.csv", "indicator,period,value,numerator,denominator\ncp_share,2023/24,45,4S,100\n")
        // "cp_share,2023/24,45," is 20 characters.
        assertOneError("'4S' is not a number", file: "a.csv", line: 2, column: 21)
    }

    func testFileThatCannotBeReadIsAnError() {
        let result = IndicatorLoader.load(files: [folder.path + "/missing.csv"])
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["cannot read '\(folder.path)/missing.csv': no such file or directory"])
    }
}

extension IndicatorLoaderErrorTests {
    func testBrokenHeaderIsReportedOnce() throws {
        try folder.write("a.csv", "indicator,\"period\"x,value\nreferrals,2023-04,5\n")
        // "indicator,\"period\"" is 18 characters.
        assertOneError("text follows the closing quote of a field", file: "a.csv", line: 1, column: 19)
    }
}

extension IndicatorLoaderErrorTests {
    func testAmbiguousPeriodInAQuarterlyIndicatorFitsNeitherReading() throws {
        try folder.write("a.csv", "indicator,period,value\ncp_plans,2011/12 Q1,5\ncp_plans,2011-12,6\n")
        assertOneError("'2011-12' could be December 2011 or the financial year 2011/12, and indicator 'cp_plans' is quarterly",
                       file: "a.csv", line: 3, column: 10)
    }
}
