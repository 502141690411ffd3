import Foundation
import AssureData

/// The areas of the published files and how they relate: England, each region, each local
/// authority's region and old three-digit code, and each authority's statistical neighbours.
/// What `compare with England`, `compare with region` and `compare with statistical
/// neighbours` need to find the areas to compare with.
public struct PublishedAreas: Sendable {
    /// Every area named in a published file, by GSS code.
    public let details: [String: AreaDetails]
    /// Each local authority's statistical neighbours (old codes, nearest first), by old code.
    public let neighbours: [String: [String]]
    private let byOldCode: [String: String]

    public init(details: [String: AreaDetails] = [:], neighbours: [String: [String]] = [:]) {
        self.details = details
        self.neighbours = neighbours
        var byOldCode: [String: String] = [:]
        for code in details.keys.sorted() {
            guard let area = details[code] else { continue }
            if let old = area.oldCode, byOldCode[old] == nil { byOldCode[old] = code }
        }
        self.byOldCode = byOldCode
    }

    /// The GSS code of an area written as its code (`E08000006`) or its name (`Salford`,
    /// letters in any case, the one area whose name it is); nil when no published file names it.
    public func code(of area: String) -> String? {
        if details[area] != nil { return area }
        return AreaDetails.code(named: area, among: details)
    }

    /// The GSS code of the local authority with an old three-digit code (`355` → `E08000006`).
    public func code(ofOldCode old: String) -> String? { byOldCode[old] }

    /// England: the area whose level is national (`E92000001`).
    public var england: AreaDetails? {
        if let england = details["E92000001"] { return england }
        return details.keys.sorted().lazy.compactMap { details[$0] }.first { $0.level == .national }
    }

    /// Every local authority, by GSS code, sorted.
    public var localAuthorities: [String] {
        details.keys.sorted().filter { details[$0]?.level == .localAuthority }
    }
}

extension SeriesLookup {
    /// Series built in a test have no published areas.
    public var publishedAreas: PublishedAreas { PublishedAreas() }
}

extension IndicatorData {
    /// The areas of the published files read, and the statistical neighbours.
    public var publishedAreas: PublishedAreas { PublishedAreas(details: areaDetails, neighbours: neighbours) }
}
