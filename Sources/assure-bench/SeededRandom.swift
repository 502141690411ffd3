import Foundation

/// A small, fast, seeded random number generator (SplitMix64, Steele, Lea and Flood 2014), so
/// that every benchmark run draws exactly the same series.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform draw from (0, 1]: the top 53 bits, never 0 (so its logarithm is finite).
    mutating func uniform() -> Double {
        Double((next() >> 11) + 1) * 0x1p-53
    }

    /// A normal draw by the Box–Muller transform (one of the pair; the other is dropped to
    /// keep the generator free of state beyond its seed).
    mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        let radius = (-2 * log(uniform())).squareRoot()
        let angle = 2 * Double.pi * uniform()
        return mean + standardDeviation * radius * cos(angle)
    }

    /// A Poisson draw by Knuth's method: multiply uniforms until the product falls below
    /// e^(−λ). Fine for the means used here (λ well under 100).
    mutating func poisson(mean lambda: Double) -> Double {
        let limit = exp(-lambda)
        var count = 0
        var product = uniform()
        while product > limit {
            count += 1
            product *= uniform()
        }
        return Double(count)
    }
}
