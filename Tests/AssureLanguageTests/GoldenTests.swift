import AssureData
import Foundation
import XCTest
@testable import AssureLanguage

/// For each `Golden/<case>.assure`, the diagnostics `assure check` prints for it, exactly, are
/// in `Golden/<case>.expected`. A first line `# data: name=monthly, other=quarterly` gives the
/// indicators found in `Indicators/`. Run with ASSURE_UPDATE_GOLDEN=1 to rewrite the expected
/// files, then read the diff.
final class GoldenTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func cases() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "assure" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The indicators a case says are in the data, from its `# data:` line.
    static func knownIndicators(_ text: String) -> [String: Frequency]? {
        guard let first = text.split(separator: "\n").first, first.hasPrefix("# data:") else { return nil }
        var known: [String: Frequency] = [:]
        for pair in first.dropFirst("# data:".count).split(separator: ",") {
            let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let frequency = Frequency(rawValue: parts[1]) { known[parts[0]] = frequency }
        }
        return known
    }

    static func render(_ text: String, path: String) -> String {
        let result = Checker(knownIndicators: knownIndicators(text)).check([RulesSource(path: path, text: text)])
        return DiagnosticRenderer().render(result.diagnostics, sources: InMemorySources([path: text]))
    }

    func testEveryGoldenCaseGivesItsExpectedDiagnostics() throws {
        let update = ProcessInfo.processInfo.environment["ASSURE_UPDATE_GOLDEN"] == "1"
        let cases = try GoldenTests.cases()
        XCTAssertGreaterThan(cases.count, 10)
        for input in cases {
            let text = try String(contentsOf: input, encoding: .utf8)
            let name = input.deletingPathExtension().lastPathComponent
            let actual = GoldenTests.render(text, path: "Rules/\(name).assure")
            let expectedURL = input.deletingPathExtension().appendingPathExtension("expected")
            if update {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "(missing \(expectedURL.lastPathComponent))"
            XCTAssertEqual(actual, expected, "golden case \(name): run with ASSURE_UPDATE_GOLDEN=1 and read the diff")
        }
    }

    /// `assure check --format json` for editors: the neglect case as JSON.
    func testJSONForEditors() throws {
        let input = GoldenTests.folder.appendingPathComponent("neglect.assure")
        let text = try String(contentsOf: input, encoding: .utf8)
        let result = Checker().check([RulesSource(path: "Rules/neglect.assure", text: text)])
        let actual = DiagnosticJSON.render(result.diagnostics)
        let expectedURL = GoldenTests.folder.appendingPathComponent("neglect.json")
        if ProcessInfo.processInfo.environment["ASSURE_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(actual, try String(contentsOf: expectedURL, encoding: .utf8))
    }
}
