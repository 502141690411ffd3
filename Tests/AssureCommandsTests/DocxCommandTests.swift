import AssureTestSupport
import Foundation
import XCTest

/// `assure report --format docx`: a binary file, written to --output and never to the terminal.
final class DocxCommandTests: XCTestCase {
    private var tiny: TinyPartnership!

    override func setUpWithError() throws { tiny = try TinyPartnership() }
    override func tearDown() { tiny.remove() }

    func testDocxNeedsAnOutputFile() {
        let outcome = assure(tiny.arguments(["report", "--format", "docx"]))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.output, "")
        XCTAssertEqual(outcome.errors, "error: the Word document is a binary file and is not written to standard output\n  help: give --output report.docx\n")
    }

    func testDocxIsWrittenToTheOutputFileWithTheDateGiven() throws {
        let path = tiny.folder.path + "/report.docx"
        let outcome = assure(tiny.arguments(["report", "--format", "docx", "--output", path, "--date", "2024-04-30"]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertEqual(outcome.output, "")
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP's local header")
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("Date: </w:t></w:r><w:r><w:t xml:space=\"preserve\">30 April 2024"))
    }

    func testABadDateIsAUsageError() {
        let outcome = assure(tiny.arguments(["report", "--date", "2024-02-30"]))
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.errors.hasPrefix("error: --date must be a date written as year-month-day, such as 2024-01-23, not '2024-02-30'\n"), outcome.errors)
    }
}
