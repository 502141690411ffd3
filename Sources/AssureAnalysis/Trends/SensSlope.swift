/// Sen's slope: the median of the slopes (xⱼ − xᵢ)/(j − i) over every pair of present values
/// i < j, in units per step of the series. A missing value is left out but keeps its place in
/// time, so the steps across a gap are counted; a value that is not finite is left out too.
/// `nil` when fewer than two values are present.
public func sensSlope(_ series: [Double?]) -> Double? {
    let present = series.indices.compactMap { index in series[index].flatMap { $0.isFinite ? (index, $0) : nil } }
    guard present.count >= 2 else { return nil }
    var slopes: [Double] = []
    slopes.reserveCapacity(present.count * (present.count - 1) / 2)
    for i in 0..<(present.count - 1) {
        for j in (i + 1)..<present.count {
            let (earlier, earlierValue) = present[i]
            let (later, laterValue) = present[j]
            slopes.append((laterValue - earlierValue) / Double(later - earlier))
        }
    }
    return median(slopes)
}
