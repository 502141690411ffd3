import AssureData

extension CheckContext {
    /// Checks a template's placeholders and filters against the figures `available`, and its
    /// wording against the phrases the report template forbids.
    mutating func checkTemplate(_ template: Template, available: [String: String], elsewhere: [String: String]) {
        for placeholder in template.placeholders {
            let name = placeholder.name
            if available[name.value] == nil {
                if let reason = elsewhere[name.value] {
                    error("'{\(name.value)}' is not known in this sentence", at: name.range, help: reason)
                } else {
                    let all = Array(available.keys) + Array(elsewhere.keys)
                    let suggestion = Suggestions.closest(to: name.value, among: all)
                    error("unknown placeholder '{\(name.value)}'", at: name.range,
                          help: suggestion.map { "did you mean '{\($0)}'?" } ?? "see the list of placeholders in docs/language.md",
                          fixIt: suggestion.map { Diagnostic.FixIt(range: name.range, replacement: $0) })
                }
            }
            for filter in placeholder.filters {
                guard let known = Placeholders.filters[filter.name.value] else {
                    let suggestion = Suggestions.closest(to: filter.name.value, among: Array(Placeholders.filters.keys))
                    error("unknown filter '\(filter.name.value)'", at: filter.name.range,
                          help: suggestion.map { "did you mean '\($0)'?" } ?? "the filters are " + Placeholders.filters.keys.sorted().joined(separator: ", "),
                          fixIt: suggestion.map { Diagnostic.FixIt(range: filter.name.range, replacement: $0) })
                    continue
                }
                let wordsGiven = filter.arguments.allSatisfy { if case .text = $0 { return true } else { return false } }
                if !known.arguments.contains(filter.arguments.count) || (!filter.arguments.isEmpty && wordsGiven != known.words) {
                    error("'\(filter.name.value)' takes \(describe(known.arguments, words: known.words))", at: filter.range,
                          help: known.meaning)
                }
            }
        }
        checkWording(template)
    }

    private func describe(_ counts: ClosedRange<Int>, words: Bool) -> String {
        let kind = words ? "word" : "number"
        if counts.upperBound == 0 { return "no arguments" }
        if counts.lowerBound == counts.upperBound { return "\(counts.lowerBound) \(kind)\(counts.lowerBound == 1 ? "" : "s")" }
        return "\(counts.lowerBound == 0 ? "at most" : "\(counts.lowerBound) or") \(counts.upperBound) \(kind)\(counts.upperBound == 1 ? "" : "s")"
    }

    /// "poor performance" and "areas for improvement" are judgements the report does not make
    /// until they are known.
    mutating func checkWording(_ template: Template) {
        let lower = Array(template.text.lowercased().unicodeScalars)
        for (phrase, instead) in Placeholders.forbiddenPhrases {
            let target = Array(phrase.unicodeScalars)
            guard lower.count >= target.count else { continue }
            var at = 0
            while at + target.count <= lower.count {
                if Array(lower[at..<(at + target.count)]) == target {
                    let start = template.range.start
                    let range = SourceRange(file: template.range.file, start: SourcePosition(line: start.line, column: start.column + 1 + at),
                                            end: SourcePosition(line: start.line, column: start.column + 1 + at + target.count))
                    warning("the report template does not say '\(phrase)' until that is known", at: range,
                            help: "say '\(instead)'", fixIt: Diagnostic.FixIt(range: range, replacement: instead))
                    at += target.count
                } else {
                    at += 1
                }
            }
        }
    }
}
