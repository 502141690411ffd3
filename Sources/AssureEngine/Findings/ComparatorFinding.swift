import AssureData
import AssureLanguage

/// What `compare with England`, `compare with region` or `compare with statistical
/// neighbours` found: the areas compared with and their figures, or why there is no figure.
public struct ComparatorFinding: Hashable, Sendable {
    public let kind: ComparatorKind
    /// The area compared with (England, the region): its GSS code and name. Nil for the
    /// statistical neighbours, whose figures are in `neighbours`.
    public let area: AreaDetails?
    /// Each of the area's statistical neighbours, nearest first, with its figure for the period.
    public let neighbours: [NeighbourFigure]
    /// Why there is no comparison figure; nil when there is one.
    public let problem: ComparatorProblem?

    /// How many of the neighbours had a figure for the period.
    public var neighboursWithFigure: Int { neighbours.filter { $0.value?.value != nil }.count }

    /// The comparator in words: England, the North West, statistical neighbours.
    public var name: String {
        switch kind {
        case .england: return area?.name ?? "England"
        case .region: return area?.name ?? "the region"
        case .statisticalNeighbours: return "statistical neighbours"
        }
    }
}

/// One statistical neighbour: its old code as the neighbour file gives it, its GSS code and
/// name from the published file (nil when no published file names it), and its figure.
public struct NeighbourFigure: Hashable, Sendable {
    public let oldCode: String
    public let area: AreaDetails?
    /// The measure's value worked out for the neighbour; nil when the neighbour is not in the
    /// published data.
    public let value: MeasureValue?
}

/// Why a comparison with England, the region or the statistical neighbours has no figure. Never
/// a comparison of an area with itself.
public enum ComparatorProblem: Hashable, Sendable {
    /// The area judged is the comparator itself (a report for England compared with England):
    /// there is nothing else to compare with.
    case isItself(String)
    /// The area is not named in any published file, so its region or neighbours are not known.
    case areaNotPublished(String)
    /// No published file has a figure for England (no national rows).
    case noEngland
    /// The area is not a local authority (or a region) with a region in the published file.
    case noRegion(String)
    /// No statistical neighbour file is in the indicator data.
    case noNeighbourFile
    /// The area is not a local authority of the neighbour file.
    case notInNeighbourFile(String)
    /// Fewer than half the neighbours had a figure for the period: their median would speak
    /// for too few.
    case tooFewNeighbours(have: Int, of: Int)
    /// The comparator's own figure for the period is not there (no row, a symbol, incomplete).
    case noFigure(String, ValueGap)
}

/// The area's standing among the local authorities of the same published data for the period:
/// its rank (1 the best by the indicator's better direction; the highest when it has none),
/// how many authorities had a figure, how many share its figure, and its quartile.
public struct Standing: Hashable, Sendable {
    public let rank: Int
    /// How many local authorities had a figure for the period (the area among them).
    public let outOf: Int
    /// How many other authorities have the same figure (they share the rank).
    public let tiedWith: Int
    /// 1 the best quarter … 4 the worst: ⌈4 × rank ÷ outOf⌉.
    public let quartile: Int
    /// Whether rank 1 is the highest figure (better higher, or no better direction) rather
    /// than the lowest (better lower).
    public let highestFirst: Bool
    /// Whether the ranking follows a better direction (otherwise it is by value alone).
    public let byBetter: Bool
}
