import AssureData
import Foundation
import XCTest
@testable import AssureLanguage

/// `assure fmt` is idempotent and keeps meaning: the outline of the parse of its output equals
/// the outline of the parse of its input, on every rules file and every fixture without errors.
final class FormatterTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func files() throws -> [URL] {
        let folders = [root.appendingPathComponent("Rules"), root.appendingPathComponent("Tests/AssureLanguageTests/Golden")]
        return try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "assure" }
        }.sorted { $0.path < $1.path }
    }

    func testFormattingIsIdempotentAndKeepsMeaningOnEveryRulesFileAndFixture() throws {
        var formattedCount = 0
        for url in try FormatterTests.files() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let parsed = Parser.parse(text, path: url.lastPathComponent)
            guard !parsed.diagnostics.hasErrors else { continue }
            let once = Formatter.format(parsed)
            let reparsed = Parser.parse(once, path: url.lastPathComponent)
            XCTAssertEqual(reparsed.diagnostics, [], url.lastPathComponent)
            XCTAssertEqual(SyntaxDump.outline(reparsed.syntax), SyntaxDump.outline(parsed.syntax), url.lastPathComponent)
            XCTAssertEqual(Formatter.format(reparsed), once, "not idempotent: \(url.lastPathComponent)")
            XCTAssertEqual(comments(text), comments(once), "comments lost: \(url.lastPathComponent)")
            formattedCount += 1
        }
        XCTAssertGreaterThan(formattedCount, 15)
    }

    func testRulesFilesAreAlreadyInTheCanonicalLayout() throws {
        for url in try FormatterTests.files() where url.path.contains("/Rules/") {
            let text = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(Formatter.format(Parser.parse(text, path: "x")), text, url.lastPathComponent)
        }
    }

    func testLayoutIsCanonical() {
        let text = """
        # heading
        priority neglect { title "Neglect" }   # trailing
        measure m {
          priority neglect;   value   a/b over quarter


          doing well when change<=-2 points and not(value>50%)
        }
        """
        let expected = """
        # heading
        priority neglect {
          title "Neglect"
        } # trailing

        measure m {
          priority neglect
          value a / b over quarter

          doing well when change <= -2 points and not (value > 50%)
        }

        """
        XCTAssertEqual(Formatter.format(Parser.parse(text, path: "x")), expected)
    }

    func testContinuedLinesAreJoined() {
        let text = "outcome o {\n  evidence a,\n    b\n  green when all doing well and\n    none explore\n  otherwise red\n}\n"
        let expected = "outcome o {\n  evidence a, b\n  green when all doing well and none explore\n  otherwise red\n}\n"
        XCTAssertEqual(Formatter.format(Parser.parse(text, path: "x")), expected)
    }

    func testAFileWithSyntaxErrorsIsNotFormatted() {
        guard case .syntaxErrors(let errors) = Formatter.format("indicator x {\n  titel \"X\"\n}\n", path: "x") else {
            return XCTFail("a file with errors must be left alone")
        }
        XCTAssertEqual(errors.map(\.message), ["unknown clause 'titel' in indicator 'x'"])
        XCTAssertEqual(Formatter.format("priority p {\n  title \"P\"\n}\n", path: "x"), .unchanged)
        XCTAssertEqual(Formatter.format("priority p { title \"P\" }", path: "x"), .formatted("priority p {\n  title \"P\"\n}\n"))
    }

    private func comments(_ text: String) -> [String] {
        Parser.parse(text, path: "x").tokens.flatMap(\.comments).map(\.text)
    }
}
