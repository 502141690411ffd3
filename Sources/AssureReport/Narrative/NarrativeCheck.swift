import AssureData
import AssureEngine
import AssureLanguage

extension Narrative {
    /// Every narrative and notice template of the rules checked against the vocabulary, as
    /// diagnostics for `assure check` (which can import this module; the language module
    /// cannot, since the report depends on it).
    public static func check(_ plan: RulePlan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for measure in plan.measures {
            // Classifications in a fixed order, so the diagnostics come out the same every run.
            for classification in Classification.allCases {
                guard let template = measure.narratives[classification] else { continue }
                diagnostics += check(template).map(\.diagnostic)
            }
            for notice in measure.notices {
                guard let template = notice.template else { continue }
                diagnostics += check(template).map(\.diagnostic)
            }
        }
        return diagnostics
    }
}

extension NarrativeProblem {
    /// The problem as an error diagnostic pointing at the placeholder, with the vocabulary's
    /// documentation as help.
    public var diagnostic: Diagnostic {
        .error(message, at: range, help: "the placeholders and filters are listed in docs/narrative.md")
    }
}
