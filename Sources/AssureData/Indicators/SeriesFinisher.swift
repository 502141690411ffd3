/// Finishing a load: each indicator's frequency is settled (by its periods, or by the rules'
/// declared frequency for text such as `2011-12`), periods become ordinals, each series is put
/// in period order, and duplicate points are reported with both places.
extension IndicatorStoreBuilder {
    /// What each distinct period text says, flattened for the passes over every point.
    private struct PeriodFacts {
        var frequency: [Frequency?] = []
        var ordinal: [Int] = []
        var ambiguousMonth: [Int?] = []
        var ambiguousYear: [Int?] = []
        var ambiguity: [(message: String, help: String)?] = []
        /// Whether any period text could be read two ways (usually none).
        var hasAmbiguity = false

        init(_ readings: [PeriodReading]) {
            for reading in readings {
                switch reading {
                case .period(let period):
                    append(period.frequency, period.ordinal, nil, nil, nil)
                case .firstOfMonth(let month):
                    // Every period of its file is a first day (the loader reports it otherwise).
                    append(.monthly, month.index, nil, nil, nil)
                case .ambiguous(let month, let year, let message, let help):
                    append(nil, 0, month.index, year.startYear, (message, help))
                    hasAmbiguity = true
                case .invalid:
                    append(nil, 0, nil, nil, nil)
                }
            }
        }

        private mutating func append(_ kind: Frequency?, _ number: Int, _ month: Int?, _ year: Int?,
                                     _ text: (message: String, help: String)?) {
            frequency.append(kind)
            ordinal.append(number)
            ambiguousMonth.append(month)
            ambiguousYear.append(year)
            ambiguity.append(text)
        }
    }

    /// A point's place: series and index, and the file and line of its row.
    private struct PointPlace: Comparable {
        var file: Int
        var line: Int32
        var series: Int
        var index: Int

        static func < (lhs: PointPlace, rhs: PointPlace) -> Bool {
            (lhs.file, lhs.line, lhs.series, lhs.index) < (rhs.file, rhs.line, rhs.series, rhs.index)
        }
    }

    private func place(series: Int, index: Int) -> PointPlace {
        IndicatorStoreBuilder.place(in: self.series[series], series: series, index: index)
    }

    private static func place(in columns: SeriesColumns, series: Int, index: Int) -> PointPlace {
        PointPlace(file: columns.file(at: index), line: columns.line(at: index), series: series, index: index)
    }

    /// The place of a point's period field. Columns are not stored per point (that would
    /// cost memory on every row for the rare diagnostic), so this gives column 0, which
    /// `locatePeriodColumns` replaces by reading the lines again.
    private func range(_ place: PointPlace) -> SourceRange {
        let file = place.file < files.count ? files[place.file] : ""
        return SourceRange(file: file, start: SourcePosition(line: Int(place.line), column: 0),
                           end: SourcePosition(line: Int(place.line), column: 0))
    }

    /// Replaces the column-0 places made by `range(_:)` with the period field's place, reading
    /// again only the files and lines concerned.
    private mutating func locatePeriodColumns() {
        var wanted: [String: Set<Int>] = [:]
        for diagnostic in diagnostics {
            for range in [diagnostic.range] + diagnostic.notes.map(\.range) {
                if let range, range.start.column == 0 { wanted[range.file, default: []].insert(range.start.line) }
            }
        }
        guard !wanted.isEmpty else { return }
        var found: [String: [Int: SourceRange]] = [:]
        for (index, file) in files.enumerated() {
            guard let lines = wanted[file] else { continue }
            let field = periodFields[index] ?? 0
            var ranges: [Int: SourceRange] = [:]
            try? CSVFileReader(path: file).forEachRecord { record in
                if lines.contains(record.line), field < record.fieldCount {
                    ranges[record.line] = record.range(ofField: field, in: file)
                }
            }
            found[file] = ranges
        }
        func located(_ range: SourceRange?) -> SourceRange? {
            guard let range, range.start.column == 0 else { return range }
            return found[range.file]?[range.start.line] ?? SourceRange(file: range.file, line: range.start.line, column: 1)
        }
        diagnostics = diagnostics.map { diagnostic in
            Diagnostic(diagnostic.severity, diagnostic.message, at: located(diagnostic.range), help: diagnostic.help,
                       notes: diagnostic.notes.map { Diagnostic.Note(range: located($0.range), message: $0.message) },
                       fixIt: diagnostic.fixIt)
        }
    }

