import Dispatch
import Foundation

/// How many threads may read one indicator file, and how large a part must be to be worth one.
struct IngestParallelism: Sendable {
    /// The most parts a file is read in at once.
    var parts: Int
    /// A file's rows are split only into parts of at least this many bytes, so small files
    /// (most of a partnership's) are read on one thread.
    var minimumPartBytes: Int

    /// Four parts a core, at most 32, each of at least 8 MiB: more parts than cores, so that
    /// a thread that finishes early (or a core that another process leaves free) takes the
    /// next part, and no thread waits long for the slowest.
    static var automatic: IngestParallelism {
        IngestParallelism(parts: min(4 * ProcessInfo.processInfo.activeProcessorCount, 32), minimumPartBytes: 8 << 20)
    }

    /// Every file on the calling thread.
    static let oneThread = IngestParallelism(parts: 1, minimumPartBytes: .max)
}

/// One part of a file's rows being read on a thread of its own: the loader as it stood after
/// the header, and a builder of the part's own. Each part is touched by one thread at a time
/// (its own while reading, then the merging thread after all have finished).
final class IngestPart: @unchecked Sendable {
    var loader: IndicatorFileLoader
    var builder: IndicatorStoreBuilder
    /// How many names, areas, notes, markers and periods the builder knew when the part began;
    /// ids below these are the same in every part.
    let known: IndicatorStoreBuilder.KnownCounts
    /// Where the part's first record is thought to start (checked when merging) and where its
    /// reading stops: records that start before `limit`.
    let start: Int
    let limit: Int
    /// Where the reading stopped, lines counted from 1 at `start`.
    var stop = CSVFileReader.Stop(offset: 0, line: 1)
    var error: FileReadError?

    init(loader: IndicatorFileLoader, builder: IndicatorStoreBuilder, start: Int, limit: Int) {
        self.loader = loader
        self.builder = builder
        self.known = builder.knownCounts
        self.start = start
        self.limit = limit
    }

    func read(_ reader: CSVFileReader, firstLine: Int) {
        var loader = self.loader
        var builder = IndicatorStoreBuilder()
        swap(&builder, &self.builder)
        do {
            stop = try loader.readRows(reader, from: start, line: firstLine, before: limit, into: &builder)
        } catch {
            self.error = error
        }
        self.loader = loader
        swap(&builder, &self.builder)
    }
}

extension IndicatorFileLoader {
    /// Reads every record of the file. The header is read first; then, when the file is large
    /// and of a long or wide layout, its rows are split into parts read at once on several
    /// threads, and the parts are merged in order so that the outcome (ids, series, points,
    /// diagnostics, error counts) is the one reading on one thread gives.
    ///
    /// A part starts just after a line end near its share of the file; a line end inside a
    /// quoted field (a field may hold one) is not where a record starts, so the guess is
    /// checked rather than trusted: a part is merged only when the record before it (read by
    /// the part before, or on this thread) ends exactly where the part starts. Otherwise the
    /// part is dropped, and its rows are read again here, on from where the records really are.
    mutating func loadInParts(_ reader: CSVFileReader, into builder: inout IndicatorStoreBuilder,
                              parallelism: IngestParallelism) throws(FileReadError) {
        // The header (and any blank or broken lines before it) on this thread.
        var position = try reader.readRecords(from: 0, line: 1) { record in
            handle(record, builder: &builder)
            return !sawHeader
        }
        let splits = partStarts(reader, bodyStart: position.offset, parallelism: parallelism)
        guard !splits.isEmpty else {
            _ = try readRows(reader, from: position.offset, line: position.line, into: &builder)
            return
        }

        // Part 0 is read by this loader into `builder` itself, moved into the part so that
        // neither is copied; the others begin from the same state with builders of their own.
        let bounds = [position.offset] + splits
        var parts: [IngestPart] = []
        for index in bounds.indices {
            let limit = index + 1 < bounds.count ? bounds[index + 1] : .max
            parts.append(IngestPart(loader: self, builder: index == 0 ? IndicatorStoreBuilder() : builder.partBuilder(),
                                    start: bounds[index], limit: limit))
        }
        swap(&parts[0].builder, &builder)
        let firstLine = position.line
        let running = parts
        DispatchQueue.concurrentPerform(iterations: running.count) { index in
            running[index].read(reader, firstLine: index == 0 ? firstLine : 1)
        }
        self = parts[0].loader
        swap(&parts[0].builder, &builder)
        if let error = parts[0].error { throw error }
        position = parts[0].stop

        for index in parts.indices.dropFirst() {
            let part = parts[index]
            if part.error == nil, position.offset == part.start, part.builder.markers.count <= CellStatus.markerCapacity {
                merge(part, into: &builder, lineOffset: position.line - 1)
                partCounts.merged += 1
                position = CSVFileReader.Stop(offset: part.stop.offset, line: position.line - 1 + part.stop.line)
            } else {
                // The part's start was inside a quoted field (or it could not be read): its
                // rows are read again here, from where the last record really ended.
                position = try readRows(reader, from: position.offset, line: position.line, before: part.limit, into: &builder)
                partCounts.readAgain += 1
            }
            parts[index] = IngestPart(loader: self, builder: IndicatorStoreBuilder(), start: 0, limit: 0)  // frees the part's memory
        }
    }

