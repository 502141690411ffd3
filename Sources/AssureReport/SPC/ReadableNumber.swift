import AssureData

/// Numbers rounded for reading, with a fixed number of decimals and a `.` whatever the locale.
///
/// Text output rounds; JSON and CSV never do (they use `JSONText.number`).
struct ReadableNumber: Equatable {
    var decimals: Int

    /// The most decimals ever shown.
    static let maximumDecimals = 4

    /// As many decimals as the data's most precise value (at most four): `180`, `12.5`.
    static func forValues(_ values: [Double]) -> ReadableNumber {
        ReadableNumber(decimals: min(values.map(decimalPlaces).max() ?? 0, maximumDecimals))
    }

    /// One more decimal than the values for the mean and limits, at least one: `98.3`, `12.53`.
    static func forLines(given values: ReadableNumber) -> ReadableNumber {
        ReadableNumber(decimals: min(max(values.decimals + 1, 1), maximumDecimals))
    }

    /// The decimals a value needs to be written exactly (in its shortest form), or the maximum
    /// for values Swift writes with an exponent.
    static func decimalPlaces(_ value: Double) -> Int {
        let text = "\(value)"
        if text.contains("e") { return maximumDecimals }
        guard let point = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: point)...]
        return fraction == "0" ? 0 : fraction.count
    }

    /// `value` rounded half away from zero to `decimals` places; never `-0`.
    ///
    /// The same text as `DecimalText.format(value, places: decimals, trimmingZeros: false,
    /// grouped: false)`, by the same arithmetic (the magnitude times 10^decimals, rounded, as
    /// a whole number below 9 × 10^15), written straight into the string's bytes (a string of
    /// at most 15 bytes needs no allocation): charts format a few thousand coordinates a
    /// report. Larger values go through `DecimalText`.
    func format(_ value: Double) -> String {
        guard let (units, length) = scaled(value) else {
            return DecimalText.format(value, places: decimals, trimmingZeros: false, grouped: false) ?? "–"
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            write(units, negative: value < 0, into: buffer)
            return length
        }
    }

    /// Appends `format(value)`'s bytes to `bytes`, without making a string.
    func write(_ value: Double, into bytes: inout [UInt8]) {
        guard let (units, length) = scaled(value) else { return bytes.append(contentsOf: format(value).utf8) }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: length))
        bytes.withUnsafeMutableBufferPointer { buffer in
            write(units, negative: value < 0, into: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
        }
    }

    private var places: Int { min(max(decimals, 0), 6) }

    /// The magnitude times 10^places, rounded, and the length of its text; nil when the value
    /// is not finite or too large for the whole-number arithmetic.
    private func scaled(_ value: Double) -> (units: UInt64, length: Int)? {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard value.isFinite, scaled.isFinite, scaled < 9e15 else { return nil }
        let units = UInt64(scaled)
        var count = 1
        var rest = units / 10
        while rest > 0 { count += 1; rest /= 10 }
        // At least `places + 1` digits, a point when there are decimals, a sign unless zero.
        let length = max(count, places + 1) + (places > 0 ? 1 : 0) + (value < 0 && units > 0 ? 1 : 0)
        return (units, length)
    }

    /// The text of `units` (scaled by 10^places) filling `buffer` exactly, from its end.
    private func write(_ units: UInt64, negative: Bool, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        var position = buffer.count - 1
        var rest = units
        var digit = 0
        while position >= 0 {
            if places > 0, digit == places {
                buffer[position] = UInt8(ascii: ".")
                position -= 1
            }
            if position == 0, negative, units > 0 {
                buffer[0] = UInt8(ascii: "-")
                return
            }
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            digit += 1
            position -= 1
        }
    }
}
