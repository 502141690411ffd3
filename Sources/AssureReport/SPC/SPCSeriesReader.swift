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
/// The reading itself is `IndicatorLoader`'s, from the bytes read (a file's, or standard
/// input's), so the same values are accepted (statistical symbols, blanks, `1,234`, `12%`) and
/// every problem is a diagnostic at its line and column in the input as the user wrote it. The
/// loader reads a `period,value` file as one indicator named after its value column. The input
/// is only ever read, and nothing is written anywhere.
public enum SPCSeriesReader {
    /// The name standard input goes by in diagnostics.
    public static let standardInputName = "<stdin>"

    /// Reads the file at `path`.
    public static func read(path: String) -> SPCSeriesReadResult {
        // Only a regular file is read: a FIFO, a device or a link to one is refused at once,
        // never waited on.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            return failure(source: path, problem: unreadable(path))
        }
        switch RegularFile.read(path, for: .indicators) {
        case .success(let bytes): return read(bytes: bytes, source: path)
        case .failure(let refusal): return failure(source: path, problem: .error(refusal.message, at: nil, help: refusal.help))
        }
    }

    /// Reads CSV text already in memory (standard input), naming it `source` in diagnostics.
    public static func read(bytes: [UInt8], source: String = standardInputName) -> SPCSeriesReadResult {
        let text = String(decoding: bytes, as: UTF8.self)
        var result = SPCSeriesReadResult(series: nil, diagnostics: [], source: source, text: text)
        if let problem = CSVHeader(bytes).missingColumnProblem(source: source) {
            result.diagnostics = [problem]
            return result
        }

        let loaded = IndicatorLoader.load([.bytes(bytes, name: source, acceptsPeriodValue: true)])
        result.diagnostics = loaded.diagnostics
        guard let data = loaded.data else { return result }

        let candidates = data.allSeries
        switch candidates.count {
        case 1:
            guard let indicatorSeries = candidates.first else { return result }
            if let problem = spanProblem(indicatorSeries.points, source: source) ?? poolProblem(indicatorSeries.points, source: source) {
                result.diagnostics.append(problem)
                return result
            }
            result.series = makeSeries(indicatorSeries, indicator: indicatorSeries.indicator, source: source)
        case 0:
            result.diagnostics.append(.error("'\(source)' has no values to chart", at: SourceRange(file: source, line: 1, column: 1),
                                             help: "add one row per period under the header, e.g. 2024-03,180"))
        default:
            let names = candidates.prefix(5).map { series in series.indicator + (series.area.map { " (\($0))" } ?? "") }
            result.diagnostics.append(.error(
                "'\(source)' holds \(candidates.count) series (\(names.joined(separator: ", "))\(candidates.count > 5 ? ", …" : "")); assure spc charts one",
                at: SourceRange(file: source, line: 1, column: 1),
                help: "give assure spc a file with the columns period and value, or one indicator in one area"))
        }
        return result
    }

    /// The most years a chart spans from its first period to its last. Every period between is
    /// charted, so a mistyped year (4046-12 for 2023-12) would otherwise give tens of thousands
    /// of rows, all missing, from a few bytes of input (found by fuzzing; docs/fuzzing.md).
    static let maximumYears = 100

    /// An error when the series spans more than `maximumYears`, at the row after the widest
    /// step between neighbouring periods, where a slip in a year most likely is.
    static func spanProblem(_ points: [DataPoint], source: String) -> Diagnostic? {
        guard let first = points.first, let last = points.last,
              first.period.firstMonth.distance(to: last.period.lastMonth) >= 12 * maximumYears else { return nil }
        var widest = (earlier: first, later: first, months: 0)
        for (earlier, later) in zip(points, points.dropFirst()) {
            let months = earlier.period.lastMonth.distance(to: later.period.firstMonth)
            if months > widest.months { widest = (earlier, later, months) }
        }
        return .error("the series runs from \(first.period.name) to \(last.period.name), more than the \(maximumYears) years a chart spans",
                      at: SourceRange(file: source, line: widest.later.origin.line, column: 1),
                      help: "check the years: \(widest.later.period.code) comes after \(widest.earlier.period.code) on line \(widest.earlier.origin.line)")
    }

    /// An error when pools of years overlap (2011 - 13 then 2012 - 14, as Fingertips publishes
    /// them) or do not follow on in whole pools: an XmR chart needs periods that share no year,
    /// so it steps by whole pools from the first.
    static func poolProblem(_ points: [DataPoint], source: String) -> Diagnostic? {
        guard let first = points.first, case .pooled(let pool) = first.period else { return nil }
        for (earlier, later) in zip(points, points.dropFirst()) {
            guard case .pooled(let next) = later.period, (next.firstYear - pool.firstYear) % pool.years != 0 else { continue }
            let overlaps = later.period.firstMonth <= earlier.period.lastMonth
            return .error(overlaps
                          ? "'\(later.period.code)' overlaps '\(earlier.period.code)': pooled years that share years are not separate points of a chart"
                          : "'\(later.period.code)' does not follow on from '\(first.period.code)' in whole pools of \(pool.years) years",
                          at: SourceRange(file: source, line: later.origin.line, column: 1),
                          help: "chart pools that share no year, every \(pool.years) years from the first (\(first.period.code), \(first.period.advanced(by: 1).code), …)")
        }
        return nil
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
                case .symbol(let symbol, let marker):
                    values.append(nil)
                    gaps.append(SPCGap(index: index, period: period, reason: .symbol(symbol, marker: marker)))
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
