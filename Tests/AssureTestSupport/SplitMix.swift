import Foundation

/// A small deterministic random generator (SplitMix64), so that a generated case that fails
/// can be replayed from its seed.
public struct SplitMix: RandomNumberGenerator {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix {
    /// Uniform on (0, 1]: the top 53 bits, never 0.
    public mutating func uniform() -> Double {
        Double((next() >> 11) + 1) * 0x1p-53
    }

    /// A Poisson draw by Knuth's method (multiply uniforms until the product falls below
    /// e^(−λ)); fine for the small means of the tests.
    public mutating func poisson(mean lambda: Double) -> Int {
        let limit = exp(-lambda)
        var count = 0
        var product = uniform()
        while product > limit {
            count += 1
            product *= uniform()
        }
        return count
    }

    /// A normal draw by Box–Muller (one of the pair).
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
    }
}
