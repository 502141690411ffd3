/// One series of a published file (a DfE explore-education-statistics download): the file it
/// is in, the indicator column, and the filter values that pick it out among the file's rows.
///
/// Its name in the data is `file/indicator` followed by the filters that vary in the file
/// (`la_cla_swcount/percentage [sw_stability = Total children]`); rules refer to it with a
/// `from` clause (`from "la_cla_swcount.csv" indicator "percentage" where sw_stability =
/// "Total children"`), which `clause` writes out.
public struct PublishedSeries: Hashable, Sendable {
    /// A filter column and the value the series has in it.
    public struct Filter: Hashable, Sendable {
        public let column: String
        public let value: String

        public init(column: String, value: String) {
            self.column = column
            self.value = value
        }
    }

    /// The file's name, without its folder (`la_cla_swcount.csv`).
    public let file: String
    /// The indicator column's name as written in the header.
    public let indicator: String
    /// Every filter column with the series' value in it, in the file's column order.
    public let filters: [Filter]
    /// The filters whose value varies within the file: the ones that tell series apart.
    public let distinguishing: [Filter]
    /// Whether the name starts with the file's: true for an EES file, whose columns (`number`,
    /// `percentage`) mean something only in their file; false for a long file with `measure`
    /// or `unit` columns, whose indicators are named in its rows.
    public let isNamedByFile: Bool

    public init(file: String, indicator: String, filters: [Filter], distinguishing: [Filter], isNamedByFile: Bool = true) {
        self.file = file
        self.indicator = indicator
        self.filters = filters
        self.distinguishing = distinguishing
        self.isNamedByFile = isNamedByFile
    }

    /// The series' name in the indicator data: `file/indicator [filter = value; …]`, the file
    /// without its `.csv`.
    public var name: String {
        let stem = file.lowercased().hasSuffix(".csv") ? String(file.dropLast(4)) : file
        let base = isNamedByFile ? "\(stem)/\(indicator)" : indicator
        guard !distinguishing.isEmpty else { return base }
        return base + " [" + distinguishing.map { "\($0.column) = \($0.value)" }.joined(separator: "; ") + "]"
    }

    /// The `from` clause that names this series in a rules file.
    public var clause: String {
        var text = "from \(PublishedSeries.quoted(file)) indicator \(PublishedSeries.quoted(indicator))"
        if !distinguishing.isEmpty {
            text += " where " + distinguishing.map { "\($0.column) = \(PublishedSeries.quoted($0.value))" }.joined(separator: ", ")
        }
        return text
    }

    /// Text in double quotes as the rules language writes it (`\"` and `\\` escaped).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            if character == "\"" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result + "\""
    }
}

/// How far an area of a published file reaches, from its `geographic_level` column.
public enum GeographicLevel: String, Hashable, Sendable, CaseIterable {
    case national = "National"
    case regional = "Regional"
    case localAuthority = "Local authority"
    /// An area named in a long file's `area_code` and `area_name` columns, whose level the
    /// file does not say.
    case unstated = "Area"
}

/// An area named in a published file: its GSS code (the area's name in the indicator data),
/// its name, its level, and for a local authority its region and old three-digit code.
public struct AreaDetails: Hashable, Sendable {
    /// The GSS code: `E92000001` England, `E12000002` the North West, `E08000006` Salford.
    public let code: String
    public let name: String
    public let level: GeographicLevel
    /// The region's GSS code, for a local authority (and a region itself); nil for a country.
    public let region: String?
    /// A local authority's old three-digit code (`355`), which the statistical neighbour file uses.
    public let oldCode: String?

    public init(code: String, name: String, level: GeographicLevel, region: String?, oldCode: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.region = region
        self.oldCode = oldCode
    }
}

extension GeographicLevel {
    /// The level of a Fingertips `Area Type`: `England`, `Region`, the county and district
    /// council types; anything else (an ICB, a GP practice) is unstated.
    init(fingertipsAreaType text: String) {
        let type = text.trimmingSpaces().lowercased()
        if type == "england" { self = .national }
        else if type.hasPrefix("region") { self = .regional }
        else if type.hasPrefix("counties & uas") || type.hasPrefix("upper tier") || type.hasPrefix("districts & uas")
                    || type.hasPrefix("county & ua") { self = .localAuthority }
        else { self = .unstated }
    }
}
