import AssureData
import AssureTestSupport
import XCTest
@testable import AssureReport

/// Chart coordinates and text figures written by `ReadableNumber`: rounded half away from
/// zero, a fixed number of decimals, never `-0`, and the very text `DecimalText` gives.
final class ReadableNumberTests: XCTestCase {
    /// Worked by hand: 2.25 × 10 = 22.5, away from zero 23; −0.04 × 10 = −0.4, 0, and no sign;
    /// 0.05 × 10 is 0.5 in doubles, away from zero 1; 1,234.5 to a whole number is 1,235.
    func testRoundingByHand() {
        XCTAssertEqual(ReadableNumber(decimals: 1).format(2.25), "2.3")
        XCTAssertEqual(ReadableNumber(decimals: 1).format(-0.04), "0.0")
        XCTAssertEqual(ReadableNumber(decimals: 1).format(-0.05), "-0.1")
        XCTAssertEqual(ReadableNumber(decimals: 0).format(1234.5), "1235")
        XCTAssertEqual(ReadableNumber(decimals: 2).format(7), "7.00")
        XCTAssertEqual(ReadableNumber(decimals: 4).format(0.00005), "0.0001")
        XCTAssertEqual(ReadableNumber(decimals: 1).format(506), "506.0")
        XCTAssertEqual(ReadableNumber(decimals: 1).format(.nan), "–")
        XCTAssertEqual(ReadableNumber(decimals: 1).format(-.infinity), "–")
    }

    /// The fast path agrees with `DecimalText` for every decimals from 0 to 6 over values of
    /// every size (the large ones go through `DecimalText` itself), as a string and written
    /// after other bytes.
    func testTheSameTextAsDecimalText() {
        var random = SplitMix(seed: 2024)
        var values: [Double] = [0, -0.0, 0.5, -0.5, 1.5, 2.5, 0.95, 9.995, 8.999_999_999_999_999e14, 9e15, 1e300, -1e20, .ulpOfOne]
        for _ in 0..<20_000 {
            let magnitude = pow(10, Double(random.next() % 34) - 17)
            let sign: Double = random.next() % 2 == 0 ? 1 : -1
            values.append(sign * magnitude * Double(random.next() % 1_000_000) / 1_000)
        }
        for decimals in 0...6 {
            for value in values {
                let expected = DecimalText.format(value, places: decimals, trimmingZeros: false, grouped: false)
                XCTAssertEqual(ReadableNumber(decimals: decimals).format(value), expected, "\(value) to \(decimals)")
                var bytes: [UInt8] = [UInt8(ascii: "x")]
                ReadableNumber(decimals: decimals).write(value, into: &bytes)
                XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "x" + (expected ?? "–"), "\(value) to \(decimals), written")
            }
        }
    }
}
