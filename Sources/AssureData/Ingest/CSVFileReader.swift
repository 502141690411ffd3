#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read at all (as opposed to a problem in its contents).
struct FileReadError: Error, Hashable, Sendable {
    let path: String
    /// What is wrong, naming the path.
    let message: String
    /// How to fix it.
    let help: String

    init(_ refusal: RegularFile.Refusal, path: String) {
        self.path = path
        message = refusal.message
        help = refusal.help
    }
}

/// Reads a CSV file in large chunks and hands each record to a callback, so that a file of
/// any size is read with a buffer of about `chunkSize` bytes. The file is only ever read.
/// Bytes already in memory (standard input) are read the same way, in one chunk.
///
/// A UTF-8 byte-order mark at the start is skipped. A record longer than the buffer makes the
/// buffer grow, so no record is ever cut in two.
struct CSVFileReader {
    /// The name the input goes by: a path, or a name such as `<stdin>` for bytes in memory.
    let path: String
    var chunkSize = 1 << 20
    /// The input's bytes when it is in memory; nil to read the file at `path`.
    private let bytes: [UInt8]?

    /// Bytes in memory by the name they were loaded under, while `IndicatorLoader` loads them.
    /// Finishing a load finds the places of some problems by reading an input again by its
    /// name (`CSVFileReader(path:)`); an input that is not a file must be found there too, and
    /// never confused with a file of the same name on disk.
    @TaskLocal static var inMemory: [String: [UInt8]] = [:]

    /// Reads the file at `path` (or the bytes being loaded under that name, see `inMemory`).
    init(path: String, chunkSize: Int = 1 << 20) {
        self.path = path
        self.chunkSize = max(chunkSize, 16)
        self.bytes = CSVFileReader.inMemory[path]
    }

    /// Reads `bytes`, naming them `name` in diagnostics.
    init(bytes: [UInt8], name: String) {
        self.path = name
        self.bytes = bytes
    }

    /// Calls `body` with every record in the file, in order, blank lines included.
    func forEachRecord(_ body: (CSVRecord) -> Void) throws(FileReadError) {
        _ = try readRecords(from: 0, line: 1) { record in
            body(record)
            return true
        }
    }

    /// Where a reading of records stopped: the offset just past the last record read, and
    /// the line the record after it starts on.
    struct Stop: Equatable, Sendable {
        var offset: Int
        var line: Int
    }

    /// Calls `body` with each record that starts at or after `start` and before `limit`, in
    /// order, numbering lines from `line`, until `body` returns false; where it stopped.
    ///
    /// `start` must be where a record starts (for a later part of a file, a guess that the
    /// caller checks: see `IndicatorFileLoader.loadInParts`). The last record may run past
    /// `limit`: it is read whole. A byte-order mark is skipped only at offset 0.
    func readRecords(from start: Int, line firstLine: Int, before limit: Int = .max,
                     _ body: (CSVRecord) -> Bool) throws(FileReadError) -> Stop {
        if let bytes {
            return CSVFileReader.readRecords(in: bytes, from: start, line: firstLine, before: limit, body)
        }
        // Only a regular file within the size limit: never a FIFO, a device or a broken link.
        let descriptor: Int32
        switch RegularFile.open(path, for: .indicators) {
        case .success(let opened): descriptor = opened
        case .failure(let refusal): throw FileReadError(refusal, path: path)
        }
        defer { close(descriptor) }

        // No larger than the file (a partnership's extracts are mostly a few kilobytes) and not
        // zero-filled: `pread` writes what is used.
        var status = stat()
        let remaining = fstat(descriptor, &status) == 0 ? max(Int(status.st_size) - start, 0) : chunkSize
        var buffer = CSVFileReader.uninitialisedBytes(max(min(chunkSize, remaining + 1), 16))
        var bufferStart = start  // the file offset of buffer[0]
        var readOffset = start
        var filled = 0
        var consumed = 0
        var atEnd = false
        var line = firstLine
        var scanner = CSVScanner()

        while true {
            // Move the unconsumed tail to the front, grow if one record fills the buffer, refill.
            if consumed > 0 {
                let tail = filled - consumed
                buffer.withUnsafeMutableBufferPointer { pointer in
                    guard let base = pointer.baseAddress else { return }
                    _ = memmove(base, base + consumed, tail)
                }
                bufferStart += consumed
                filled = tail
                consumed = 0
            }
            if filled == buffer.count {
                buffer.append(contentsOf: CSVFileReader.uninitialisedBytes(buffer.count))
            }
            while !atEnd && filled < buffer.count {
                let got = buffer.withUnsafeMutableBufferPointer { pointer -> Int in
                    guard let base = pointer.baseAddress else { return 0 }
                    return pread(descriptor, base + filled, pointer.count - filled, off_t(readOffset))
                }
                if got < 0 {
                    if errno == EINTR { continue }
                    throw FileReadError(RegularFile.Refusal(message: "cannot read '\(path)': \(RegularFile.describe(errno))",
                                                            help: "check that the file can be read"), path: path)
                }
                if got == 0 { atEnd = true } else { filled += got }
                readOffset += got
                // A file that grows while it is read is still read only up to the limit.
                if Int64(readOffset) > RegularFile.indicatorSizeLimit {
                    throw FileReadError(RegularFile.tooLarge(path, purpose: .indicators), path: path)
                }
            }
            if bufferStart == 0 && consumed == 0 && filled >= 3,
               buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { consumed = 3 }

            var finished = false
            buffer.withUnsafeBufferPointer { whole in
                let bytes = UnsafeBufferPointer(rebasing: whole[0..<filled])
                while bufferStart + consumed < limit {
                    switch scanner.scanRecord(bytes, from: consumed, isLastChunk: atEnd) {
                    case .record(let next):
                        let record = CSVRecord(bytes: bytes, fields: scanner.fields, start: consumed,
                                               end: scanner.recordEnd, line: line,
                                               embeddedLineEnds: scanner.embeddedLineEnds, problem: scanner.problem)
                        let goOn = body(record)
                        line += scanner.embeddedLineEnds + 1
                        consumed = next
                        if !goOn {
                            finished = true
                            return
                        }
                    case .needMoreInput:
                        return
                    case .endOfInput:
                        finished = true
                        return
                    }
                }
                finished = true
            }
            if finished { return Stop(offset: bufferStart + consumed, line: line) }
        }
    }

