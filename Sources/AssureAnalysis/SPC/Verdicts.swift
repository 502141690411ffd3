extension PointType {
    /// The verdict on a present point (`ptd_point_type`): common cause without a special
    /// cause; otherwise improvement or concern as the side agrees with the direction, or
    /// neutral high / low when no direction is better.
    public init(specialCause: SpecialCause?, improvement: ImprovementDirection) {
        guard let specialCause else {
            self = .commonCause
            return
        }
        let isHigh = specialCause.side.isHigh
        switch improvement {
        case .increase:
            self = isHigh ? .specialCauseImprovement : .specialCauseConcern
        case .decrease:
            self = isHigh ? .specialCauseConcern : .specialCauseImprovement
        case .neutral:
            self = isHigh ? .specialCauseNeutralHigh : .specialCauseNeutralLow
        }
    }
}

extension Assurance {
    /// Where a target sits against the latest group's process limits
    /// (`ptd_calculate_assurance_type`). `nil` with a neutral direction.
    ///
    /// Without limits (no moving range to average) the package compares with NaN, every test
    /// fails and it answers `inconsistent`; Assure does the same, for the same reason: nothing
    /// shows the target is reliably met or missed.
    public init?(target: Double, limits: SPCLimits?, improvement: ImprovementDirection) {
        let isIncreasing: Bool
        switch improvement {
        case .increase: isIncreasing = true
        case .decrease: isIncreasing = false
        case .neutral: return nil
        }
        guard let limits else {
            self = .inconsistent
            return
        }
        if target > limits.upper {
            self = isIncreasing ? .consistentFail : .consistentPass
        } else if target < limits.lower {
            self = isIncreasing ? .consistentPass : .consistentFail
        } else {
            self = .inconsistent
        }
    }
}
