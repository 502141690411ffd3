/// How an indicator file is laid out, read from its header line.
///
/// - Long: one row per point, with columns `indicator`, `period`, `value` and optionally
///   `area` (or `area_code`), `area_name`, `measure`, `unit`, `numerator`, `denominator`,
///   `note`, in any order, names in any letter case. `measure` and `unit` are part of a
///   series' identity: a count row and a rate row of one indicator are two series.
/// - EES: a DfE explore-education-statistics tidy file (`EESLayout`).
/// - Neighbours: the DfE's statistical neighbour file (`NeighbourLayout`).
/// - Wide: `period` first, then one column per indicator (and optionally an `area` column).
/// - Period and value, when the caller asks for it (`assure spc`): a long file without an
///   `indicator` column, holding one indicator named after its `value` column as written.
enum FileLayout {
    /// Field positions of a long file's columns.
    struct LongColumns {
        /// The indicator column; nil in a period,value file, whose indicator is `valueName`.
        var indicator: Int?
        var period: Int
        var value: Int
        var area: Int?
        var numerator: Int?
        var denominator: Int?
        var note: Int?
        /// The `area_name` column: the name of the area whose code is in `area_code`.
        var areaName: Int? = nil
        /// The `measure` and `unit` columns (those present), with their names as written.
        var identity: [(field: Int, name: String)] = []
        /// An OHID Fingertips export's `Area Type` and `Parent Code` columns, which give an
        /// area's level and region.
        var areaType: Int? = nil
        var parentCode: Int? = nil
        /// Whether a row repeated exactly is one row (Fingertips repeats England once per parent).
        var mergesIdenticalRepeats = false
        /// A Fingertips export's interval columns: lower and upper limits at 95% and 99.8%.
        var intervals: IntervalFields? = nil
        /// The `value` column's name as written: a period,value file's one indicator.
        var valueName = "value"
    }

    /// The field positions of the published interval limits (each nil when the column is absent).
    struct IntervalFields {
        var lower95: Int?
        var upper95: Int?
        var lower998: Int?
        var upper998: Int?
    }

    /// A wide file's indicator column: its field position, name and place in the header.
    struct WideIndicator {
        var field: Int
        var name: String
        var range: SourceRange
    }

    case long(LongColumns)
    case wide(period: Int, area: Int?, indicators: [WideIndicator])
    /// A DfE explore-education-statistics tidy file.
    case ees(EESLayout)
    /// The DfE's statistical neighbour file: each local authority's nearest neighbours.
    case neighbours(NeighbourLayout)

    static let longColumnNames = ["indicator", "period", "value", "area", "area_code", "area_name", "measure", "unit",
                                  "numerator", "denominator", "note"]

    static let layoutHelp = "Assure reads a long file (columns indicator, period and value, and optionally area or area_code, area_name, measure, unit, numerator, denominator, note), a wide file (period first, then one column per indicator), a DfE explore-education-statistics file (time_period, time_identifier, geographic_level …) and the DfE statistical neighbour file (old_la_code, SN_1 … SN_10); see docs/indicators.md"

    /// An OHID Fingertips "all data" export (`Indicator ID, Indicator Name, Parent Code, Parent
    /// Name, Area Code, Area Name, Area Type, Sex, Age, Category Type, Category, Time period,
    /// Value, … Count, Denominator, Value note, …`): a long file whose series are named by
    /// the indicator with its sex, age and category, whose counts and denominators are the
    /// numerators and denominators, and whose 95% and 99.8% limits are kept with each value.
    /// Other columns (trends, comparisons, sortable periods) are not read.
    static func fingertips(_ lowered: [String], _ names: [String]) -> LongColumns? {
        func field(_ name: String) -> Int? { lowered.firstIndex(of: name) }
        guard field("indicator id") != nil, let indicator = field("indicator name"), let area = field("area code"),
              let period = field("time period"), let value = field("value") else { return nil }
        var columns = LongColumns(indicator: indicator, period: period, value: value, area: area,
                                  numerator: field("count"), denominator: field("denominator"), note: field("value note"))
        columns.areaName = field("area name")
        columns.areaType = field("area type")
        columns.parentCode = field("parent code")
        columns.identity = ["sex", "age", "category type", "category"].compactMap { key in field(key).map { ($0, names[$0]) } }
        columns.mergesIdenticalRepeats = true
        let intervals = IntervalFields(lower95: field("lower ci 95.0 limit"), upper95: field("upper ci 95.0 limit"),
                                       lower998: field("lower ci 99.8 limit"), upper998: field("upper ci 99.8 limit"))
        if [intervals.lower95, intervals.upper95, intervals.lower998, intervals.upper998].contains(where: { $0 != nil }) {
            columns.intervals = intervals
        }
        return columns
    }

