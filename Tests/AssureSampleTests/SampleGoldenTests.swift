import AssureData
import AssureEngine
import AssureReport
import Foundation
import XCTest

/// Every report format on the sample partnership as of 2023/24, against reviewed golden files.
/// Rewrite them with `ASSURE_UPDATE_GOLDEN=1` and read every changed line before committing.
final class SampleGoldenTests: XCTestCase {
    func testEveryFormatMatchesItsGoldenFile() throws {
        let document = try Sample.document("2023/24")
        let update = ProcessInfo.processInfo.environment["ASSURE_UPDATE_GOLDEN"] == "1"
        for format in ReportFormat.allCases {
            // The evidence section names the data files by absolute path: written as <package>
            // so the golden files hold in any checkout.
            let rendered = format.render(document).replacingOccurrences(of: Sample.root.path, with: "<package>")
            let url = Sample.golden.appendingPathComponent("2023-24-" + format.fileName)
            if update {
                try FileManager.default.createDirectory(at: Sample.golden, withIntermediateDirectories: true)
                try Data(rendered.utf8).write(to: url)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(rendered, expected, "\(format.rawValue) differs from \(url.lastPathComponent); rerun with ASSURE_UPDATE_GOLDEN=1 and review the diff")
        }
    }

    /// Loading, evaluating and rendering twice from scratch gives the same bytes.
    func testEvaluatingAndRenderingTwiceGivesIdenticalBytes() throws {
        let first = try Sample.document("2023/24")
        let second = try Sample.document("2023/24")
        XCTAssertEqual(first, second)
        for format in ReportFormat.allCases {
            XCTAssertEqual(Data(format.render(first).utf8), Data(format.render(second).utf8), format.rawValue)
        }
    }
}
