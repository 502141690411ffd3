import AssureData
import Foundation
import XCTest
import AssureTestSupport
@testable import AssureLanguage

/// Random bytes and random mutations of real rules files never crash or hang the parser or the
/// checker, and every diagnostic points at a real place in the input.
final class FuzzTests: XCTestCase {
    static let fragments = ["{", "}", "(", ")", "\"", "#", ";", ",", "\n", " ", "-", "%", "2023/24 Q3", "2023-10", "10,000",
                            "measure", "indicator", "=", "when", "doing well", "{value|", "points", "not", "\u{201C}", "\u{0}",
                            "\r\n", "\t", "é", "say explore \"", "compare with", "judge by spc", "notice record high within"]

    func testThousandsOfRandomAndMutatedInputsGiveOnlyDiagnosticsWithValidPlaces() throws {
        // ASSURE_FUZZ_ROUNDS and ASSURE_FUZZ_SEED run a longer or different campaign by hand.
        let environment = ProcessInfo.processInfo.environment
        let rounds = environment["ASSURE_FUZZ_ROUNDS"].flatMap(Int.init) ?? 3000
        var random = SplitMix(seed: environment["ASSURE_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_231_003)
        let seeds = try FormatterTests.files().map { try String(contentsOf: $0, encoding: .utf8) }
        XCTAssertFalse(seeds.isEmpty)
        for round in 0..<rounds {
            let text: String
            switch round % 3 {
            case 0:
                let bytes = (0..<Int.random(in: 0..<400, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                text = String(decoding: bytes, as: UTF8.self)
            case 1:
                text = (0..<Int.random(in: 1..<80, using: &random)).map { _ in FuzzTests.fragments.randomElement(using: &random) ?? "" }.joined()
            default:
                var scalars = Array((seeds.randomElement(using: &random) ?? "").unicodeScalars)
                for _ in 0..<Int.random(in: 1..<12, using: &random) where !scalars.isEmpty {
                    let at = Int.random(in: 0..<scalars.count, using: &random)
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0: scalars.remove(at: at)
                    case 1: scalars.insert(Array((FuzzTests.fragments.randomElement(using: &random) ?? " ").unicodeScalars)[0], at: at)
                    case 2: scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1..<40, using: &random)))
                    default: scalars.swapAt(at, Int.random(in: 0..<scalars.count, using: &random))
                    }
                }
                text = String(String.UnicodeScalarView(scalars))
            }
            check(text, round: round)
        }
    }

    private func check(_ text: String, round: Int) {
        let result = Checker().check([RulesSource(path: "fuzz.assure", text: text)])
        // Lines end at \n, \r\n or a lone \r, as the lexer and the CSV reader read them.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { Array($0.drop(while: { $0 == "\u{FEFF}" }).unicodeScalars).count }
        for diagnostic in result.diagnostics {
            guard let range = diagnostic.range else {
                XCTFail("round \(round): a diagnostic without a place: \(diagnostic.message)")
                continue
            }
            XCTAssertEqual(range.file, "fuzz.assure")
            XCTAssertTrue(range.start.line >= 1 && range.start.line <= max(1, lines.count), "round \(round): line \(range.start.line) of \(lines.count)")
            if range.start.line >= 1, range.start.line <= lines.count {
                XCTAssertTrue(range.start.column >= 1 && range.start.column <= lines[range.start.line - 1] + 2,
                              "round \(round): column \(range.start.column) on a line of \(lines[range.start.line - 1]): \(diagnostic.message)")
            }
        }
        if !result.diagnostics.hasErrors {
            // A clean parse formats and re-parses to the same meaning.
            for file in result.files {
                let again = Parser.parse(Formatter.format(file), path: file.syntax.path)
                XCTAssertEqual(SyntaxDump.outline(again.syntax), SyntaxDump.outline(file.syntax), "round \(round)")
            }
        }
    }
}
