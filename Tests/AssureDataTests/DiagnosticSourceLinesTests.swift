import XCTest
import AssureTestSupport
@testable import AssureData

final class DiagnosticSourceLinesTests: XCTestCase {
    func testReadsOnlyTheLinesDiagnosticsPointAt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("a.csv", "\u{FEFF}indicator,period,value\r\nreferrals,2023-04,1\r\nreferrals,2023-05,12a\rlast,line,3")
        let diagnostics = [
            Diagnostic.error("one", at: SourceRange(file: file, line: 1, column: 1)),
            Diagnostic.error("two", at: SourceRange(file: file, line: 3, column: 19),
                             notes: [Diagnostic.Note(range: SourceRange(file: file, line: 4, column: 1), message: "note")]),
        ]
        let lines = DiagnosticSourceLines(for: diagnostics)
        XCTAssertEqual(lines.line(1, of: file), "indicator,period,value")
        XCTAssertNil(lines.line(2, of: file))
        XCTAssertEqual(lines.line(3, of: file), "referrals,2023-05,12a")
        XCTAssertEqual(lines.line(4, of: file), "last,line,3")
    }

    func testRenderedErrorShowsTheLineOfALoadedFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("a.csv", "indicator,period,value\nreferrals,2023-04,12a\n")
        let result = IndicatorLoader.load(directory: folder.path)
        let text = DiagnosticRenderer().render(result.diagnostics, sources: DiagnosticSourceLines(for: result.diagnostics))
        XCTAssertEqual(text, """
            \(file):2:19: error: '12a' is not a number
               |
             2 | referrals,2023-04,12a
               |                   ^^^
              help: \(ValueReader.numberHelp)


            """)
    }
}