    /// Where the parts after the first begin: just after a line end near each share of the
    /// rows; none when the file is small, or not of a layout that is read in parts.
    private func partStarts(_ reader: CSVFileReader, bodyStart: Int, parallelism: IngestParallelism) -> [Int] {
        guard parallelism.parts > 1, hasLayout, eesSurvey == nil else { return [] }
        switch layout {
        case .long?, .wide?: break
        case .ees?, .neighbours?, nil: return []
        }
        guard let size = reader.byteCount(), size > bodyStart else { return [] }
        let body = size - bodyStart
        let count = min(parallelism.parts, body / max(parallelism.minimumPartBytes, 1))
        guard count > 1 else { return [] }
        var starts: [Int] = []
        for index in 1..<count {
            let previous = starts.last ?? bodyStart
            guard let start = reader.lineStart(after: bodyStart + body / count * index),
                  start > previous && start < size else { continue }
            starts.append(start)
        }
        return starts
    }

    /// Reads the rows that start at `start` and before `limit`, numbering lines from `line`.
    /// A long row of the header's width goes straight to `readLongRow` (the columns taken out
    /// of the layout once, not once a row); any other record takes the general way.
    mutating func readRows(_ reader: CSVFileReader, from start: Int, line: Int, before limit: Int = .max,
                           into builder: inout IndicatorStoreBuilder) throws(FileReadError) -> CSVFileReader.Stop {
        if eesSurvey == nil, case .long(let columns)? = layout {
            let width = headerFieldCount
            return try reader.readRecords(from: start, line: line, before: limit) { record in
                if record.problem == nil && record.fieldCount == width && !record.isBlank {
                    readLongRow(record, columns, builder: &builder)
                } else {
                    handle(record, builder: &builder)
                }
                return true
            }
        }
        return try reader.readRecords(from: start, line: line, before: limit) { record in
            handle(record, builder: &builder)
            return true
        }
    }

    /// Adds a later part's points, names and diagnostics to `builder` as if its rows had been
    /// read here, and its first-day periods to this loader's.
    private mutating func merge(_ part: IngestPart, into builder: inout IndicatorStoreBuilder, lineOffset: Int) {
        let periodIDs = builder.merge(&part.builder, known: part.known, file: Int(fileIndex), lineOffset: lineOffset)
        let others = part.loader.firstDays
        firstDays.count += others.count
        firstDays.others += others.others
        for (range, period) in others.places where firstDays.places.count < IndicatorFileLoader.maximumShownProblems {
            firstDays.places.append((range.shifted(byLines: lineOffset), Int(periodIDs[period])))
        }
    }
}