    static let periodValueHelp = "a file of one series has the columns period and value (and optionally area, numerator, denominator, note)"

    /// Reads the layout from the header record; nil (with errors) when it cannot be used.
    /// `acceptsPeriodValue` lets a file without an `indicator` column but with `period` and
    /// `value` columns hold one series; otherwise such a file is a long file missing a column.
    static func read(header: CSVRecord, file: String, acceptsPeriodValue: Bool = false) -> (layout: FileLayout?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var names: [String] = []
        var firstPlace: [String: SourceRange] = [:]
        var usable = true

        // Every field's place in one pass over the line: a header of 100,000 columns is read in
        // linear time.
        let ranges = header.fieldRanges(in: file)
        for field in 0..<header.fieldCount {
            let range = ranges[field]
            let name = header.withContent(of: field) { String(validating: $0, as: UTF8.self) }
            guard let name else {
                diagnostics.append(.error("the name of column \(field + 1) is not valid UTF-8 text", at: range,
                                          help: "save the file as UTF-8 (in Excel: CSV UTF-8)"))
                names.append("")
                usable = false
                continue
            }
            names.append(name)
            if name.isEmpty {
                diagnostics.append(.error("column \(field + 1) has no name", at: range, help: "name every column in the first line; " + layoutHelp))
                usable = false
                continue
            }
            let key = name.lowercased()
            if let first = firstPlace[key] {
                diagnostics.append(.error("column '\(QuotedText.bounded(name))' appears twice in the header", at: range,
                                          help: "give each column its own name, or remove the repeated column",
                                          notes: [Diagnostic.Note(range: first, message: "first '\(QuotedText.bounded(name))' column here")]))
                usable = false
            } else {
                firstPlace[key] = range
            }
        }
        guard usable else { return (nil, diagnostics) }

        let lowered = names.map { $0.lowercased() }
        let headerRange = SourceRange(file: file, line: header.line, column: 1)
        if names.count == 1, let only = names.first, let separator = only.contains(";") ? "semicolons" : only.contains("\t") ? "tabs" : nil {
            diagnostics.append(.error("the header is one column: the file looks separated by \(separator), not commas",
                                      at: headerRange, help: "save the file as CSV (comma delimited)"))
            return (nil, diagnostics)
        }
        if EESLayout.matches(lowered), let columns = EESLayout(names: names) {
            return (.ees(columns), diagnostics)
        }
        if let layout = NeighbourLayout(names: names) {
            return (.neighbours(layout), diagnostics)
        }
        if let columns = fingertips(lowered, names) {
            return (.long(columns), diagnostics)
        }
        if lowered.contains("indicator") {
            var missing: [String] = []
            if !lowered.contains("period") { missing.append("period") }
            if !lowered.contains("value") { missing.append("value") }
            guard missing.isEmpty, let indicator = lowered.firstIndex(of: "indicator"),
                  let period = lowered.firstIndex(of: "period"), let value = lowered.firstIndex(of: "value") else {
                let list = missing.map { "'\($0)'" }.joined(separator: " and ")
                diagnostics.append(.error("the header has an indicator column but no \(list) column", at: headerRange, help: layoutHelp))
                return (nil, diagnostics)
            }
            for (field, name) in lowered.enumerated() where !longColumnNames.contains(name) {
                diagnostics.append(.warning("column '\(QuotedText.bounded(names[field]))' is not one Assure reads; it is ignored",
                                            at: ranges[field],
                                            help: "a long file's columns are indicator, period, value, area (or area_code), area_name, measure, unit, numerator, denominator and note"))
            }
            if let area = lowered.firstIndex(of: "area"), let code = lowered.firstIndex(of: "area_code") {
                diagnostics.append(.error("the header has both an area and an area_code column", at: ranges[code],
                                          help: "keep one: the area's code (or name) goes in one column, its name in area_name",
                                          notes: [Diagnostic.Note(range: ranges[area], message: "the area column is here")]))
                return (nil, diagnostics)
            }
            var columns = LongColumns(
                indicator: indicator, period: period, value: value,
                area: lowered.firstIndex(of: "area") ?? lowered.firstIndex(of: "area_code"), numerator: lowered.firstIndex(of: "numerator"),
                denominator: lowered.firstIndex(of: "denominator"), note: lowered.firstIndex(of: "note"))
            columns.areaName = lowered.firstIndex(of: "area_name")
            columns.identity = ["measure", "unit"].compactMap { key in lowered.firstIndex(of: key).map { ($0, names[$0]) } }
            return (.long(columns), diagnostics)
        }

        if acceptsPeriodValue, let period = lowered.firstIndex(of: "period"), let value = lowered.firstIndex(of: "value") {
            for (field, name) in lowered.enumerated() where !longColumnNames.contains(name) {
                diagnostics.append(.warning("column '\(QuotedText.bounded(names[field]))' is not one Assure reads; it is ignored",
                                            at: ranges[field], help: periodValueHelp))
            }
            let columns = LongColumns(
                indicator: nil, period: period, value: value,
                area: lowered.firstIndex(of: "area"), numerator: lowered.firstIndex(of: "numerator"),
                denominator: lowered.firstIndex(of: "denominator"), note: lowered.firstIndex(of: "note"),
                valueName: names[value])
            return (.long(columns), diagnostics)
        }
        // A value column without an indicator column is a long file missing a column, not a
        // wide file with an indicator called "value".
        if lowered.contains("value") {
            diagnostics.append(.error("the header has a value column but no indicator column", at: headerRange, help: layoutHelp))
            return (nil, diagnostics)
        }
        guard lowered.first == "period" else {
            // Say why each layout does not fit: the nearest is usually a published file with
            // one of its key columns renamed or missing.
            let ees = ["time_period", "time_identifier", "geographic_level"]
            let present = ees.filter(lowered.contains)
            if !present.isEmpty {
                let missing = ees.filter { !lowered.contains($0) }
                diagnostics.append(.error("the header has \(present.joined(separator: " and ")) but no \(missing.joined(separator: " or ")): it is not a whole explore-education-statistics file",
                                          at: headerRange,
                                          help: "an EES file has time_period, time_identifier and geographic_level; use the file as it was downloaded. " + layoutHelp))
                return (nil, diagnostics)
            }
            diagnostics.append(.error("the first column is '\(QuotedText.bounded(names.first ?? ""))', but a wide file starts with a period column",
                                      at: ranges.first ?? headerRange,
                                      help: "the header has no indicator column (a long file), no period first (a wide file), no time_period, time_identifier and geographic_level (a DfE file) and no old_la_code with SN_1 (the neighbour file). " + layoutHelp))
            return (nil, diagnostics)
        }
        let area = lowered.firstIndex(of: "area")
        let indicators = names.indices.dropFirst().filter { $0 != area }.map {
            WideIndicator(field: $0, name: names[$0], range: ranges[$0])
        }
        if indicators.isEmpty {
            diagnostics.append(.warning("the file has a period column but no indicator columns", at: headerRange, help: layoutHelp))
        }
        return (.wide(period: 0, area: area, indicators: indicators), diagnostics)
    }
}
