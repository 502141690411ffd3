import AssureData

extension CheckContext {
    /// Checks a template against the vocabulary (names, filters, arguments, kinds) and against
    /// what this sentence will have (`available`), and its wording against the phrases the
    /// report template forbids.
    mutating func checkTemplate(_ template: Template, available: Set<PlaceholderSource>, polarity: Polarity?) {
        for placeholder in template.placeholders {
            if let problem = NarrativeVocabulary.problem(in: placeholder) {
                diagnostics.append(problem.diagnostic)
                continue
            }
            for filter in placeholder.filters where polarity == .neither && filter.asksForImprovement {
                error("'improvement' needs a better direction, but this measure's has none (better neither)", at: filter.range,
                      help: "say 'better higher' or 'better lower' on its indicator, or use 'increase' or 'rise' instead")
            }
            if let definition = NarrativeVocabulary.placeholder(named: placeholder.name.value), !available.contains(definition.source) {
                error("'{\(placeholder.name.value)}' is not known in this sentence", at: placeholder.name.range,
                      help: definition.source.absence)
            }
        }
        checkWording(template)
    }

    /// "poor performance" and "areas for improvement" are judgements the report does not make
    /// until they are known.
    mutating func checkWording(_ template: Template) {
        let lower = Array(template.text.lowercased().unicodeScalars)
        for (phrase, instead) in NarrativeVocabulary.forbiddenPhrases {
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

extension Filter {
    /// Whether the filter words a direction as improvement or deterioration, which needs the
    /// measure's better direction: `improvement`, `direction(improvement)`.
    var asksForImprovement: Bool {
        if name.value == "improvement" { return true }
        if name.value == "direction", arguments.count == 1, case .text("improvement")? = arguments.first { return true }
        return false
    }
}
