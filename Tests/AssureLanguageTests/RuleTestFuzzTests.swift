import AssureData
import AssureLanguage
import AssureTestSupport
import Foundation
import XCTest

/// Random mutations of the sample's rule test files never crash or hang the rule-test parser,
/// and every diagnostic points at a real place in the input.
final class RuleTestFuzzTests: XCTestCase {
    static let fragments = ["{", "}", "\"", "#", ";", ",", "\n", " ", "-", "%", "2023/24 Q3", "2023-10", "2021", "10,000",
                            "test", "series", "from", "for", "of", "missing", "suppressed", "expect", "because", "doing well",
                            "as of", "measure", "outcome", "green", "no evidence", "\u{0}", "\r\n", "\t", "é"]

    func testMutatedRuleTestFilesGiveOnlyDiagnosticsWithValidPlaces() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rules/tests")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".assure-test") }.sorted()
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        XCTAssertFalse(seeds.isEmpty)
        var random = SplitMix(seed: 20_261_129)
        for round in 0..<500 {
            var scalars = Array((seeds.randomElement(using: &random) ?? "").unicodeScalars)
            if round % 2 == 0 {
                scalars = Array((0..<Int.random(in: 1..<60, using: &random))
                    .map { _ in RuleTestFuzzTests.fragments.randomElement(using: &random) ?? "" }.joined().unicodeScalars)
            }
            for _ in 0..<Int.random(in: 1..<12, using: &random) where !scalars.isEmpty {
                let at = Int.random(in: 0..<scalars.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(contentsOf: (RuleTestFuzzTests.fragments.randomElement(using: &random) ?? " ").unicodeScalars, at: at)
                case 2: scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1..<40, using: &random)))
                default: scalars.swapAt(at, Int.random(in: 0..<scalars.count, using: &random))
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            let file = Parser.parseRuleTests(text, path: "fuzz.assure-test")
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).count
            for diagnostic in file.diagnostics {
                guard let range = diagnostic.range else {
                    XCTFail("round \(round): a diagnostic without a place: \(diagnostic.message)")
                    continue
                }
                XCTAssertEqual(range.file, "fuzz.assure-test")
                XCTAssertTrue(range.start.line >= 1 && range.start.line <= max(1, lines), "round \(round): line \(range.start.line) of \(lines)")
            }
        }
    }
}