    /// The records of bytes held in memory: one chunk that is also the last.
    private static func readRecords(in bytes: [UInt8], from start: Int, line firstLine: Int, before limit: Int,
                                    _ body: (CSVRecord) -> Bool) -> Stop {
        var scanner = CSVScanner()
        var consumed = start == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : start
        var line = firstLine
        bytes.withUnsafeBufferPointer { bytes in
            while consumed < limit, case .record(let next) = scanner.scanRecord(bytes, from: consumed, isLastChunk: true) {
                let goOn = body(CSVRecord(bytes: bytes, fields: scanner.fields, start: consumed, end: scanner.recordEnd, line: line,
                                          embeddedLineEnds: scanner.embeddedLineEnds, problem: scanner.problem))
                line += scanner.embeddedLineEnds + 1
                consumed = next
                if !goOn { return }
            }
        }
        return Stop(offset: consumed, line: line)
    }

    /// `count` bytes whose contents are whatever the allocator gave: the caller writes before reading.
    private static func uninitialisedBytes(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { _, initialised in initialised = count }
    }

    /// The input's size in bytes; nil when it cannot be found (the reading then says why).
    func byteCount() -> Int? {
        if let bytes { return bytes.count }
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Int(status.st_size)
    }

    /// The offset just after the first line end (`\n`, `\r\n` or a lone `\r`) at or after
    /// `offset`, looking at most `window` bytes on; nil when there is none there. The line end
    /// may lie inside a quoted field: the caller checks that a record really starts there.
    func lineStart(after offset: Int, window: Int = 1 << 16) -> Int? {
        let slice: [UInt8]
        if let bytes {
            guard offset < bytes.count else { return nil }
            slice = Array(bytes[offset..<min(bytes.count, offset + window)])
        } else {
            guard case .success(let descriptor) = RegularFile.open(path, for: .indicators) else { return nil }
            defer { close(descriptor) }
            var read = CSVFileReader.uninitialisedBytes(window)
            let got = read.withUnsafeMutableBufferPointer { pointer in
                pread(descriptor, pointer.baseAddress, window, off_t(offset))
            }
            guard got > 0 else { return nil }
            read.removeLast(window - got)
            slice = read
        }
        // The last byte is left out: a `\r` there may be the first half of `\r\n`.
        for index in 0..<max(slice.count - 1, 0) where slice[index] == 0x0A || slice[index] == 0x0D {
            let isPair = slice[index] == 0x0D && slice[index + 1] == 0x0A
            return offset + index + (isPair ? 2 : 1)
        }
        return nil
    }
}
