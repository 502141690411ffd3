import AssureLanguage
import AssureData
import AssureEngine
import AssureReport
import Foundation
import XCTest
import AssureTestSupport

/// The engine's figures on the sample, each worked by hand from `Indicators/*.csv` with a few
/// lines of Python (csv module only), independent of the engine:
///
/// - MARAC: sum of `marac_repeats_children` rows of police_marac.csv, April–March:
///   2022/23 = 250 (12 months), 2023/24 = 185 (12 months); 185 − 250 = −65; −65/250 = −26%.
/// - Neglect share: children_social_care.csv, March 2024 cp_plans_neglect 173 / cp_plans_total
///   389 = 44.473%; March 2023 192 / 400 = 48%; change −3.527 points.
/// - MOMO: momo.csv 2023-01 … 2024-03 (15 months): 74, 85, 100, 112, 120, 131, 143, 160, 174,
///   187, 174, 164, 171, 172, 180. Mann–Kendall S = Σ sign(xj − xi) over i < j = 82 (as
///   Indicators/README.md says); the largest month of the whole file is 187, October 2023 only.
/// - Survey: practitioner_survey.csv survey_recognise_csa 2021 78%, 2023 86%: +8 points.
final class SampleFigureTests: XCTestCase {
    private var assessment: Assessment!

    override func setUpWithError() throws { assessment = try Sample.assessment("2023/24") }

    func testMARACRepeats() throws {
        let finding = try Sample.finding("marac_repeats", in: assessment)
        XCTAssertEqual(finding.period, try Sample.period("2023/24"))
        XCTAssertEqual(finding.current.value, 185)
        let comparison = try XCTUnwrap(finding.primaryComparison)
        XCTAssertEqual(comparison.period, try Sample.period("2022/23"))
        XCTAssertEqual(comparison.figure, 250)
        let change = try XCTUnwrap(comparison.change)
        XCTAssertEqual(change.absolute, -65)
        XCTAssertEqual(try XCTUnwrap(change.percent), -26, accuracy: 1e-9)
        XCTAssertEqual(finding.verdict, .doingWell)
    }

    func testNeglectShare() throws {
        let finding = try Sample.finding("neglect_share", in: assessment)
        XCTAssertEqual(try XCTUnwrap(finding.current.value), 173.0 / 389.0 * 100, accuracy: 1e-9)
        let comparison = try XCTUnwrap(finding.primaryComparison)
        XCTAssertEqual(try XCTUnwrap(comparison.figure), 48, accuracy: 1e-9)
        let points = try XCTUnwrap(comparison.change?.points)
        XCTAssertEqual(points, 173.0 / 389.0 * 100 - 48, accuracy: 1e-9)
        XCTAssertEqual(points, -3.527, accuracy: 0.001)
        // A fall of 3.5 points that chance explains (p = 0.32, HonestVerdictTests).
        guard case .toNote(.withinChance) = finding.verdict else { return XCTFail("\(finding.verdict)") }
    }

    func testMOMOTrendAndRecord() throws {
        let finding = try Sample.finding("momo_statements", in: assessment)
        XCTAssertEqual(finding.period, try Sample.period("2024-03"))
        XCTAssertEqual(finding.current.value, 180)
        var sawTrend = false, sawRecord = false
        for notice in finding.notices {
            switch notice.evidence {
            case .trend(let result, let since, let through)?:
                sawTrend = true
                XCTAssertTrue(notice.applies)
                XCTAssertEqual(since, try Sample.period("2023-01"))
                XCTAssertEqual(through, try Sample.period("2024-03"))
                XCTAssertEqual(result.count, 15)
                XCTAssertEqual(result.s, 82)
            case .record(let record, let periods, _)?:
                sawRecord = true
                XCTAssertTrue(notice.applies)
                XCTAssertEqual(record.value, 187)
                XCTAssertEqual(periods, [try Sample.period("2023-10")])
            default:
                break
            }
        }
        XCTAssertTrue(sawTrend, "no trend notice")
        XCTAssertTrue(sawRecord, "no record notice")
        XCTAssertEqual(finding.verdict, .doingWell)
    }

    func testSurveyRecogniseSexualAbuse() throws {
        let finding = try Sample.finding("survey_recognise_csa", in: assessment)
        XCTAssertEqual(finding.current.value, 86)
        let comparison = try XCTUnwrap(finding.primaryComparison)
        XCTAssertEqual(comparison.figure, 78)
        XCTAssertEqual(comparison.change?.points, 8)
        XCTAssertEqual(finding.verdict, .doingWell)
    }

    func testMARACExplanationShowsFiguresAPersonCanCheck() throws {
        let finding = try Sample.finding("marac_repeats", in: assessment)
        let text = Explanation.text(finding, asOf: try Sample.period("2023/24"))
        for figure in ["185", "250", "−26%"] {
            XCTAssertTrue(text.contains(figure), "the explanation lacks \(figure):\n\(text)")
        }
        // Line 110 of police_marac.csv is "Salbridge,marac_repeats_children,2023-04,17,".
        XCTAssertTrue(text.contains("police_marac.csv:110"), "the explanation names no source line:\n\(text)")
    }
}
