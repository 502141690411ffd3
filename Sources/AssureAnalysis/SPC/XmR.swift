/// Draws the XmR (individuals and moving range) chart of a series and reads it by the Making
/// Data Count rules, as NHSRplotthedots 0.2.2 (`ptd_spc`) does.
///
/// `series` is in time order, one entry a period; `nil` is a missing value. The package
/// assumes there are none; Assure reports them in `gaps`, takes no moving range across one,
/// and lets no rule's run or window span one. Without gaps the result agrees with the
/// package number for number and point for point.
public func xmr(_ series: [Double?], options: SPCOptions = SPCOptions()) throws(SPCError) -> SPCResult {
    try options.validate(count: series.count)
    for (index, value) in series.enumerated() {
        if let value, !value.isFinite {
            throw .nonFiniteValue(index: index)
        }
    }

    var groups: [SPCGroup] = []
    var points: [SPCPoint] = []
    points.reserveCapacity(series.count)
    for range in groupRanges(count: series.count, rebaseAt: options.rebaseAt) {
        let lines = GroupLines(series: series, range: range, options: options)
        let groupIndex = groups.count
        groups.append(lines.group)
        points += judge(series: series, lines: lines, groupIndex: groupIndex, options: options)
    }

    let lastGroupLimits = groups.last?.limits
    let assurance = options.target.flatMap { target in
        groups.isEmpty ? nil : Assurance(target: target, limits: lastGroupLimits, improvement: options.improvement)
    }
    return SPCResult(
        options: options,
        groups: groups,
        points: points,
        gaps: series.indices.filter { series[$0] == nil },
        variation: points.last?.type,
        assurance: assurance
    )
}

/// The ranges of the groups: a new one starts at each rebase index after the first point.
private func groupRanges(count: Int, rebaseAt: [Int]) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let starts = [0] + Set(rebaseAt.filter { $0 > 0 && $0 < count }).sorted()
    let ends = Array(starts.dropFirst()) + [count]
    return zip(starts, ends).map { $0..<$1 }
}

/// Places every point of one group, runs the rules over each unbroken stretch between gaps,
/// and gives every point its verdict.
private func judge(series: [Double?], lines: GroupLines, groupIndex: Int, options: SPCOptions) -> [SPCPoint] {
    let range = lines.group.range
    var points: [SPCPoint] = []
    points.reserveCapacity(range.count)
    var stretch: [PlacedValue] = []

    func closeStretch() {
        guard !stretch.isEmpty else { return }
        let causes = specialCauses(in: stretch)
        let first = points.count - stretch.count
        for (offset, cause) in causes.enumerated() {
            points[first + offset].specialCause = cause
            points[first + offset].type = PointType(specialCause: cause, improvement: options.improvement)
        }
        stretch.removeAll(keepingCapacity: true)
    }

    for (offset, index) in range.enumerated() {
        guard let value = series[index] else {
            closeStretch()
            points.append(SPCPoint(
                index: index, group: groupIndex, value: nil, movingRange: nil, relativeToMean: nil,
                isOutsideLimits: false, isCloseToLimits: false, specialCause: nil, type: .missing
            ))
            continue
        }
        let placed = lines.place(value)
        stretch.append(placed)
        points.append(SPCPoint(
            index: index, group: groupIndex, value: value, movingRange: lines.movingRanges[offset],
            relativeToMean: placed.relativeToMean, isOutsideLimits: placed.isOutsideLimits,
            isCloseToLimits: placed.isCloseToLimits, specialCause: nil, type: .commonCause
        ))
    }
    closeStretch()
    return points
}
