/// Reading one file in parts on several threads: each later part is read into a builder of
/// its own, then merged into the main builder in order, as if its rows had been read there.
extension IndicatorStoreBuilder {
    /// How many texts of each kind a builder knew when a part began.
    struct KnownCounts: Sendable {
        var indicators: Int
        var areas: Int
        var notes: Int
        var markers: Int
        var periods: Int
    }

    var knownCounts: KnownCounts {
        KnownCounts(indicators: indicators.count, areas: areas.count, notes: notes.count, markers: markers.count,
                    periods: periods.count)
    }

    /// A builder for a later part of the file being read: it knows every name, marker and
    /// period known here (so the ids the loader took from the header mean the same in both),
    /// and has no series, diagnostics or error counts yet.
    func partBuilder() -> IndicatorStoreBuilder {
        var part = IndicatorStoreBuilder()
        part.indicators = indicators
        part.areas = areas
        part.notes = notes
        part.markers = markers
        part.periods = periods
        part.files = files
        part.periodFields = periodFields
        part.filesMergingRepeats = filesMergingRepeats
        return part
    }

    /// Adds what `part` read (of file `file`, its lines numbered from 1) as if it had been read
    /// here, its lines `lineOffset` further on: new texts get ids in the order the part met
    /// them, new series are made in the order the part made them, points go after the points
    /// already read, and diagnostics are listed (or counted, past the file's limit) in order.
    /// The part's series are moved out as they are merged. The id here of each period id of
    /// the part.
    mutating func merge(_ part: inout IndicatorStoreBuilder, known: KnownCounts, file: Int, lineOffset: Int) -> [Int32] {
        let indicatorIDs = indicators.adopt(part.indicators, known: known.indicators)
        let areaIDs = areas.adopt(part.areas, known: known.areas)
        let noteIDs = notes.adopt(part.notes, known: known.notes)
        let markerIDs = markers.adopt(part.markers, known: known.markers)
        let periodIDs = periods.adopt(part.periods, known: known.periods)

        // A cell's status holds its marker's id: the same table turns the part's into these.
        var statuses = (0...255).map { UInt8($0) }
        for (partID, id) in markerIDs.enumerated() where partID < CellStatus.markerCapacity {
            statuses[Int(CellStatus.symbolBase) + partID] = id < CellStatus.markerCapacity
                ? CellStatus.symbolBase + UInt8(id) : CellStatus.symbolBase
        }
        let renumbering = SeriesColumns.Renumbering(periods: periodIDs, statuses: statuses, notes: noteIDs,
                                                     lineOffset: Int32(truncatingIfNeeded: lineOffset))

        for index in part.seriesKeys.indices {
            let key = part.seriesKeys[index]
            let here = seriesIndex(indicator: indicatorIDs[key.indicator], area: key.area >= 0 ? areaIDs[key.area] : -1)
            var columns = part.takeSeries(index)
            columns.renumber(renumbering)
            var existing = takeSeries(here)
            if existing.count == 0 {
                replaceSeries(here, with: columns)
            } else {
                existing.append(contentsOf: columns)
                replaceSeries(here, with: existing)
            }
        }

        for diagnostic in part.diagnostics {
            let moved = diagnostic.shifted(byLines: lineOffset)
            if moved.severity == .error && !admitsError(file: file) {
                countUnshownErrors(1, file: file, from: moved.range?.start.line ?? 1)
            } else {
                append(moved, file: file)
            }
        }
        let unshown = part.unshownErrors(file: file)
        countUnshownErrors(unshown.count, file: file, from: unshown.firstLine + lineOffset)

        // The part set these at a series' first row in the part; a published series' source
        // is the same whichever row names it, an area's details are kept from the first row.
        for (id, published) in part.publishedSeries { publishedSeries[indicatorIDs[id]] = published }
        for (id, details) in part.areaDetails.sorted(by: { $0.key < $1.key }) where areaDetails[areaIDs[id]] == nil {
            areaDetails[areaIDs[id]] = details
        }
        return periodIDs
    }
}

