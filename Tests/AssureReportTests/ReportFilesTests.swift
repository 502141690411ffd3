import XCTest
@testable import AssureReport

/// A report's files come in `ReportBatch.fileNames` order, only those asked for, each the very
/// bytes its renderer gives.
final class ReportFilesTests: XCTestCase {
    func testEveryFileInOrderWithItsRenderersBytes() throws {
        let document = try XCTUnwrap(ReportFixture.document)
        let files = Array(ReportBatch.files(document))
        XCTAssertEqual(files.map(\.name), ["report.md", "report.txt", "report.html", "report.json", "measures.csv", "report.docx"])
        for (file, format) in zip(files, ReportFormat.allCases) {
            XCTAssertEqual(file.bytes, Array(format.render(document).utf8), file.name)
        }
        XCTAssertEqual(files.last?.bytes, DocxReport.render(document))
    }

    func testOnlyTheNamedFilesInTheBatchsOrder() throws {
        let document = try XCTUnwrap(ReportFixture.document)
        let files = ReportBatch.files(document, named: ["report.docx", "report.json", "nonsense.txt"])
        XCTAssertEqual(files.names, ["report.json", "report.docx"])
        XCTAssertEqual(Array(files).map(\.name), ["report.json", "report.docx"])
    }
}
