import AssureData
import XCTest

/// The one readable number formatter, with expected text worked by hand.
final class DecimalTextTests: XCTestCase {
    func testRoundsHalfAwayFromZeroAndTrimsZeros() {
        XCTAssertEqual(DecimalText.format(8.25, places: 1), "8.3")
        XCTAssertEqual(DecimalText.format(-8.25, places: 1), "-8.3")
        XCTAssertEqual(DecimalText.format(44.4730, places: 4), "44.473")
        XCTAssertEqual(DecimalText.format(59_370, places: 0), "59,370")
        XCTAssertEqual(DecimalText.format(1_234_567.5, places: 0, grouped: false), "1234568")
        XCTAssertEqual(DecimalText.format(12.5, places: 2, trimmingZeros: false, grouped: false), "12.50")
    }

    func testNeverWritesMinusZero() {
        XCTAssertEqual(DecimalText.format(-0.00001, places: 2), "0")
        XCTAssertEqual(DecimalText.format(-0.0, places: 0), "0")
    }

    func testNonFiniteHasNoTextRatherThanAZero() {
        XCTAssertNil(DecimalText.format(.nan, places: 2))
        XCTAssertNil(DecimalText.format(.infinity, places: 0))
    }

    func testHugeValuesAreWrittenInFullWithoutCrashing() {
        // 2^60 = 1,152,921,504,606,846,976 exactly.
        XCTAssertEqual(DecimalText.format(1_152_921_504_606_846_976, places: 2), "1,152,921,504,606,846,976")
        // The largest double, 1.7976931348623157e308: 309 digits beginning 17976931348623157 (Python: int(sys.float_info.max)).
        let largest = DecimalText.format(.greatestFiniteMagnitude, places: 4, grouped: false)
        XCTAssertEqual(largest?.count, 309)
        XCTAssertEqual(largest, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")
    }
}
