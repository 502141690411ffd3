#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The source lines that diagnostics point at, read from their files in one pass each and
/// nothing else kept, so that `DiagnosticRenderer` can show the line of an error in an
/// extract of any size.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as the CSV reader counts them; a UTF-8
/// byte-order mark at the start of the file is not shown.
///
/// A line is kept to its first `maximumLineBytes` bytes and "…": a line of ten megabytes is
/// shown cut, and a place beyond the cut is marked at the "…".
public struct DiagnosticSourceLines: SourceLineProvider {
    /// The most bytes of a line kept for showing.
    static let maximumLineBytes = 400

    private var lines: [String: [Int: String]] = [:]

    /// Reads the lines of every place (and every note's place) in `diagnostics`.
    public init(for diagnostics: [Diagnostic]) {
        var wanted: [String: Set<Int>] = [:]
        for diagnostic in diagnostics {
            for range in [diagnostic.range] + diagnostic.notes.map(\.range) {
                if let range { wanted[range.file, default: []].insert(range.start.line) }
            }
        }
        for (file, numbers) in wanted {
            lines[file] = DiagnosticSourceLines.lines(numbers, of: file)
        }
    }

    public func line(_ number: Int, of file: String) -> String? { lines[file]?[number] }

    private static func lines(_ numbers: Set<Int>, of path: String) -> [Int: String] {
        guard let last = numbers.max() else { return [:] }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return [:] }
        defer { close(descriptor) }

        var found: [Int: String] = [:]
        var current: [UInt8] = []
        var line = 1
        var afterCarriageReturn = false
        var isStart = true
        var isWanted = numbers.contains(1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)

        func endLine() {
            if isWanted { found[line] = shown(current) }
            current.removeAll(keepingCapacity: true)
            line += 1
            isWanted = numbers.contains(line)
        }

        while line <= last {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var start = 0
            if isStart {
                isStart = false
                if count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { start = 3 }
            }
            for index in start..<count {
                let byte = chunk[index]
                if afterCarriageReturn {
                    afterCarriageReturn = false
                    if byte == 0x0A { continue }
                }
                if byte == 0x0A {
                    endLine()
                } else if byte == 0x0D {
                    endLine()
                    afterCarriageReturn = true
                } else if isWanted && current.count <= maximumLineBytes {
                    current.append(byte)
                }
                if line > last { break }
            }
        }
        if line <= last, isWanted { found[line] = shown(current) }
        return found
    }

    /// A kept line as text: cut at `maximumLineBytes` (at a character's start) with "…" when
    /// longer.
    private static func shown(_ bytes: [UInt8]) -> String {
        guard bytes.count > maximumLineBytes else { return String(decoding: bytes, as: UTF8.self) }
        var end = maximumLineBytes
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: bytes[0..<end], as: UTF8.self) + "…"
    }
}
