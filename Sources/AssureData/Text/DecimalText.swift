/// The one way Assure writes a number for people to read: rounded half away from zero to a
/// number of decimal places, with or without trailing zeros and thousands separators, a `.`
/// whatever the locale, never `-0`. A value that is not finite has no text (nil): each caller
/// says in its own words that there is no figure, rather than a made-up `0`.
public enum DecimalText {
    /// `value` to `places` decimals (0 to 6). `trimmingZeros` drops trailing zeros (`8.5`, not
    /// `8.50`); `grouped` separates thousands (`59,370`).
    public static func format(_ value: Double, places: Int, trimmingZeros: Bool = true, grouped: Bool = true) -> String? {
        guard value.isFinite else { return nil }
        let places = min(max(places, 0), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        var whole: String
        var fraction: String
        if scaled.isFinite, scaled < 9e15 {
            let units = UInt64(scaled)
            let divisor = UInt64(scale)
            whole = String(units / divisor)
            fraction = places > 0 ? String(units % divisor) : ""
            fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        } else {
            // Beyond 2⁵³ a double has no fraction: its digits are the whole number it holds.
            whole = integerDigits(abs(value).rounded())
            fraction = String(repeating: "0", count: places)
        }
        if trimmingZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
        let isZero = whole.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        let sign = value < 0 && !isZero ? "-" : ""
        if grouped { whole = group(whole) }
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The exact decimal digits of a whole, non-negative, finite double (up to 309 digits),
    /// by long division in base 10⁹ of its integer significand times a power of two.
    static func integerDigits(_ value: Double) -> String {
        guard value >= 1 else { return "0" }
        var limbs: [UInt64] = [UInt64(value.significandBitPattern | (1 << 52))]   // little-endian, base 10⁹ after normalising
        var exponent = Int(value.exponent) - 52
        // Start from the 53-bit significand in base 10⁹.
        limbs = toBase(limbs[0])
        while exponent < 0 {   // whole values with exponent < 52: divide out the extra powers of two
            var remainder: UInt64 = 0
            for index in stride(from: limbs.count - 1, through: 0, by: -1) {
                let current = remainder * 1_000_000_000 + limbs[index]
                limbs[index] = current / 2
                remainder = current % 2
            }
            exponent += 1
        }
        while exponent > 0 {
            var carry: UInt64 = 0
            for index in limbs.indices {
                let current = limbs[index] * 2 + carry
                limbs[index] = current % 1_000_000_000
                carry = current / 1_000_000_000
            }
            if carry > 0 { limbs.append(carry) }
            exponent -= 1
        }
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
        var text = String(limbs.last ?? 0)
        for limb in limbs.dropLast().reversed() {
            let digits = String(limb)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }

    private static func toBase(_ number: UInt64) -> [UInt64] {
        var limbs: [UInt64] = []
        var rest = number
        repeat {
            limbs.append(rest % 1_000_000_000)
            rest /= 1_000_000_000
        } while rest > 0
        return limbs
    }

    private static func group(_ digits: String) -> String {
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
