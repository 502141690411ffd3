import AssureData
import Foundation

/// The outcome of reading a series for `assure spc`: the series when there was no error, every
/// diagnostic, and the text read, so a renderer can show the offending line.
public struct SPCSeriesReadResult: Sendable {
    /// The series; nil when any diagnostic is an error.
    public var series: SPCSeries?
    public var diagnostics: [Diagnostic]
    /// The name diagnostics use for the input (its path, or `<stdin>`).
    public var source: String
    /// The bytes read, as text.
    public var text: String

    /// The input's lines, for `DiagnosticRenderer`.
    public var sourceLines: InMemorySources { InMemorySources([source: text]) }
}

/// Reads one series from a CSV file for `assure spc`: a `period,value` file, or any indicator
/// file (long or wide) that holds exactly one series.
///
/// The reading itself is `IndicatorLoader`'s, so the same values are accepted (suppression
/// markers, blanks, `1,234`, `12%`) and every problem is a diagnostic at its line and column.
/// The loader reads a `value` column without an `indicator` column as a long file that lacks
/// a column, so a `period,value` file is handed to it with that one header cell renamed (the
/// same number of bytes, so every line and column stays where it was), and the name is put back
/// in the diagnostics. The input is only ever read; the loader reads a temporary copy.
public enum SPCSeriesReader {
    /// The name standard input goes by in diagnostics.
    public static let standardInputName = "<stdin>"

    /// Reads the file at `path`.
    public static func read(path: String) -> SPCSeriesReadResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            return failure(source: path, problem: unreadable(path))
        }
        return read(bytes: [UInt8](data), source: path)
    }

    /// Reads CSV text already in memory (standard input), naming it `source` in diagnostics.
    public static func read(bytes: [UInt8], source: String = standardInputName) -> SPCSeriesReadResult {
        let text = String(decoding: bytes, as: UTF8.self)
        var result = SPCSeriesReadResult(series: nil, diagnostics: [], source: source, text: text)
        let header = CSVHeader(bytes)
        if let problem = header.missingColumnProblem(source: source) {
            result.diagnostics = [problem]
            return result
        }

        var loadable = bytes
        var renamed: (placeholder: String, original: String)?
        if let cell = header.valueCellToRename {
            let placeholder = String(repeating: "_", count: cell.range.count - 1) + "v"
            loadable.replaceSubrange(cell.range, with: Array(placeholder.utf8))
            renamed = (placeholder, cell.name)
        }

        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("assure-spc-\(UUID().uuidString).csv")
        do {
            try Data(loadable).write(to: temporary)
        } catch {
            result.diagnostics = [.error("cannot make a temporary copy of '\(source)' to read: \(error.localizedDescription)",
                                         at: nil, help: "check that the temporary folder (TMPDIR) can be written")]
            return result
        }
        defer { try? FileManager.default.removeItem(at: temporary) }

        let loaded = IndicatorLoader.load(files: [temporary.path])
        let mapping = DiagnosticMapping(from: temporary.path, to: source, renamed: renamed)
        result.diagnostics = loaded.diagnostics.map(mapping.apply)
        guard let data = loaded.data else { return result }

        // In a period,value file other numeric columns may sit beside the value; chart the value.
        let candidates = renamed.map { name in data.allSeries.filter { $0.indicator == name.placeholder } } ?? data.allSeries
        switch candidates.count {
        case 1:
            guard let indicatorSeries = candidates.first else { return result }
            result.series = makeSeries(indicatorSeries, indicator: mapping.restore(indicatorSeries.indicator), source: source)
        case 0:
            result.diagnostics.append(.error("'\(source)' has no values to chart", at: SourceRange(file: source, line: 1, column: 1),
                                             help: "add one row per period under the header, e.g. 2024-03,180"))
        default:
            let names = candidates.prefix(5).map { series in
                mapping.restore(series.indicator) + (series.area.map { " (\($0))" } ?? "")
            }
            result.diagnostics.append(.error(
                "'\(source)' holds \(candidates.count) series (\(names.joined(separator: ", "))\(candidates.count > 5 ? ", …" : "")); assure spc charts one",
                at: SourceRange(file: source, line: 1, column: 1),
                help: "give assure spc a file with the columns period and value, or one indicator in one area"))
        }
        return result
    }

    /// Every period from the series' first to its last, with its value or the reason it has none.
    static func makeSeries(_ indicatorSeries: IndicatorSeries, indicator: String, source: String) -> SPCSeries? {
        let points = indicatorSeries.points
        guard let first = points.first?.period, let last = points.last?.period else { return nil }
        var periods: [Period] = []
        var values: [Double?] = []
        var gaps: [SPCGap] = []
        var next = points.makeIterator()
        var pending = next.next()
        var period = first
        while period <= last {
            let index = periods.count
            periods.append(period)
            if let point = pending, point.period == period {
                pending = next.next()
                switch point.observation {
                case .value(let value):
                    values.append(value)
                case .missing:
                    values.append(nil)
                    gaps.append(SPCGap(index: index, period: period, reason: .blank))
                case .suppressed(let marker):
                    values.append(nil)
                    gaps.append(SPCGap(index: index, period: period, reason: .suppressed(marker: marker)))
                }
            } else {
                values.append(nil)
                gaps.append(SPCGap(index: index, period: period, reason: .noRow))
            }
            period = period.advanced(by: 1)
        }
        return SPCSeries(source: source, indicator: indicator, frequency: indicatorSeries.frequency,
                         periods: periods, values: values, gaps: gaps)
    }

    private static func unreadable(_ path: String) -> Diagnostic {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .error("no such file '\(path)'", at: nil,
                          help: "check the path, or give '-' to read the CSV from standard input")
        }
        if isFolder.boolValue {
            return .error("'\(path)' is a folder, not a CSV file", at: nil, help: "name one CSV file with the columns period and value")
        }
        return .error("cannot read '\(path)'", at: nil, help: "check that the file can be read")
    }

    private static func failure(source: String, problem: Diagnostic) -> SPCSeriesReadResult {
        SPCSeriesReadResult(series: nil, diagnostics: [problem], source: source, text: "")
    }
}

/// Puts the user's names back into the loader's diagnostics: the input's name for the
/// temporary copy's path, and the original `value` header for its placeholder.
struct DiagnosticMapping {
    let from: String
    let to: String
    let renamed: (placeholder: String, original: String)?

    func apply(_ diagnostic: Diagnostic) -> Diagnostic {
        Diagnostic(
            diagnostic.severity, restore(diagnostic.message), at: diagnostic.range.map(move),
            help: diagnostic.help.map(restore),
            notes: diagnostic.notes.map { Diagnostic.Note(range: $0.range.map(move), message: restore($0.message)) },
            fixIt: diagnostic.fixIt.map { Diagnostic.FixIt(range: move($0.range), replacement: restore($0.replacement)) })
    }

    func move(_ range: SourceRange) -> SourceRange {
        SourceRange(file: range.file == from ? to : range.file, start: range.start, end: range.end)
    }

    func restore(_ text: String) -> String {
        var text = text.replacingOccurrences(of: from, with: to)
        if let renamed {
            text = text.replacingOccurrences(of: "'\(renamed.placeholder)'", with: "'\(renamed.original)'")
            if text == renamed.placeholder { text = renamed.original }
        }
        return text
    }
}
