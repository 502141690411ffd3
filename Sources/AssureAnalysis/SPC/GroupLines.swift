/// The constants of an XmR chart, as NHSRplotthedots writes them.
enum XmRConstant {
    /// Process limits sit 2.66 average moving ranges from the mean (3σ, with d₂ = 1.128).
    static let limit = 2.66
    /// Near limits: two thirds of the way out (2σ). Written as the package computes it.
    static let nearLimit = 2 * (limit / 3)
    /// The 1σ lines.
    static let oneSigma = limit / 3
    /// Moving ranges not below this many average moving ranges are screened out (D₄).
    static let screen = 3.267
}

/// The centre line, moving ranges and limits of one group (`ptd_spc_standard`).
struct GroupLines {
    var group: SPCGroup
    /// One entry a point of the group: its moving range within the baseline, if any.
    var movingRanges: [Double?]

    /// Computes the lines of the group of `series` at `range`.
    ///
    /// The baseline is the group's first `fixAfterPoints` present values (all of them without
    /// a fixed baseline). A moving range needs two adjacent present values, both in the
    /// baseline, so none is taken across a gap.
    init(series: [Double?], range: Range<Int>, options: SPCOptions) {
        var baseline: [Double] = []
        var inBaseline = Array(repeating: false, count: range.count)
        var observedCount = 0
        for (offset, index) in range.enumerated() {
            guard let value = series[index] else { continue }
            observedCount += 1
            if baseline.count < (options.fixAfterPoints ?? Int.max) {
                baseline.append(value)
                inBaseline[offset] = true
            }
        }

        var movingRanges: [Double?] = Array(repeating: nil, count: range.count)
        for (offset, index) in range.enumerated() where offset > 0 && inBaseline[offset] && inBaseline[offset - 1] {
            if let current = series[index], let previous = series[index - 1] {
                movingRanges[offset] = abs(current - previous)
            }
        }

        let centre = mean(baseline)
        var screened: [Int] = []
        var averageMovingRange = mean(movingRanges.compactMap { $0 })
        if options.screensMovingRanges, let unscreened = averageMovingRange {
            // One pass, as the package does: keep ranges strictly below 3.267 × amr.
            let threshold = XmRConstant.screen * unscreened
            var kept: [Double] = []
            for (offset, movingRange) in movingRanges.enumerated() {
                guard let movingRange else { continue }
                if movingRange < threshold {
                    kept.append(movingRange)
                } else {
                    screened.append(range.lowerBound + offset)
                }
            }
            averageMovingRange = mean(kept)
        }

        var limits: SPCLimits?
        if let centre, let amr = averageMovingRange {
            limits = SPCLimits(
                averageMovingRange: amr,
                lower: centre - XmRConstant.limit * amr,
                upper: centre + XmRConstant.limit * amr,
                nearLower: centre - XmRConstant.nearLimit * amr,
                nearUpper: centre + XmRConstant.nearLimit * amr,
                oneSigmaLower: centre - XmRConstant.oneSigma * amr,
                oneSigmaUpper: centre + XmRConstant.oneSigma * amr
            )
        }

        self.movingRanges = movingRanges
        self.group = SPCGroup(
            range: range,
            observedCount: observedCount,
            baselineCount: baseline.count,
            mean: centre,
            limits: limits,
            screenedMovingRanges: screened,
            hasTrialLimits: observedCount < options.minimumPoints
        )
    }

    /// A present value placed against the group's lines.
    func place(_ value: Double) -> PlacedValue {
        // A group with a present value always has a mean; 0 keeps the rules quiet otherwise.
        let relativeToMean = group.mean.map { sign(value - $0) } ?? 0
        guard let limits else {
            return PlacedValue(value: value, relativeToMean: relativeToMean, isOutsideLimits: false, isCloseToLimits: false)
        }
        let isOutside = value > limits.upper || value < limits.lower
        let isClose = !isOutside && (value < limits.nearLower || value > limits.nearUpper)
        return PlacedValue(value: value, relativeToMean: relativeToMean, isOutsideLimits: isOutside, isCloseToLimits: isClose)
    }

    private var limits: SPCLimits? { group.limits }
}
