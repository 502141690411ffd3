import XCTest
@testable import AssureData

final class ValueReaderTests: XCTestCase {
    private func read(_ text: String) -> CellReading {
        Array(text.utf8).withUnsafeBufferPointer(ValueReader.read)
    }

    func testPlainNumbers() {
        XCTAssertEqual(read("12"), .number(12))
        XCTAssertEqual(read("-3.25"), .number(-3.25))
        XCTAssertEqual(read("+7"), .number(7))
        XCTAssertEqual(read(".5"), .number(0.5))
        XCTAssertEqual(read("0"), .number(0))
        XCTAssertEqual(read("0.000"), .number(0))
    }

    func testDecimalsConvertExactly() {
        // The same doubles Swift's own (correctly rounded) parser gives for these literals.
        XCTAssertEqual(read("0.1"), .number(0.1))
        XCTAssertEqual(read("45.67"), .number(45.67))
        XCTAssertEqual(read("123456789012345"), .number(123456789012345))
        XCTAssertEqual(read("0.30000000000000004"), .number(0.30000000000000004))
        XCTAssertEqual(read("12345678901234567890"), .number(12345678901234567890.0))
        XCTAssertEqual(read("1.7976931348623157e308"), .number(1.7976931348623157e308))
        XCTAssertEqual(read("2.5e-3"), .number(0.0025))
        XCTAssertEqual(read("1E3"), .number(1000))
    }

    func testThousandsSeparators() {
        XCTAssertEqual(read("1,234"), .number(1234))
        XCTAssertEqual(read("1,234,567.5"), .number(1234567.5))
        XCTAssertEqual(read("-12,000"), .number(-12000))
    }

    func testPercentagesKeepTheirFigure() {
        XCTAssertEqual(read("86%"), .number(86))
        XCTAssertEqual(read("12.5%"), .number(12.5))
    }

    func testMissingMarkers() {
        for text in ["", "-", "n/a", "N/A", "n/A"] {
            XCTAssertEqual(read(text), .missing, text)
        }
    }

    /// Every GSS symbol, bare and in brackets, letters in any case, is read as what it is —
    /// never as a number (a `low` is not 0) and never as missing.
    func testEveryStatisticalSymbolInEveryFormIsReadAsWhatItIs() {
        let expected: [(String, StatisticalSymbol)] = [
            ("c", .confidential), ("C", .confidential), ("[c]", .confidential), ("[C]", .confidential),
            ("*", .confidential), ("[*]", .confidential),
            ("x", .notAvailable), ("X", .notAvailable), ("[x]", .notAvailable), ("[X]", .notAvailable),
            (":", .notAvailable), ("[:]", .notAvailable), ("..", .notAvailable), ("[..]", .notAvailable),
            ("z", .notApplicable), ("Z", .notApplicable), ("[z]", .notApplicable), ("[Z]", .notApplicable),
            ("u", .lowReliability), ("U", .lowReliability), ("[u]", .lowReliability), ("[U]", .lowReliability),
            ("low", .roundsToZero), ("Low", .roundsToZero), ("LOW", .roundsToZero), ("lOw", .roundsToZero),
            ("[low]", .roundsToZero), ("[LOW]", .roundsToZero),
            ("k", .roundsToZero), ("K", .roundsToZero), ("[k]", .roundsToZero), ("[K]", .roundsToZero),
        ]
        for (text, symbol) in expected {
            XCTAssertEqual(read(text), .symbol(symbol), text)
        }
    }

    /// Text that is nearly a symbol is not one: an error with the usual message and help.
    func testNearMissesOfSymbolsAreErrors() {
        for text in ["cc", "[c", "c]", "lowx", "xlow", "lo", "[]", "[ ]", "[-]", "[n/a]", "...", "::", "[[c]]",
                     "c*", "u1", "12u", "kk", "[low", "low]", "y", "[y]", "n", "[", "]"] {
            XCTAssertEqual(read(text), .invalid(message: "'\(text)' is not a number", help: ValueReader.numberHelp), text)
        }
    }

    func testMisplacedThousandsSeparatorIsAnError() {
        XCTAssertEqual(read("12,34"), .invalid(
            message: "'12,34' has a thousands separator in the wrong place",
            help: "thousands separators come every three digits, as in 1,234; decimals are written with a point, as in 12.34"))
        guard case .invalid = read("1234,567") else { return XCTFail("1234,567 read as a number") }
        guard case .invalid = read(",123") else { return XCTFail(",123 read as a number") }
    }

    func testTextIsNotANumber() {
        XCTAssertEqual(read("12a"), .invalid(message: "'12a' is not a number", help: ValueReader.numberHelp))
        for text in ["abc", "1.2.3", "%", "-", "1e", "--1", "1 2", "nan", "inf", "12%%"] where text != "-" {
            guard case .invalid = read(text) else { return XCTFail("\(text) read as a value") }
        }
    }

    func testHugeNumberIsAnError() {
        XCTAssertEqual(read("1e999"), .invalid(message: "'1e999' is too large to be a value", help: ValueReader.numberHelp))
    }
}
