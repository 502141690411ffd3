import Dispatch
import Foundation

/// A run of consecutive periods, such as the months of a gap: `2023-06` or
/// `2023-06 to 2023-09`.
public struct PeriodSpan: Hashable, Sendable {
    public let first: Period
    public let last: Period
    /// How many periods the span covers.
    public let count: Int

    public init(first: Period, last: Period, count: Int) {
        self.first = first
        self.last = last
        self.count = count
    }

    /// The span as the catalogue writes it: one period's code, or `first to last`.
    public var code: String { count == 1 ? first.code : "\(first.code) to \(last.code)" }
}

/// What the data holds for one indicator in one area: its span, how many values are present,
/// missing and given as each statistical symbol, and the gaps inside the span.
public struct CatalogueEntry: Hashable, Sendable {
    public let indicator: String
    /// The area, or nil for the series from files without an area column.
    public let area: String?
    public let frequency: Frequency
    public let firstPeriod: Period
    public let lastPeriod: Period
    /// Points with a value.
    public let valueCount: Int
    /// Points written as missing (blank, `-`, `n/a`).
    public let missingCount: Int
    /// Points given as each statistical symbol (`c`, `[x]`, `low`…); a symbol no point has is
    /// not in the dictionary.
    public let symbolCounts: [StatisticalSymbol: Int]
    /// Periods inside the span with no row or a missing value, as runs.
    public let gaps: [PeriodSpan]
    /// The files the points came from, in load order.
    public let files: [String]

    /// The number of points given as `symbol`.
    public func count(of symbol: StatisticalSymbol) -> Int { symbolCounts[symbol] ?? 0 }

    /// The number of periods in the gaps.
    public var gapCount: Int { gaps.reduce(0) { $0 + $1.count } }
}

/// The catalogue `assure indicators` shows: every indicator, in every area, with its
/// coverage and gaps, so that an officer can see what the month's extracts hold.
public struct IndicatorCatalogue: Sendable {
    /// One entry per series, by indicator, then area (the series without an area first).
    public let entries: [CatalogueEntry]
    /// Each indicator of a published file (EES, Fingertips, a long file with measure or unit
    /// columns) with the `from` clause a rules file names it by, in name order.
    public let published: [(indicator: String, label: String?, clause: String)]

    public init(_ data: IndicatorData) {
        entries = IndicatorCatalogue.entries(of: data)
        published = data.published.map { ($0.key, $0.value.label, $0.value.clause) }.sorted { $0.indicator < $1.indicator }
    }

    /// The indicator names, in order.
    public var indicators: [String] {
        var seen = Set<String>()
        return entries.map(\.indicator).filter { seen.insert($0).inserted }
    }

    /// Each series' entry, in order (see `inBlocks`).
    private static func entries(of data: IndicatorData) -> [CatalogueEntry] {
        let series = data.allSeries
        return Array(inBlocks(of: series.count) { range in
            series[range].compactMap { entry(for: $0, files: data.files) }
        }.joined())
    }

    /// `body` over consecutive blocks of `0..<count`, in order: on every core, four blocks a
    /// core, when there are thousands (a national file's tens of thousands of series), so the
    /// result is the same as one call over the whole range.
    static func inBlocks<Result>(of count: Int, _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let blockCount = count < 4096 ? 1 : 4 * ProcessInfo.processInfo.activeProcessorCount
        let size = (count + blockCount - 1) / blockCount
        let blocks = (0..<blockCount).map { _ in Block<Result>() }
        DispatchQueue.concurrentPerform(iterations: blockCount) { index in
            blocks[index].result = body(min(index * size, count)..<min((index + 1) * size, count))
        }
        return blocks.compactMap(\.result)
    }

    /// One block's result, written by one thread and read after all have finished.
    private final class Block<Result>: @unchecked Sendable {
        var result: Result?
    }

    static func entry(for series: IndicatorSeries, files: [String]) -> CatalogueEntry? {
        let columns = series.columns
        guard let firstOrdinal = columns.points.first?.period, let lastOrdinal = columns.points.last?.period else { return nil }
        var values = 0
        var missing = 0
        var symbols: [StatisticalSymbol: Int] = [:]
        var gaps: [PeriodSpan] = []
        var gapStart: Int?
        var expected = Int(firstOrdinal)

        func closeGap(before ordinal: Int) {
            guard let start = gapStart else { return }
            gaps.append(PeriodSpan(first: Period(ordinal: start, frequency: series.frequency),
                                   last: Period(ordinal: ordinal - 1, frequency: series.frequency),
                                   count: ordinal - start))
            gapStart = nil
        }

        for index in 0..<columns.count {
            let ordinal = Int(columns.period(at: index))
            if ordinal > expected, gapStart == nil { gapStart = expected }
            let status = columns.statuses[index]
            if status == CellStatus.missing {
                missing += 1
                if gapStart == nil { gapStart = ordinal }
            } else {
                closeGap(before: ordinal)
                if status == CellStatus.value {
                    values += 1
                } else {
                    symbols[series.texts.symbol(status: status), default: 0] += 1
                }
            }
            expected = ordinal + 1
        }
        closeGap(before: Int(lastOrdinal) + 1)

        var fileIndices = Set<Int32>()
        for run in columns.fileRuns { fileIndices.insert(run.file) }
        let usedFiles = fileIndices.sorted().compactMap { Int($0) < files.count ? files[Int($0)] : nil }
        return CatalogueEntry(
            indicator: series.indicator, area: series.area, frequency: series.frequency,
            firstPeriod: Period(ordinal: Int(firstOrdinal), frequency: series.frequency),
            lastPeriod: Period(ordinal: Int(lastOrdinal), frequency: series.frequency),
            valueCount: values, missingCount: missing, symbolCounts: symbols, gaps: gaps, files: usedFiles)
    }
}
