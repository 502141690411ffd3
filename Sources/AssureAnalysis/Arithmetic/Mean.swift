#if arch(x86_64) && !os(Windows) && !os(Android)
/// The wider type R's `mean` accumulates in (`LDOUBLE`, 80-bit on x86-64).
typealias MeanAccumulator = Float80
#else
/// Where there is no 80-bit type, as on arm64, R's `LDOUBLE` is a plain double too.
typealias MeanAccumulator = Double
#endif

/// The arithmetic mean as R computes it (`mean.default`, `summary.c`): sum in extended
/// precision, divide, then add the mean of the residuals as a correction.
///
/// Matching R bit for bit matters where the method compares exactly: a point exactly on the
/// centre line breaks a shift, and a moving range is screened if *not below* 3.267 × amr.
/// Returns `nil` for no values (where R gives NaN).
func mean(_ values: some Collection<Double>) -> Double? {
    guard !values.isEmpty else { return nil }
    let count = MeanAccumulator(values.count)
    var sum: MeanAccumulator = 0
    for value in values {
        sum += MeanAccumulator(value)
    }
    var average = sum / count
    if Double(average).isFinite {
        var residual: MeanAccumulator = 0
        for value in values {
            residual += MeanAccumulator(value) - average
        }
        average += residual / count
    }
    return Double(average)
}

/// The median: the middle value, or the mean of the two middle values. `nil` for no values.
func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 {
        return sorted[middle]
    }
    return (sorted[middle - 1] + sorted[middle]) / 2
}
