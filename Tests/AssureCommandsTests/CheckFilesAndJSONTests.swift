import AssureCommands
import AssureTestSupport
import Foundation
import XCTest

/// `assure check FILE…` and the versioned JSON of `assure check --format json`
/// (docs/check-json.md).
final class CheckFilesAndJSONTests: XCTestCase {
    func testCheckNamedFilesChecksOnlyThoseWithTheData() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        try tiny.folder.write("Rules/broken.assure", "measure broken {\n")
        let named = assure(["check", tiny.rules + "/tiny.assure", "--indicators", tiny.indicators])
        XCTAssertEqual(named.status, 0, named.errors)
        XCTAssertEqual(named.output, "Checked 1 rules file: 2 measures, no outcome statements; no errors, no warnings.\n")
        // The whole folder holds the broken file too.
        XCTAssertEqual(assure(tiny.arguments(["check"])).status, 1)
    }

    func testCheckWithFilesAndRulesTogetherIsAUsageError() throws {
        let outcome = assure(["check", "--rules", "Rules", "Rules/a.assure"])
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.errors.contains("error: give either --rules or files, not both"), outcome.errors)
    }

    func testCheckJSONHasExactlyTheDocumentedKeys() throws {
        let tiny = try TinyPartnership(rules: TinyPartnership.rulesText.replacingOccurrences(of: "value referrals over", with: "value referals over"))
        defer { tiny.remove() }
        let outcome = assure(tiny.arguments(["check", "--format", "json"]))
        XCTAssertEqual(outcome.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["schema", "diagnostics"])
        XCTAssertEqual(object["schema"] as? String, "assure-check/1")
        XCTAssertTrue(outcome.output.hasPrefix("{\n  \"schema\": \"assure-check/1\",\n  \"diagnostics\": ["), outcome.output)
        let diagnostics = try XCTUnwrap(object["diagnostics"] as? [[String: Any]])
        XCTAssertFalse(diagnostics.isEmpty)
        let documented: Set<String> = ["severity", "file", "line", "column", "end_line", "end_column", "message", "help", "notes", "fix"]
        for diagnostic in diagnostics {
            XCTAssertEqual(Set(diagnostic.keys), documented)
        }
        let unknown = try XCTUnwrap(diagnostics.first { ($0["message"] as? String)?.contains("referals") == true })
        XCTAssertEqual(unknown["severity"] as? String, "error")
        XCTAssertEqual(unknown["file"] as? String, tiny.rules + "/tiny.assure")
        let fix = try XCTUnwrap(unknown["fix"] as? [String: Any])
        XCTAssertEqual(Set(fix.keys), ["file", "line", "column", "end_line", "end_column", "replacement"])
    }
}