    /// The position of each name in the names sorted (equal names cannot occur: they are interned).
    private static func ranks(of names: [String]) -> [Int] {
        var ranks = [Int](repeating: 0, count: names.count)
        for (rank, id) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { ranks[id] = rank }
        return ranks
    }

    /// Settles frequencies, orders every series and finds duplicates; the data, unless any
    /// diagnostic is an error.
    mutating func finish(frequencyHints: [String: Frequency]) -> IndicatorLoadResult {
        let facts = PeriodFacts(periods.readings)
        var seriesOfIndicator = [[Int]](repeating: [], count: indicators.count)
        for (index, key) in seriesKeys.enumerated() { seriesOfIndicator[key.indicator].append(index) }

        var frequencies = [Frequency?](repeating: nil, count: indicators.count)
        for indicator in 0..<indicators.count where !seriesOfIndicator[indicator].isEmpty {
            frequencies[indicator] = settleFrequency(indicator, series: seriesOfIndicator[indicator], facts: facts,
                                                     hints: frequencyHints)
        }
        for index in series.indices {
            guard let frequency = frequencies[seriesKeys[index].indicator] else { continue }
            orderAndCheck(index, frequency: frequency)
            checkSumsStayFinite(index)
        }

        locatePeriodColumns()
        appendUnshownCounts()
        diagnostics.sort()
        guard !diagnostics.hasErrors else { return IndicatorLoadResult(data: nil, diagnostics: diagnostics) }
        let texts = SeriesTexts(files: files, markers: (0..<markers.count).map(markers.string),
                                notes: (0..<notes.count).map(notes.string))
        // Series in name order (the series without an area first), sorted by the ranks of
        // their names so that thousands of series compare integers, not strings.
        let indicatorNames = (0..<indicators.count).map(indicators.string)
        let areaNames = (0..<areas.count).map(areas.string)
        let indicatorRank = IndicatorStoreBuilder.ranks(of: indicatorNames)
        let areaRank = IndicatorStoreBuilder.ranks(of: areaNames)
        let order = seriesKeys.indices.sorted { left, right in
            let (a, b) = (seriesKeys[left], seriesKeys[right])
            let leftKey = (indicatorRank[a.indicator], a.area >= 0 ? areaRank[a.area] + 1 : 0)
            let rightKey = (indicatorRank[b.indicator], b.area >= 0 ? areaRank[b.area] + 1 : 0)
            return leftKey < rightKey
        }
        var built: [IndicatorSeries] = []
        built.reserveCapacity(series.count)
        for index in order {
            let key = seriesKeys[index]
            guard let frequency = frequencies[key.indicator] else { continue }
            built.append(IndicatorSeries(indicator: indicatorNames[key.indicator],
                                         area: key.area >= 0 ? areaNames[key.area] : nil,
                                         frequency: frequency, columns: series[index], texts: texts))
        }
        let published = Dictionary(publishedSeries.map { (indicatorNames[$0.key], $0.value) }, uniquingKeysWith: { first, _ in first })
        let details = Dictionary(areaDetails.map { ($0.value.code, $0.value) }, uniquingKeysWith: { first, _ in first })
        return IndicatorLoadResult(data: IndicatorData(sortedSeries: built, files: files, published: published, areaDetails: details,
                                                                     neighbours: neighbours),
                                   diagnostics: diagnostics)
    }

