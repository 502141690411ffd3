import AssureAnalysis
import AssureData
@testable import AssureReport
import XCTest
import AssureTestSupport

/// Every way `assure spc`'s input can be wrong gets an error diagnostic naming the place, and
/// no series: the command then exits with status 1.
final class SPCInputErrorTests: XCTestCase {
    private func read(_ text: String) -> SPCSeriesReadResult {
        SPCSeriesReader.read(bytes: Array(text.utf8))
    }

    private func messages(_ result: SPCSeriesReadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    private func chartProblem(_ text: String, _ request: SPCChartRequest = SPCChartRequest()) throws -> String {
        let series = try XCTUnwrap(read(text).series)
        do {
            _ = try SPCChart.draw(series, request: request)
            XCTFail("expected a problem")
            return ""
        } catch {
            return error.diagnostic.message
        }
    }

    func testNoSuchFileIsAnErrorWithoutAPlace() {
        let result = SPCSeriesReader.read(path: "/no/such/folder/series.csv")
        XCTAssertNil(result.series)
        XCTAssertEqual(messages(result), ["no such file '/no/such/folder/series.csv'"])
        XCTAssertNil(result.diagnostics.first?.range)
    }

    func testAFolderIsNotACSVFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        XCTAssertEqual(messages(SPCSeriesReader.read(path: folder.path)), ["'\(folder.path)' is a folder, not a CSV file"])
    }

    func testNonNumericValueIsReportedAtItsLineAndColumnOnStandardInput() {
        let result = read("period,value\n2023-01,10\n2023-02,abc\n2023-03,12\n")
        XCTAssertNil(result.series)
        XCTAssertEqual(messages(result), ["'abc' is not a number"])
        XCTAssertEqual(result.diagnostics.first?.range?.description, "<stdin>:3:9")
        let rendered = DiagnosticRenderer().render(result.diagnostics, sources: result.sourceLines)
        XCTAssertTrue(rendered.hasPrefix("<stdin>:3:9: error: 'abc' is not a number\n   |\n 3 | 2023-02,abc\n   |         ^^^\n"), rendered)
    }

