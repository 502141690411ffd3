/// Reads one indicator file into the builder: the header settles the layout, then each row
/// becomes points, and every problem becomes a diagnostic at its field. Rows with a problem
/// add nothing; the rest of the file is still read, so one run reports every problem.
struct IndicatorFileLoader {
    /// The input's name in diagnostics (its path, unless it is bytes in memory).
    let path: String
    let fileIndex: Int32
    /// The input's bytes when it is in memory; nil to read the file at `path`.
    let bytes: [UInt8]?
    /// Whether a file of `period` and `value` columns without an `indicator` column is read.
    let acceptsPeriodValue: Bool
    /// Errors beyond this many in one file are counted, not listed.
    static let maximumShownProblems = IndicatorStoreBuilder.maximumShownErrors

    private var layout: FileLayout?
    private var hasLayout = false
    /// The long layout's columns, kept apart so each row does not copy the layout.
    private var longColumns: FileLayout.LongColumns?
    /// The indicator of a period,value file (named after its value column).
    private var fixedIndicatorID = -1
    private var sawHeader = false
    private var headerFieldCount = 0
    private var wideIndicatorIDs: [Int] = []
    private var wideReadings: [(value: Double, status: UInt8)?] = []
    /// The series of each indicator column for the area `wideSeriesArea`.
    private var wideSeries: [Int] = []
    private var wideSeriesArea = Int.min
    /// An EES tidy file's columns and what its first reading learnt of them; nil for other layouts.
    var eesSurvey: EESColumnSurvey?
    /// Periods written as the first day of a month: how many, where the first ones are, and
    /// how many periods of the file are written otherwise.
    var firstDays = (count: 0, places: [(range: SourceRange, period: Int)](), others: 0)
    /// A long file's indicator and its `measure`/`unit` values → the indicator id they name.
    private var qualified = ByteInterner()
    private var qualifiedIDs: [Int] = []
    private var qualifiedKey: [UInt8] = []
    /// The last area whose name was taken from `area_name`.
    private var namedArea = -2

    init(_ input: IndicatorInput, fileIndex: Int) {
        self.path = input.name
        self.bytes = input.bytes
        self.acceptsPeriodValue = input.acceptsPeriodValue
        self.fileIndex = Int32(truncatingIfNeeded: fileIndex)
    }

    /// Reads the whole file, adding points and diagnostics to `builder`.
    mutating func load(into builder: inout IndicatorStoreBuilder) {
        do {
            let reader = bytes.map { CSVFileReader(bytes: $0, name: path) } ?? CSVFileReader(path: path)
            try reader.forEachRecord { record in
                handle(record, builder: &builder)
            }
            if eesSurvey != nil {
                // An EES file is read twice: once to tell its filters from its indicators,
                // then for its points.
                eesSurvey?.settle()
                var isHeader = true
                try reader.forEachRecord { record in
                    if record.problem != nil || record.isBlank { return }
                    if isHeader { isHeader = false; return }
                    guard record.fieldCount == headerFieldCount else { return }
                    readEESRow(record, builder: &builder)
                }
                reportSkippedLevels(builder: &builder)
            }
        } catch {
            builder.diagnostics.append(.error(error.message, at: nil, help: error.help))
            return
        }
        reportMixedFirstDays(builder: &builder)
        if !sawHeader {
            report(.error("the file is empty", at: SourceRange(file: path, line: 1, column: 1),
                          help: "the first line names the columns; " + FileLayout.layoutHelp), builder: &builder)
        }
    }

    /// A first-of-month date stands for its month only when every period of the file is one;
    /// in a file of other periods each is an error (it could be a daily figure).
    private mutating func reportMixedFirstDays(builder: inout IndicatorStoreBuilder) {
        guard firstDays.count > 0, firstDays.others > 0 else { return }
        for (range, id) in firstDays.places {
            let text = builder.periods.text(id).trimmingSpaces()
            guard case .firstOfMonth(let month) = builder.periods.readings[id] else { continue }
            report(.error("'\(QuotedText.bounded(text))' is the first day of \(month.name), but the file's other periods are not first days",
                          at: range,
                          help: "date every monthly figure one way: by its month (\(month.code)), its first day (\(month.code)-01) or its last day (\(month.code)-\(month.dayCount))"),
                   builder: &builder)
        }
        builder.countUnshownErrors(firstDays.count - firstDays.places.count, file: Int(fileIndex),
                                   from: firstDays.places.last?.range.start.line ?? 1)
    }

