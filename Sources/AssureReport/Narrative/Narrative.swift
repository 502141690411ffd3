import Foundation
import AssureData
import AssureEngine
import AssureLanguage

/// Writes a measure's narrative: fills a template's placeholders from a finding, formats them
/// as British report writing does, and makes the result one sentence (a capital first letter,
/// exactly one full stop at the end). Pure: the same template and finding give the same text.
public enum Narrative {
    /// The template filled in from `finding`; `notice` is the trend, run or record notice whose
    /// sentence this is, when it is one. A figure the finding lacks is a problem pointing at the
    /// placeholder, never a guess.
    public static func sentence(_ template: Template, _ finding: MeasureFinding, notice: NoticeFinding? = nil) -> NarrativeResult {
        if let problem = check(template).first { return .problem(problem) }
        let figures = FindingFigures(finding: finding, notice: notice)
        var text = ""
        for segment in template.segments {
            switch segment {
            case .text(let literal): text += literal
            case .placeholder(let placeholder):
                switch fill(placeholder, figures: figures, finding: finding) {
                case .success(let filled): text += filled
                case .failure(let problem): return .problem(problem)
                }
            }
        }
        return .sentence(finish(text))
    }

    /// The problems `assure check` reports in a template without any data: unknown placeholders
    /// and filters, wrong arguments, and filters that cannot format the figure they are given.
    public static func check(_ template: Template) -> [NarrativeProblem] {
        template.placeholders.compactMap(check)
    }

    /// Makes text one sentence: trims it, capitalises its first letter, and ends it with a full
    /// stop unless it already ends with `.`, `?`, `!` or `…` (a doubled full stop becomes one).
    public static func finish(_ text: String) -> String {
        var sentence = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = sentence.first else { return "" }
        sentence = first.uppercased() + sentence.dropFirst()
        // "..": a template ending in a full stop around a figure that ended in one.
        while sentence.hasSuffix(".."), !sentence.hasSuffix("...") { sentence.removeLast() }
        if let last = sentence.last, !".?!…".contains(last) { sentence += "." }
        return sentence
    }

    // MARK: Filling in

    private static func fill(_ placeholder: Placeholder, figures: FindingFigures, finding: MeasureFinding) -> Result<String, NarrativeProblem> {
        let name = placeholder.name.value
        var value: NarrativeValue
        switch figures.figure(name) {
        case .figure(let figure): value = figure
        case .unavailable(let reason):
            return .failure(NarrativeProblem(message: "`{\(name)}` cannot be filled in for \(finding.measure.name): \(reason)",
                                             range: placeholder.range))
        }
        let filters = NarrativeFilters(finding: finding, placeholder: name)
        for filter in placeholder.filters {
            switch filters.apply(filter, to: value) {
            case .success(let next): value = next
            case .failure(let failure):
                return .failure(NarrativeProblem(message: "`{\(name)}` in \(finding.measure.name): \(failure.message)", range: filter.range))
            }
        }
        return .success(value.text)
    }

    // MARK: Checking

    private static func check(_ placeholder: Placeholder) -> NarrativeProblem? {
        let name = placeholder.name.value
        guard let definition = NarrativeVocabulary.placeholder(named: name) else {
            let known = NarrativeVocabulary.placeholders.map(\.name).joined(separator: ", ")
            return NarrativeProblem(message: "unknown placeholder `\(name)`; the placeholders are \(known)", range: placeholder.name.range)
        }
        var kind = definition.kind
        for filter in placeholder.filters {
            let filterName = filter.name.value
            guard let filterDefinition = NarrativeVocabulary.filter(named: filterName) else {
                let known = NarrativeVocabulary.filters.map(\.name).joined(separator: ", ")
                return NarrativeProblem(message: "unknown filter `\(filterName)`; the filters are \(known)", range: filter.name.range)
            }
            if let problem = checkArguments(filter, filterDefinition) { return problem }
            guard filterDefinition.accepts.contains(kind) else {
                let accepted = filterDefinition.accepts.map(\.rawValue).sorted().joined(separator: " or ")
                return NarrativeProblem(message: "`\(filterName)` formats a \(accepted), but `\(name)` gives a \(kind.rawValue) here",
                                        range: filter.range)
            }
            if filterName == "from", name != "comparison.value" {
                return NarrativeProblem(message: "`from` formats `comparison.value` only", range: filter.range)
            }
            kind = filterDefinition.gives ?? kind
        }
        return nil
    }

    private static func checkArguments(_ filter: Filter, _ definition: FilterDefinition) -> NarrativeProblem? {
        let count = filter.arguments.count
        guard count >= definition.minimumArguments, count <= definition.maximumArguments else {
            let expected = definition.maximumArguments == 0 ? "no arguments" : "`\(definition.name)\(definition.usage)`"
            return NarrativeProblem(message: "`\(definition.name)` takes \(expected), not \(count)", range: filter.range)
        }
        for argument in filter.arguments {
            switch (argument, definition.argumentKind) {
            case (.number, .number), (.text, .text): continue
            case (.number, _), (.text, _):
                return NarrativeProblem(message: "`\(definition.name)` is written `\(definition.name)\(definition.usage)`", range: filter.range)
            }
        }
        if definition.name == "direction", count == 1, case .text(let style)? = filter.arguments.first,
           !NarrativeVocabulary.directionStyles.contains(style) {
            return NarrativeProblem(message: "`direction` with one word takes a style: "
                                    + NarrativeVocabulary.directionStyles.joined(separator: ", "), range: filter.range)
        }
        return nil
    }
}
