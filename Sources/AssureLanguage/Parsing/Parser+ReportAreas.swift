extension Parser {
    /// After `areas`: `every local authority`, `in region "North West"`, or a list of areas in
    /// double quotes separated by commas (`"Salford", "E08000007"`).
    mutating func parseReportAreas() -> Located<ReportAreas>? {
        let start = current.range
        let help = "write 'areas every local authority', 'areas in region \"North West\"' or 'areas \"Salford\", \"Bolton\"'"
        if !atClauseEnd, current.isWord("every") {
            advance()
            guard !atClauseEnd, current.isWord("local") else {
                error("expected 'local authority' after 'areas every', found \(currentDescription)", at: missingRange, help: help)
                return nil
            }
            advance()
            guard expectWord("authority", after: "'areas every local'") else { return nil }
            return Located(.everyLocalAuthority, at: range(from: start))
        }
        if !atClauseEnd, current.isWord("in") {
            advance()
            guard expectWord("region", after: "'areas in'"),
                  let region = parseString("the region's name or code (for example \"North West\" or \"E12000002\")") else { return nil }
            return Located(.region(region.value), at: range(from: start))
        }
        guard !atClauseEnd, current.kind == .string else {
            error("expected the areas to judge after 'areas', found \(currentDescription)", at: missingRange, help: help)
            return nil
        }
        var names: [String] = []
        repeat {
            if !names.isEmpty { advance() }
            guard let name = parseString("an area's name or code") else { return nil }
            names.append(name.value)
        } while !atClauseEnd && current.kind == .comma
        return Located(.named(names), at: range(from: start))
    }
}
