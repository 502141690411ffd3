/// Status codes of a stored cell: a value, missing, absent (no such column in the file), or a
/// statistical symbol with the marker (as written) numbered `code - symbolBase`.
enum CellStatus {
    static let value: UInt8 = 0
    static let missing: UInt8 = 1
    static let symbolBase: UInt8 = 2
    static let absent: UInt8 = 255
    /// How many distinct markers (as written) can be told apart.
    static let markerCapacity = Int(absent - symbolBase)
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

/// A run of consecutive points read from one file.
struct FileRun: Sendable {
    var start: Int32
    var file: Int32
}

/// One stored point: its period (a period-text id while loading, then an ordinal), the line
/// its row starts on, and its value (meaningful when its status is `CellStatus.value`).
struct StoredPoint: Sendable {
    var period: Int32
    var line: Int32
    var value: Double
}

/// The points of one series, about 17 bytes a point, so that millions of rows fit in memory:
/// period, line and value together (one append a row), the status beside them. `period`
/// holds period-text ids while loading and period ordinals (see `Period.ordinal`) once the
/// series is finished. The file of each point is kept as runs, since a series nearly always
/// comes from one file or a few.
struct SeriesColumns: Sendable {
    var points: ContiguousArray<StoredPoint> = []
    var statuses: ContiguousArray<UInt8> = []
    var fileRuns: ContiguousArray<FileRun> = []
    var numerators: ObservationColumn?
    var denominators: ObservationColumn?
    /// Note ids, -1 for none; nil until a file with a note column adds to the series.
    var notes: ContiguousArray<Int32>?
    /// Published interval limits; nil until a file with interval columns adds to the series.
    var limits: ContiguousArray<IntervalLimits>?

    var count: Int { points.count }

    func period(at index: Int) -> Int32 { points[index].period }
    func value(at index: Int) -> Double { points[index].value }
    func line(at index: Int) -> Int32 { points[index].line }

    /// The file index of point `index`.
    func file(at index: Int) -> Int {
        var low = 0
        var high = fileRuns.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(fileRuns[middle].start) <= index { low = middle } else { high = middle }
        }
        return fileRuns.isEmpty ? 0 : Int(fileRuns[low].file)
    }

    /// Puts the points in the order `order` (a permutation of the point indices).
    mutating func reorder(_ order: [Int]) {
        let files = order.map { file(at: $0) }
        points = ContiguousArray(order.map { points[$0] })
        statuses = ContiguousArray(order.map { statuses[$0] })
        fileRuns = []
        for (index, file) in files.enumerated() where fileRuns.last.map({ Int($0.file) != file }) ?? true {
            fileRuns.append(FileRun(start: Int32(truncatingIfNeeded: index), file: Int32(truncatingIfNeeded: file)))
        }
        if let column = numerators {
            numerators?.values = ContiguousArray(order.map { column.values[$0] })
            numerators?.statuses = ContiguousArray(order.map { column.statuses[$0] })
        }
        if let column = denominators {
            denominators?.values = ContiguousArray(order.map { column.values[$0] })
            denominators?.statuses = ContiguousArray(order.map { column.statuses[$0] })
        }
        if let column = notes { notes = ContiguousArray(order.map { column[$0] }) }
        if let column = limits { limits = ContiguousArray(order.map { column[$0] }) }
    }
}

/// Texts shared by every series of one load: file paths, the symbols' markers as written (with
/// the symbol each stands for), notes.
final class SeriesTexts: Sendable {
    let files: [String]
    let markers: [String]
    /// The symbol of each marker, by marker number.
    let symbols: [StatisticalSymbol]
    let notes: [String]

    /// `symbols` gives each marker's symbol; without it, each marker is read as a symbol (the
    /// ingest interns only texts it read as symbols; one that is none is taken as not available).
    init(files: [String], markers: [String], symbols: [StatisticalSymbol]? = nil, notes: [String]) {
        self.files = files
        self.markers = markers
        self.symbols = symbols ?? markers.map { StatisticalSymbol(marker: $0) ?? .notAvailable }
        self.notes = notes
    }

    /// The symbol of a status code that is neither a value, missing nor absent.
    func symbol(status: UInt8) -> StatisticalSymbol {
        let marker = Int(status &- CellStatus.symbolBase)
        return marker < symbols.count ? symbols[marker] : .notAvailable
    }

    func observation(value: Double, status: UInt8) -> Observation? {
        switch status {
        case CellStatus.value: return .value(value)
        case CellStatus.missing: return .missing
        case CellStatus.absent: return nil
        default:
            let marker = Int(status - CellStatus.symbolBase)
            guard marker < markers.count else { return .symbol(.notAvailable, marker: "x") }
            return .symbol(symbols[marker], marker: markers[marker])
        }
    }
}
