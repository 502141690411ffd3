import XCTest
@testable import AssureData

/// Diagnostics render as `file:line:column: severity: message`, the source line, a caret under
/// the range and a help line; JSON keeps every field for editors.
final class DiagnosticRendererTests: XCTestCase {
    private let sources = InMemorySources([
        "Rules/neglect.assure": "measure neglect {\n  value cp_plan_negelct monthly\n}\n",
    ])

    private var unknownIndicator: Diagnostic {
        .error("unknown indicator 'cp_plan_negelct'",
               at: SourceRange(file: "Rules/neglect.assure", line: 2, column: 9, length: 15),
               help: "did you mean 'cp_plans_neglect'?",
               notes: [.init(range: SourceRange(file: "Rules/neglect.assure", line: 1, column: 9, length: 7), message: "in this measure")])
    }

    func testTextShowsLocationSourceLineCaretAndHelp() {
        let text = DiagnosticRenderer().render(unknownIndicator, sources: sources)
        XCTAssertEqual(text, """
        Rules/neglect.assure:2:9: error: unknown indicator 'cp_plan_negelct'
           |
         2 |   value cp_plan_negelct monthly
           |         ^^^^^^^^^^^^^^^
          help: did you mean 'cp_plans_neglect'?
          note: Rules/neglect.assure:1:9: in this measure
           |
         1 | measure neglect {
           |         ^^^^^^^

        """)
    }

    func testColourOnlyWhenAsked() {
        let plain = DiagnosticRenderer(useColour: false).render(unknownIndicator, sources: sources)
        let coloured = DiagnosticRenderer(useColour: true).render(unknownIndicator, sources: sources)
        XCTAssertFalse(plain.contains("\u{1B}["))
        XCTAssertTrue(coloured.hasPrefix("\u{1B}[1mRules/neglect.assure:2:9:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m"))
    }

    func testDiagnosticWithoutAPlace() {
        let text = DiagnosticRenderer().render(.error("no folder 'Indicators'", at: nil, help: "run assure in the partnership's folder"), sources: sources)
        XCTAssertEqual(text, "error: no folder 'Indicators'\n  help: run assure in the partnership's folder\n")
    }

    func testCaretUnderNonASCIIText() {
        let sources = InMemorySources(["a.csv": "indicator,period,value\nmomo,2023-10,“187”\n"])
        let text = DiagnosticRenderer().render(.error("bad", at: SourceRange(file: "a.csv", line: 2, column: 14, length: 5)), sources: sources)
        XCTAssertEqual(text, """
        a.csv:2:14: error: bad
           |
         2 | momo,2023-10,“187”
           |              ^^^^^

        """)
    }

    func testJSONKeepsEveryField() {
        let json = DiagnosticJSON.render([unknownIndicator])
        XCTAssertEqual(json, """
        {
          "diagnostics": [
            {"severity": "error", "file": "Rules/neglect.assure", "line": 2, "column": 9, "end_line": 2, "end_column": 24, \
        "message": "unknown indicator 'cp_plan_negelct'", "help": "did you mean 'cp_plans_neglect'?", \
        "notes": [{"file": "Rules/neglect.assure", "line": 1, "column": 9, "end_line": 1, "end_column": 16, "message": "in this measure"}], "fix": null}
          ]
        }

        """)
        XCTAssertEqual(DiagnosticJSON.render([]), "{\n  \"diagnostics\": []\n}\n")
    }

    func testJSONNumbersNeverPrintNaNInfinityOrNegativeZero() {
        XCTAssertEqual(JSONText.number(.nan), "null")
        XCTAssertEqual(JSONText.number(.infinity), "null")
        XCTAssertEqual(JSONText.number(-0.0), "0")
        XCTAssertEqual(JSONText.number(187), "187")
        XCTAssertEqual(JSONText.number(0.1), "0.1")
        XCTAssertEqual(JSONText.number(-26.0), "-26")
    }

    func testJSONStringsAreEscaped() {
        XCTAssertEqual(JSONText.string("a \"b\"\n<script>\u{1}"), "\"a \\\"b\\\"\\n\\u003cscript>\\u0001\"")
    }

    func testDiagnosticsSortByPlaceThenSeverity() {
        let a = Diagnostic.warning("w", at: SourceRange(file: "b.csv", line: 1, column: 1))
        let b = Diagnostic.error("e", at: SourceRange(file: "a.csv", line: 9, column: 1))
        let c = Diagnostic.error("e", at: SourceRange(file: "b.csv", line: 1, column: 1))
        XCTAssertEqual([a, b, c].sorted(), [b, c, a])
        XCTAssertTrue([a, b].hasErrors)
        XCTAssertFalse([a].hasErrors)
    }
}
