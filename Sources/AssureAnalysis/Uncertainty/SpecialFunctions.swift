import Foundation

// The special functions the intervals and tests stand on: log-free densities (Loader's
// saddle-point method), the regularized incomplete beta and gamma functions (continued
// fractions evaluated by the modified Lentz method, as in Numerical Recipes §6.2–6.4), and
// their inverses by safeguarded Newton steps inside a bracket.
//
// Every function here is total: NaN, infinite or out-of-domain arguments give NaN, never a
// trap, and every loop has a fixed bound, so nothing can hang. A loop that reaches its bound
// without converging also gives NaN.

/// ln √(2π).
let lnSqrt2Pi = 0.918_938_533_204_672_741_780_329_736_406

/// The error of Stirling's approximation to ln n!:
/// δ(n) = ln Γ(n + 1) − (n + ½) ln n + n − ln √(2π).
///
/// Loader (2000), "Fast and accurate computation of binomial probabilities", as R's
/// `stirlerr`: the asymptotic series for n > 15, `lgamma` below (where the cancellation costs
/// a few units in the last place of a small number, which is harmless here).
func stirlingError(_ n: Double) -> Double {
    let s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188
    if n <= 15 {
        return lgamma(n + 1) - (n + 0.5) * log(n) + n - lnSqrt2Pi
    }
    let nn = n * n
    if n > 500 { return (s0 - s1 / nn) / n }
    if n > 80 { return (s0 - (s1 - s2 / nn) / nn) / n }
    if n > 35 { return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n }
    return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n
}

/// The deviance term x ln(x / μ) + μ − x, computed without cancellation when x is near μ
/// (Loader 2000; R's `bd0`).
func devianceTerm(_ x: Double, _ mu: Double) -> Double {
    if abs(x - mu) < 0.1 * (x + mu) {
        var v = (x - mu) / (x + mu)
        var s = (x - mu) * v
        if abs(s) < Double.leastNormalMagnitude { return s }
        var ej = 2 * x * v
        v *= v
        for j in 1..<1000 {
            ej *= v
            let next = s + ej / Double(2 * j + 1)
            if next == s { return next }
            s = next
        }
    }
    return x * log(x / mu) + mu - x
}

/// The binomial density C(n, x) pᵡ qⁿ⁻ˣ with q = 1 − p given separately, for real x and n
/// (Loader 2000; R's `dbinom_raw`). 0 ≤ x ≤ n assumed by the callers.
func binomialDensity(_ x: Double, _ n: Double, _ p: Double, _ q: Double) -> Double {
    if p == 0 { return x == 0 ? 1 : 0 }
    if q == 0 { return x == n ? 1 : 0 }
    if x == 0 {
        if n == 0 { return 1 }
        return exp(p < 0.1 ? -devianceTerm(n, n * q) - n * p : n * log(q))
    }
    if x == n {
        return exp(q < 0.1 ? -devianceTerm(n, n * p) - n * q : n * log(p))
    }
    if x < 0 || x > n { return 0 }
    let lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x)
        - devianceTerm(x, n * p) - devianceTerm(n - x, n * q)
    let lf = 2 * lnSqrt2Pi + log(x) + log1p(-x / n)
    return exp(lc - 0.5 * lf)
}

/// The Poisson density λˣ e^(−λ) / Γ(x + 1) for real x ≥ 0 (Loader 2000; R's `dpois_raw`).
func poissonDensity(_ x: Double, _ lambda: Double) -> Double {
    if lambda == 0 { return x == 0 ? 1 : 0 }
    if !lambda.isFinite || x < 0 { return 0 }
    if x <= lambda * Double.leastNormalMagnitude { return exp(-lambda) }
    if lambda < x * Double.leastNormalMagnitude {
        return exp(-lambda + x * log(lambda) - lgamma(x + 1))
    }
    return exp(-stirlingError(x) - devianceTerm(x, lambda)) / (2 * Double.pi * x).squareRoot()
}

/// A pair of complementary tail probabilities, each computed directly where it is small (so
/// neither loses its relative accuracy to a subtraction from 1).
struct Tails: Equatable {
    /// P(X ≤ x), or the regularized function itself.
    var lower: Double
    /// 1 − `lower`.
    var upper: Double

    static let nan = Tails(lower: .nan, upper: .nan)

