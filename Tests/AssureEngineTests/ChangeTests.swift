import XCTest
@testable import AssureEngine

/// Change as absolute, percent and percentage points, with the edge cases that must never
/// print `inf`, `nan` or `-0`.
final class ChangeTests: XCTestCase {
    func testMaracRepeatsDownTwentySixPercent() {
        // 2022/23: 250 cases, 2023/24: 185 → (185 − 250) / 250 = −0.26.
        let change = Change(from: 250, to: 185, isPercentage: false)
        XCTAssertEqual(change.absolute, -65)
        XCTAssertEqual(change.percent, -26)
        XCTAssertNil(change.points)
        XCTAssertEqual(change.direction, .decrease)
    }

    func testPercentagesChangeInPoints() {
        // Neglect share 48.0% → 44.5%: 3.5 points down, and −7.291…% relative.
        let change = Change(from: 48, to: 44.5, isPercentage: true)
        XCTAssertEqual(change.points, -3.5)
        XCTAssertEqual(change.percent ?? 0, -3.5 / 48 * 100, accuracy: 1e-12)
    }

    func testZeroBaseHasNoPercentChange() {
        let change = Change(from: 0, to: 4, isPercentage: false)
        XCTAssertNil(change.percent)
        XCTAssertEqual(change.absolute, 4)
        XCTAssertEqual(change.direction, .increase)
    }

    func testNoChangeIsPositiveZero() {
        let change = Change(from: -0.0, to: 0.0, isPercentage: false)
        XCTAssertEqual(change.absolute.sign, .plus)
        XCTAssertEqual(change.direction, .none)
        let same = Change(from: 5, to: 5, isPercentage: false)
        XCTAssertEqual(same.percent?.sign, .plus)
    }

    func testNegativeBaseUsesItsSize() {
        // From −10 to −5 is an increase of 5, +50% of the base's size.
        XCTAssertEqual(Change(from: -10, to: -5, isPercentage: false).percent, 50)
    }
}
