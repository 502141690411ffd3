extension IndicatorCatalogue {
    /// The catalogue as JSON for tools, keys in a fixed order:
    /// `{"indicators": [{"indicator", "frequency", "areas", "series": [{"area", "first",
    /// "last", "values", "missing", "symbols": {"confidential", "not_available",
    /// "not_applicable", "low_reliability", "rounds_to_zero"}, "gaps": [{"from", "to",
    /// "periods"}], "files"}]}], "published": [{"indicator", "from"}]}`, the last only when
    /// the data has published series. Frequencies are written as the rules write them
    /// (`financial_year`); every symbol is counted, 0 when no point has it.
    public func renderJSON() -> String {
        var groups: [(indicator: String, entries: [CatalogueEntry])] = []
        for entry in entries {
            if groups.last?.indicator == entry.indicator {
                groups[groups.count - 1].entries.append(entry)
            } else {
                groups.append((entry.indicator, [entry]))
            }
        }
        var out = "{\n  \"indicators\": ["
        for (offset, group) in groups.enumerated() {
            out += offset == 0 ? "\n" : ",\n"
            let frequency = group.entries.first?.frequency.rawValue ?? ""
            let areas = group.entries.compactMap(\.area).map(JSONText.string)
            out += "    {" + JSONText.string("indicator") + ": " + JSONText.string(group.indicator)
                + ", " + JSONText.string("frequency") + ": " + JSONText.string(frequency)
                + ", " + JSONText.string("areas") + ": [" + areas.joined(separator: ", ") + "]"
                + ", " + JSONText.string("series") + ": ["
            for (position, entry) in group.entries.enumerated() {
                out += (position == 0 ? "\n" : ",\n") + "      " + IndicatorCatalogue.json(entry)
            }
            out += "\n    ]}"
        }
        out += groups.isEmpty ? "]" : "\n  ]"
        if !published.isEmpty {
            let lines = published.map {
                "    " + JSONText.object([("indicator", JSONText.string($0.indicator)), ("from", JSONText.string($0.clause))])
            }
            out += ",\n  \"published\": [\n" + lines.joined(separator: ",\n") + "\n  ]"
        }
        return out + "\n}\n"
    }

    private static func json(_ entry: CatalogueEntry) -> String {
        let gaps = entry.gaps.map { gap in
            JSONText.object([("from", JSONText.string(gap.first.code)), ("to", JSONText.string(gap.last.code)),
                             ("periods", String(gap.count))])
        }
        return JSONText.object([
            ("area", entry.area.map(JSONText.string) ?? "null"),
            ("first", JSONText.string(entry.firstPeriod.code)),
            ("last", JSONText.string(entry.lastPeriod.code)),
            ("values", String(entry.valueCount)),
            ("missing", String(entry.missingCount)),
            ("symbols", JSONText.object(StatisticalSymbol.allCases.map { ($0.rawValue, String(entry.count(of: $0))) })),
            ("gaps", "[" + gaps.joined(separator: ", ") + "]"),
            ("files", "[" + entry.files.map(JSONText.string).joined(separator: ", ") + "]"),
        ])
    }
}
