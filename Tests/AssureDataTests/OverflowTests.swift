import XCTest
import AssureTestSupport
@testable import AssureData

/// Values each within range whose sum is not: a data error at the row that overflowed, never
/// an infinite figure (which once crashed `assure explain`).
final class OverflowTests: XCTestCase {
    func testValuesThatOverflowWhenSummedAreAnErrorAtTheRowThatOverflowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.csv", "indicator,period,value\nbig,2023-04,1.7e308\nbig,2023-05,1.7e308\n")
        let result = IndicatorLoader.load(directory: folder.path, frequencyHints: [:])
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["the values of indicator 'big' add up to more than Assure can hold (about 1.8 × 10³⁰⁸)"])
        // Row 3 (the second value), at its period: "big," is 4 characters.
        XCTAssertEqual(result.diagnostics.first?.range?.start, SourcePosition(line: 3, column: 5))
    }
}
