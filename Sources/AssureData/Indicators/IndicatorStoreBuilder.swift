/// Collects the points of every file of a load, column by column, with the texts they name
/// interned; `finish` then settles frequencies, sorts each series and finds duplicates.
struct IndicatorStoreBuilder {
    /// One row's readings, ready to be added to a series.
    struct Point {
        var period: Int32
        var value: Double
        var status: UInt8
        /// nil when the file has no numerator column.
        var numerator: (value: Double, status: UInt8)?
        var denominator: (value: Double, status: UInt8)?
        /// nil when the file has no note column; -1 for a blank note.
        var note: Int32?
        var file: Int32
        var line: Int32
        /// nil when the file has no interval columns.
        var limits: IntervalLimits? = nil
    }

    var indicators = ByteInterner()
    var areas = ByteInterner()
    var notes = ByteInterner()
    var markers = ByteInterner()
    var periods = PeriodCache()
    var files: [String] = []
    /// The field position of each file's period column, for diagnostics about periods.
    var periodFields: [Int: Int] = [:]
    var diagnostics: [Diagnostic] = []
    /// Where each indicator id read from a published file came from.
    var publishedSeries: [Int: PublishedSeries] = [:]
    /// The details of each area id read from a published file.
    var areaDetails: [Int: AreaDetails] = [:]
    /// Each local authority's statistical neighbours, by old LA code, nearest first, and the
    /// line each was read from.
    var neighbours: [String: [String]] = [:]
    var neighbourLines: [String: Int] = [:]
    /// Files in which a row repeated exactly (same series, period and figures) is one row.
    var filesMergingRepeats: Set<Int> = []

    /// Errors beyond this many in one file, of every kind, are counted, not listed.
    static let maximumShownErrors = 100
    /// Per file index: errors listed, errors counted but not listed, and the line of the first
    /// not listed.
    private var errorCounts: [Int: (shown: Int, unshown: Int, firstUnshownLine: Int)] = [:]

    /// Whether another error in the file can be listed.
    func admitsError(file: Int) -> Bool { (errorCounts[file]?.shown ?? 0) < IndicatorStoreBuilder.maximumShownErrors }

    /// Counts `count` errors of the file that are not listed, the first of them on `line`.
    mutating func countUnshownErrors(_ count: Int, file: Int, from line: Int) {
        guard count > 0 else { return }
        var counts = errorCounts[file] ?? (0, 0, line)
        if counts.unshown == 0 { counts.firstUnshownLine = line }
        counts.unshown += count
        errorCounts[file] = counts
    }

    /// Lists a diagnostic of the file (an error counts towards the file's limit).
    mutating func append(_ diagnostic: Diagnostic, file: Int) {
        if diagnostic.severity == .error {
            var counts = errorCounts[file] ?? (0, 0, 0)
            counts.shown += 1
            errorCounts[file] = counts
        }
        diagnostics.append(diagnostic)
    }

    /// One error per file that had more than it lists: how many more.
    mutating func appendUnshownCounts() {
        for (file, counts) in errorCounts.sorted(by: { $0.key < $1.key }) where counts.unshown > 0 {
            diagnostics.append(.error(
                "\(counts.unshown) more problem\(counts.unshown == 1 ? "" : "s") in this file not shown",
                at: SourceRange(file: files[file], line: counts.firstUnshownLine, column: 1),
                help: "fix the problems above and run again"))
        }
    }

    private(set) var series: [SeriesColumns] = []
    /// The indicator and area ids of each series (area -1: no area).
    private(set) var seriesKeys: [(indicator: Int, area: Int)] = []
    private var seriesByKey: [Int: Int] = [:]
    private var lastKey = -1
    private var lastSeries = -1

    /// The series of indicator id `indicator` in area id `area` (-1 for none), made when new.
    mutating func seriesIndex(indicator: Int, area: Int) -> Int {
        let key = indicator << 32 | (area + 1)
        if key == lastKey { return lastSeries }
        let index: Int
        if let known = seriesByKey[key] {
            index = known
        } else {
            index = series.count
            series.append(SeriesColumns())
            seriesKeys.append((indicator, area))
            seriesByKey[key] = index
        }
        lastKey = key
        lastSeries = index
        return index
    }

    /// The status code of a cell holding a statistical symbol written as `bytes`.
    mutating func symbolStatus(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        // Every spelling of every symbol (case, brackets) is far fewer than the capacity.
        let id = markers.intern(bytes).id
        return id < CellStatus.markerCapacity ? CellStatus.symbolBase + UInt8(id) : CellStatus.symbolBase
    }

    mutating func append(_ point: Point, toSeries index: Int) {
        series[index].append(point)
    }

    /// Adds a point without numerator, denominator or note (most rows of most files).
    mutating func append(period: Int32, value: Double, status: UInt8, file: Int32, line: Int32, toSeries index: Int) {
        series[index].append(period: period, value: value, status: status, file: file, line: line)
    }

    /// Moves a series' columns out, leaving an empty series, so they can change without a copy.
    mutating func takeSeries(_ index: Int) -> SeriesColumns {
        var columns = SeriesColumns()
        swap(&columns, &series[index])
        return columns
    }

    /// Replaces a series' columns (used when finishing).
    mutating func replaceSeries(_ index: Int, with columns: SeriesColumns) {
        series[index] = columns
    }
}

extension SeriesColumns {
    /// Adds a point without numerator, denominator or note, keeping any such columns the
    /// series already has in step.
    mutating func append(period: Int32, value: Double, status: UInt8, file: Int32, line: Int32) {
        if numerators != nil || denominators != nil || notes != nil || limits != nil {
            append(IndicatorStoreBuilder.Point(period: period, value: value, status: status, numerator: nil,
                                               denominator: nil, note: nil, file: file, line: line))
            return
        }
        if fileRuns.last?.file != file {
            fileRuns.append(FileRun(start: Int32(truncatingIfNeeded: count), file: file))
        }
        points.append(StoredPoint(period: period, line: line, value: value))
        statuses.append(status)
    }

    mutating func append(_ point: IndicatorStoreBuilder.Point) {
        let existing = count
        if fileRuns.last?.file != point.file {
            fileRuns.append(FileRun(start: Int32(truncatingIfNeeded: existing), file: point.file))
        }
        points.append(StoredPoint(period: point.period, line: point.line, value: point.value))
        statuses.append(point.status)
        if let numerator = point.numerator {
            if numerators == nil { numerators = ObservationColumn(absentCount: existing) }
            numerators?.append(value: numerator.value, status: numerator.status)
        } else if numerators != nil {
            numerators?.append(value: 0, status: CellStatus.absent)
        }
        if let denominator = point.denominator {
            if denominators == nil { denominators = ObservationColumn(absentCount: existing) }
            denominators?.append(value: denominator.value, status: denominator.status)
        } else if denominators != nil {
            denominators?.append(value: 0, status: CellStatus.absent)
        }
        if let note = point.note {
            if notes == nil { notes = ContiguousArray(repeating: -1, count: existing) }
            notes?.append(note)
        } else if notes != nil {
            notes?.append(-1)
        }
        if let pointLimits = point.limits {
            if limits == nil { limits = ContiguousArray(repeating: .none, count: existing) }
            limits?.append(pointLimits)
        } else if limits != nil {
            limits?.append(.none)
        }
    }
}
