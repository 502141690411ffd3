import XCTest
@testable import AssureAnalysis

/// Runs of consecutive rises or falls: "up for the third month running".
final class RunTests: XCTestCase {
    func testLatestRunEndsAtTheLastPoint() throws {
        // 5 → 4 falls; 4 → 6 → 7 → 9 rises three times.
        let run = try XCTUnwrap(latestRun(in: [5, 4, 6, 7, 9]))
        XCTAssertEqual(run, Run(direction: .rising, range: 1...4))
        XCTAssertEqual(run.changes, 3)
        XCTAssertEqual(run.points, 4)
    }

    func testFallingRun() {
        XCTAssertEqual(latestRun(in: [1, 9, 8, 7]), Run(direction: .falling, range: 1...3))
    }

    func testEqualLatestPairIsNoRun() {
        XCTAssertNil(latestRun(in: [1, 2, 3, 3]))
    }

    func testEqualPairSplitsRuns() {
        XCTAssertEqual(runs(in: [1, 2, 2, 3, 4]), [
            Run(direction: .rising, range: 0...1),
            Run(direction: .rising, range: 2...4),
        ])
    }

    func testGapEndsARun() {
        XCTAssertEqual(latestRun(in: [1, 2, 3, nil, 4, 5]), Run(direction: .rising, range: 4...5))
        XCTAssertNil(latestRun(in: [1, 2, 3, nil]))
    }

    func testTurningPointEndsOneRunAndStartsTheNext() {
        XCTAssertEqual(runs(in: [1, 2, 3, 2, 1, 0]), [
            Run(direction: .rising, range: 0...2),
            Run(direction: .falling, range: 2...5),
        ])
    }

    func testLongestRunPrefersTheMostRecentOfEqualLength() {
        // Rises 0…2 (two changes), falls 2…4 (two changes), rises 4…5 (one).
        XCTAssertEqual(longestRun(in: [1, 2, 3, 2, 1, 5]), Run(direction: .falling, range: 2...4))
        XCTAssertEqual(longestRun(in: [1, 2, 3, 4, 3, 2, 9]), Run(direction: .rising, range: 0...3))
    }

    func testNoRunWithoutTwoDifferentNeighbours() {
        XCTAssertNil(longestRun(in: []))
        XCTAssertNil(longestRun(in: [4]))
        XCTAssertNil(longestRun(in: [4, 4, nil, 4]))
    }
}