    var swapped: Tails { Tails(lower: upper, upper: lower) }
}

/// The smallest number Lentz's method lets a denominator be.
private let tiny = 1e-300
/// The relative change at which a continued fraction or series has converged: a little over
/// one unit in the last place of 1, so that a factor that settles within an ulp of 1 stops it.
private let convergence = 2.5e-16

/// The most terms a continued fraction or series may take for parameters of size `size`:
/// both converge in O(√size) terms, so this bound is generous yet finite.
private func iterationBound(_ size: Double) -> Int {
    10_000 + Int(min(20 * size.squareRoot(), 10_000_000))
}

/// The regularized incomplete beta function Iₓ(a, b) and its complement 1 − Iₓ(a, b).
///
/// The continued fraction of Numerical Recipes (`betacf`) by the modified Lentz method, on
/// the side of the mean where it converges fast, with the front factor xᵃ(1−x)ᵇ / (a B(a,b))
/// from Loader's binomial density instead of exp(ln …) (which would lose digits when a and b
/// are large). NaN for a ≤ 0, b ≤ 0, x outside [0, 1] or any argument not finite.
func regularizedBeta(a: Double, b: Double, x: Double) -> Tails {
    guard a.isFinite, b.isFinite, x.isFinite, a > 0, b > 0, x >= 0, x <= 1 else { return .nan }
    if x == 0 { return Tails(lower: 0, upper: 1) }
    if x == 1 { return Tails(lower: 1, upper: 0) }
    if x > (a + 1) / (a + b + 2) {
        return regularizedBeta(a: b, b: a, x: 1 - x).swapped
    }
    // xᵃ (1−x)ᵇ / (a B(a, b)) = dbinom(a; a + b, x) × b / (a + b).
    let front = binomialDensity(a, a + b, x, 1 - x) * b / (a + b)
    guard let fraction = betaContinuedFraction(a: a, b: b, x: x) else { return .nan }
    let lower = min(max(front * fraction, 0), 1)
    return Tails(lower: lower, upper: 1 - lower)
}

/// The continued fraction for Iₓ(a, b) (Numerical Recipes `betacf`); `nil` if it does not
/// converge within its bound.
private func betaContinuedFraction(a: Double, b: Double, x: Double) -> Double? {
    let qab = a + b, qap = a + 1, qam = a - 1
    var c = 1.0
    var d = 1 - qab * x / qap
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1...iterationBound(max(a, b)) {
        let m = Double(m), m2 = 2 * m
        var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        if abs(d) < tiny { d = tiny }
        c = 1 + aa / c
        if abs(c) < tiny { c = tiny }
        d = 1 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        if abs(d) < tiny { d = tiny }
        c = 1 + aa / c
        if abs(c) < tiny { c = tiny }
        d = 1 / d
        let delta = d * c
        h *= delta
        if abs(delta - 1) <= convergence { return h }
        if !h.isFinite { return nil }
    }
    return nil
}

/// The regularized incomplete gamma functions P(a, x) (`lower`) and Q(a, x) = 1 − P
/// (`upper`): the series for x < a + 1 and the continued fraction otherwise (Numerical Recipes
/// `gser` and `gcf`), with the front factor xᵃ e⁻ˣ / Γ(a) from Loader's Poisson density.
/// NaN for a ≤ 0, x < 0 or any argument not finite.
func regularizedGamma(a: Double, x: Double) -> Tails {
    guard a.isFinite, x.isFinite, a > 0, x >= 0 else { return .nan }
    if x == 0 { return Tails(lower: 0, upper: 1) }
    // xᵃ e⁻ˣ / Γ(a) = a × dpois(a; x).
    let front = a * poissonDensity(a, x)
    if x < a + 1 {
        var term = 1 / a, sum = term, shape = a
        for _ in 0..<iterationBound(a) {
            shape += 1
            term *= x / shape
            sum += term
            if abs(term) < abs(sum) * convergence {
                let lower = min(max(sum * front, 0), 1)
                return Tails(lower: lower, upper: 1 - lower)
            }
        }
        return .nan
    }
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1...iterationBound(a) {
        let i = Double(i)
        let an = -i * (i - a)
        b += 2
        d = an * d + b
        if abs(d) < tiny { d = tiny }
        c = b + an / c
        if abs(c) < tiny { c = tiny }
        d = 1 / d
        let delta = d * c
        h *= delta
        if abs(delta - 1) <= convergence {
            let upper = min(max(front * h, 0), 1)
            return Tails(lower: 1 - upper, upper: upper)
        }
        if !h.isFinite { return .nan }
    }
    return .nan
}

