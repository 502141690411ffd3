import AssureEngine
import AssureData
import AssureLanguage

/// Figures written for people checking them by hand: whole numbers as they are (`1,063`),
/// fractions to at most four decimal places without trailing zeros (`44.473`), never `-0`,
/// `nan` or `inf`.
enum FigureText {
    static func number(_ value: Double, decimals: Int = 4) -> String {
        DecimalText.format(value, places: decimals) ?? "none"
    }

    /// A figure in its unit: `44.473%`, `185`, `52.1 per 10,000`.
    static func figure(_ value: Double, unit: Unit, decimals: Int = 4) -> String {
        switch unit {
        case .percent: return number(value, decimals: decimals) + "%"
        case .rate(let per): return number(value, decimals: decimals) + " per " + NumberText.grouped(per)
        case .count, .number: return number(value, decimals: decimals)
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
        case .symbol(let symbol, let marker): return "\(symbol.name) (\(marker))"
        }
    }
}