    func testDiagnosticsNameTheFileAndTheValueColumnAsTheUserWroteThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("duplicate.csv", "period,Value\n2023-01,10\n2023-01,11\n")
        let result = SPCSeriesReader.read(path: path)
        XCTAssertEqual(messages(result), ["indicator 'Value' has a second row for 2023-01"])
        XCTAssertEqual(result.diagnostics.first?.range?.description, "\(path):3:1")
        XCTAssertEqual(result.diagnostics.first?.notes.first?.range?.file, path)
    }

    func testADuplicateOnStandardInputIsPlacedAtItsPeriodField() {
        // The period is the second field: "11," is three characters, so it starts at column 4.
        let result = read("value,period\n10,2023-01\n11,2023-01\n")
        XCTAssertEqual(messages(result), ["indicator 'value' has a second row for 2023-01"])
        XCTAssertEqual(result.diagnostics.first?.range?.description, "<stdin>:3:4")
        XCTAssertEqual(result.diagnostics.first?.notes.first?.range?.description, "<stdin>:2:4")
    }

    func testBytesAreNeverConfusedWithAFileOfTheSameName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // On disk under the same name: the period in the fourth field, at column 7 of line 3.
        let path = try folder.write("series.csv", "a,b,c,period,value\n1,2,3,2023-01,10\n1,2,3,2023-01,11\n")
        let result = SPCSeriesReader.read(bytes: Array("period,value\n2023-01,10\n2023-01,11\n".utf8), source: path)
        XCTAssertEqual(result.diagnostics.first?.range?.description, "\(path):3:1")
    }

    func testNoDiagnosticHasColumnZero() {
        let inputs = [
            "period,value\n2023-01,10\n2023-01,11\n",
            "value,period\n10,2023-01\n11,2023-01\n",
            "note,value,period\n\"a\nb\",10,2023-01\nx,11,2023-01\n",
            "indicator,value,period\nx,1,2023-01\nx,2,2023/24 Q1\n",
            "value,period\n1,2011-12\n",
            "\u{FEFF}value,area,period\r\n1,,2023-01\r\n2,,2023-01\r\n",
        ]
        for input in inputs {
            let result = read(input)
            XCTAssertFalse(result.diagnostics.isEmpty, input)
            for diagnostic in result.diagnostics {
                for range in [diagnostic.range] + diagnostic.notes.map(\.range) {
                    guard let range else { continue }
                    XCTAssertGreaterThanOrEqual(range.start.column, 1, "\(diagnostic.message) in \(input.debugDescription)")
                }
            }
        }
    }

    func testADuplicateAfterAQuotedLineEndIsPlacedAtItsPeriodField() {
        // Line 2 holds the start of a quoted note over two lines; the duplicate row is line 4,
        // its period after "x,11," at column 6; the first row's period is on line 3 after `b",10,`, at column 7.
        let result = read("note,value,period\n\"a\nb\",10,2023-01\nx,11,2023-01\n")
        XCTAssertEqual(result.diagnostics.first?.range?.description, "<stdin>:4:6")
        XCTAssertEqual(result.diagnostics.first?.notes.first?.range?.description, "<stdin>:3:7")
    }

    func testNoPeriodColumn() {
        XCTAssertEqual(messages(read("month,value\n2023-01,10\n")), ["the file has no 'period' column"])
    }

    func testNoValueColumn() {
        XCTAssertEqual(messages(read("period\n2023-01\n")), ["the file has a 'period' column but no 'value' column"])
    }

    func testEmptyInput() {
        XCTAssertEqual(messages(read("")), ["'<stdin>' is empty: it has no header line"])
    }

    func testHeaderOnlyHasNoValuesToChart() {
        XCTAssertEqual(messages(read("period,value\n")), ["'<stdin>' has no values to chart"])
    }

    func testALongFileOfTwoIndicatorsIsRefused() {
        let text = "indicator,period,value\nreferrals,2023-01,10\nreferrals,2023-02,12\nplans,2023-01,3\n"
        XCTAssertEqual(messages(read(text)), ["'<stdin>' holds 2 series (plans, referrals); assure spc charts one"])
    }

    func testALongFileOfOneIndicatorIsCharted() throws {
        let series = try XCTUnwrap(read("indicator,period,value\nreferrals,2023/24 Q1,10\nreferrals,2023/24 Q3,c\n").series)
        XCTAssertEqual(series.indicator, "referrals")
        XCTAssertEqual(series.frequency, .quarterly)
        XCTAssertEqual(series.values, [10, nil, nil])
        XCTAssertEqual(series.gaps.map(\.reason), [.noRow, .symbol(.confidential, marker: "c")])
        XCTAssertEqual(series.gaps.map(\.reasonInWords), ["no row", "c: confidential"])
    }

    /// Every symbol is a gap said as what it is; a `low` is not charted as 0.
    func testSymbolsAreGapsSaidAsWhatTheyAre() throws {
        let series = try XCTUnwrap(read("period,value\n2023-01,10\n2023-02,x\n2023-03,low\n2023-04,[u]\n2023-05,Z\n2023-06,k\n2023-07,12\n").series)
        XCTAssertEqual(series.values, [10, nil, nil, nil, nil, nil, 12])
        XCTAssertEqual(series.gaps.map(\.reason), [.symbol(.notAvailable, marker: "x"), .symbol(.roundsToZero, marker: "low"),
                                                   .symbol(.lowReliability, marker: "[u]"), .symbol(.notApplicable, marker: "Z"),
                                                   .symbol(.roundsToZero, marker: "k")])
        XCTAssertEqual(series.gaps.map(\.reasonInWords), ["x: not available", "low: rounds to zero", "[u]: low reliability",
                                                          "Z: not applicable", "k: rounds to zero"])
    }

    func testOneValueIsTooFewToComputeLimits() throws {
        XCTAssertEqual(try chartProblem("period,value\n2023-01,10\n"), "too few points to compute limits: the series has only one value")
    }

    func testValuesWithNoTwoInConsecutivePeriodsGiveNoLimits() throws {
        XCTAssertEqual(try chartProblem("period,value\n2023-01,10\n2023-03,12\n2023-05,11\n"),
                       "too few points to compute limits: the series has no two values in consecutive periods")
    }

    func testAGroupOfOneValueAfterARebaseIsTooFew() throws {
        XCTAssertEqual(try chartProblem("period,value\n2023-01,10\n2023-02,12\n2023-03,11\n", SPCChartRequest(rebase: ["2023-03"])),
                       "too few points to compute limits: the group from March 2023 has only one value")
    }

    func testValuesThatNeverVaryGiveNoLimitsWithScreening() throws {
        XCTAssertEqual(try chartProblem("period,value\n2023-01,5\n2023-02,5\n2023-03,5\n"),
                       "cannot compute limits: every value of the series is the same, so there is no variation to measure")
    }

    func testRebasePeriodNotInTheSeries() throws {
        XCTAssertEqual(try chartProblem("period,value\n2023-01,10\n2023-02,12\n", SPCChartRequest(rebase: ["2024-01"])),
                       "the rebase period 2024-01 is not in the series (January 2023 to February 2023)")
    }

    func testRebasePeriodOfAnotherFrequency() throws {
        let message = try chartProblem("period,value\n2023-01,10\n2023-02,12\n", SPCChartRequest(rebase: ["2023/24 Q1"]))
        XCTAssertTrue(message.hasPrefix("cannot rebase at '2023/24 Q1': "), message)
    }
}

