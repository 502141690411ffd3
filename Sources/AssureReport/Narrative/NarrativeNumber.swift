import AssureData
import AssureLanguage

/// How a number in a sentence is written: a plain figure (`59,370`), a percentage (`26%`),
/// percentage points (`3.5 percentage points`) or a rate (`52.1 per 10,000`).
public enum NumberStyle: Hashable, Sendable {
    case plain
    case percent
    case points
    case rate(per: Double)

    /// The style of a figure in `unit`.
    public init(_ unit: Unit) {
        switch unit {
        case .percent: self = .percent
        case .rate(let per): self = .rate(per: per)
        case .count, .number: self = .plain
        }
    }
}

/// A number on its way into a sentence: the figure, its style, and the rounding and wording
/// the filters chose.
struct NarrativeNumber: Hashable, Sendable {
    var value: Double
    var style: NumberStyle
    /// Decimal places at most (trailing zeros are dropped): whole numbers unless `round(n)`.
    var decimals: Int = 0
    /// `words`: whole numbers zero to ten in words.
    var inWords: Bool = false
    /// Whether all `decimals` places are written (`48.0%` beside `44.5%`), as when the places
    /// were chosen to write two figures side by side honestly.
    var fixedPlaces: Bool = false

    /// The figure alone, rounded and grouped: `59,370`, `8.5`, `three`.
    var figure: String {
        let text = fixedPlaces ? (DecimalText.format(value, places: decimals, trimmingZeros: false) ?? "no figure")
            : NarrativeNumber.format(value, decimals: decimals)
        if inWords, let words = NarrativeNumber.words(text) { return words }
        return text
    }

    /// The figure with its unit: `26%`, `3.5 percentage points`, `52.1 per 10,000`, `187`.
    var text: String {
        switch style {
        case .plain: return figure
        case .percent: return figure + "%"
        case .points: return figure + (isOne ? " percentage point" : " percentage points")
        case .rate(let per): return figure + " per " + NumberText.grouped(per)
        }
    }

    /// The fewest decimal places (from `atLeast`, at most 4) at which a figure and the one it
    /// is compared with are written honestly side by side: different when they differ, and
    /// with a difference that the written change agrees with ("from 47.6% to 44.1%, 3.5
    /// points", never "from 48% to 44%, 3.5 points"; never "4, up from 4").
    static func honestDecimals(_ value: Double, comparedWith other: Double?, atLeast: Int = 0) -> Int {
        guard let other, value.isFinite, other.isFinite else { return atLeast }
        func rounded(_ x: Double, _ places: Int) -> Double {
            var scale = 1.0
            for _ in 0..<places { scale *= 10 }
            return (x * scale).rounded() / scale
        }
        for places in atLeast...max(atLeast, 4) {
            let shownValue = rounded(value, places), shownOther = rounded(other, places)
            let differs = value == other || shownValue != shownOther
            // The change as the measure table shows it (at least one decimal place) must be the
            // difference of the figures as written.
            let agrees = abs((shownValue - shownOther) - rounded(value - other, max(places, 1))) < 1e-9
            if differs, agrees { return places }
        }
        return max(atLeast, 4)
    }

    /// Whether the number as written is exactly one (for singular nouns).
    var isOne: Bool { NarrativeNumber.format(value, decimals: decimals) == "1" }

    /// `value` rounded half away from zero to at most `decimals` places, trailing zeros
    /// dropped, thousands separated by commas; never `-0`, `nan` or `inf`.
    static func format(_ value: Double, decimals: Int) -> String {
        DecimalText.format(value, places: decimals) ?? "no figure"
    }

    private static let smallNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    /// "0" to "10" in words; nil for anything else.
    static func words(_ text: String) -> String? {
        guard let whole = Int(text), smallNumbers.indices.contains(whole) else { return nil }
        return smallNumbers[whole]
    }
}