    /// The indicator's frequency, with its period ids turned into ordinals; nil (with errors)
    /// when its periods are of two frequencies or cannot be settled.
    private mutating func settleFrequency(_ indicator: Int, series members: [Int], facts: PeriodFacts,
                                          hints: [String: Frequency]) -> Frequency? {
        let name = indicators.string(indicator)
        // Points of a series are in file and line order, so each series' first match is its earliest.
        var firstSettled: (place: PointPlace, frequency: Frequency)?
        var firstAmbiguous: PointPlace?
        for member in members {
            var settledIndex: Int?
            var ambiguousIndex: Int?
            for (index, point) in series[member].points.enumerated() {
                let id = Int(point.period)
                if settledIndex == nil && facts.frequency[id] != nil { settledIndex = index }
                if ambiguousIndex == nil && facts.ambiguity[id] != nil { ambiguousIndex = index }
                if settledIndex != nil && (ambiguousIndex != nil || !facts.hasAmbiguity) { break }
            }
            if let index = settledIndex, let frequency = facts.frequency[Int(series[member].period(at: index))] {
                let here = place(series: member, index: index)
                if firstSettled.map({ here < $0.place }) ?? true { firstSettled = (here, frequency) }
            }
            if let index = ambiguousIndex {
                let here = place(series: member, index: index)
                if firstAmbiguous.map({ here < $0 }) ?? true { firstAmbiguous = here }
            }
        }
        guard let frequency = firstSettled?.frequency ?? hints[name] else {
            if let ambiguous = firstAmbiguous,
               let text = facts.ambiguity[Int(series[ambiguous.series].period(at: ambiguous.index))] {
                diagnostics.append(.error(text.message, at: range(ambiguous),
                                          help: text.help + "; declaring the indicator's frequency in the rules, or giving it other periods, settles it too"))
            }
            return nil
        }

        // Every point must be of that frequency; report the first of each other frequency once.
        // `misfit[id]` says whether a period text does not fit: another frequency, or text
        // such as 2011-12 when the frequency is neither monthly nor financial years.
        let misfit = facts.frequency.indices.map { id -> Bool in
            if let kind = facts.frequency[id] { return kind != frequency }
            return facts.ambiguity[id] != nil && frequency != .monthly && frequency != .financialYear
        }
        var conflicts: [Frequency: PointPlace] = [:]
        var unsettled: PointPlace?
        let anyMisfit = misfit.contains(true)
        for member in members where anyMisfit {
            var seen = Set<Frequency?>()
            for (index, point) in series[member].points.enumerated() where misfit[Int(point.period)] {
                let kind = facts.frequency[Int(point.period)]
                guard seen.insert(kind).inserted else { continue }
                let here = place(series: member, index: index)
                if let kind {
                    if conflicts[kind].map({ here < $0 }) ?? true { conflicts[kind] = here }
                } else if unsettled.map({ here < $0 }) ?? true {
                    unsettled = here
                }
            }
        }
        for (kind, here) in conflicts.sorted(by: { $0.value < $1.value }) {
            let text = periods.text(Int(series[here.series].period(at: here.index))).trimmingSpaces()
            var notes: [Diagnostic.Note] = []
            if let first = firstSettled {
                notes.append(Diagnostic.Note(range: range(first.place), message: "'\(name)' is \(frequency.words) from its first period here"))
            }
            diagnostics.append(.error("indicator '\(name)' is \(frequency.words), but '\(text)' is \(kind.words)", at: range(here),
                                      help: "an indicator has one frequency; give the \(kind.words) figures an indicator name of their own",
                                      notes: notes))
        }
        if let here = unsettled, let text = facts.ambiguity[Int(series[here.series].period(at: here.index))] {
            diagnostics.append(.error(text.message + ", and indicator '\(name)' is \(frequency.words)", at: range(here),
                                      help: "write a \(frequency.words) period, such as \(frequency.example)"))
        }
        guard conflicts.isEmpty, unsettled == nil else { return nil }

        // Period ids become ordinals in place (the series is moved out so the array is not copied).
        var ordinals = [Int32](repeating: 0, count: facts.frequency.count)
        for id in ordinals.indices {
            let ordinal: Int
            if facts.frequency[id] != nil {
                ordinal = facts.ordinal[id]
            } else if frequency == .monthly, let month = facts.ambiguousMonth[id] {
                ordinal = month
            } else {
                ordinal = facts.ambiguousYear[id] ?? 0
            }
            ordinals[id] = Int32(truncatingIfNeeded: ordinal)
        }
        ordinals.withUnsafeBufferPointer { ordinals in
            for member in members {
                var columns = takeSeries(member)
                columns.points.withUnsafeMutableBufferPointer { points in
                    for index in points.indices { points[index].period = ordinals[Int(points[index].period)] }
                }
                replaceSeries(member, with: columns)
            }
        }
        return frequency
    }

