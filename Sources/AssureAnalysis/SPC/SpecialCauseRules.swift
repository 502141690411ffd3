/// One present value of an unbroken run of points, placed against its group's lines: what the
/// special-cause rules read.
struct PlacedValue: Equatable, Sendable {
    var value: Double
    var relativeToMean: Int
    var isOutsideLimits: Bool
    var isCloseToLimits: Bool
}

/// The Making Data Count rules over one unbroken run of points (a group, or the part of a
/// group between gaps), as `ptd_special_cause_type` in NHSRplotthedots 0.2.2 applies them.
///
/// Every rule looks only inside `run`, so no trend, shift or two-in-three window reaches across
/// a rebase or a gap. Returns one entry a point: the label, or `nil` for common cause.
func specialCauses(in run: [PlacedValue]) -> [SpecialCause?] {
    let values = run.map(\.value)
    let sides = run.map(\.relativeToMean)
    let inTrend = partOfSeven(endingAt: sevenPointTrendEnds(values))
    let inShift = partOfSeven(endingAt: sevenPointShiftEnds(sides))
    let inTwoInThree = partOfTwoInThree(close: run.map(\.isCloseToLimits), sides: sides)

    return run.indices.map { index in
        let point = run[index]
        let aboveOrBelow: SpecialCauseSide = point.relativeToMean > 0 ? .above : .below
        if point.isOutsideLimits {
            // The package tests `relative_to_mean == 1`; an outside point is never on the mean.
            return SpecialCause(rule: .outsideLimits, side: point.relativeToMean == 1 ? .above : .below)
        }
        if inTrend[index] {
            return SpecialCause(rule: .trend, side: trendSide(at: index, values: values, inTrend: inTrend))
        }
        if inTwoInThree[index] {
            return SpecialCause(rule: .twoInThree, side: aboveOrBelow)
        }
        if inShift[index] {
            return SpecialCause(rule: .shift, side: aboveOrBelow)
        }
        return nil
    }
}

/// +1 where a point ends seven strictly rising points, −1 where it ends seven strictly falling
/// points, 0 elsewhere (`ptd_seven_point_trend`). An equal pair breaks a trend.
private func sevenPointTrendEnds(_ values: [Double]) -> [Int] {
    var ends = Array(repeating: 0, count: values.count)
    // How many steps in a row, ending here, go the same way as this one.
    var runDirection = 0
    var runLength = 0
    for index in values.indices.dropFirst() {
        let step = sign(values[index] - values[index - 1])
        if step != 0 && step == runDirection {
            runLength += 1
        } else {
            runDirection = step
            runLength = step == 0 ? 0 : 1
        }
        if runLength >= 6 {
            ends[index] = runDirection
        }
    }
    return ends
}

/// +1 or −1 where a point ends seven consecutive points on the same side of the centre line,
/// 0 elsewhere (`ptd_seven_point_one_side_mean`). A point on the mean (0) breaks a shift.
private func sevenPointShiftEnds(_ sides: [Int]) -> [Int] {
    var ends = Array(repeating: 0, count: sides.count)
    var runLength = 0
    for index in sides.indices {
        if sides[index] == 0 {
            runLength = 0
        } else if index > 0 && sides[index] == sides[index - 1] {
            runLength += 1
        } else {
            runLength = 1
        }
        if runLength >= 7 {
            ends[index] = sides[index]
        }
    }
    return ends
}

/// Whether a point is one of the seven that end at a flagged point (`ptd_part_of_seven_trend`):
/// itself or one of the next six ends a run.
private func partOfSeven(endingAt ends: [Int]) -> [Bool] {
    var part = Array(repeating: false, count: ends.count)
    var nextEnd = Int.max
    for index in ends.indices.reversed() {
        if ends[index] != 0 { nextEnd = index }
        part[index] = nextEnd - index <= 6
    }
    return part
}

/// `ptd_two_in_three` then `ptd_part_of_two_in_three`: a point is flagged if it is close to the
/// limits and lies in some window of three consecutive points with at least two close to the
/// limits and all three on the same side of the mean.
private func partOfTwoInThree(close: [Bool], sides: [Int]) -> [Bool] {
    var part = Array(repeating: false, count: close.count)
    guard close.count >= 3 else { return part }
    for start in 0...(close.count - 3) {
        let window = start...(start + 2)
        var closeCount = 0
        var sideSum = 0
        for index in window {
            closeCount += close[index] ? 1 : 0
            sideSum += sides[index]
        }
        guard closeCount >= 2 && abs(sideSum) == 3 else { continue }
        for index in window where close[index] {
            part[index] = true
        }
    }
    return part
}

/// The direction of a trend point: the step to its right when the next point is also part of
/// a trend, otherwise the step to its left. As in the package, anything but a rise (including
/// an equal step) reads as decreasing.
private func trendSide(at index: Int, values: [Double], inTrend: [Bool]) -> SpecialCauseSide {
    let step: Int
    if index + 1 < values.count && inTrend[index + 1] {
        step = sign(values[index + 1] - values[index])
    } else if index > 0 {
        step = sign(values[index] - values[index - 1])
    } else {
        step = 0
    }
    return step == 1 ? .increasing : .decreasing
}

/// R's `sign`: +1, −1 or 0.
func sign(_ difference: Double) -> Int {
    if difference > 0 { return 1 }
    if difference < 0 { return -1 }
    return 0
}