/// Files that are not a bare `period,value` but still hold one series to chart.
final class SPCInputShapeTests: XCTestCase {
    func testOtherNumericColumnsBesideValueAreIgnored() throws {
        let read = SPCSeriesReader.read(bytes: Array("period,value,denominator\n2023-01,10,200\n2023-02,12,210\n".utf8))
        XCTAssertEqual(read.diagnostics, [])
        XCTAssertEqual(read.series?.values, [10, 12])
        XCTAssertEqual(read.series?.indicator, "value")
    }

    func testAWideFileOfOneNamedIndicatorIsCharted() throws {
        let read = SPCSeriesReader.read(bytes: Array("\u{FEFF}period,referrals\r\n2023-01,10\r\n2023-02,12\r\n".utf8))
        XCTAssertEqual(read.diagnostics, [])
        XCTAssertEqual(read.series?.indicator, "referrals")
        XCTAssertEqual(read.series?.values, [10, 12])
    }

    func testAnUnknownColumnBesidePeriodAndValueIsAWarningAtItsHeader() throws {
        let read = SPCSeriesReader.read(bytes: Array("period,value,count\n2023-01,10,3\n2023-02,12,4\n".utf8))
        XCTAssertEqual(read.diagnostics.map(\.message), ["column 'count' is not one Assure reads; it is ignored"])
        XCTAssertEqual(read.diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(read.diagnostics.first?.range?.description, "<stdin>:1:14")
        XCTAssertEqual(read.series?.values, [10, 12])
    }

    func testColumnsInAnyOrderAndTheValueNamedAsWritten() throws {
        let read = SPCSeriesReader.read(bytes: Array("Value,Period\n10,2023/24 Q1\n12,2023/24 Q2\n".utf8))
        XCTAssertEqual(read.diagnostics, [])
        XCTAssertEqual(read.series?.indicator, "Value")
        XCTAssertEqual(read.series?.frequency, .quarterly)
        XCTAssertEqual(read.series?.values, [10, 12])
    }

    func testAQuotedValueHeaderIsReadInsideItsQuotes() throws {
        let read = SPCSeriesReader.read(bytes: Array("\"period\",\"VALUE\"\n2023-01,10\n2023-02,x1\n".utf8))
        XCTAssertEqual(read.diagnostics.map(\.message), ["'x1' is not a number"])
        XCTAssertEqual(read.diagnostics.first?.range?.description, "<stdin>:3:9")
    }
}
