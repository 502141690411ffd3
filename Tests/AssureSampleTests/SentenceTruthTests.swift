import AssureData
import AssureEngine
import AssureLanguage
import AssureReport
import Foundation
import XCTest

/// Every sentence of the sample's reports, for every quarter and financial year from 2019/20 to
/// 2023/24, checked against its finding's figures: no two different figures written as the
/// same ("4, up from 4"), no direction the change contradicts, no figure for another period
/// that does not name its period, and no to-note sentence for a reason it was not written for.
final class SentenceTruthTests: XCTestCase {
    private static func reportPeriods() throws -> [String] {
        var periods: [String] = []
        for year in 2019...2023 {
            let code = "\(year)/\(String(year + 1).suffix(2))"
            periods.append(code)
            periods += (1...4).map { "\(code) Q\($0)" }
        }
        return periods
    }

    func testEverySentenceIsTrueToItsFigures() throws {
        let load = PartnershipLoader.load(rules: Sample.rules, indicators: Sample.indicators)
        let partnership = try XCTUnwrap(load.partnership)
        var checked = 0
        for code in try SentenceTruthTests.reportPeriods() {
            let period = try Period.parse(code)
            // A quarterly report for each quarter, and a financial-year one for each year.
            var ruleSet = partnership.ruleSet
            ruleSet.report.period = code.contains("Q") ? .quarter : .financialYear
            let assessment = try XCTUnwrap(Assessment.evaluate(ruleSet, data: partnership.data, period: period))
            let document = ReportDocument(assessment)
            for (finding, row) in zip(assessment.measures, document.measures) {
                guard let sentence = row.sentences.first else { continue }
                checked += 1
                let context = "\(code) \(finding.measure.name): \(sentence)"
                checkNoEqualFigures(sentence, finding, context)
                checkDirection(sentence, finding, context)
                if finding.period != assessment.period {
                    XCTAssertTrue(sentence.contains(finding.period.name) || sentence.contains(finding.period.code), "names no period: \(context)")
                }
                if case .toNote(let reason) = finding.verdict, let template = finding.measure.narratives[.toNote],
                   Narrative.sentence(template, finding).text == sentence {
                    // `say to note` is written for a rule that held or a change the rules did not judge.
                    switch reason {
                    case .ruleHeld, .noChangeBeyondThresholds, .noSignificantChange, .changeWithoutDirection, .noComparison: break
                    default: XCTFail("'say to note' used for \(reason): \(context)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 500)
    }

    /// "X, up from X": the figure compared with must not be written as the value is, when they differ.
    private func checkNoEqualFigures(_ sentence: String, _ finding: MeasureFinding, _ context: String) {
        guard let value = finding.current.value, let figure = finding.primaryComparison?.figure else { return }
        XCTAssertFalse(SentenceTruthTests.writesDifferentFiguresAlike(sentence, value: value, comparison: figure),
                       "two different figures written alike: \(context)")
    }

    /// Whether `sentence` writes the figure compared with ("up from 4") as the value would be
    /// written at the same places, although the two differ.
    static func writesDifferentFiguresAlike(_ sentence: String, value: Double, comparison: Double) -> Bool {
        guard value != comparison,
              let regex = try? NSRegularExpression(pattern: #"(?:up|down) from ([0-9][0-9,]*(?:\.[0-9]+)?)"#) else { return false }
        for match in regex.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) {
            guard let range = Range(match.range(at: 1), in: sentence) else { continue }
            let text = sentence[range].replacingOccurrences(of: ",", with: "")
            guard let shown = Double(text) else { continue }
            let places = text.split(separator: ".").dropFirst().first?.count ?? 0
            var scale = 1.0
            for _ in 0..<places { scale *= 10 }
            if abs((value * scale).rounded() / scale - shown) < 1e-9 { return true }
        }
        return false
    }

    func testTheCheckFindsFourUpFromFour() {
        XCTAssertTrue(SentenceTruthTests.writesDifferentFiguresAlike("Website page views per user: 4 in 2023/24, up from 4 in 2022/23.",
                                                                     value: 3.98, comparison: 3.96))
        XCTAssertFalse(SentenceTruthTests.writesDifferentFiguresAlike("Website page views per user: 3.98 in 2023/24, up from 3.96 in 2022/23.",
                                                                      value: 3.98, comparison: 3.96))
    }

    /// "up from", "an increase" only for a rise; "down from", "a decrease" only for a fall.
    private func checkDirection(_ sentence: String, _ finding: MeasureFinding, _ context: String) {
        guard let change = finding.primaryComparison?.change, finding.primaryComparison?.basis.isOverTime == true else { return }
        let lower = sentence.lowercased()
        if change.absolute > 0 {
            XCTAssertFalse(lower.contains("down from") || lower.contains("a decrease of"), "a rise worded as a fall: \(context)")
        } else if change.absolute < 0 {
            XCTAssertFalse(lower.contains("up from") || lower.contains("an increase of"), "a fall worded as a rise: \(context)")
        }
    }
}
