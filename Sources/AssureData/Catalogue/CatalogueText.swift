extension IndicatorCatalogue {
    /// At most this many gap runs are listed per line of the text table.
    static let gapsShown = 4

    /// The catalogue as an aligned table for people, one line per indicator and area, then a
    /// one-line summary. The area column appears only when some data has an area.
    public func renderText() -> String {
        let hasAreas = entries.contains { $0.area != nil }
        var header = ["indicator"]
        if hasAreas { header.append("area") }
        header += ["frequency", "first", "last", "values", "missing", "suppressed", "gaps"]
        var rows: [[String]] = [header]
        for entry in entries {
            var row = [entry.indicator]
            if hasAreas { row.append(entry.area ?? "-") }
            row += [entry.frequency.label, entry.firstPeriod.code, entry.lastPeriod.code,
                    String(entry.valueCount), String(entry.missingCount), String(entry.suppressedCount),
                    IndicatorCatalogue.gapText(entry.gaps)]
            rows.append(row)
        }
        // Counts are right-aligned; the last column is not padded.
        let numeric = Set([header.count - 4, header.count - 3, header.count - 2])
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        var text = ""
        for row in rows {
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if column == row.count - 1 {
                    cells.append(cell)
                } else {
                    cells.append(numeric.contains(column) ? padding + cell : cell + padding)
                }
            }
            text += cells.joined(separator: "  ") + "\n"
        }
        text += "\n" + summary + "\n"
        return text
    }

    /// "3 indicators, 5 series (2 areas): 120 values, 4 missing, 6 suppressed, 7 periods in gaps".
    public var summary: String {
        let indicatorCount = indicators.count
        let areaCount = Set(entries.compactMap(\.area)).count
        let values = entries.reduce(0) { $0 + $1.valueCount }
        let missing = entries.reduce(0) { $0 + $1.missingCount }
        let suppressed = entries.reduce(0) { $0 + $1.suppressedCount }
        let gaps = entries.reduce(0) { $0 + $1.gapCount }
        let areas = areaCount > 0 ? " (\(IndicatorCatalogue.count(areaCount, "area")))" : ""
        return "\(IndicatorCatalogue.count(indicatorCount, "indicator")), \(IndicatorCatalogue.count(entries.count, "series", plural: "series"))\(areas): "
            + "\(IndicatorCatalogue.count(values, "value")), \(missing) missing, \(suppressed) suppressed, "
            + "\(IndicatorCatalogue.count(gaps, "period")) in gaps"
    }

    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }

    /// `none`, or the runs: `2023-06 to 2023-09, 2023-12`, the first few then `(+N more)`.
    static func gapText(_ gaps: [PeriodSpan]) -> String {
        guard !gaps.isEmpty else { return "none" }
        var text = gaps.prefix(gapsShown).map(\.code).joined(separator: ", ")
        if gaps.count > gapsShown { text += " (+\(gaps.count - gapsShown) more)" }
        return text
    }
}

extension Frequency {
    /// The frequency as a short label for tables: `monthly`, `quarterly`, `financial year`,
    /// `calendar year`.
    public var label: String {
        switch self {
        case .monthly: return "monthly"
        case .quarterly: return "quarterly"
        case .financialYear: return "financial year"
        case .calendarYear: return "calendar year"
        case .academicYear: return "academic year"
        }
    }
}
