import XCTest
@testable import AssureAnalysis

/// Record highs and lows within a window, with ties.
final class RecordTests: XCTestCase {
    let statements: [Double?] = [30, 52, 41, 52, 38, nil, 47, 52]

    func testHighestOverAllHistoryReportsEveryTie() throws {
        let high = try XCTUnwrap(record(.highest, in: statements))
        XCTAssertEqual(high.value, 52)
        XCTAssertEqual(high.indices, [1, 3, 7])
        XCTAssertTrue(high.isTied)
        XCTAssertTrue(high.latestIsRecord)
        XCTAssertEqual(high.latestIndex, 7)
        XCTAssertEqual(high.window, 0..<8)
    }

    func testLowestWithinTheLastPoints() throws {
        // The last four periods: 38, —, 47, 52.
        let low = try XCTUnwrap(record(.lowest, in: statements, withinLast: 4))
        XCTAssertEqual(low.value, 38)
        XCTAssertEqual(low.indices, [4])
        XCTAssertFalse(low.isTied)
        XCTAssertFalse(low.latestIsRecord)
        XCTAssertEqual(low.window, 4..<8)
    }

    func testWindowLongerThanTheSeriesIsAllHistory() throws {
        XCTAssertEqual(record(.lowest, in: statements, withinLast: 100)?.indices, [0])
    }

    func testMissingLatestPointIsNotTheRecord() throws {
        let high = try XCTUnwrap(record(.highest, in: [3, 9, nil]))
        XCTAssertEqual(high.indices, [1])
        XCTAssertFalse(high.latestIsRecord)
    }

    func testNoRecordWithoutAValueInTheWindow() {
        XCTAssertNil(record(.highest, in: [5, nil, nil], withinLast: 2))
        XCTAssertNil(record(.highest, in: []))
        XCTAssertNil(record(.highest, in: [5], withinLast: 0))
    }
}
