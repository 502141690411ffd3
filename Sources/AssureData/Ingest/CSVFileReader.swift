#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read at all (as opposed to a problem in its contents).
struct FileReadError: Error, Hashable, Sendable {
    let path: String
    let reason: String
}

/// Reads a CSV file in large chunks and hands each record to a callback, so that a file of
/// any size is read with a buffer of about `chunkSize` bytes. The file is only ever read.
///
/// A UTF-8 byte-order mark at the start is skipped. A record longer than the buffer makes the
/// buffer grow, so no record is ever cut in two.
struct CSVFileReader {
    let path: String
    var chunkSize = 1 << 20

    init(path: String, chunkSize: Int = 1 << 20) {
        self.path = path
        self.chunkSize = max(chunkSize, 16)
    }

    /// Calls `body` with every record in the file, in order, blank lines included.
    func forEachRecord(_ body: (CSVRecord) -> Void) throws(FileReadError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileReadError(path: path, reason: CSVFileReader.describeErrno()) }
        defer { close(descriptor) }

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
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
            while !atEnd && filled < buffer.count {
                let got = buffer.withUnsafeMutableBufferPointer { pointer -> Int in
                    guard let base = pointer.baseAddress else { return 0 }
                    return read(descriptor, base + filled, pointer.count - filled)
                }
                if got < 0 {
                    if errno == EINTR { continue }
                    throw FileReadError(path: path, reason: CSVFileReader.describeErrno())
                }
                if got == 0 { atEnd = true } else { filled += got }
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

    private static func describeErrno() -> String {
        guard let message = strerror(errno) else { return "error \(errno)" }
        return String(cString: message).lowercased()
    }
}