    mutating func report(_ diagnostic: Diagnostic, builder: inout IndicatorStoreBuilder) {
        if diagnostic.severity == .error && !builder.admitsError(file: Int(fileIndex)) {
            builder.countUnshownErrors(1, file: Int(fileIndex), from: diagnostic.range?.start.line ?? 1)
            return
        }
        builder.append(diagnostic, file: Int(fileIndex))
    }

    /// Reports an error at a place in the row, finding the place (a walk along the line) only
    /// when the error is shown or is the first not shown: a row of 100,000 bad cells costs
    /// linear time, not 100,000 walks.
    mutating func reportError(_ message: String, in record: CSVRecord, place: RowPlace, help: String,
                                      builder: inout IndicatorStoreBuilder) {
        let range: () -> SourceRange = { [path] in
            switch place {
            case .field(let field): return record.range(ofField: field, in: path)
            case .offset(let offset): return record.range(at: offset, in: path)
            }
        }
        if !builder.admitsError(file: Int(fileIndex)) {
            builder.countUnshownErrors(1, file: Int(fileIndex), from: range().start.line)
            return
        }
        report(.error(message, at: range(), help: help), builder: &builder)
    }

    /// Where in a row an error is: a field, or a byte (the end of the line).
    enum RowPlace {
        case field(Int)
        case offset(Int)
    }

    private mutating func handle(_ record: CSVRecord, builder: inout IndicatorStoreBuilder) {
        if let problem = record.problem {
            reportShapeProblem(problem, in: record, builder: &builder)
            // A broken header leaves no layout: the rows after it are not read as a header.
            sawHeader = true
            return
        }
        if record.isBlank { return }
        guard sawHeader else {
            readHeader(record, builder: &builder)
            return
        }
        guard hasLayout else { return }
        guard record.fieldCount == headerFieldCount else {
            reportFieldCount(record, builder: &builder)
            return
        }
        if eesSurvey != nil {
            surveyEESRow(record)
        } else if case .neighbours(let columns)? = layout {
            readNeighbourRow(record, columns, builder: &builder)
        } else if let longColumns {
            readLongRow(record, longColumns, builder: &builder)
        } else if case .wide(let period, let area, let indicators)? = layout {
            readWideRow(record, period: period, area: area, indicators: indicators, builder: &builder)
        }
    }

    // MARK: Header

    private mutating func readHeader(_ record: CSVRecord, builder: inout IndicatorStoreBuilder) {
        sawHeader = true
        headerFieldCount = record.fieldCount
        let (layout, diagnostics) = FileLayout.read(header: record, file: path, acceptsPeriodValue: acceptsPeriodValue)
        for diagnostic in diagnostics { report(diagnostic, builder: &builder) }
        self.layout = layout
        hasLayout = layout != nil
        switch layout {
        case .long(let columns)?:
            longColumns = columns
            if columns.mergesIdenticalRepeats { builder.filesMergingRepeats.insert(Int(fileIndex)) }
            builder.periodFields[Int(fileIndex)] = columns.period
            if columns.indicator == nil {
                fixedIndicatorID = Array(columns.valueName.utf8).withUnsafeBufferPointer { builder.indicators.intern($0).id }
            }
        case .wide?: builder.periodFields[Int(fileIndex)] = 0
        case .ees(let columns)?:
            builder.periodFields[Int(fileIndex)] = columns.timePeriod
            eesSurvey = EESColumnSurvey(layout: columns)
            if bytes == nil {
                let (metadata, problems) = EESMetadata.beside(path)
                eesSurvey?.metadata = metadata
                for problem in problems { report(problem, builder: &builder) }
            }
        case .neighbours?: break
        case nil: break
        }
        if case .wide(_, _, let indicators)? = layout {
            wideIndicatorIDs = indicators.map { indicator in
                Array(indicator.name.utf8).withUnsafeBufferPointer { builder.indicators.intern($0).id }
            }
        }
    }