/// Solves F(x) = p for a continuous, increasing distribution function F on [lower, upper]
/// (`upper` may be infinite), given as its two tails and its density.
///
/// `lowerTail` is p and `upperTail` is 1 − p as the caller knows them; the equation is set on
/// whichever tail is smaller, so a quantile far out in either tail keeps its relative
/// accuracy. Newton steps are taken while they stay inside the bracket [lo, hi], which always
/// holds the root; otherwise the bracket is halved (geometrically when it spans orders of
/// magnitude). At most 400 steps; NaN if the bracket cannot be found or never closes.
func invertDistribution(
    lowerTail p: Double, upperTail q: Double, from lowerBound: Double, to upperBound: Double,
    start: Double, tails: (Double) -> Tails, density: (Double) -> Double
) -> Double {
    guard p.isFinite, q.isFinite, p >= 0, q >= 0, start.isFinite else { return .nan }
    if p == 0 { return lowerBound }
    if q == 0 { return upperBound }
    let useLower = p <= q
    // g(x) increases with x and is zero at the root.
    func g(_ x: Double) -> Double {
        let t = tails(x)
        return useLower ? t.lower - p : q - t.upper
    }

    var lo = lowerBound, hi = upperBound
    var x = min(max(start, lowerBound), upperBound)
    if !hi.isFinite {
        // Walk out until the root is bracketed.
        var probe = max(x, 1)
        var found = false
        for _ in 0..<2100 {
            let value = g(probe)
            if value.isNaN { return .nan }
            if value >= 0 { hi = probe; found = true; break }
            lo = probe
            probe *= 2
            if !probe.isFinite { return .nan }
        }
        if !found { return .nan }
        x = min(max(x, lo), hi)
    }

    for _ in 0..<400 {
        let value = g(x)
        if value.isNaN { return .nan }
        if value == 0 { return x }
        if value < 0 { lo = x } else { hi = x }
        let slope = density(x)
        var next = x - value / slope
        if !(next > lo && next < hi) || !next.isFinite {
            // Bisect, geometrically when the bracket spans orders of magnitude.
            next = (lo > 0 && hi / lo > 4) ? (lo * hi).squareRoot() : lo + (hi - lo) / 2
        }
        if abs(next - x) <= 2 * Double.ulpOfOne * abs(x) || hi - lo <= 2 * Double.ulpOfOne * abs(hi) {
            return next
        }
        x = next
    }
    return .nan
}

/// The quantile of the Beta(a, b) distribution: the x in [0, 1] with Iₓ(a, b) = p, where
/// `upperTail` = 1 − p is passed separately so that upper quantiles are exact too.
func betaQuantile(lowerTail p: Double, upperTail q: Double, a: Double, b: Double) -> Double {
    guard a.isFinite, b.isFinite, a > 0, b > 0 else { return .nan }
    return invertDistribution(
        lowerTail: p, upperTail: q, from: 0, to: 1, start: a / (a + b),
        tails: { regularizedBeta(a: a, b: b, x: $0) },
        density: { x in
            // xᵃ⁻¹ (1−x)ᵇ⁻¹ / B(a, b) = dbinom(a; a + b, x) × a b / ((a + b) x (1 − x)).
            binomialDensity(a, a + b, x, 1 - x) * a * b / ((a + b) * x * (1 - x))
        }
    )
}

/// The quantile of the Gamma(shape a, scale 1) distribution: the x ≥ 0 with P(a, x) = p,
/// where `upperTail` = 1 − p is passed separately. The chi-square quantile with ν degrees of
/// freedom is 2 × this with a = ν / 2.
func gammaQuantile(lowerTail p: Double, upperTail q: Double, shape a: Double) -> Double {
    guard a.isFinite, a > 0 else { return .nan }
    return invertDistribution(
        lowerTail: p, upperTail: q, from: 0, to: .infinity, start: a,
        tails: { regularizedGamma(a: a, x: $0) },
        // xᵃ⁻¹ e⁻ˣ / Γ(a) = a dpois(a; x) / x.
        density: { x in a * poissonDensity(a, x) / x }
    )
}
