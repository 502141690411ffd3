import AssureData
import AssureEngine
import AssureReport
import AssureTestSupport
import XCTest

/// A comparison with England that has no counts to test with is said as values only, in the
/// narrative as in the table: never as a tested difference.
final class ComparatorWordsTests: XCTestCase {
    func testAGapOfValuesOnlyIsSaidSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // England 5%, Salford 6%: the file's own rounded percentages, with no counts beside them.
        try folder.write("Indicators/plans.csv", """
            time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,long_percent
            2024,Reporting year,National,E92000001,England,,,,,,5
            2024,Reporting year,Local authority,E92000001,England,E12000002,North West,355,E08000006,Salford,6

            """)
        try folder.write("Rules/r.assure", """
            report { title "T"; area "Salford"; period financial year }
            priority p { title "P" }
            indicator long_percent { from "plans.csv" indicator "long_percent"; unit percent; frequency financial year; better lower }
            measure m {
              title "Plans open two years or more"
              priority p
              value long_percent
              compare with England
              explore when value > comparison
              ignore chance
            }

            """)
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        let partnership = try XCTUnwrap(load.partnership, "\(load.diagnostics.map(\.message))")
        let assessment = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data,
                                                           period: try Period.parse("2023/24")))
        let finding = try XCTUnwrap(assessment.measures.first)
        let sentence = try XCTUnwrap(Narrative.sentence(for: finding).text)
        XCTAssertTrue(sentence.contains("above England (5%) (values only, no test)"), sentence)
    }
}
