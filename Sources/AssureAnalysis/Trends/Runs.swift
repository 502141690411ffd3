/// Which way a run of consecutive changes goes.
public enum RunDirection: String, Equatable, Hashable, Sendable, CaseIterable {
    case rising
    case falling
}

/// Consecutive strict rises (or strict falls) between adjacent present values: "up for the
/// third month running". An equal pair or a missing value ends a run.
public struct Run: Equatable, Sendable {
    public var direction: RunDirection
    /// The indices of the run's first and last points.
    public var range: ClosedRange<Int>

    public init(direction: RunDirection, range: ClosedRange<Int>) {
        self.direction = direction
        self.range = range
    }

    /// How many rises or falls the run has: one fewer than its points.
    public var changes: Int { range.count - 1 }
    /// How many points the run spans.
    public var points: Int { range.count }
}

/// Every maximal run of rises or falls in time order. A point where a rise turns into a fall
/// ends one run and starts the next.
public func runs(in series: [Double?]) -> [Run] {
    var found: [Run] = []
    var current: Run?
    for index in series.indices.dropFirst() {
        guard let value = series[index], let previous = series[index - 1], value != previous else {
            if let run = current { found.append(run) }
            current = nil
            continue
        }
        let direction: RunDirection = value > previous ? .rising : .falling
        if let run = current, run.direction == direction {
            current = Run(direction: direction, range: run.range.lowerBound...index)
        } else {
            if let run = current { found.append(run) }
            current = Run(direction: direction, range: (index - 1)...index)
        }
    }
    if let run = current { found.append(run) }
    return found
}

/// The run of rises or falls that ends at the latest point, or `nil` when the latest point is
/// missing or equal to the one before.
public func latestRun(in series: [Double?]) -> Run? {
    guard let run = runs(in: series).last, run.range.upperBound == series.count - 1 else { return nil }
    return run
}

/// The longest run of rises or falls; of runs equally long, the most recent. `nil` when no two
/// adjacent present values differ.
public func longestRun(in series: [Double?]) -> Run? {
    runs(in: series).reduce(nil) { longest, run in
        guard let longest else { return run }
        return run.changes >= longest.changes ? run : longest
    }
}