    // MARK: Shape

    private mutating func reportShapeProblem(_ problem: CSVShapeProblem, in record: CSVRecord, builder: inout IndicatorStoreBuilder) {
        switch problem {
        case .unterminatedQuote(let offset):
            report(.error("this quoted field is not closed before the end of the file", at: record.range(at: offset, in: path),
                          help: "end the field with a double quote (\"); a quote inside a quoted field is written twice (\"\")"),
                   builder: &builder)
        case .textAfterClosingQuote(let offset):
            report(.error("text follows the closing quote of a field", at: record.range(at: offset, in: path),
                          help: "put the whole field in double quotes, and write a quote inside it twice (\"\")"),
                   builder: &builder)
        }
    }

    private mutating func reportFieldCount(_ record: CSVRecord, builder: inout IndicatorStoreBuilder) {
        let expected = headerFieldCount
        let message = "this row has \(record.fieldCount) field\(record.fieldCount == 1 ? "" : "s"), but the header has \(expected)"
        if record.fieldCount > expected {
            reportError(message, in: record, place: .field(expected),
                        help: "a value with a comma in it must be in double quotes, as in \"1,234\"", builder: &builder)
        } else {
            reportError(message, in: record, place: .offset(record.end),
                        help: "give every row a field for each column; leave a field empty for a missing value", builder: &builder)
        }
    }

    // MARK: Rows

    /// What a name field (an indicator or an area) holds.
    private enum NameField {
        case name(id: Int)
        /// Blank, where that is allowed (an area left empty: the partnership itself).
        case blank
        /// Blank where a name is needed, or not UTF-8; the error is already reported.
        case failed

        /// The id, -1 for a blank area; nil when the field failed.
        var areaID: Int? {
            switch self {
            case .name(let id): return id
            case .blank: return -1
            case .failed: return nil
            }
        }
    }

    /// Reads a name field: an indicator, or an area when `isArea` (which may be blank).
    private mutating func readName(_ record: CSVRecord, field: Int, isArea: Bool,
                                   builder: inout IndicatorStoreBuilder) -> NameField {
        let (id, isNew) = record.withContent(of: field) { bytes -> (Int, Bool) in
            if bytes.isEmpty { return (-1, false) }
            return isArea ? builder.areas.intern(bytes) : builder.indicators.intern(bytes)
        }
        let kind = isArea ? "area" : "indicator"
        if id < 0 {
            if isArea { return .blank }
            reportError("the \(kind) is blank", in: record, place: .field(field),
                        help: "name the \(kind) on every row", builder: &builder)
            return .failed
        }
        // Only a name's first appearance is checked: later rows find the same id.
        if isNew && !(isArea ? builder.areas.isValidUTF8(id) : builder.indicators.isValidUTF8(id)) {
            reportError("the \(kind) name is not valid UTF-8 text", in: record, place: .field(field),
                        help: "save the file as UTF-8 (in Excel: CSV UTF-8)", builder: &builder)
            return .failed
        }
        return .name(id: id)
    }

    /// The period-text id of a period field; nil (with an error) when it is not a period.
    private mutating func readPeriod(_ record: CSVRecord, field: Int, builder: inout IndicatorStoreBuilder) -> Int32? {
        let id = record.withContent(of: field) { builder.periods.id(of: $0) }
        if builder.periods.isInvalid[id], case .invalid(let message, let help) = builder.periods.readings[id] {
            reportError(message, in: record, place: .field(field), help: help, builder: &builder)
            return nil
        }
        if builder.periods.isFirstOfMonth[id] {
            firstDays.count += 1
            if firstDays.places.count < IndicatorFileLoader.maximumShownProblems {
                firstDays.places.append((record.range(ofField: field, in: path), id))
            }
        } else {
            firstDays.others += 1
        }
        return Int32(truncatingIfNeeded: id)
    }

