import Foundation

// Binomial, Poisson and hypergeometric probabilities: densities by Loader's method, tails by
// the regularized incomplete beta and gamma functions. Whole-number arguments as `Int`; every
// function answers NaN rather than trapping on an argument out of its domain.

/// The largest count (or number of trials) the exact methods take: a billion. Their tails come
/// from continued fractions and series that need about √count terms and, far beyond this,
/// no longer settle in double precision; no count of children comes near it. Byar's and
/// Wilson's closed forms and the chi-square test have no such limit.
public let largestExactCount = 1_000_000_000

/// P(X = k) for X ~ Binomial(n, p).
func binomialPMF(_ k: Int, trials n: Int, probability p: Double) -> Double {
    guard n >= 0, p.isFinite, p >= 0, p <= 1 else { return .nan }
    guard k >= 0, k <= n else { return 0 }
    return binomialDensity(Double(k), Double(n), p, 1 - p)
}

/// The tails of X ~ Binomial(n, p) at k: `lower` = P(X ≤ k), `upper` = P(X > k).
///
/// P(X > k) = I_p(k + 1, n − k), the regularized incomplete beta function.
func binomialTails(_ k: Int, trials n: Int, probability p: Double) -> Tails {
    guard n >= 0, p.isFinite, p >= 0, p <= 1 else { return .nan }
    if k < 0 { return Tails(lower: 0, upper: 1) }
    if k >= n { return Tails(lower: 1, upper: 0) }
    return regularizedBeta(a: Double(k + 1), b: Double(n - k), x: p).swapped
}

/// P(X = k) for X ~ Poisson(λ).
func poissonPMF(_ k: Int, mean lambda: Double) -> Double {
    guard lambda.isFinite, lambda >= 0 else { return .nan }
    guard k >= 0 else { return 0 }
    return poissonDensity(Double(k), lambda)
}

/// The tails of X ~ Poisson(λ) at k: `lower` = P(X ≤ k), `upper` = P(X > k).
///
/// P(X > k) = P(k + 1, λ), the regularized lower incomplete gamma function.
func poissonTails(_ k: Int, mean lambda: Double) -> Tails {
    guard lambda.isFinite, lambda >= 0 else { return .nan }
    if k < 0 { return Tails(lower: 0, upper: 1) }
    if lambda == 0 { return Tails(lower: 1, upper: 0) }
    return regularizedGamma(a: Double(k) + 1, x: lambda).swapped
}

/// P(X = k) for the number of marked items X among `draws` drawn without replacement from
/// `population` items of which `marked` are marked (R's `dhyper` by Loader's method:
/// the product of two binomial densities over a third, all at p = draws / population).
func hypergeometricPMF(_ k: Int, population: Int, marked: Int, draws: Int) -> Double {
    guard population >= 0, marked >= 0, marked <= population, draws >= 0, draws <= population else {
        return .nan
    }
    let unmarked = population - marked
    guard k >= max(0, draws - unmarked), k <= min(draws, marked) else { return 0 }
    if draws == 0 || draws == population { return 1 }
    let p = Double(draws) / Double(population)
    let q = Double(population - draws) / Double(population)
    let p1 = binomialDensity(Double(k), Double(marked), p, q)
    let p2 = binomialDensity(Double(draws - k), Double(unmarked), p, q)
    let p3 = binomialDensity(Double(draws), Double(population), p, q)
    return p1 * p2 / p3
}

/// The first index of `range` where `isBelow` holds, for a predicate that, once true, stays
/// true to the end of the range (binary search).
func firstIndex(in range: ClosedRange<Int>, where isBelow: (Int) -> Bool) -> Int? {
    var lo = range.lowerBound, hi = range.upperBound
    guard isBelow(hi) else { return nil }
    while lo < hi {
        let mid = lo + (hi - lo) / 2
        if isBelow(mid) { hi = mid } else { lo = mid + 1 }
    }
    return lo
}

/// The last index of `range` where `isBelow` holds, for a predicate that, once false, stays
/// false to the end of the range (binary search).
func lastIndex(in range: ClosedRange<Int>, where isBelow: (Int) -> Bool) -> Int? {
    var lo = range.lowerBound, hi = range.upperBound
    guard isBelow(lo) else { return nil }
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2
        if isBelow(mid) { lo = mid } else { hi = mid - 1 }
    }
    return lo
}
