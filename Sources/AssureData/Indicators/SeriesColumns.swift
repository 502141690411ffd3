/// Status codes of a stored cell: a value, missing, absent (no such column in the file), or
/// suppressed with the marker numbered `code - suppressedBase`.
enum CellStatus {
    static let value: UInt8 = 0
    static let missing: UInt8 = 1
    static let suppressedBase: UInt8 = 2
    static let absent: UInt8 = 255
    /// How many distinct suppression markers (as written) can be told apart.
    static let markerCapacity = Int(absent - suppressedBase)
}

/// An optional per-point column of observations (numerators, denominators).
struct ObservationColumn: Sendable {
    var values: ContiguousArray<Double> = []
    var statuses: ContiguousArray<UInt8> = []

    init(absentCount: Int) {
        values = ContiguousArray(repeating: 0, count: absentCount)
        statuses = ContiguousArray(repeating: CellStatus.absent, count: absentCount)
    }

    mutating func append(value: Double, status: UInt8) {
        values.append(value)
        statuses.append(status)
    }
}

/// The points of one series stored column by column, about 30 bytes a point, so that
/// millions of rows fit in memory. `periods` holds period-text ids while loading and period
/// ordinals (see `Period.ordinal`) once the series is finished.
struct SeriesColumns: Sendable {
    var periods: ContiguousArray<Int32> = []
    var values: ContiguousArray<Double> = []
    var statuses: ContiguousArray<UInt8> = []
    var files: ContiguousArray<Int32> = []
    var lines: ContiguousArray<Int32> = []
    /// The column of each point's value, and of its period (for diagnostics about periods).
    var columns: ContiguousArray<Int32> = []
    var periodColumns: ContiguousArray<Int32> = []
    var numerators: ObservationColumn?
    var denominators: ObservationColumn?
    /// Note ids, -1 for none; nil until a file with a note column adds to the series.
    var notes: ContiguousArray<Int32>?

    var count: Int { periods.count }

    /// Puts the points in the order `order` (a permutation of the point indices).
    mutating func reorder(_ order: [Int]) {
        periods = ContiguousArray(order.map { periods[$0] })
        values = ContiguousArray(order.map { values[$0] })
        statuses = ContiguousArray(order.map { statuses[$0] })
        files = ContiguousArray(order.map { files[$0] })
        lines = ContiguousArray(order.map { lines[$0] })
        columns = ContiguousArray(order.map { columns[$0] })
        periodColumns = ContiguousArray(order.map { periodColumns[$0] })
        if let column = numerators {
            numerators?.values = ContiguousArray(order.map { column.values[$0] })
            numerators?.statuses = ContiguousArray(order.map { column.statuses[$0] })
        }
        if let column = denominators {
            denominators?.values = ContiguousArray(order.map { column.values[$0] })
            denominators?.statuses = ContiguousArray(order.map { column.statuses[$0] })
        }
        if let column = notes { notes = ContiguousArray(order.map { column[$0] }) }
    }
}

/// Texts shared by every series of one load: file paths, suppression markers, notes.
final class SeriesTexts: Sendable {
    let files: [String]
    let markers: [String]
    let notes: [String]

    init(files: [String], markers: [String], notes: [String]) {
        self.files = files
        self.markers = markers
        self.notes = notes
    }

    func observation(value: Double, status: UInt8) -> Observation? {
        switch status {
        case CellStatus.value: return .value(value)
        case CellStatus.missing: return .missing
        case CellStatus.absent: return nil
        default:
            let marker = Int(status - CellStatus.suppressedBase)
            return .suppressed(marker: marker < markers.count ? markers[marker] : "c")
        }
    }
}
