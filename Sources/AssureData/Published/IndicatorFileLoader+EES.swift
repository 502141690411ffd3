/// What the first reading of an EES file learns about the columns that are neither time nor
/// geography: which are filters (text) and which are indicators (numbers and symbols), and
/// which filters vary.
struct EESColumnSurvey {
    struct Column {
        var field: Int
        var name: String
        var numbers = 0
        var texts = 0
        var firstText: [UInt8]?
        var varies = false
    }

    var layout: EESLayout
    var columns: [Column]
    /// The filters' and indicators' positions in `columns`, once the survey is over.
    var filters: [Int] = []
    var indicators: [Int] = []

    // Second reading.
    var combinations = ByteInterner()
    var combinationKey: [UInt8] = []
    /// The series of each indicator column for a (combination, area) pair, keyed
    /// `combination << 32 | area + 1`: one lookup a row, not one a cell.
    var seriesOfRow: [Int: [Int]] = [:]
    /// The indicator id of each indicator column for each filter combination.
    var indicatorsOfCombination: [[Int]] = []
    var lastTime: (period: [UInt8], identifier: [UInt8], id: Int32)?
    /// The last `geographic_level` text read and its level (rows come sorted by level).
    var lastLevel: (text: [UInt8], level: GeographicLevel?)?
    var skippedLevels: [String: (rows: Int, firstLine: Int)] = [:]

    init(layout: EESLayout) {
        self.layout = layout
        self.columns = layout.others.map { Column(field: $0.field, name: $0.name) }
    }

    /// The file's `.meta.csv`, when it has one.
    var metadata: EESMetadata?

    /// Settles each column's role: as the metadata file says, when there is one that names the
    /// column; otherwise a filter when most of its non-blank cells are text, an indicator when
    /// not (its text cells are then errors, reported on the second reading).
    mutating func settle() {
        func isFilter(_ position: Int) -> Bool {
            switch metadata?.roles[columns[position].name.lowercased()] {
            case .filter?: return true
            case .indicator?: return false
            case nil: return columns[position].texts > columns[position].numbers
            }
        }
        filters = columns.indices.filter(isFilter)
        indicators = columns.indices.filter { !isFilter($0) }
    }
}

extension IndicatorFileLoader {
    /// First reading of a row: counts numbers and text in each column, and whether each
    /// column's text varies.
    mutating func surveyEESRow(_ record: CSVRecord) {
        guard var survey = eesSurvey else { return }
        // Taken out while it changes, so that its arrays are not copied on every row.
        eesSurvey = nil
        defer { eesSurvey = survey }
        for position in survey.columns.indices {
            let field = survey.columns[position].field
            record.withContent(of: field) { bytes in
                guard !bytes.isEmpty else { return }
                if case .invalid = ValueReader.read(bytes) {
                    survey.columns[position].texts += 1
                } else {
                    survey.columns[position].numbers += 1
                }
                if let first = survey.columns[position].firstText {
                    if !survey.columns[position].varies && !first.elementsEqual(bytes) { survey.columns[position].varies = true }
                } else {
                    survey.columns[position].firstText = Array(bytes)
                }
            }
        }
    }