    /// The value and status code of a value field; nil (with an error) when unreadable.
    mutating func readObservation(_ record: CSVRecord, field: Int, builder: inout IndicatorStoreBuilder) -> (value: Double, status: UInt8)? {
        let reading = record.withContent(of: field) { bytes -> (Double, UInt8)? in
            switch ValueReader.read(bytes) {
            case .number(let value): return (value, CellStatus.value)
            case .missing: return (0, CellStatus.missing)
            case .symbol: return (0, builder.symbolStatus(bytes))
            case .invalid: return nil
            }
        }
        if let reading { return reading }
        let text = record.withContent(of: field) { Array($0) }
        if case .invalid(let message, let help) = text.withUnsafeBufferPointer(ValueReader.read) {
            reportError(message, in: record, place: .field(field), help: help, builder: &builder)
        }
        return nil
    }

    private mutating func readNote(_ record: CSVRecord, field: Int?, builder: inout IndicatorStoreBuilder) -> Int32? {
        guard let field else { return nil }
        return record.withContent(of: field) { bytes -> Int32 in
            bytes.isEmpty ? -1 : Int32(truncatingIfNeeded: builder.notes.intern(bytes).id)
        }
    }

    /// Reads every field of a long row (so every problem in it is reported), then adds the
    /// point unless one failed.
    private mutating func readLongRow(_ record: CSVRecord, _ columns: FileLayout.LongColumns, builder: inout IndicatorStoreBuilder) {
        var failed = false
        let indicator = columns.indicator.map { readName(record, field: $0, isArea: false, builder: &builder) }
            ?? .name(id: fixedIndicatorID)
        let area = columns.area.map { readName(record, field: $0, isArea: true, builder: &builder) } ?? .blank
        let period = readPeriod(record, field: columns.period, builder: &builder)
        let value = readObservation(record, field: columns.value, builder: &builder)
        var numerator: (value: Double, status: UInt8)?
        if let field = columns.numerator {
            numerator = readObservation(record, field: field, builder: &builder)
            failed = failed || numerator == nil
        }
        var denominator: (value: Double, status: UInt8)?
        if let field = columns.denominator {
            denominator = readObservation(record, field: field, builder: &builder)
            failed = failed || denominator == nil
        }
        var limits: IntervalLimits?
        if let fields = columns.intervals {
            limits = readLimits(record, fields, failed: &failed, builder: &builder)
        }
        guard !failed, case .name(var indicatorID) = indicator, let areaID = area.areaID,
              let period, let value else { return }
        if !columns.identity.isEmpty {
            indicatorID = qualifiedIndicator(indicatorID, record, columns, builder: &builder)
        }
        if let nameField = columns.areaName, areaID >= 0, areaID != namedArea {
            namedArea = areaID
            if builder.areaDetails[areaID] == nil {
                let code = builder.areas.string(areaID)
                let name = record.text(of: nameField).trimmingSpaces()
                let level = columns.areaType.map { GeographicLevel(fingertipsAreaType: record.text(of: $0)) } ?? .unstated
                let parent = columns.parentCode.map { record.text(of: $0).trimmingSpaces() }
                let region = level == .regional ? code : (level == .localAuthority && parent?.hasPrefix("E12") == true ? parent : nil)
                builder.areaDetails[areaID] = AreaDetails(code: code, name: name.isEmpty ? code : name, level: level,
                                                          region: region, oldCode: nil)
            }
        }
        let series = builder.seriesIndex(indicator: indicatorID, area: areaID)
        let line = Int32(truncatingIfNeeded: record.line)
        if columns.numerator == nil && columns.denominator == nil && columns.note == nil && columns.intervals == nil {
            builder.append(period: period, value: value.value, status: value.status, file: fileIndex, line: line, toSeries: series)
            return
        }
        let point = IndicatorStoreBuilder.Point(
            period: period, value: value.value, status: value.status,
            numerator: numerator, denominator: denominator,
            note: readNote(record, field: columns.note, builder: &builder),
            file: fileIndex, line: line, limits: limits)
        builder.append(point, toSeries: series)
    }

