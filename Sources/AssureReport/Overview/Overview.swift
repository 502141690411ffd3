/// Every area's verdicts side by side: areas × measures with each classification, the rank
/// and quartile of each area's value per measure, and the areas whose verdicts changed since
/// the previous run. Built once from the areas' verdicts; the formats (`OverviewFormat`)
/// render this value and none recomputes a rank.
///
/// Ranks run in the better direction of the measure's indicator: with `better higher` rank 1
/// is the highest value, with `better lower` the lowest; with no better direction (`neither`)
/// rank 1 is the highest, and the overview says so. Equal values share the best rank of the
/// tie and the next rank skips (1, 2, 2, 4). Only areas with a value are ranked. The quartile
/// of rank r among n ranked areas is ⌊4(r − 1)/n⌋ + 1: quartile 1 is the best quarter.
public struct Overview: Hashable, Sendable {
    /// One measure's column: its name, title and which way its ranks run.
    public struct Column: Hashable, Sendable {
        public let name: String
        public let title: String
        /// `higher`, `lower` or `neither`.
        public let polarity: String

        /// "highest first" or "lowest first".
        public var rankOrder: String { polarity == "lower" ? "lowest first" : "highest first" }
    }

    /// One area's result for one measure.
    public struct Cell: Hashable, Sendable {
        public let measure: AreaVerdicts.Measure
        /// Nil when the area has no value for the measure.
        public let rank: Int?
        public let quartile: Int?
        /// The classification at the previous run, when it was different (`to_note`…).
        public let previousClassification: String?
    }

    /// One area's row.
    public struct Row: Hashable, Sendable {
        public let area: AreaVerdicts
        /// In the order of `columns`; nil where the area's report has no such measure.
        public let cells: [Cell?]

        /// Whether any measure's classification differs from the previous run's.
        public var changed: Bool { cells.contains { $0?.previousClassification != nil } }
    }

    /// The report's title (of the first area).
    public let title: String
    /// The measures, in the order of the first area's report, then any others by name.
    public let columns: [Column]
    /// The areas in the order given.
    public let rows: [Row]
    /// The previous overview's date when one was compared with; nil otherwise.
    public let previousDate: String?

    /// The overview of `areas` (in the order given), compared with `previous` when given.
    public init(_ areas: [AreaVerdicts], previous: PreviousOverview? = nil) {
        title = areas.first?.title ?? ""
        previousDate = previous?.date
        var columns: [Column] = []
        var seen: Set<String> = []
        for area in areas {
            for measure in area.measures where seen.insert(measure.name).inserted {
                columns.append(Column(name: measure.name, title: measure.title, polarity: measure.polarity))
            }
        }
        self.columns = columns
        let lookups = areas.map { area in
            Dictionary(area.measures.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let ranks = columns.map { column in
            Overview.ranks(lookups.map { $0[column.name]?.value }, polarity: column.polarity)
        }
        rows = areas.enumerated().map { index, area in
            let before = previous?.classifications[area.area]
            return Row(area: area, cells: columns.enumerated().map { position, column in
                guard let measure = lookups[index][column.name] else { return nil }
                let rank = ranks[position][index]
                let old = before?[column.name]
                return Cell(measure: measure, rank: rank, quartile: rank.map { Overview.quartile(rank: $0, of: ranks[position].compactMap { $0 }.count) },
                            previousClassification: old == measure.classification ? nil : old)
            })
        }
    }

    /// The competition rank of each value (nil for none) in the better direction.
    static func ranks(_ values: [Double?], polarity: String) -> [Int?] {
        let ascending = polarity == "lower"
        let present = values.compactMap { $0 }
        return values.map { value in
            guard let value else { return nil }
            return 1 + present.filter { ascending ? $0 < value : $0 > value }.count
        }
    }

    /// ⌊4(r − 1)/n⌋ + 1.
    static func quartile(rank: Int, of count: Int) -> Int {
        4 * (rank - 1) / max(count, 1) + 1
    }

    /// The rows whose verdicts changed since the previous run.
    public var changedRows: [Row] { rows.filter(\.changed) }
}
