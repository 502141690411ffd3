import XCTest
import AssureLanguage
@testable import AssureReport

/// `assure check` (the language's catalogue) and the report's renderer must know exactly the
/// same placeholders and filters: a template the checker passes is one the report can write.
final class NarrativeVocabularyAgreementTests: XCTestCase {
    func testCheckerAndRendererKnowTheSamePlaceholders() {
        let checked = Set([Placeholders.always, Placeholders.comparison, Placeholders.target, Placeholders.benchmark,
                           Placeholders.spc, Placeholders.trend, Placeholders.record, Placeholders.run].flatMap(\.keys))
        let rendered = Set(NarrativeVocabulary.placeholders.map(\.name))
        XCTAssertEqual(checked.subtracting(rendered), [], "checked but not rendered")
        XCTAssertEqual(rendered.subtracting(checked), [], "rendered but not checked")
    }

    func testCheckerAndRendererKnowTheSameFilters() {
        let checked = Set(Placeholders.filters.keys)
        let rendered = Set(NarrativeVocabulary.filters.map(\.name))
        XCTAssertEqual(checked.subtracting(rendered), [], "checked but not rendered")
        XCTAssertEqual(rendered.subtracting(checked), [], "rendered but not checked")
        for filter in NarrativeVocabulary.filters {
            guard let rule = Placeholders.filters[filter.name] else { continue }
            XCTAssertEqual(rule.arguments, filter.minimumArguments...filter.maximumArguments, filter.name)
        }
    }
}
