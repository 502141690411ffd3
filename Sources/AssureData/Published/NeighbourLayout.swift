/// The DfE's children's services statistical neighbour file, read from its header:
/// `old_la_code, la_name, …, SN_1, SN_1P, …, SN_10, SN_10P` — for each local authority (by
/// its old three-digit code) its ten nearest neighbours, nearest first.
struct NeighbourLayout {
    var oldCode: Int
    /// The `SN_1` … `SN_n` columns, in order (not the `SN_nP` closeness words).
    var neighbours: [Int]

    init?(names: [String]) {
        let lowered = names.map { $0.lowercased() }
        guard let oldCode = lowered.firstIndex(of: "old_la_code") else { return nil }
        var neighbours: [Int] = []
        var rank = 1
        while let field = lowered.firstIndex(of: "sn_\(rank)") {
            neighbours.append(field)
            rank += 1
        }
        guard !neighbours.isEmpty else { return nil }
        self.oldCode = oldCode
        self.neighbours = neighbours
    }
}

extension IndicatorFileLoader {
    /// One local authority's neighbours, by old LA code, nearest first.
    mutating func readNeighbourRow(_ record: CSVRecord, _ layout: NeighbourLayout, builder: inout IndicatorStoreBuilder) {
        let code = record.text(of: layout.oldCode).trimmingSpaces()
        guard !code.isEmpty else {
            reportError("this row has no old_la_code", in: record, place: .field(layout.oldCode),
                        help: "each row of the statistical neighbour file is one local authority, by its old three-digit code",
                        builder: &builder)
            return
        }
        if let first = builder.neighbourLines[code] {
            reportError("local authority \(code) has a second row of neighbours (the first is on line \(first))",
                        in: record, place: .field(layout.oldCode), help: "keep one row per local authority", builder: &builder)
            return
        }
        builder.neighbourLines[code] = record.line
        builder.neighbours[code] = layout.neighbours.map { record.text(of: $0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
