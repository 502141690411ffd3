import AssureData

/// Finds an indicator's recorded series for an area: the loaded indicator data, or series
/// built in a test.
public protocol SeriesLookup {
    /// The series of `indicator` for `area`. Areas are kept apart; a file without an `area`
    /// column holds the one partnership's figures, which serve whatever area is asked for when
    /// the indicator has no figures by area.
    func series(of indicator: String, area: String?) -> PointSource?
    /// The areas of the published files and their statistical neighbours (none by default).
    var publishedAreas: PublishedAreas { get }
}

extension IndicatorData: SeriesLookup {
    public func series(of indicator: String, area: String?) -> PointSource? {
        if let exact = series(indicator: indicator, area: area) { return exact }
        let byArea = series(of: indicator)
        if area == nil, byArea.count == 1 { return byArea.first }
        if area != nil, byArea.count == 1, let only = byArea.first, only.area == nil { return only }
        return nil
    }
}
