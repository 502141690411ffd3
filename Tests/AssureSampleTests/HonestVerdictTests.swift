import AssureAnalysis
import AssureEngine
import AssureLanguage
import AssureReport
import AssureTestSupport
import XCTest

/// The sample as of 2023/24, judged honestly: every change that chance explains at 95% is an
/// area to note with the chance reason, and the changes the annual report rests on remain
/// what it says. Each p-value was worked out once with SciPy 1.x and is recorded beside it:
/// counts by `scipy.stats.binomtest(x1, x1 + x2, 0.5).pvalue` (the exact conditional test of
/// two counts over periods of equal length); proportions by
/// `scipy.stats.chi2_contingency(table, correction=False)[1]`, or `scipy.stats.fisher_exact(table)[1]`
/// when an expected cell is below 5. The survey's respondents are 212 (2021) and 243 (2023),
/// from Indicators/practitioner_survey.csv; its successes are each percentage of them, rounded.
final class HonestVerdictTests: XCTestCase {
    private static let assessment = try? Sample.assessment("2023/24")

    private func check(_ name: String, _ verdict: Classification, p expected: Double, method: SignificanceTestMethod,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let assessment = try XCTUnwrap(HonestVerdictTests.assessment, file: file, line: line)
        let finding = try Sample.finding(name, in: assessment)
        XCTAssertEqual(finding.verdict.classification, verdict, "\(name): \(finding.verdict)", file: file, line: line)
        let test = try XCTUnwrap(finding.primaryComparison?.chance.test?.test, "\(name) was not tested", file: file, line: line)
        XCTAssertEqual(test.method, method, name, file: file, line: line)
        XCTAssertEqual(test.pValue, expected, accuracy: 1e-9, name, file: file, line: line)
        if verdict == .toNote {
            guard case .toNote(.withinChance) = finding.verdict else {
                return XCTFail("\(name) is to note for another reason: \(finding.verdict)", file: file, line: line)
            }
        }
    }

    // MARK: What the annual report says, and the statistics support

    func testMaracRepeatsFellBeyondChance() throws {
        // 185 against 250: binomtest(185, 435, 0.5).pvalue = 0.0021152755851358814.
        try check("marac_repeats", .doingWell, p: 0.0021152755851358814, method: .conditionalBinomial)
    }

    func testTheSurveysRecognitionOfSexualAbuseRoseBeyondChance() throws {
        // 86% of 243 = 209 against 78% of 212 = 165: chi2_contingency([[209, 34], [165, 47]],
        // correction=False) p = 0.022916496782994417.
        try check("survey_recognise_csa", .doingWell, p: 0.022916496782994417, method: .chiSquare)
    }

    // MARK: Changes that chance explains

    func testSeriousIncidentsInvolvingBabiesFiveAgainstNineIsWithinChance() throws {
        // binomtest(5, 14, 0.5).pvalue = 0.4239501953125.
        try check("serious_incidents_babies", .toNote, p: 0.4239501953125, method: .conditionalBinomial)
    }

    func testSelfReferralsFortyNineAgainstFortyThreeIsWithinChance() throws {
        // binomtest(49, 92, 0.5).pvalue = 0.6024122776961507.
        try check("da_self_referrals", .toNote, p: 0.6024122776961507, method: .conditionalBinomial)
    }

    func testTheNeglectShareIsWithinChance() throws {
        // 173 of 389 against 192 of 400: chi2_contingency([[173, 216], [192, 208]], correction=False)
        // p = 0.3205214220652173.
        try check("neglect_share", .toNote, p: 0.3205214220652173, method: .chiSquare)
    }

    func testAHundredPercentAgainstNinetyNineIsWithinChance() throws {
        // 243 of 243 against 210 of 212: an expected cell of 0.93, so
        // fisher_exact([[243, 0], [210, 2]]) p = 0.21654644914556812.
        try check("survey_share_information", .toNote, p: 0.21654644914556812, method: .fisherExact)
    }

    func testNinetyEightPercentAgainstNinetySevenIsWithinChance() throws {
        // 238 of 243 against 206 of 212: smallest expected cell 5.13, so
        // chi2_contingency([[238, 5], [206, 6]], correction=False) p = 0.592499832613975.
        try check("survey_know_policies", .toNote, p: 0.592499832613975, method: .chiSquare)
    }

    func testTheChanceSentenceIsTrueToItsFigures() throws {
        let document = try Sample.document("2023/24")
        let row = try XCTUnwrap(document.measures.first { $0.name == "serious_incidents_babies" })
        XCTAssertEqual(row.sentences.first,
                       "Serious incident notifications involving babies under 1: 5 in 2023/24, down from 9 in 2022/23, a decrease of 44.4%; "
                       + "the change is within what chance alone would give: 5 against 9 (exact conditional test, p = 0.424).")
    }
}
