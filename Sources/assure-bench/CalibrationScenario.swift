/// One kind of simulated monthly series for the calibration benchmark: its noise (normal or
/// Poisson counts) and the real change in it, if any (a step or a steady trend from month 24).
struct CalibrationScenario: Sendable {
    enum Noise: String, Sendable {
        /// Normal noise around 100 with standard deviation 10 (a percentage or a rate).
        case normal
        /// Poisson counts around 20 a month (a count of events), so σ = √20 ≈ 4.47.
        case poisson
    }

    enum Change: String, Sendable {
        /// No change: every month has the same true mean.
        case stable
        /// The true mean rises by 2σ at month 24 and stays there.
        case step
        /// From month 24 the true mean rises by σ/4 a month (2σ after 8 months).
        case trend
    }

    var noise: Noise
    var change: Change

    /// Months in each series (three years).
    static let months = 36
    /// The first month of a real change.
    static let changeMonth = 24

    /// The baseline mean and standard deviation of the noise.
    var baseline: (mean: Double, standardDeviation: Double) {
        switch noise {
        case .normal: return (100, 10)
        case .poisson: return (20, 20.0.squareRoot())
        }
    }

    /// The true mean in `month` (1 = the first month).
    func trueMean(month: Int) -> Double {
        let (mean, sigma) = baseline
        guard month >= Self.changeMonth else { return mean }
        switch change {
        case .stable: return mean
        case .step: return mean + 2 * sigma
        case .trend: return mean + Double(month - Self.changeMonth + 1) * sigma / 4
        }
    }

    /// One simulated series of `months` values.
    func draw(using random: inout SplitMix64) -> [Double] {
        (1...Self.months).map { month in
            let mean = trueMean(month: month)
            switch noise {
            case .normal: return random.normal(mean: mean, standardDeviation: baseline.standardDeviation)
            case .poisson: return random.poisson(mean: mean)
            }
        }
    }
}
