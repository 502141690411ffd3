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
    func format(_ value: Double) -> String {
        DecimalText.format(value, places: decimals, trimmingZeros: false, grouped: false) ?? "–"
    }
}
