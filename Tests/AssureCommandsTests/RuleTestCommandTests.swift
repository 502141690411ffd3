import AssureCommands
import AssureTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `assure test` in-process: the sample's rule tests pass; a wrong expectation is a readable
/// difference, exit 1 and a JUnit file that parses; coverage and rules that can never hold on
/// rules built to have both; a malformed test file is `file:line:column` and exit 1.
final class RuleTestCommandTests: XCTestCase {
    /// Tests of the tiny partnership's referrals: 1,200 in 2022/23, 1,080 in 2023/24, -10%,
    /// beyond chance (TinyPartnership), so `doing well when change <= -10%` holds.
    private let tests = """
        test "referrals falling a tenth are doing well" {
          measure referrals
          as of 2023/24
          series referrals from 2022-04 100 for 12, 90 for 12
          expect doing well because "change <= -10%"
          expect sentence "Referrals fell to 1,080 in 2023/24."
        }

        test "a wrong expectation" {
          measure referrals
          as of 2023/24
          series referrals from 2022-04 100 for 12, 90 for 12
          expect explore
          expect sentence "Referrals fell to 1,000 in 2023/24."
        }

        """

    func testTheSamplePartnershipsRuleTestsAllPassAndReachEveryMeasure() {
        let outcome = assure(["test", "--rules", Sample.rules])
        XCTAssertEqual(outcome.status, 0, outcome.output + outcome.errors)
        XCTAssertTrue(outcome.output.contains(" passed, 0 failed."), outcome.output)
        XCTAssertFalse(outcome.output.contains("FAIL"), outcome.output)
        XCTAssertTrue(outcome.output.contains("Coverage: 33 of 33 measures tested;"), outcome.output)
        XCTAssertTrue(outcome.output.contains("5 of 5 outcome statements rated"), outcome.output)
        XCTAssertFalse(outcome.output.contains("Measures no test judges:"), outcome.output)
    }

    func testAWrongExpectationShowsExpectedAgainstActualTheFiguresAndAValidJUnitFile() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        try tiny.folder.write("Rules/tests/referrals.assure-test", tests)
        let junit = tiny.folder.path + "/rule-tests.xml"
        let outcome = assure(["test", "--rules", tiny.rules, "--junit", junit])
        XCTAssertEqual(outcome.status, 1)
        let file = tiny.rules + "/tests/referrals.assure-test"
        XCTAssertTrue(outcome.output.contains("ok    \(file):1: referrals falling a tenth are doing well\n"), outcome.output)
        // The texts share "Referrals fell to 1,0" (21 characters; 1,000 against 1,080): the
        // caret stands under the 22nd character of the actual sentence, after the 14 of
        // "    actual:   ".
        let caret = String(repeating: " ", count: 14 + 21) + "^ differs here"
        XCTAssertTrue(outcome.output.contains("""
            FAIL  \(file):9: a wrong expectation
              \(file):13:10: classification
                expected: explore
                actual:   doing well because change <= -10%
              \(file):14:19: sentence
                expected: Referrals fell to 1,000 in 2023/24.
                actual:   Referrals fell to 1,080 in 2023/24.
            \(caret)

            """), outcome.output)
        // The figures that decided, as explain gives them: 1,080 against 1,200, -10%.
        XCTAssertTrue(outcome.output.contains("change: −120 (1,080 − 1,200); −10% of 1,200, decrease"), outcome.output)
        XCTAssertTrue(outcome.output.contains("Ran 2 tests in 1 file: 1 passed, 1 failed.\n"), outcome.output)