    /// Any period's figure is a sum of some of a series' values, so the series' values must add
    /// up to a number Assure can hold: values near 1.8e308 that overflow when summed are a data
    /// error at the row where the running total overflowed, not an infinite figure later.
    private mutating func checkSumsStayFinite(_ index: Int) {
        let columns = series[index]
        var total = 0.0
        for position in 0..<columns.count where columns.statuses.isEmpty || columns.statuses[position] == CellStatus.value {
            total += abs(columns.value(at: position))
            guard total.isFinite else {
                let name = indicators.string(seriesKeys[index].indicator)
                let here = IndicatorStoreBuilder.place(in: columns, series: index, index: position)
                diagnostics.append(.error("the values of indicator '\(name)' add up to more than Assure can hold (about 1.8 × 10³⁰⁸)",
                                          at: range(here), help: "check the value on this row: it is far larger than any count, rate or percentage"))
                return
            }
        }
    }

    /// Puts the series in period order (file order among equals) and reports duplicates.
    private mutating func orderAndCheck(_ index: Int, frequency: Frequency) {
        var columns = takeSeries(index)
        defer { replaceSeries(index, with: columns) }
        var isStrictlyIncreasing = true
        var position = 1
        while position < columns.count {
            if columns.period(at: position) <= columns.period(at: position - 1) { isStrictlyIncreasing = false; break }
            position += 1
        }
        if isStrictlyIncreasing { return }
        let periods = columns.points.map(\.period)

        var order = Array(periods.indices)
        order.sort { (periods[$0], $0) < (periods[$1], $1) }
        columns.reorder(order)

        let key = seriesKeys[index]
        let name = indicators.string(key.indicator)
        let areaWords = key.area >= 0 ? " in area '\(areas.string(key.area))'" : ""
        var runStart = 0
        var repeats: [Int] = []
        for position in 1..<max(columns.count, 1) {
            if columns.period(at: position) != columns.period(at: runStart) {
                runStart = position
                continue
            }
            // A Fingertips export repeats England's row once per parent area: the same figures
            // twice are one row.
            if filesMergingRepeats.contains(columns.file(at: position)), columns.samePoint(runStart, position) {
                repeats.append(position)
                continue
            }
            let period = Period(ordinal: Int(columns.period(at: position)), frequency: frequency)
            let first = IndicatorStoreBuilder.place(in: columns, series: index, index: runStart)
            let second = IndicatorStoreBuilder.place(in: columns, series: index, index: position)
            guard admitsError(file: second.file) else {
                countUnshownErrors(1, file: second.file, from: Int(second.line))
                continue
            }
            append(.error("indicator '\(name)'\(areaWords) has a second row for \(period.code)", at: range(second),
                          help: "keep one row per indicator, area and period; remove or correct one of them",
                          notes: [Diagnostic.Note(range: range(first), message: "first row for \(period.code) here")]),
                   file: second.file)
        }
        if !repeats.isEmpty {
            let dropped = Set(repeats)
            columns.reorder(columns.points.indices.filter { !dropped.contains($0) })
        }
    }
}

extension SeriesColumns {
    /// Whether two points hold the same figures: value and status, numerator and denominator,
    /// published intervals.
    func samePoint(_ first: Int, _ second: Int) -> Bool {
        guard statuses[first] == statuses[second], points[first].value == points[second].value else { return false }
        if let limits, !limits[first].isSame(as: limits[second]) { return false }
        for column in [numerators, denominators].compactMap({ $0 }) {
            if column.statuses[first] != column.statuses[second] || column.values[first] != column.values[second] { return false }
        }
        return true
    }
}
