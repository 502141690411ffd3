import AssureTestSupport
import Foundation
import XCTest

/// `assure indicators` end to end: the built binary run in a folder of its own, checking
/// standard output, standard error and the exit status.
final class IndicatorsCommandTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/Indicators", withIntermediateDirectories: true)
    }

    override func tearDown() { folder.remove() }

    private func write(_ name: String, _ text: String) throws {
        try folder.write("Indicators/" + name, text)
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try AssureProcess.run(arguments, in: folder.path)
    }

    func testGoodFolderPrintsTheCatalogueAndExitsZero() throws {
        try write("a.csv", "indicator,period,value\nreferrals,2023-04,5\nreferrals,2023-06,7\n")
        let result = try run(["indicators"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.errors, "")
        XCTAssertEqual(result.output, """
            indicator  frequency  first    last     values  missing  c  x  z  u  low  gaps
            referrals  monthly    2023-04  2023-06       2        0  0  0  0  0    0  2023-05

            1 indicator, 1 series: 2 values, 0 missing, 1 period in gaps
            Symbols: c confidential (c, *); x not available (x, :, ..); z not applicable (z); u low reliability (u); low rounds to zero (low, k); each also in brackets, as [c].

            """)
    }

    func testJSONFormat() throws {
        try write("a.csv", "indicator,period,value\nreferrals,2023-04,5\n")
        let result = try run(["indicators", "--format", "json"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.output.hasPrefix("{\n  \"indicators\": [\n    {\"indicator\": \"referrals\", \"frequency\": \"monthly\""),
                      result.output)
    }

    func testBadDataExitsOneWithTheLocationAndPrintsNothing() throws {
        try write("a.csv", "indicator,period,value\nreferrals,2023-04,12a\n")
        let result = try run(["indicators"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertTrue(result.errors.hasPrefix("Indicators/a.csv:2:19: error: '12a' is not a number\n"), result.errors)
        XCTAssertTrue(result.errors.contains("  help: "), result.errors)
    }

    func testOtherFolderByOption() throws {
        try folder.write("extracts/b.csv", "indicator,period,value\nreferrals,2023-04,5\n")
        let result = try run(["indicators", "--indicators", "extracts"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("referrals"))
    }

    func testMissingFolderExitsOne() throws {
        let result = try run(["indicators", "--indicators", "nowhere"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.output, "")
        XCTAssertTrue(result.errors.hasPrefix("error: the indicator folder 'nowhere' does not exist\n"), result.errors)
    }

    func testUnknownOptionExitsTwo() throws {
        let result = try run(["indicators", "--colour"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.output, "")
        XCTAssertTrue(result.errors.contains("unknown option '--colour'"), result.errors)
    }

    func testUnknownFormatExitsTwo() throws {
        let result = try run(["indicators", "--format", "xml"])
        XCTAssertEqual(result.status, 2)
    }
}
