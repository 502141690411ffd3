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
    /// a whole number below 9 × 10^15), written straight into the string's bytes: charts format
    /// a few thousand coordinates a report. Larger values go through `DecimalText`.
    func format(_ value: Double) -> String {
        let places = min(max(decimals, 0), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard value.isFinite, scaled.isFinite, scaled < 9e15 else {
            return DecimalText.format(value, places: decimals, trimmingZeros: false, grouped: false) ?? "–"
        }
        let units = UInt64(scaled)
        // At most 16 digits, a point and a sign.
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var end = 0
            if value < 0, units > 0 { buffer[end] = UInt8(ascii: "-"); end += 1 }
            // The digits of `units`, at least `places + 1` of them, highest first.
            var count = 1
            var rest = units / 10
            while rest > 0 { count += 1; rest /= 10 }
            let shown = max(count, places + 1)
            let length = shown + (places > 0 ? 1 : 0)
            var position = end + length - 1
            rest = units
            for digit in 0..<shown {
                if places > 0, digit == places { buffer[position] = UInt8(ascii: "."); position -= 1 }
                buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                position -= 1
            }
            return end + length
        }
    }
}