        let xml = try Data(contentsOf: URL(fileURLWithPath: junit))
        let reader = JUnitReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        XCTAssertTrue(parser.parse(), parser.parserError.map { "\($0)" } ?? "")
        XCTAssertEqual(reader.elements.filter { $0 == "testsuites" }.count, 1)
        XCTAssertEqual(reader.elements.filter { $0 == "testsuite" }.count, 1)
        XCTAssertEqual(reader.elements.filter { $0 == "testcase" }.count, 2)
        XCTAssertEqual(reader.elements.filter { $0 == "failure" }.count, 1)
        XCTAssertEqual(reader.attributes["testsuites"]?["failures"], "1")
        XCTAssertEqual(reader.attributes["failure"]?["message"],
                       "classification: expected explore, actual doing well because change <= -10%")
        XCTAssertTrue(reader.failureText.contains("expected: Referrals fell to 1,000 in 2023/24."), reader.failureText)
    }

    func testCoverageAndRulesThatCanNeverHoldOnRulesBuiltToHaveBoth() throws {
        // Two rules more than the tiny partnership's measure has, so what follows moves down
        // two lines (referral_rate from line 43 to 45). Rule 2's condition lies inside rule 1's on the
        // same figure (change <= -10% within change <= -5%); rule 3 contradicts itself; `spare` has no test.
        let rules = TinyPartnership.rulesText.replacingOccurrences(of: """
              doing well when change <= -10%
              explore when change >= 10%
              say doing well "Referrals fell to {value} in {period}."
            """, with: """
              doing well when change <= -5%
              doing well when change <= -10%
              explore when change > 10% and change < 5%
              explore when change >= 10%
              say doing well "Referrals fell to {value} in {period}."
            """) + """

            measure spare {
              priority main
              value referrals over financial year
              compare with previous period
              doing well when change <= -10%
              say doing well "Referrals fell."
            }

            """
        let tiny = try TinyPartnership(rules: rules)
        defer { tiny.remove() }
        try tiny.folder.write("Rules/tests/referrals.assure-test", """
            test "referrals falling a tenth are doing well" {
              measure referrals
              as of 2023/24
              series referrals from 2022-04 100 for 12, 90 for 12
              expect doing well because "change <= -5%"
            }

            """)
        let outcome = assure(["test", "--rules", tiny.rules])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let rulesFile = tiny.rules + "/tiny.assure"
        XCTAssertTrue(outcome.output.contains("""
            Coverage: 1 of 3 measures tested; 1 of 6 classification rules held in a test.
            Measures no test judges:
              \(rulesFile):45:1: referral_rate
              \(rulesFile):53:1: spare
            Rules no test reaches:
              \(rulesFile):38:3: referrals: doing well when change <= -10%
              \(rulesFile):39:3: referrals: explore when (change > 10% and change < 5%)
              \(rulesFile):40:3: referrals: explore when change >= 10%
              \(rulesFile):49:3: referral_rate: doing well when change <= -10%
              \(rulesFile):57:3: spare: doing well when change <= -10%
            Rules that can never hold:
              \(rulesFile):38:3: referrals: 'doing well when change <= -10%' never decides: whenever it holds, 'doing well when change <= -5%' (\(rulesFile):37:3) holds first
              \(rulesFile):39:3: referrals: 'explore when (change > 10% and change < 5%)' contradicts itself: no figures satisfy it

            """), outcome.output)
    }

    func testAMalformedTestFileIsAnErrorAtItsLineAndColumnAndExit1() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        try tiny.folder.write("Rules/tests/bad.assure-test", """
            test "a slip" {
              measure referals
              series referrals from 2022-04 100 for 12
              expect doing wel
            }

            """)
        let outcome = assure(["test", "--rules", tiny.rules])
        XCTAssertEqual(outcome.status, 1)
        let file = tiny.rules + "/tests/bad.assure-test"
        XCTAssertTrue(outcome.errors.contains("\(file):4:16: error: expected 'well' after 'doing', found 'wel'"), outcome.errors)
        XCTAssertTrue(outcome.errors.contains("\(file):2:11: error: the rules have no measure 'referals'"), outcome.errors)
        XCTAssertTrue(outcome.errors.contains("help: did you mean 'referrals'?"), outcome.errors)
        XCTAssertEqual(outcome.output, "")
    }

    func testTestsCanBeGivenOnStandardInputAndJUnitWrittenToStandardOutput() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        let outcome = assure(["test", "--rules", tiny.rules, "--junit", "-", "-"], input: tests)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"assure test\" tests=\"2\" failures=\"1\" errors=\"0\">\n"),
                      outcome.output)
        XCTAssertTrue(outcome.output.contains("<testsuite name=\"&lt;standard input&gt;\""), outcome.output)
    }

    func testHelpOfTestDescribesEveryOptionWithAnExample() {
        let outcome = assure(["help", "test"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.output, """
            usage: assure test [--rules DIR] [--junit FILE|-] [--format text|json] [FILE…]

            run the rule tests beside the rules, with coverage; JUnit XML for CI

            Options:
              FILE…               the rule test files to run (- reads standard input); default every *.assure-test under the rules folder
              --rules DIR         the folder of rules files, and of the tests beside them; default Rules
              --junit FILE|-      also write the results as JUnit XML to FILE (atomically) for CI; - writes it to standard output instead of the results
              --format text|json  text (default) or json (schema assure-test/1), on standard output
              -h, --help          show this help and exit

            Example:
              assure test --junit rule-tests.xml

            """)
        XCTAssertEqual(assure(["test", "-h"]).output, outcome.output)
    }

    func testAJUnitFileInsideTheRulesFolderIsRefused() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        try tiny.folder.write("Rules/tests/referrals.assure-test", tests)
        let outcome = assure(["test", "--rules", tiny.rules, "--junit", tiny.rules + "/results.xml"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.contains("is inside the rules folder"), outcome.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tiny.rules + "/results.xml"))
    }

    func testJSONResultsHaveTheDocumentedKeys() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        try tiny.folder.write("Rules/tests/referrals.assure-test", tests)
        let outcome = assure(["test", "--rules", tiny.rules, "--format", "json"])
        XCTAssertEqual(outcome.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["schema", "summary", "tests", "coverage"])
        XCTAssertEqual(object["schema"] as? String, "assure-test/1")
        let summary = try XCTUnwrap(object["summary"] as? [String: Int])
        XCTAssertEqual(summary, ["tests": 2, "passed": 1, "failed": 1, "files": 1])
        let tests = try XCTUnwrap(object["tests"] as? [[String: Any]])
        XCTAssertEqual(tests.map { Set($0.keys) }, Array(repeating: ["name", "file", "line", "column", "subject", "passed", "failures"], count: 2))
        let failures = try XCTUnwrap(tests.last?["failures"] as? [[String: Any]])
        XCTAssertEqual(failures.compactMap { $0["what"] as? String }, ["classification", "sentence"])
        let coverage = try XCTUnwrap(object["coverage"] as? [String: Any])
        XCTAssertEqual(Set(coverage.keys), ["measures", "rules", "untested_measures", "unreached_rules", "never_holding_rules",
                                            "outcomes", "rating_rules", "untested_outcomes", "unreached_rating_rules"])
    }

    func testOddButValidFiguresFailOrPassButNeverCrash() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        try tiny.folder.write("Rules/tests/odd.assure-test", """
            test "nothing but missing and suppressed months" {
              measure referrals
              as of 2023/24
              series referrals from 2022-04 missing for 12, suppressed for 12
              expect to note
            }

            test "a period long after the data" {
              measure referral_rate
              as of 2099/00
              series referrals from 2022-04 -5 for 24
              series population 2022/23 0, 2023/24 0
              expect to note
            }

            test "no figures at all" {
              measure referrals
              as of 2023/24
              expect doing well
            }

            """)
        let outcome = assure(["test", "--rules", tiny.rules])
        XCTAssertEqual(outcome.status, 1, outcome.errors)
        // The first two are areas to note (no data); the third is too, so it fails.
        XCTAssertTrue(outcome.output.contains("Ran 3 tests in 1 file: 2 passed, 1 failed."), outcome.output)
        XCTAssertTrue(outcome.output.contains("    expected: doing well\n    actual:   to note because there is no data for 2023/24\n"), outcome.output)
    }

    func testANoticeThatDoesNotApplyIsAFailure() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        // The tiny partnership's measures have no notices at all.
        try tiny.folder.write("Rules/tests/notice.assure-test", """
            test "a record" {
              measure referrals
              as of 2023/24
              series referrals from 2022-04 100 for 12, 90 for 12
              expect notice "A record."
            }

            """)
        let outcome = assure(["test", "--rules", tiny.rules])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.output.contains(":5:17: notice\n    expected: A record.\n    actual:   no notice applies\n"), outcome.output)
    }

    func testNoTestsIsAnErrorThatSaysWhereToWriteThem() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        let outcome = assure(["test", "--rules", tiny.rules])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.contains("there are no rule tests (*.assure-test)"), outcome.errors)
    }

    func testRunAndCheckNeverReadTestFilesAsRules() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        try tiny.folder.write("Rules/tests/referrals.assure-test", tests)
        let outcome = assure(tiny.arguments(["check"]))
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertEqual(outcome.output, "Checked 1 rules file: 2 measures, no outcome statements; no errors, no warnings.\n")
    }
}

/// Collects what an XMLParser reads of a JUnit file.
private final class JUnitReader: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [String: [String: String]] = [:]
    var failureText = ""
    private var inFailure = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append(elementName)
        attributes[elementName] = attributeDict
        inFailure = elementName == "failure"
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inFailure { failureText += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "failure" { inFailure = false }
    }
}
