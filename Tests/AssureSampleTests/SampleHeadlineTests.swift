import AssureLanguage
import AssureData
import AssureEngine
import AssureReport
import Foundation
import XCTest

/// The 2023/24 report says what the 2023/24 annual report says where the statistics support
/// it: each headline sentence, and the section it lands in. The headlines whose change chance
/// explains (`HonestVerdictTests` has their p-values) are not said as news: they are areas to
/// note with the chance reason. A survey's figure, for 2023 in a report for 2023/24, names its
/// year.
final class SampleHeadlineTests: XCTestCase {
    private static let headlines: [(sentence: String, section: Classification)] = [
        ("We have observed a decrease in repeat domestic abuse cases involving children being heard at MARAC by 26%.", .doingWell),
        ("Since the beginning of 2023, we have seen a steady increase in statements submitted through the MOMO app month by month.", .doingWell),
        ("The record use was in October 2023 with a total of 187 statements.", .doingWell),
        ("86% of respondents were confident they can recognise signs of sexual abuse in children and take appropriate action (up from 78% in 2021) (figures for 2023).", .doingWell),
        ("97% of practitioners are confident in recognising signs of Neglect and taking appropriate action (up from 90% in 2021) (figures for 2023).", .doingWell),
        ("91% are confident that they can recognise signs of criminal exploitation in children and young people and take appropriate action (up from 81% in 2021) (figures for 2023).", .doingWell),
        ("97% would know exactly what to do about a safeguarding allegation against a colleague (up from 92% in 2021) (figures for 2023).", .doingWell),
        ("68% are familiar with the Professional Challenge and Escalation Policy and confident to use it (up from 59% in 2021) (figures for 2023).", .doingWell),
    ]

    /// The annual report's claims that chance explains, and the measures behind them.
    private static let unsupported: [(sentence: String, measure: String)] = [
        ("There has been a reduction in the proportion of children subject to a Child Protection Plan due to neglect", "neglect_share"),
        ("100% of practitioners are confident to share information", "survey_share_information"),
        ("98% know where to find their own organisation's safeguarding policies", "survey_know_policies"),
        ("98% feel confident to raise safeguarding concerns", "survey_raise_concerns_supported"),
    ]

    func testClaimsThatChanceExplainsAreNotMadeButNotedWithTheReason() throws {
        let document = try Sample.document("2023/24")
        let markdown = ReportFormat.markdown.render(document)
        for (sentence, measure) in Self.unsupported {
            XCTAssertFalse(markdown.contains(sentence), "the report still says: \(sentence)")
            let row = try XCTUnwrap(document.measures.first { $0.name == measure })
            XCTAssertEqual(row.classification, .toNote, measure)
            XCTAssertTrue(row.sentences.first?.contains("within what chance alone would give") ?? false, "\(measure): \(row.sentences)")
        }
    }

    func testEachHeadlineSentenceIsInTheReportInItsSection() throws {
        let document = try Sample.document("2023/24")
        let markdown = ReportFormat.markdown.render(document)
        for (sentence, section) in Self.headlines {
            XCTAssertTrue(markdown.contains(sentence), "the report does not say: \(sentence)")
            let sections = document.data.filter { part in
                part.groups.contains { group in group.statements.contains { $0.sentences.joined(separator: " ").contains(sentence) } }
            }
            XCTAssertEqual(sections.map(\.classification), [section], sentence)
        }
    }

    /// The one area for further exploration in 2023/24: the rate of child protection plans,
    /// 389 plans at March 2024 ÷ 60,731 children (2023/24) × 10,000 = 64.05, against England's
    /// 41.6 (`Rules/neglect.assure`: explore when value > benchmark × 1.2 = 49.92).
    func testTheOnlyAreaForFurtherExplorationIsTheChildProtectionRate() throws {
        let document = try Sample.document("2023/24")
        let exploration = try XCTUnwrap(document.data.first { $0.classification == .furtherExploration })
        let sentences = exploration.groups.flatMap { $0.statements.flatMap(\.sentences) }
        XCTAssertEqual(sentences, ["The rate of children subject to a child protection plan was 64.1 per 10,000 at the end of 2023/24, well above England (41.6 per 10,000)."])
    }
}
