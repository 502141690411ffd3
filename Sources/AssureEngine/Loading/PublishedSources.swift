import AssureData
import AssureLanguage

/// Finds the published series each `from "file.csv" indicator "column" where …` clause of the
/// rules names, so that the rules' indicator is that series.
enum PublishedSources {
    /// The data name of each rules indicator with a `from` clause, and a located error for each
    /// clause that names no series or more than one.
    static func resolve(_ declarations: [IndicatorDeclaration], in data: IndicatorData) -> (aliases: [String: String], diagnostics: [Diagnostic]) {
        var aliases: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let catalogue = data.published.sorted { $0.key < $1.key }
        for declaration in declarations {
            guard let source = declaration.source else { continue }
            switch match(source.value, among: catalogue) {
            case .success(let name): aliases[declaration.name.value] = name
            case .failure(let problem): diagnostics.append(problem.diagnostic)
            }
        }
        return (aliases, diagnostics)
    }

    private struct Problem: Error {
        let diagnostic: Diagnostic
    }

    private static func same(_ left: String, _ right: String) -> Bool {
        left.trimmingCharacters(in: .whitespaces).lowercased() == right.trimmingCharacters(in: .whitespaces).lowercased()
    }

    private static func sameFile(_ written: String, _ file: String) -> Bool {
        same(written, file) || same(written + ".csv", file)
    }

    private static func match(_ source: PublishedSourceSyntax, among catalogue: [(key: String, value: PublishedSeries)]) -> Result<String, Problem> {
        let inFile = catalogue.filter { sameFile(source.file.value, $0.value.file) }
        guard !inFile.isEmpty else {
            let files = Array(Set(catalogue.map(\.value.file))).sorted()
            let suggestion = Suggestions.closest(to: source.file.value, among: files)
            let help = files.isEmpty
                ? "put the file in Indicators/ as it was downloaded from explore-education-statistics"
                : (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "the published files are " + list(files)
            return .failure(Problem(diagnostic: .error("there is no published file \"\(source.file.value)\" in the indicator data",
                                                       at: source.file.range, help: help)))
        }
        let file = inFile[0].value.file
        let ofIndicator = inFile.filter { same(source.indicator.value, $0.value.indicator) }
        guard !ofIndicator.isEmpty else {
            let columns = Array(Set(inFile.map(\.value.indicator))).sorted()
            let suggestion = Suggestions.closest(to: source.indicator.value, among: columns)
            return .failure(Problem(diagnostic: .error("\(file) has no indicator column \"\(source.indicator.value)\"",
                                                       at: source.indicator.range,
                                                       help: (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "its indicator columns are " + list(columns))))
        }
        var candidates = ofIndicator
        for filter in source.filters {
            let filterColumns = Array(Set(candidates.flatMap { $0.value.filters.map(\.column) })).sorted()
            guard filterColumns.contains(where: { same($0, filter.column.value) }) else {
                return .failure(Problem(diagnostic: .error("\"\(filter.column.value)\" is not a filter column of \(file)", at: filter.column.range,
                                                           help: filterColumns.isEmpty ? "\(file) has no filter columns: remove the 'where'"
                                                                                      : "its filter columns are " + list(filterColumns))))
            }
            let values = Array(Set(candidates.compactMap { $0.value.filters.first { same($0.column, filter.column.value) }?.value })).sorted()
            let narrowed = candidates.filter { entry in
                entry.value.filters.contains { same($0.column, filter.column.value) && same($0.value, filter.value.value) }
            }
            guard !narrowed.isEmpty else {
                let suggestion = Suggestions.closest(to: filter.value.value, among: values)
                return .failure(Problem(diagnostic: .error("no series of \(file) has \(filter.column.value) = \"\(filter.value.value)\"",
                                                           at: filter.value.range,
                                                           help: (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "its values are " + list(values))))
            }
            candidates = narrowed
        }
        guard candidates.count == 1 else {
            let given = Set(source.filters.map { $0.column.value.lowercased() })
            let open = Array(Set(candidates.flatMap { $0.value.distinguishing.map(\.column) }))
                .filter { !given.contains($0.lowercased()) }.sorted()
            let choices = open.map { column in
                "\(column) (" + list(Array(Set(candidates.compactMap { $0.value.filters.first { $0.column == column }?.value })).sorted()) + ")"
            }
            return .failure(Problem(diagnostic: .error("this names \(candidates.count) series of \(file), not one",
                                                       at: source.indicator.range,
                                                       help: "add where … to choose one by " + choices.joined(separator: " and "))))
        }
        return .success(candidates[0].key)
    }

    /// `"a", "b" and 3 more`, in quotes, at most eight named.
    private static func list(_ names: [String]) -> String {
        let shown = names.prefix(8).map { "\"\($0)\"" }
        let rest = names.count - shown.count
        return shown.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")
    }
}