    /// A row's published interval limits: a blank cell or a symbol is no limit; text that is
    /// no number is an error at its cell, as in any value column.
    private mutating func readLimits(_ record: CSVRecord, _ fields: FileLayout.IntervalFields, failed: inout Bool,
                                     builder: inout IndicatorStoreBuilder) -> IntervalLimits {
        func limit(_ field: Int?) -> Double {
            guard let field else { return .nan }
            guard let cell = readObservation(record, field: field, builder: &builder) else {
                failed = true
                return .nan
            }
            return cell.status == CellStatus.value ? cell.value : .nan
        }
        return IntervalLimits(lower95: limit(fields.lower95), upper95: limit(fields.upper95),
                              lower998: limit(fields.lower998), upper998: limit(fields.upper998))
    }

    /// The indicator a long row names with its `measure` and `unit` values: `referrals
    /// [measure = rate; unit = per 10,000]`, recorded as a published series so that rules can
    /// name it with `from "file.csv" indicator "referrals" where measure = "rate"`.
    private mutating func qualifiedIndicator(_ base: Int, _ record: CSVRecord, _ columns: FileLayout.LongColumns,
                                             builder: inout IndicatorStoreBuilder) -> Int {
        qualifiedKey.removeAll(keepingCapacity: true)
        withUnsafeBytes(of: Int32(truncatingIfNeeded: base)) { qualifiedKey.append(contentsOf: $0) }
        for column in columns.identity {
            record.withContent(of: column.field) { qualifiedKey.append(contentsOf: $0) }
            qualifiedKey.append(0x1F)
        }
        let (combination, isNew) = qualifiedKey.withUnsafeBufferPointer { qualified.intern($0) }
        guard isNew else { return qualifiedIDs[combination] }
        let filters = columns.identity.map {
            PublishedSeries.Filter(column: $0.name, value: record.text(of: $0.field).trimmingSpaces())
        }
        let published = PublishedSeries(file: FilePath.name(of: path), indicator: builder.indicators.string(base), filters: filters,
                                        distinguishing: filters.filter { !$0.value.isEmpty }, isNamedByFile: false)
        let id = Array(published.name.utf8).withUnsafeBufferPointer { builder.indicators.intern($0).id }
        builder.publishedSeries[id] = published
        qualifiedIDs.append(id)
        return id
    }

    private mutating func readWideRow(_ record: CSVRecord, period periodField: Int, area areaField: Int?,
                                      indicators: [FileLayout.WideIndicator], builder: inout IndicatorStoreBuilder) {
        let area = areaField.map { readName(record, field: $0, isArea: true, builder: &builder) } ?? .blank
        let period = readPeriod(record, field: periodField, builder: &builder)
        // The cells are all read (and reported) before any is added; the storage is reused
        // from row to row.
        wideReadings.removeAll(keepingCapacity: true)
        for indicator in indicators {
            wideReadings.append(readObservation(record, field: indicator.field, builder: &builder))
        }
        let readings = wideReadings
        guard let areaID = area.areaID, let period else { return }
        // Each column's series stays the same while the area does (every row of a file
        // without an area column), so it is looked up once per area, not once per cell.
        if areaID != wideSeriesArea {
            wideSeries = wideIndicatorIDs.map { builder.seriesIndex(indicator: $0, area: areaID) }
            wideSeriesArea = areaID
        }
        for position in indicators.indices {
            guard let reading = readings[position], position < wideSeries.count else { continue }
            builder.append(period: period, value: reading.value, status: reading.status, file: fileIndex,
                           line: Int32(truncatingIfNeeded: record.line), toSeries: wideSeries[position])
        }
    }
}