    /// Second reading of a row: its area, period and filters, then one point per indicator column.
    mutating func readEESRow(_ record: CSVRecord, builder: inout IndicatorStoreBuilder) {
        guard var survey = eesSurvey else { return }
        // Taken out while it changes, so that its tables are not copied on every row.
        eesSurvey = nil
        defer { eesSurvey = survey }
        let layout = survey.layout

        // The area, by the row's geographic level (read as text only when it changes).
        let sameLevel = record.withContent(of: layout.geographicLevel) { bytes in survey.lastLevel.map { $0.text.elementsEqual(bytes) } ?? false }
        if !sameLevel {
            let text = record.text(of: layout.geographicLevel).trimmingSpaces()
            let level = GeographicLevel.allCases.first { $0 != .unstated && $0.rawValue.lowercased() == text.lowercased() }
            survey.lastLevel = (record.withContent(of: layout.geographicLevel) { Array($0) }, level)
        }
        guard let level = survey.lastLevel?.level else {
            let levelText = record.text(of: layout.geographicLevel).trimmingSpaces()
            let key = levelText.isEmpty ? "(blank)" : QuotedText.bounded(levelText)
            let seen = survey.skippedLevels[key]
            survey.skippedLevels[key] = ((seen?.rows ?? 0) + 1, seen?.firstLine ?? record.line)
            return
        }
        let columns = layout.columns(for: level)
        guard let codeField = columns.code else {
            reportError("a \(level.rawValue) row needs a \(columns.codeName) column, and the header has none",
                        in: record, place: .field(layout.geographicLevel),
                        help: "download the file from explore-education-statistics as it comes, with its geography columns", builder: &builder)
            return
        }
        let (areaID, isNewArea) = record.withContent(of: codeField) { bytes -> (Int, Bool) in
            bytes.isEmpty ? (-1, false) : builder.areas.intern(bytes)
        }
        // An area's details are taken from its first row (in any file that names it).
        guard areaID >= 0 else {
            reportError("this \(level.rawValue) row has no \(columns.codeName)", in: record, place: .field(codeField),
                        help: "every \(level.rawValue.lowercased()) row is identified by its GSS code in \(columns.codeName)",
                        builder: &builder)
            return
        }
        if isNewArea || builder.areaDetails[areaID] == nil {
            let code = record.text(of: codeField).trimmingSpaces()
            let name = columns.name.map { record.text(of: $0).trimmingSpaces() } ?? code
            let region = level == .national ? nil : layout.regionCode.map { record.text(of: $0).trimmingSpaces() }
            let oldCode = level == .localAuthority ? layout.oldLACode.map { record.text(of: $0).trimmingSpaces() } : nil
            builder.areaDetails[areaID] = AreaDetails(code: code, name: name.isEmpty ? code : name, level: level,
                                                      region: region?.isEmpty == false ? region : nil,
                                                      oldCode: oldCode?.isEmpty == false ? oldCode : nil)
        }

        // The period, from time_period and time_identifier (rows repeat the same pair).
        let periodID: Int32
        let sameTime = survey.lastTime.map { last in
            record.withContent(of: layout.timePeriod) { last.period.elementsEqual($0) }
                && record.withContent(of: layout.timeIdentifier) { last.identifier.elementsEqual($0) }
        } ?? false
        if sameTime, let last = survey.lastTime {
            periodID = last.id
        } else {
            let timePeriod = record.withContent(of: layout.timePeriod) { Array($0) }
            let identifier = record.withContent(of: layout.timeIdentifier) { Array($0) }
            switch EESTime.code(timePeriod: String(decoding: timePeriod, as: UTF8.self),
                                identifier: String(decoding: identifier, as: UTF8.self)) {
            case .failure(let problem):
                let field = problem.message.hasPrefix("time_identifier") ? layout.timeIdentifier : layout.timePeriod
                reportError(problem.message, in: record, place: .field(field), help: problem.help, builder: &builder)
                return
            case .success(let code):
                let id = Array(code.utf8).withUnsafeBufferPointer { builder.periods.id(of: $0) }
                periodID = Int32(truncatingIfNeeded: id)
                survey.lastTime = (timePeriod, identifier, periodID)
            }
        }

        // The filters' values make the series' identity.
        survey.combinationKey.removeAll(keepingCapacity: true)
        for position in survey.filters {
            record.withContent(of: survey.columns[position].field) { survey.combinationKey.append(contentsOf: $0) }
            survey.combinationKey.append(0x1F)
        }
        let combination = survey.combinationKey.withUnsafeBufferPointer { survey.combinations.intern($0).id }

        let line = Int32(truncatingIfNeeded: record.line)
        let rowKey = combination << 32 | (areaID + 1)
        let seriesOfColumns: [Int]
        if let known = survey.seriesOfRow[rowKey] {
            seriesOfColumns = known
        } else {
            if combination == survey.indicatorsOfCombination.count {
                // A filter combination not seen before: its series' names, once.
                let filters = survey.filters.map {
                    PublishedSeries.Filter(column: survey.columns[$0].name, value: record.text(of: survey.columns[$0].field).trimmingSpaces())
                }
                let distinguishing = zip(survey.filters, filters).filter { survey.columns[$0.0].varies }.map(\.1)
                let file = FilePath.name(of: path)
                survey.indicatorsOfCombination.append(survey.indicators.map { column in
                    let published = PublishedSeries(file: file, indicator: survey.columns[column].name,
                                                    filters: filters, distinguishing: distinguishing,
                                                    label: survey.metadata?.labels[survey.columns[column].name.lowercased()])
                    let indicatorID = Array(published.name.utf8).withUnsafeBufferPointer { builder.indicators.intern($0).id }
                    builder.publishedSeries[indicatorID] = published
                    return indicatorID
                })
            }
            seriesOfColumns = survey.indicatorsOfCombination[combination].map { builder.seriesIndex(indicator: $0, area: areaID) }
            survey.seriesOfRow[rowKey] = seriesOfColumns
        }
        for (position, column) in survey.indicators.enumerated() {
            guard let reading = readObservation(record, field: survey.columns[column].field, builder: &builder) else { continue }
            builder.append(period: periodID, value: reading.value, status: reading.status, file: fileIndex, line: line,
                           toSeries: seriesOfColumns[position])
        }
    }

    /// After the second reading: one warning per geographic level that is not read.
    mutating func reportSkippedLevels(builder: inout IndicatorStoreBuilder) {
        guard let survey = eesSurvey else { return }
        for (level, skipped) in survey.skippedLevels.sorted(by: { $0.value.firstLine < $1.value.firstLine }) {
            report(.warning("\(skipped.rows) row\(skipped.rows == 1 ? "" : "s") at geographic level '\(level)' not read",
                            at: SourceRange(file: path, line: skipped.firstLine, column: 1),
                            help: "Assure reads National, Regional and Local authority rows; filter the download to those levels to silence this"),
                   builder: &builder)
        }
    }
}