extension SeriesColumns {
    /// How a part's ids and lines become the main builder's.
    struct Renumbering {
        var periods: [Int32]
        /// Status code → status code (markers renumbered, other codes unchanged).
        var statuses: [UInt8]
        var notes: [Int]
        var lineOffset: Int32
    }

    /// Renumbers the points' periods, lines, markers and notes in place.
    mutating func renumber(_ renumbering: Renumbering) {
        renumbering.periods.withUnsafeBufferPointer { periods in
            points.withUnsafeMutableBufferPointer { points in
                for index in points.indices {
                    points[index].period = periods[Int(points[index].period)]
                    points[index].line &+= renumbering.lineOffset
                }
            }
        }
        renumbering.statuses.withUnsafeBufferPointer { table in
            statuses.withUnsafeMutableBufferPointer { statuses in
                for index in statuses.indices { statuses[index] = table[Int(statuses[index])] }
            }
            numerators?.renumberStatuses(table)
            denominators?.renumberStatuses(table)
        }
        for index in notes?.indices ?? 0..<0 {
            if let note = notes?[index], note >= 0 { notes?[index] = Int32(truncatingIfNeeded: renumbering.notes[Int(note)]) }
        }
    }

    /// Appends the points of `other`, read after these, as if appended one by one.
    mutating func append(contentsOf other: SeriesColumns) {
        let existing = count
        for run in other.fileRuns where fileRuns.last?.file != run.file {
            fileRuns.append(FileRun(start: Int32(truncatingIfNeeded: existing) + run.start, file: run.file))
        }
        points.reserveCapacity(existing + other.count)
        points.append(contentsOf: other.points)
        statuses.append(contentsOf: other.statuses)
        numerators = SeriesColumns.joined(numerators, other.numerators, existing, other.count)
        denominators = SeriesColumns.joined(denominators, other.denominators, existing, other.count)
        if notes != nil || other.notes != nil {
            var joined = notes ?? ContiguousArray(repeating: -1, count: existing)
            joined.append(contentsOf: other.notes ?? ContiguousArray(repeating: -1, count: other.count))
            notes = joined
        }
    }

    /// An optional column of `count` points followed by one of `otherCount`, absent cells
    /// filling a side without the column; nil when neither side has it.
    private static func joined(_ column: ObservationColumn?, _ other: ObservationColumn?, _ count: Int,
                               _ otherCount: Int) -> ObservationColumn? {
        guard column != nil || other != nil else { return nil }
        var joined = column ?? ObservationColumn(absentCount: count)
        let tail = other ?? ObservationColumn(absentCount: otherCount)
        joined.values.append(contentsOf: tail.values)
        joined.statuses.append(contentsOf: tail.statuses)
        return joined
    }
}

extension ObservationColumn {
    /// Each status through `table` (status code → status code).
    mutating func renumberStatuses(_ table: UnsafeBufferPointer<UInt8>) {
        statuses.withUnsafeMutableBufferPointer { statuses in
            for index in statuses.indices { statuses[index] = table[Int(statuses[index])] }
        }
    }
}

extension Diagnostic {
    /// The same diagnostic with every place `lines` lines further on.
    func shifted(byLines lines: Int) -> Diagnostic {
        guard lines != 0 else { return self }
        return Diagnostic(severity, message, at: range?.shifted(byLines: lines), help: help,
                          notes: notes.map { Note(range: $0.range?.shifted(byLines: lines), message: $0.message) },
                          fixIt: fixIt.map { FixIt(range: $0.range.shifted(byLines: lines), replacement: $0.replacement) })
    }
}

extension SourceRange {
    /// The same range `lines` lines further on.
    func shifted(byLines lines: Int) -> SourceRange {
        SourceRange(file: file, start: SourcePosition(line: start.line + lines, column: start.column),
                    end: SourcePosition(line: end.line + lines, column: end.column))
    }
}
