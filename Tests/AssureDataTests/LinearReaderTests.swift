import AssureTestSupport
import Foundation
import XCTest
@testable import AssureData

/// Reading stays linear in the size of the input, and messages stay short whatever the input
/// holds: a header of 100,000 columns loads in moments, and a value of ten megabytes is quoted
/// in at most 80 characters.
final class LinearReaderTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    func testAWideHeaderOf100000ColumnsLoadsInLinearTime() throws {
        let count = 100_000
        let names = (0..<count).map { "i\($0)" }
        let header = "period," + names.joined(separator: ",")
        let row = "2023-01," + Array(repeating: "7", count: count).joined(separator: ",")
        let path = try folder.write("wide.csv", header + "\n" + row + "\n")
        let started = Date()
        let result = IndicatorLoader.load(files: [path])
        let seconds = Date().timeIntervalSince(started)
        // A loose bound, not a benchmark: rescanning the line for each column took minutes; a
        // debug build on a shared machine takes about 3 s here for everything (100,000 series
        // made and settled), a release build well under a second.
        XCTAssertLessThan(seconds, 15, "100,000 columns took \(seconds) s")
        XCTAssertEqual(result.diagnostics, [])
        let data = try XCTUnwrap(result.data)
        XCTAssertEqual(data.indicatorNames.count, count)
    }

    func testAHeaderOf100000UnknownLongColumnsIsWarnedAboutInLinearTime() throws {
        let count = 100_000
        let header = "indicator,period,value," + (0..<count).map { "extra\($0)" }.joined(separator: ",")
        let row = "a,2023-01,1" + String(repeating: ",", count: count)
        let path = try folder.write("long.csv", header + "\n" + row + "\n")
        let started = Date()
        let result = IndicatorLoader.load(files: [path])
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertEqual(result.diagnostics.count, count)
        // The last column starts after "indicator,period,value," (23 characters) and the
        // 99,999 names and commas before it: "extraN," is 6 + digits(N) characters.
        let before = (0..<(count - 1)).reduce(23) { $0 + 5 + String($1).count + 1 }
        XCTAssertEqual(result.diagnostics.last?.range?.start.column, before + 1)
        XCTAssertEqual(result.diagnostics.last?.message, "column 'extra99999' is not one Assure reads; it is ignored")
    }

    func testAMegabyteNumberIsQuotedInEightyCharacters() throws {
        let value = String(repeating: "9", count: 1_000_000)
        let path = try folder.write("long.csv", "indicator,period,value\na,2023-01,\(value)\n")
        let result = IndicatorLoader.load(files: [path])
        XCTAssertEqual(result.diagnostics.map(\.message), ["'" + String(repeating: "9", count: 80) + "…' is too large to be a value"])
    }

    func testAMegabytePeriodIsQuotedInEightyCharacters() throws {
        let period = String(repeating: "2", count: 1_000_000)
        let path = try folder.write("long.csv", "indicator,period,value\na,\(period),1\n")
        let result = IndicatorLoader.load(files: [path])
        XCTAssertEqual(result.diagnostics.map(\.message), ["'" + String(repeating: "2", count: 80) + "…' is not a period"])
    }

    func testAMegabyteColumnNameIsQuotedInEightyCharacters() throws {
        let name = String(repeating: "n", count: 1_000_000)
        let path = try folder.write("long.csv", "indicator,period,value,\(name)\na,2023-01,1,\n")
        let result = IndicatorLoader.load(files: [path])
        XCTAssertEqual(result.diagnostics.map(\.message), ["column '" + String(repeating: "n", count: 80) + "…' is not one Assure reads; it is ignored"])
    }

    func testTheRenderedErrorOfATenMegabyteLineIsShort() throws {
        let value = String(repeating: "x", count: 10_000_000)
        let path = try folder.write("long.csv", "indicator,period,value\na,2023-01,\(value)\n")
        let diagnostics = IndicatorLoader.load(files: [path]).diagnostics
        XCTAssertEqual(diagnostics.map(\.message), ["'" + String(repeating: "x", count: 80) + "…' is not a number"])
        let rendered = DiagnosticRenderer().render(diagnostics, sources: DiagnosticSourceLines(for: diagnostics))
        XCTAssertLessThan(rendered.utf8.count, 2_000, String(rendered.prefix(3_000)))
        XCTAssertTrue(rendered.contains(" 2 | a,2023-01," + String(repeating: "x", count: 390) + "…\n"), String(rendered.prefix(3_000)))
    }

    func testShortTextIsQuotedWhole() {
        XCTAssertEqual(QuotedText.bounded("abc"), "abc")
        XCTAssertEqual(QuotedText.bounded(String(repeating: "é", count: 80)), String(repeating: "é", count: 80))
        XCTAssertEqual(QuotedText.bounded(String(repeating: "é", count: 81)), String(repeating: "é", count: 80) + "…")
    }
}
