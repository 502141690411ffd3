/// All the indicator data of a load: every series, by indicator and area, with each
/// indicator's frequency. Built by `IndicatorLoader`; read by the engine and the catalogue.
public struct IndicatorData: Sendable {
    /// Every series, by indicator name, then area (the series without an area first).
    public let allSeries: [IndicatorSeries]
    /// The files read, in the order they were read.
    public let files: [String]
    /// Where each series read from a published (EES) file came from, by indicator name.
    public let published: [String: PublishedSeries]
    /// The areas named in published files, by GSS code.
    public let areaDetails: [String: AreaDetails]
    /// Each local authority's statistical neighbours (old three-digit LA codes, nearest first),
    /// by its old code, from the DfE's statistical neighbour file.
    public let neighbours: [String: [String]]
    private let positions: [SeriesKey: Int]
    /// The positions of each indicator's series, by area, so that finding them does not walk
    /// every series (which, once an indicator, grows with the square of a large data set).
    private let positionsOfIndicator: [String: [Int]]
    private let frequencies: [String: Frequency]

    private struct SeriesKey: Hashable {
        let indicator: String
        let area: String?
    }

    init(series: [IndicatorSeries], files: [String], published: [String: PublishedSeries] = [:],
         areaDetails: [String: AreaDetails] = [:], neighbours: [String: [String]] = [:]) {
        self.init(sortedSeries: series.sorted { left, right in
            if left.indicator != right.indicator { return left.indicator < right.indicator }
            switch (left.area, right.area) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case let (leftArea?, rightArea?): return leftArea < rightArea
            }
        }, files: files, published: published, areaDetails: areaDetails, neighbours: neighbours)
    }

    /// Data from series already in order: by indicator, then area, the series without an area first.
    init(sortedSeries: [IndicatorSeries], files: [String], published: [String: PublishedSeries] = [:],
         areaDetails: [String: AreaDetails] = [:], neighbours: [String: [String]] = [:]) {
        self.neighbours = neighbours
        self.allSeries = sortedSeries
        self.files = files
        self.published = published
        self.areaDetails = areaDetails
        var positions: [SeriesKey: Int] = [:]
        var positionsOfIndicator: [String: [Int]] = [:]
        var frequencies: [String: Frequency] = [:]
        for (position, series) in allSeries.enumerated() {
            positions[SeriesKey(indicator: series.indicator, area: series.area)] = position
            positionsOfIndicator[series.indicator, default: []].append(position)
            frequencies[series.indicator] = series.frequency
        }
        self.positions = positions
        self.positionsOfIndicator = positionsOfIndicator
        self.frequencies = frequencies
    }

    /// The indicator names, sorted.
    public var indicatorNames: [String] { frequencies.keys.sorted() }

    /// The indicator's frequency; nil for an indicator with no data.
    public func frequency(of indicator: String) -> Frequency? { frequencies[indicator] }

    /// Every area named in the data, sorted (series without an area are not counted).
    public var areas: [String] { Set(allSeries.compactMap(\.area)).sorted() }

    /// The areas that have a series for `indicator`; nil stands for the series without an area.
    public func areas(of indicator: String) -> [String?] {
        series(of: indicator).map(\.area)
    }

    /// The series of `indicator` in `area` (nil: the series from files without an area column).
    public func series(indicator: String, area: String? = nil) -> IndicatorSeries? {
        positions[SeriesKey(indicator: indicator, area: area)].map { allSeries[$0] }
    }

    /// Every series of `indicator`, by area.
    public func series(of indicator: String) -> [IndicatorSeries] {
        (positionsOfIndicator[indicator] ?? []).map { allSeries[$0] }
    }
}

extension IndicatorData {
    /// The data with each series of `aliases`' values also known by its key: a rules file's
    /// indicator name for a published series (`from "file.csv" indicator "x"`). The series
    /// are shared, not copied.
    public func naming(_ aliases: [String: String]) -> IndicatorData {
        guard !aliases.isEmpty else { return self }
        var added: [IndicatorSeries] = []
        for (alias, name) in aliases.sorted(by: { $0.key < $1.key }) where alias != name {
            for series in series(of: name) {
                added.append(IndicatorSeries(indicator: alias, area: series.area, frequency: series.frequency,
                                             columns: series.columns, texts: series.texts))
            }
        }
        let kept = allSeries.filter { aliases[$0.indicator] == nil }
        return IndicatorData(series: kept + added, files: files, published: published, areaDetails: areaDetails,
                             neighbours: neighbours)
    }
}
