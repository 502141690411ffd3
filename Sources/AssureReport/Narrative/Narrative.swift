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
        template.placeholders.compactMap(NarrativeVocabulary.problem(in:))
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
}
