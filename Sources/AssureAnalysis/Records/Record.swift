/// Which extreme a record is.
public enum RecordKind: String, Equatable, Hashable, Sendable, CaseIterable {
    case highest
    case lowest
}

/// The highest or lowest value within a window of a series, every point that reached it, and
/// whether the latest point is one of them: "the highest number of statements in 36 months".
public struct Record: Equatable, Sendable {
    public var kind: RecordKind
    /// The record value.
    public var value: Double
    /// Every index in the window whose value equals the record, in time order (ties included).
    public var indices: [Int]
    /// The indices the record was sought in: the last N points, or the whole series.
    public var window: Range<Int>
    /// The latest point of the series is present and equals the record value.
    public var latestIsRecord: Bool

    /// The most recent point with the record value.
    public var latestIndex: Int { indices.last ?? window.lowerBound }
    /// More than one point reached the record value.
    public var isTied: Bool { indices.count > 1 }
}

/// Finds the highest or lowest value among the last `window` points of `series` (the whole
/// series when `window` is `nil`). Missing and non-finite values are skipped; the window
/// still counts their periods. `nil` when the window holds no present value or is not positive.
public func record(_ kind: RecordKind, in series: [Double?], withinLast window: Int? = nil) -> Record? {
    if let window, window < 1 { return nil }
    let start = max(0, series.count - (window ?? series.count))
    let range = start..<series.count

    var best: Double?
    var indices: [Int] = []
    for index in range {
        guard let value = series[index], value.isFinite else { continue }
        switch best.map({ compare(value, with: $0, for: kind) }) {
        case nil, .better?:
            best = value
            indices = [index]
        case .equal?:
            indices.append(index)
        case .worse?:
            break
        }
    }
    guard let best else { return nil }
    return Record(
        kind: kind,
        value: best,
        indices: indices,
        window: range,
        latestIsRecord: indices.last == series.count - 1
    )
}

private enum Standing {
    case better, equal, worse
}

private func compare(_ value: Double, with best: Double, for kind: RecordKind) -> Standing {
    if value == best { return .equal }
    switch kind {
    case .highest: return value > best ? .better : .worse
    case .lowest: return value < best ? .better : .worse
    }
}
