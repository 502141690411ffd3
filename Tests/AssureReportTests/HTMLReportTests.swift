import XCTest
import AssureTestSupport
import AssureData
import AssureEngine
import AssureLanguage
@testable import AssureReport

/// The HTML report: its golden file, escaping of user-written text, accessibility and
/// self-containment.
final class HTMLReportTests: XCTestCase {
    private func html() throws -> String {
        HTMLReport.render(try XCTUnwrap(ReportFixture.document))
    }

    func testHTMLGolden() throws {
        Golden.assertMatches(try html(), "report.html")
    }

    func testUserWrittenTextIsEscaped() throws {
        let page = try html()
        XCTAssertFalse(page.contains("<script"), "no script element, and the title's tag is text")
        XCTAssertTrue(page.contains("Early help &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;"))
        XCTAssertTrue(page.contains("Children&#39;s voices are heard &amp; acted on"))
    }

    func testEscapeCoversTheFiveCharacters() {
        XCTAssertEqual(HTMLText.escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    func testSelfContainedWithNoExternalResources() throws {
        let page = try html()
        for reference in ["src=", "href=", "@import", "url(", "<link", "<script"] {
            XCTAssertFalse(page.contains(reference), "the page refers to nothing outside itself: \(reference)")
        }
        XCTAssertTrue(page.contains("@media print"))
    }

    /// Each table scrolls inside its own box, which a keyboard can reach and a screen reader
    /// names by the table's caption; on a narrow screen the cells reflow with their column's name.
    func testTablesScrollInAFocusableLabelledBoxAndReflowWithLabels() throws {
        let page = try html()
        XCTAssertEqual(page.components(separatedBy: "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"outcomes-caption\" tabindex=\"0\">\n<table class=\"reflow\">\n<caption id=\"outcomes-caption\">").count, 2)
        XCTAssertEqual(page.components(separatedBy: "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"measures-caption\" tabindex=\"0\">\n<table class=\"reflow\">\n<caption id=\"measures-caption\">").count, 2)
        XCTAssertEqual(page.components(separatedBy: "</table>\n</div>\n").count - 1, 2)
        let document = try XCTUnwrap(ReportFixture.document)
        let body = try XCTUnwrap(page.components(separatedBy: "<body>").last)
        for label in ["Priority", "Period", "Value", "Comparison", "Change", "Verdict", "Series"] {
            XCTAssertEqual(body.components(separatedBy: "data-label=\"\(label)\"").count - 1, document.measures.count, label)
        }
        XCTAssertEqual(page.components(separatedBy: "<td data-label=\"Rating\">").count - 1, document.outcomes.count)
        for rule in ["overflow-x: auto", "overflow-wrap: break-word", "@media screen and (max-width: 40rem)", "content: attr(data-label)",
                     "@page { size: A4;", "background: transparent !important", "break-inside: avoid", "break-after: avoid"] {
            XCTAssertTrue(HTMLStyle.css.contains(rule), rule)
        }
    }

    func testEveryMeasureHasAnAccessibleChart() throws {
        let page = try html()
        let document = try XCTUnwrap(ReportFixture.document)
        XCTAssertEqual(page.components(separatedBy: "<svg class=\"chart\"").count - 1, document.measures.count)
        // With no headlines named, 4.1 gives every measure, each with its chart; the one measure
        // judged by statistical process control, momo, has the variation icon (and, with no
        // target, no assurance icon).
        let statements = document.data.flatMap(\.groups).flatMap(\.statements)
        XCTAssertEqual(statements.count, document.measures.count)
        XCTAssertEqual(page.components(separatedBy: "<svg class=\"verdict-chart\"").count - 1, statements.count)
        XCTAssertEqual(page.components(separatedBy: "<figure class=\"measure-chart\">").count - 1, statements.count)
        XCTAssertEqual(page.components(separatedBy: "<svg class=\"mdc-icon\"").count - 1, 1)
        XCTAssertEqual(page.components(separatedBy: "role=\"img\"").count - 1, document.measures.count + statements.count + 1)
        XCTAssertTrue(page.contains("class=\"point special-cause-improvement latest\""))
        XCTAssertTrue(page.contains("<caption id=\"measures-caption\">Every measure for 2023/24"))
        XCTAssertTrue(page.contains("<h1>"))
    }

    func testChartDescriptionNamesMeanLimitsGapsAndTheReportingPeriod() throws {
        let document = try XCTUnwrap(ReportFixture.document)
        let momo = try XCTUnwrap(document.measures.first { $0.name == "momo" })
        let description = SVGChart(chart: momo.chart, title: momo.title, identifier: "c").description
        XCTAssertTrue(description.hasPrefix("27 periods from January 2022 to March 2024. Lowest January 2022: 50; highest October 2023: 187. The latest 12: April 2023: 90;"), description)
        XCTAssertTrue(description.contains("Statistical process control: mean 93.3, process limits 78.3 to 108.3."), description)
        XCTAssertTrue(description.hasSuffix("The reporting period, March 2024, is highlighted (special cause improvement)."), description)
        let survey = try XCTUnwrap(document.measures.first { $0.name == "csa_confidence" })
        let surveyText = SVGChart(chart: survey.chart, title: survey.title, identifier: "s").description
        // The survey was not run in 2022 (the data has no row for it): its two waves, 2021 and
        // 2023, are joined, with no gap and no cross for the year never run.
        XCTAssertEqual(surveyText, "2 periods from 2021 to 2023. 2021: 78%; 2023: 86%. The reporting period, 2023, is highlighted.")
        let svg = SVGChart(chart: survey.chart, title: survey.title, identifier: "s").render()
        XCTAssertEqual(svg.components(separatedBy: "<polyline").count - 1, 1)
        XCTAssertFalse(svg.contains("class=\"gap\""))
        XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 2)
    }
}
