#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a value cell says, read from its bytes (already without surrounding spaces).
enum CellReading: Equatable {
    case number(Double)
    /// Blank, `-` or `n/a`.
    case missing
    /// A statistical symbol in place of the figure (`c`, `x`, `z`, `u`, `low`, `k`, `:`, `..`,
    /// `*`, each also in brackets). The marker is the cell's own text.
    case symbol(StatisticalSymbol)
    case invalid(message: String, help: String)
}

/// Reads values as extracts write them: `1234`, `-3.5`, `1,234` (thousands separators),
/// `86%`, `1.2e3`, the missing markers and the statistical symbols (`StatisticalSymbol`), in any
/// letter case.
///
/// Numbers are converted exactly: up to 15 significant digits with a power of ten up to 22
/// is one correctly rounded operation on exact doubles; anything longer goes to `strtod`.
enum ValueReader {
    static let numberHelp = "write a number (1234, 1,234.5 or 86%); leave the cell blank or write - or n/a for a missing value; "
        + "write a statistical symbol (c, x, z, u, low, k, :, .. or *, also in brackets as [c]) for a figure not given"

    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReading {
        if let value = readPlainNumber(bytes) { return .number(value) }
        if let marker = marker(bytes) { return marker }
        return readNumber(bytes)
    }

    /// The common case, quickly: up to 15 characters of optional sign, digits, an optional
    /// point and decimals, and an optional `%` (so at most 15 digits: exact in one division).
    /// nil for anything else, which `readNumber` then reads (or reports) in full.
    @inline(__always)
    static func readPlainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        guard count > 0 && count <= 15 else { return nil }
        var index = 0
        let negative = bytes[0] == 0x2D
        if negative || bytes[0] == 0x2B { index = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var afterPoint = false
        while index < count {
            let digit = bytes[index] &- 0x30
            if digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                digits += 1
                if afterPoint { decimals += 1 }
            } else if bytes[index] == 0x2E && !afterPoint {
                afterPoint = true
            } else {
                break
            }
            index += 1
        }
        if index < count && bytes[index] == 0x25 { index += 1 }
        guard index == count, digits > 0 else { return nil }
        let value = mantissa == 0 ? 0 : Double(mantissa) / powersOfTen[decimals]
        return negative ? -value : value
    }

    /// Missing (`-`, `n/a`, blank) or a statistical symbol, letters in any case; nil for
    /// anything else. Compared byte by byte, since every value cell passes through here.
    static func marker(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReading? {
        switch bytes.count {
        case 0:
            return .missing
        case 1 where bytes[0] == UInt8(ascii: "-"):
            return .missing
        case 3 where (bytes[0] | 0x20) == UInt8(ascii: "n") && bytes[1] == UInt8(ascii: "/") && (bytes[2] | 0x20) == UInt8(ascii: "a"):
            return .missing
        default:
            return StatisticalSymbol.reading(bytes).map(CellReading.symbol)
        }
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    private static func readNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReading {
        let count = bytes.count
        var index = 0
        var negative = false
        if bytes[0] == 0x2D || bytes[0] == 0x2B {
            negative = bytes[0] == 0x2D
            index = 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var sawDigit = false
        var truncated = false
        var sawSeparator = false
        var groupLength = 0

        // Whole part, with thousands separators every three digits.
        while index < count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                sawDigit = true
                groupLength += 1
                let digit = UInt64(byte - 0x30)
                if mantissa == 0 && digit == 0 {
                    // A leading zero is not significant.
                } else if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ digit
                    significantDigits += 1
                } else {
                    truncated = truncated || digit != 0
                    significantDigits += 1
                    exponent += 1
                }
            } else if byte == 0x2C {
                guard sawDigit, sawSeparator ? groupLength == 3 : groupLength <= 3 else { return misplacedSeparator(bytes) }
                sawSeparator = true
                groupLength = 0
            } else {
                break
            }
            index += 1
        }
        if sawSeparator && groupLength != 3 { return misplacedSeparator(bytes) }

        // Fraction.
        if index < count, bytes[index] == 0x2E {
            index += 1
            while index < count, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                sawDigit = true
                let digit = UInt64(bytes[index] - 0x30)
                if mantissa == 0 && digit == 0 {
                    exponent -= 1
                } else if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ digit
                    significantDigits += 1
                    exponent -= 1
                } else {
                    truncated = truncated || digit != 0
                    significantDigits += 1
                }
                index += 1
            }
        }
        guard sawDigit else { return notANumber(bytes) }

        // Exponent.
        var writtenExponent = 0
        if index < count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == 0x2D || bytes[index] == 0x2B {
                exponentNegative = bytes[index] == 0x2D
                index += 1
            }
            var exponentDigits = 0
            while index < count, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                if writtenExponent < 100_000 { writtenExponent = writtenExponent * 10 + Int(bytes[index] - 0x30) }
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return notANumber(bytes) }
            if exponentNegative { writtenExponent = -writtenExponent }
        }
        // A percentage is kept as written: 86% is 86 (the rules declare the unit).
        if index < count, bytes[index] == 0x25 { index += 1 }
        guard index == count else { return notANumber(bytes) }

        exponent += writtenExponent
        var value: Double
        if !truncated && significantDigits <= 15 && exponent >= -22 && exponent <= 22 {
            value = Double(mantissa)
            if exponent < 0 { value /= powersOfTen[-exponent] } else { value *= powersOfTen[exponent] }
            if mantissa == 0 { value = 0 }
        } else {
            value = slowConversion(bytes)
        }
        guard value.isFinite else {
            return .invalid(message: "'\(text(bytes))' is too large to be a value", help: numberHelp)
        }
        return .number(negative ? -value : value)
    }

    /// `strtod` on the digits, point and exponent (no sign, separators or `%`).
    private static func slowConversion(_ bytes: UnsafeBufferPointer<UInt8>) -> Double {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer -> Double in
            var length = 0
            for (offset, byte) in bytes.enumerated() {
                if offset == 0 && (byte == 0x2D || byte == 0x2B) { continue }
                if byte == 0x2C || byte == 0x25 { continue }
                buffer[length] = CChar(bitPattern: byte)
                length += 1
            }
            buffer[length] = 0
            guard let base = buffer.baseAddress else { return .nan }
            return strtod(base, nil)
        }
    }

    /// The cell's text for a message, at most `QuotedText.limit` characters.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        QuotedText.bounded(bytes)
    }

    private static func notANumber(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReading {
        .invalid(message: "'\(text(bytes))' is not a number", help: numberHelp)
    }

    private static func misplacedSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> CellReading {
        .invalid(message: "'\(text(bytes))' has a thousands separator in the wrong place",
                 help: "thousands separators come every three digits, as in 1,234; decimals are written with a point, as in 12.34")
    }
}
