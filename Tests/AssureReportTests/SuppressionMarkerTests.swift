import XCTest
@testable import AssureReport

/// Each statistical symbol is said as what it is (GSS guidance on symbols in tables).
final class SuppressionMarkerTests: XCTestCase {
    func testEachSymbolIsSaidAsWhatItIs() {
        XCTAssertEqual(SuppressionMarker.meaning("[c]"), "withheld to protect confidentiality ([c]: small numbers)")
        XCTAssertEqual(SuppressionMarker.meaning("x"), "not available (x)")
        XCTAssertEqual(SuppressionMarker.meaning("low"), "below half the unit shown, so rounds to zero but is not zero (low)")
    }
}
