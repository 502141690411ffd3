import AssureEngine
import AssureData
import AssureLanguage

/// Figures written for people checking them by hand: whole numbers as they are (`1,063`),
/// fractions to at most four decimal places without trailing zeros (`44.473`), never `-0`,
/// `nan` or `inf`.
enum FigureText {
    static func number(_ value: Double, decimals: Int = 4) -> String {
        guard value.isFinite else { return "none" }
        let scale = pow10(decimals)
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 }
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return NumberText.grouped(rounded) }
        let sign = rounded < 0 ? "-" : ""
        let whole = abs(rounded).rounded(.towardZero)
        var fraction = String(Int64(((abs(rounded) - whole) * scale).rounded()))
        fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + NumberText.grouped(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A figure in its unit: `44.473%`, `185`, `52.1 per 10,000`.
    static func figure(_ value: Double, unit: Unit) -> String {
        switch unit {
        case .percent: return number(value) + "%"
        case .rate(let per): return number(value) + " per " + NumberText.grouped(per)
        case .count, .number: return number(value)
        }
    }

    /// A signed change: `+12`, `−65`, `−26%`, `−3.5 points`.
    static func signed(_ value: Double, suffix: String = "") -> String {
        let text = number(abs(value))
        let sign = text == "0" ? "" : value < 0 ? "−" : "+"
        return sign + text + suffix
    }

    /// An observation as the data file held it.
    static func observation(_ observation: Observation) -> String {
        switch observation {
        case .value(let value): return number(value)
        case .missing: return "missing"
        case .suppressed(let marker): return "suppressed (\(marker))"
        }
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, exponent) { result *= 10 }
        return result
    }
}
