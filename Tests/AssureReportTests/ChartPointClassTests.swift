import AssureAnalysis
import XCTest
@testable import AssureReport

/// The SVG's class for a point type is its name with `-` for `_`, as the page's CSS expects.
final class ChartPointClassTests: XCTestCase {
    func testEveryPointTypeHasItsNameWithHyphens() {
        for type in PointType.allCases {
            XCTAssertEqual(ChartSVG.pointClass(type), type.rawValue.replacingOccurrences(of: "_", with: "-"))
        }
    }
}
