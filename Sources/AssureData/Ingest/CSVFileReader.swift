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
        if let bytes {
            CSVFileReader.forEachRecord(in: bytes, body)
            return
        }
        // Only a regular file within the size limit: never a FIFO, a device or a broken link.
        let descriptor: Int32
        switch RegularFile.open(path, for: .indicators) {
        case .success(let opened): descriptor = opened
        case .failure(let refusal): throw FileReadError(refusal, path: path)
        }
        defer { close(descriptor) }
        var total: Int64 = 0

        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0
        var consumed = 0
        var atEnd = false
        var isFirstChunk = true
        var line = 1
        var scanner = CSVScanner()

        while true {
            // Move the unconsumed tail to the front, grow if one record fills the buffer, refill.
            if consumed > 0 {
                let tail = filled - consumed
                buffer.withUnsafeMutableBufferPointer { pointer in
                    guard let base = pointer.baseAddress else { return }
                    _ = memmove(base, base + consumed, tail)
                }
                filled = tail
                consumed = 0
            }
            if filled == buffer.count {
                buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
            }
            while !atEnd && filled < buffer.count {
                let got = buffer.withUnsafeMutableBufferPointer { pointer -> Int in
                    guard let base = pointer.baseAddress else { return 0 }
                    return read(descriptor, base + filled, pointer.count - filled)
                }
                if got < 0 {
                    if errno == EINTR { continue }
                    throw FileReadError(RegularFile.Refusal(message: "cannot read '\(path)': \(RegularFile.describe(errno))",
                                                            help: "check that the file can be read"), path: path)
                }
                if got == 0 { atEnd = true } else { filled += got }
                total += Int64(got)
                // A file that grows while it is read is still read only up to the limit.
                if total > RegularFile.indicatorSizeLimit {
                    throw FileReadError(RegularFile.tooLarge(path, purpose: .indicators), path: path)
                }
            }
            if isFirstChunk {
                isFirstChunk = false
                if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { consumed = 3 }
            }

            var finished = false
            buffer.withUnsafeBufferPointer { whole in
                let bytes = UnsafeBufferPointer(rebasing: whole[0..<filled])
                while true {
                    switch scanner.scanRecord(bytes, from: consumed, isLastChunk: atEnd) {
                    case .record(let next):
                        let record = CSVRecord(bytes: bytes, fields: scanner.fields, start: consumed,
                                               end: scanner.recordEnd, line: line,
                                               embeddedLineEnds: scanner.embeddedLineEnds, problem: scanner.problem)
                        body(record)
                        line += scanner.embeddedLineEnds + 1
                        consumed = next
                    case .needMoreInput:
                        return
                    case .endOfInput:
                        finished = true
                        return
                    }
                }
            }
            if finished { return }
        }
    }

    /// Every record of bytes held in memory: one chunk that is also the last.
    private static func forEachRecord(in bytes: [UInt8], _ body: (CSVRecord) -> Void) {
        var scanner = CSVScanner()
        var consumed = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        bytes.withUnsafeBufferPointer { bytes in
            while case .record(let next) = scanner.scanRecord(bytes, from: consumed, isLastChunk: true) {
                body(CSVRecord(bytes: bytes, fields: scanner.fields, start: consumed, end: scanner.recordEnd, line: line,
                               embeddedLineEnds: scanner.embeddedLineEnds, problem: scanner.problem))
                line += scanner.embeddedLineEnds + 1
                consumed = next
            }
        }
    }
}
