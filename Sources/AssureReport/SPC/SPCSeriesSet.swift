import AssureData

/// Every series of one indicator file, for `assure spc --all`: each indicator in each area (or
/// the one partnership's), in the order the data keeps them (by indicator, then area).
public struct SPCSeriesSet: Sendable {
    /// One series and the area it is of (nil: the file has no area column).
    public struct Entry: Sendable {
        public var indicator: String
        public var area: String?
        public var series: SPCSeries
    }

    public var entries: [Entry]
}

/// The outcome of reading every series of a file: the series that can be charted, and a
/// diagnostic for each that cannot (and for the file as a whole). Diagnostics about single
/// series do not stop the others.
public struct SPCSeriesSetReadResult: Sendable {
    /// Nil when the file could not be read at all.
    public var set: SPCSeriesSet?
    public var diagnostics: [Diagnostic]
    public var source: String
    public var text: String

    /// The input's lines, for `DiagnosticRenderer`.
    public var sourceLines: InMemorySources { InMemorySources([source: text]) }
}

extension SPCSeriesReader {
    /// Reads every series of the file at `path`.
    public static func readAll(path: String) -> SPCSeriesSetReadResult {
        switch bytes(path: path) {
        case .read(let bytes): return readAll(bytes: bytes, source: path)
        case .refused(let problem): return SPCSeriesSetReadResult(set: nil, diagnostics: [problem], source: path, text: "")
        }
    }

    /// Reads every series of CSV text already in memory, naming it `source` in diagnostics.
    public static func readAll(bytes: [UInt8], source: String = standardInputName) -> SPCSeriesSetReadResult {
        let text = String(decoding: bytes, as: UTF8.self)
        var result = SPCSeriesSetReadResult(set: nil, diagnostics: [], source: source, text: text)
        if let problem = CSVHeader(bytes).missingColumnProblem(source: source) {
            result.diagnostics = [problem]
            return result
        }
        let loaded = IndicatorLoader.load([.bytes(bytes, name: source, acceptsPeriodValue: true)])
        result.diagnostics = loaded.diagnostics
        guard let data = loaded.data else { return result }
        guard !data.allSeries.isEmpty else {
            result.diagnostics.append(.error("'\(source)' has no values to chart", at: SourceRange(file: source, line: 1, column: 1),
                                             help: "add one row per period under the header, e.g. 2024-03,180"))
            return result
        }
        var entries: [SPCSeriesSet.Entry] = []
        entries.reserveCapacity(data.allSeries.count)
        for indicatorSeries in data.allSeries {
            let points = indicatorSeries.points
            if let problem = spanProblem(points, source: source) {
                result.diagnostics.append(problem)
                continue
            }
            let name = indicatorSeries.indicator + (indicatorSeries.area.map { " (\($0))" } ?? "")
            guard let series = makeSeries(indicatorSeries, indicator: name, source: source) else { continue }
            entries.append(SPCSeriesSet.Entry(indicator: indicatorSeries.indicator, area: indicatorSeries.area, series: series))
        }
        result.set = SPCSeriesSet(entries: entries)
        return result
    }
}
