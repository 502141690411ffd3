import AssureData
import XCTest
@testable import AssureLanguage

/// `compare with England`, `compare with region` and `compare with statistical neighbours`:
/// read, checked, refused where they cannot mean anything, and their placeholders known only
/// where they can be filled.
final class ComparatorLanguageTests: XCTestCase {
    private let head = """
    report { title "T"; area "Salford"; period financial year }
    priority p { title "P" }
    indicator plans { unit count; frequency financial year; aggregate last }
    indicator long_plans { unit count; frequency financial year; aggregate last; better lower }
    indicator share = long_plans / plans { unit percent; better lower }
    indicator published_share { unit percent; frequency financial year; better lower }

    """

    private func check(_ measure: String) -> RulesCheckResult {
        Checker().check([RulesSource(path: "r.assure", text: head + measure)])
    }

    private func located(_ result: RulesCheckResult) -> [String] {
        result.diagnostics.map { "\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"): \($0.message)" }
    }

    func testEachComparatorReadsAsAComparisonWithItsPlace() throws {
        let result = check("""
        measure m {
          priority p
          value share over financial year
          compare with England
          compare with region
          compare with statistical neighbours
          compare with England from published_share
        }
        """)
        XCTAssertEqual(located(result), [])
        let measure = try XCTUnwrap(result.ruleSet.measures.first)
        let comparators = measure.comparisons.compactMap { comparison -> AreaComparison? in
            if case .comparator(let comparator) = comparison { return comparator }
            return nil
        }
        XCTAssertEqual(comparators.map(\.kind), [.england, .region, .statisticalNeighbours, .england])
        XCTAssertEqual(comparators.map(\.indicator), [nil, nil, nil, "published_share"])
        // Line 10 of the file (the head is 6 lines), column 3: where `compare` is written.
        XCTAssertEqual(comparators.first?.range?.start.line, 10)
        XCTAssertEqual(comparators.first?.range?.start.column, 3)
        XCTAssertFalse(Comparison.comparator(comparators[0]).isOverTime)
    }

    func testStatisticalWithoutNeighboursIsAnErrorAtTheEndOfTheClause() {
        let result = check("""
        measure m {
          priority p
          value share over financial year
          compare with statistical
        }
        """)
        XCTAssertEqual(located(result).first, "10:27: expected 'neighbours' after 'statistical', found the end of the line")
    }

    func testAComparatorFromAnUnknownIndicatorIsAnErrorWithTheNearestName() {
        let result = check("""
        measure m {
          priority p
          value share over financial year
          compare with England from published_shar
        }
        """)
        XCTAssertEqual(located(result), ["10:29: unknown indicator 'published_shar'"])
        XCTAssertEqual(result.diagnostics.first?.help, "did you mean 'published_share'?")
    }

    func testAComparatorInAnotherUnitIsAnError() {
        let result = check("""
        measure m {
          priority p
          value share over financial year
          compare with England from plans
        }
        """)
        XCTAssertEqual(located(result), ["10:29: 'plans' is a count, but the measure is a percentage"])
    }

    /// Naming the measure's own indicator as its benchmark compared the area with itself,
    /// labelled "England": now refused, with what to write instead.
    func testABenchmarkThatIsTheMeasuresOwnValueIsRefused() {
        let result = check("""
        measure m {
          priority p
          value published_share over financial year
          compare with benchmark published_share "England"
        }
        """)
        XCTAssertEqual(located(result), ["10:26: the benchmark 'published_share' is the measure's own value, so this would compare the area with itself"])
        XCTAssertEqual(result.diagnostics.first?.help?.hasPrefix("to compare with England's figure of the same published series, write 'compare with England'"), true)
    }

    func testComparatorPlaceholdersAreKnownOnlyWithTheirComparison() {
        let clean = check("""
        measure m {
          priority p
          value share over financial year
          compare with England
          compare with region
          compare with statistical neighbours
          explore when value > comparison
          say explore "{value} against England {england.value}, {region.name} {region.value}, neighbours {neighbours.value} ({neighbours.count} of 10); rank {rank} of {rank.of}, quartile {quartile}."
        }
        """)
        XCTAssertEqual(located(clean), [])
        let missing = check("""
        measure m {
          priority p
          value share over financial year
          compare with England
          explore when value > comparison
          say explore "{value} against {region.value} and {neighbours.value}."
        }
        """)
        XCTAssertEqual(located(missing).sorted(), [
            "12:33: '{region.value}' is not known in this sentence",
            "12:52: '{neighbours.value}' is not known in this sentence",
        ].sorted(), "\(missing.diagnostics.map { "\($0.message) / \($0.help ?? "")" })")
        XCTAssertEqual(Set(missing.diagnostics.compactMap(\.help)),
                       ["add 'compare with region' to the measure", "add 'compare with statistical neighbours' to the measure"])
        let noRank = check("""
        measure m {
          priority p
          value share over financial year
          compare with previous period
          explore when change > 0 points
          say explore "{value}, rank {rank}."
        }
        """)
        XCTAssertEqual(noRank.diagnostics.count, 1)
        XCTAssertEqual(noRank.diagnostics.first?.help,
                       "the rank among local authorities is known when the measure compares with England, region or statistical neighbours")
    }

    func testConditionsReadEachComparatorOnlyWithItsComparison() {
        let clean = check("""
        measure m {
          priority p
          value share over financial year
          compare with England
          compare with region
          compare with statistical neighbours
          explore when value > england and value > region and value > neighbours
          say explore "{value}."
        }
        """)
        XCTAssertEqual(located(clean), [])
        let missing = check("""
        measure m {
          priority p
          value share over financial year
          compare with England
          explore when value > neighbours
          say explore "{value}."
        }
        """)
        XCTAssertEqual(located(missing), ["11:24: 'neighbours' is not known in this measure"])
        XCTAssertEqual(missing.diagnostics.first?.help, "add 'compare with statistical neighbours' to the measure")
    }
}
