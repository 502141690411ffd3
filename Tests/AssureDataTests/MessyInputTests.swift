import XCTest
import AssureTestSupport
@testable import AssureData

/// Bad input never crashes: files of random CSV-ish bytes (made the same way every run) load
/// to data or to errors, never to both and never to a trap.
final class MessyInputTests: XCTestCase {
    private let pieces: [[UInt8]] = [
        [0x2C], [0x22], [0x0A], [0x0D], [0x0D, 0x0A], [0x20], Array("a".utf8), Array("12".utf8), Array("1,234".utf8),
        Array("2023-04".utf8), Array("2023/24 Q1".utf8), Array("2011-12".utf8), Array("c".utf8), Array("n/a".utf8),
        Array("86%".utf8), [0xEF, 0xBB, 0xBF], Array("é".utf8), [0xFF], Array("area".utf8), Array("period".utf8),
    ]

    func testRandomFilesLoadOrFailCleanly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let headers = ["indicator,period,value\n", "period,referrals,plans\n", "area,indicator,period,value,note\n", ""]
        for round in 0..<300 {
            var bytes = Array(headers[round % headers.count].utf8)
            for _ in 0..<next(60) { bytes += pieces[next(pieces.count)] }
            try folder.write("a.csv", bytes: bytes)
            let result = IndicatorLoader.load(directory: folder.path)
            XCTAssertEqual(result.data == nil, result.diagnostics.hasErrors, "round \(round)")
            for diagnostic in result.diagnostics {
                if let range = diagnostic.range {
                    XCTAssertGreaterThanOrEqual(range.start.line, 1, "round \(round)")
                    XCTAssertGreaterThanOrEqual(range.start.column, 1, "round \(round)")
                }
            }
            _ = DiagnosticRenderer().render(result.diagnostics, sources: DiagnosticSourceLines(for: result.diagnostics))
            if let data = result.data { _ = IndicatorCatalogue(data).renderText() }
        }
    }
}
