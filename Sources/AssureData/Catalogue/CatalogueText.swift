extension IndicatorCatalogue {
    /// At most this many gap runs are listed per line of the text table.
    static let gapsShown = 4

    /// The catalogue as an aligned table for people, one line per indicator and area, then a
    /// one-line summary and what the symbols' columns count. The area column appears only when
    /// some data has an area; each statistical symbol has a column of its own, headed by its
    /// GSS letter (`c`, `x`, `z`, `u`, `low`).
    public func renderText() -> String {
        let hasAreas = entries.contains { $0.area != nil }
        var header = ["indicator"]
        if hasAreas { header.append("area") }
        header += ["frequency", "first", "last", "values", "missing"]
        header += StatisticalSymbol.allCases.map(\.letter)
        header.append("gaps")
        var rows: [[String]] = [header]
        for entry in entries {
            var row = [entry.indicator]
            if hasAreas { row.append(entry.area ?? "-") }
            row += [entry.frequency.label, entry.firstPeriod.code, entry.lastPeriod.code,
                    String(entry.valueCount), String(entry.missingCount)]
            row += StatisticalSymbol.allCases.map { String(entry.count(of: $0)) }
            row.append(IndicatorCatalogue.gapText(entry.gaps))
            rows.append(row)
        }
        // Counts are right-aligned; the last column is not padded.
        let counted = 2 + StatisticalSymbol.allCases.count
        let numeric = Set((header.count - 1 - counted)..<(header.count - 1))
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
        text += "\n" + summary + "\n" + IndicatorCatalogue.symbolKey + "\n"
        if !published.isEmpty {
            text += "\nPublished series, and the clause that names each in a rules file's indicator:\n"
            for (indicator, label, clause) in published {
                text += "  \(indicator)" + (label.map { " — \($0)" } ?? "") + "\n    \(clause)\n"
            }
        }
        return text
    }

    /// What the symbols' columns count: "Symbols: c confidential (c, *); x not available (x, :,
    /// ..); …".
    static var symbolKey: String {
        let kinds = StatisticalSymbol.allCases.map { symbol in
            "\(symbol.letter) \(symbol.name) (\(symbol.forms.joined(separator: ", ")))"
        }
        return "Symbols: " + kinds.joined(separator: "; ") + "; each also in brackets, as [c]."
    }

    /// "3 indicators, 5 series (2 areas): 120 values, 4 missing, 6 confidential (c), 7 periods
    /// in gaps": each symbol that some point has, by its meaning.
    public var summary: String {
        let indicatorCount = indicators.count
        let areaCount = Set(entries.compactMap(\.area)).count
        let values = entries.reduce(0) { $0 + $1.valueCount }
        let missing = entries.reduce(0) { $0 + $1.missingCount }
        let symbols = StatisticalSymbol.allCases.compactMap { symbol -> String? in
            let count = entries.reduce(0) { $0 + $1.count(of: symbol) }
            return count == 0 ? nil : "\(count) \(symbol.name) (\(symbol.letter)), "
        }
        let gaps = entries.reduce(0) { $0 + $1.gapCount }
        let areas = areaCount > 0 ? " (\(IndicatorCatalogue.count(areaCount, "area")))" : ""
        return "\(IndicatorCatalogue.count(indicatorCount, "indicator")), \(IndicatorCatalogue.count(entries.count, "series", plural: "series"))\(areas): "
            + "\(IndicatorCatalogue.count(values, "value")), \(missing) missing, " + symbols.joined()
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
        case .pooled(let years, let kind): return "\(years) \(kind.rawValue) years pooled"
        }
    }
}
