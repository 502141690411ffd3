import XCTest
import AssureTestSupport
@testable import AssureData

/// Loading bytes held in memory, and the `period,value` layout a caller may ask for.
final class IndicatorInputTests: XCTestCase {
    func testBytesLoadAsTheSameFileOnDiskDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = "indicator,period,value\nreferrals,2023-04,5\nreferrals,2023-05,7\n"
        let path = try folder.write("a.csv", text)
        let fromDisk = try XCTUnwrap(IndicatorLoader.load(files: [path]).data)
        let fromBytes = try XCTUnwrap(IndicatorLoader.load([.bytes(Array(text.utf8), name: "<stdin>")]).data)
        XCTAssertEqual(fromBytes.allSeries.map(\.indicator), ["referrals"])
        XCTAssertEqual(fromBytes.allSeries.first?.observations.map(\.value), [5, 7])
        XCTAssertEqual(fromBytes.allSeries.first?.observations, fromDisk.allSeries.first?.observations)
        XCTAssertEqual(fromBytes.allSeries.first?.points.first?.origin.file, "<stdin>")
    }

    func testAPeriodValueFileIsAnErrorUnlessAskedFor() {
        let bytes = Array("period,value\n2023-04,5\n".utf8)
        let refused = IndicatorLoader.load([.bytes(bytes, name: "s.csv")])
        XCTAssertNil(refused.data)
        XCTAssertEqual(refused.diagnostics.map(\.message), ["the header has a value column but no indicator column"])
        let read = IndicatorLoader.load([.bytes(bytes, name: "s.csv", acceptsPeriodValue: true)])
        XCTAssertEqual(read.diagnostics, [])
        XCTAssertEqual(read.data?.allSeries.map(\.indicator), ["value"])
    }

    func testAPeriodValueFileReadsItsNumeratorDenominatorAndArea() throws {
        let text = "area,period,value,numerator,denominator\nNorth,2023-04,50%,1,2\nSouth,2023-04,25%,1,4\n"
        let data = try XCTUnwrap(IndicatorLoader.load([.bytes(Array(text.utf8), name: "s.csv", acceptsPeriodValue: true)]).data)
        XCTAssertEqual(data.allSeries.map(\.area), ["North", "South"])
        XCTAssertEqual(data.allSeries.first?.points.first?.denominator?.value, 2)
        XCTAssertEqual(data.allSeries.last?.points.first?.observation.value, 25)
    }

    func testAProblemInBytesIsPlacedInThem() {
        let result = IndicatorLoader.load([.bytes(Array("indicator,period,value\nx,2023-04,12a\n".utf8), name: "<stdin>")])
        XCTAssertEqual(result.diagnostics.map(\.message), ["'12a' is not a number"])
        // "x,2023-04," is ten characters: the value starts at column 11.
        XCTAssertEqual(result.diagnostics.first?.range?.description, "<stdin>:2:11")
    }
}
