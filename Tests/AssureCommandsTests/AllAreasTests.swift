import AssureTestSupport
import Foundation
import XCTest

/// `assure run --all-areas`, `--areas`, `assure report --all-areas --format json` and
/// `assure overview`, on five areas small enough to work out by hand.
///
/// Each area has monthly referrals (better lower) and visits (better higher), April 2022 to
/// March 2024, the same every month within a year:
///
/// | area | referrals a month 2022/23 → 2023/24 | 2023/24 total | change | visits a month (both years) | 2023/24 total |
/// | --- | --- | ---: | ---: | ---: | ---: |
/// | A | 100 → 90 | 1,080 | −10% | 10 | 120 |
/// | B | 100 → 100 | 1,200 | 0% | 20 | 240 |
/// | C | 100 → 120 | 1,440 | +20% | 30 | 360 |
/// | D | 200 → 180 | 2,160 | −10% | 20 | 240 |
/// | E | 100 → 90 | 1,080 | −10% | 40 | 480 |
///
/// Referrals: doing well when change <= −10%, explore when change >= 10%. Each change is
/// beyond chance (binomial test of the later year's share: A and E 1,080 of 2,280, p = 0.0127;
/// D 2,160 of 4,560, z = −120/√1,140 = −3.55; C 1,440 of 2,640, z = 120/√660 = 4.67), so A, D
/// and E are doing well, C for further exploration, B to note. Visits did not change: every
/// area is to note (doing well only when change >= 10%).
///
/// Ranks (competition ranking, in the better direction): referrals lowest first — A and E
/// 1,080 share rank 1, B 1,200 is 3, C 1,440 is 4, D 2,160 is 5; visits highest first — E 480
/// is 1, C 360 is 2, B and D 240 share 3, A 120 is 5. Quartile ⌊4(r − 1)/5⌋ + 1: rank 1 → 1,
/// 2 → 1 (⌊4/5⌋ = 0), 3 → 2 (⌊8/5⌋ = 1), 4 → 3 (⌊12/5⌋ = 2), 5 → 4 (⌊16/5⌋ = 3).
///
/// In 2022/23 there is no year before to compare with, so every measure is to note; from
/// 2022/23 to 2023/24 the referrals verdicts of A, C, D and E change, B's does not.
final class AllAreasTests: XCTestCase {
    private var folder: TemporaryFolder!

    static let rulesText = """
        report {
          title "Alliance report"
          partnership "Alliance"
          period financial year
        }

        priority main {
          title "Main priority"
        }

        indicator referrals {
          title "Referrals"
          unit count
          frequency monthly
          better lower
          aggregate sum
        }

        indicator visits {
          title "Visits"
          unit count
          frequency monthly
          better higher
          aggregate sum
        }

        measure referrals {
          priority main
          value referrals over financial year
          compare with previous period
          doing well when change <= -10%
          explore when change >= 10%
          say doing well "Referrals fell."
          say explore "Referrals rose."
        }

        measure visits {
          priority main
          value visits over financial year
          compare with previous period
          doing well when change >= 10%
          say doing well "Visits rose."
        }

        """

    static var dataText: String {
        let referrals = ["A": (100, 90), "B": (100, 100), "C": (100, 120), "D": (200, 180), "E": (100, 90)]
        let visits = ["A": 10, "B": 20, "C": 30, "D": 20, "E": 40]
        var rows = ["area,indicator,period,value"]
        for area in ["A", "B", "C", "D", "E"] {
            for offset in 0..<24 {
                let year = 2022 + (3 + offset) / 12
                let month = (3 + offset) % 12 + 1
                let period = "\(year)-\(month < 10 ? "0" : "")\(month)"
                let pair = referrals[area]!
                rows.append("\(area),referrals,\(period),\(offset < 12 ? pair.0 : pair.1)")
                rows.append("\(area),visits,\(period),\(visits[area]!)")
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try folder.write("Rules/alliance.assure", Self.rulesText)
        try folder.write("Indicators/areas.csv", Self.dataText)
    }

    override func tearDown() { folder.remove() }

    private var out: String { folder.path + "/out" }

    private func run(_ arguments: [String]) -> Outcome {
        assure(arguments + ["--rules", folder.path + "/Rules", "--indicators", folder.path + "/Indicators"])
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The overview's CSV for 2023/24, as worked out above (no previous run).
    static let overviewCSV = """
        area,area_name,level,period,measure,title,value,value_text,classification,verdict,rank,quartile,rank_order,previous_classification\r
        A,,,2023/24,referrals,Referrals,1080,"1,080",doing_well,what we are doing well,1,1,lowest first,\r
        A,,,2023/24,visits,Visits,120,120,to_note,area to note,5,4,highest first,\r
        B,,,2023/24,referrals,Referrals,1200,"1,200",to_note,area to note,3,2,lowest first,\r
        B,,,2023/24,visits,Visits,240,240,to_note,area to note,3,2,highest first,\r
        C,,,2023/24,referrals,Referrals,1440,"1,440",further_exploration,area for further exploration,4,3,lowest first,\r
        C,,,2023/24,visits,Visits,360,360,to_note,area to note,2,1,highest first,\r
        D,,,2023/24,referrals,Referrals,2160,"2,160",doing_well,what we are doing well,5,4,lowest first,\r
        D,,,2023/24,visits,Visits,240,240,to_note,area to note,3,2,highest first,\r
        E,,,2023/24,referrals,Referrals,1080,"1,080",doing_well,what we are doing well,1,1,lowest first,\r
        E,,,2023/24,visits,Visits,480,480,to_note,area to note,1,1,highest first,\r

        """

    func testEveryAreaGetsAFolderOfReportsAndTheOverviewRanksThem() throws {
        let outcome = run(["run", "--all-areas", "--period", "2023/24", "--out", out])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertEqual(outcome.errors, "5 areas, 2 measures: 3 doing well, 1 for further exploration, 6 to note (0 could not be judged). "
                       + "Written to \(out)/: a folder of reports for each area, overview.csv, overview.json, overview.md.\n")
        let files = try contents(of: out)
        let expected = ["A", "B", "C", "D", "E"].flatMap { area in
            ["report.md", "report.txt", "report.html", "report.json", "measures.csv", "report.docx"].map { "\(area)/\($0)" }
        } + ["overview.csv", "overview.json", "overview.md"]
        XCTAssertEqual(Set(files.keys), Set(expected))
        // Each area's report is that area's, the same bytes as a run of that area alone.
        let alone = folder.path + "/alone"
        XCTAssertEqual(run(["run", "--area", "C", "--period", "2023/24", "--out", alone]).status, 0)
        for name in ["report.md", "report.json", "measures.csv", "report.html", "report.txt"] {
            XCTAssertEqual(files["C/" + name], try Data(contentsOf: URL(fileURLWithPath: alone + "/" + name)), name)
        }
        XCTAssertEqual(try read(out + "/overview.csv"), Self.overviewCSV)
        let markdown = try read(out + "/overview.md")
        XCTAssertTrue(markdown.contains("""
            ## Referrals

            Ranked lowest first (better lower).

            | area | value | classification | rank | quartile |
            | --- | ---: | --- | ---: | ---: |
            | A | 1,080 | what we are doing well | 1 | Q1 |
            | B | 1,200 | area to note | 3 | Q2 |
            | C | 1,440 | area for further exploration | 4 | Q3 |
            | D | 2,160 | what we are doing well | 5 | Q4 |
            | E | 1,080 | what we are doing well | 1 | Q1 |
            """), markdown)
        XCTAssertTrue(markdown.contains("| C | 2023/24 | 0 | 1 | 1 | 0 |"), markdown)
    }

    func testFormatsWritesOnlyTheFormatsAskedForTheSameBytesAsEveryFormat() throws {
        XCTAssertEqual(run(["run", "--all-areas", "--period", "2023/24", "--out", out]).status, 0)
        let every = try contents(of: out)
        let only = folder.path + "/only"
        let outcome = run(["run", "--all-areas", "--period", "2023/24", "--formats", "json, CSV", "--out", only])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let files = try contents(of: only)
        let expected = ["A", "B", "C", "D", "E"].flatMap { ["\($0)/report.json", "\($0)/measures.csv"] }
            + ["overview.csv", "overview.json", "overview.md"]
        XCTAssertEqual(Set(files.keys), Set(expected))
        for name in expected { XCTAssertEqual(files[name], every[name], name) }
        // One area: only its report.md.
        let one = folder.path + "/one"
        XCTAssertEqual(run(["run", "--area", "B", "--period", "2023/24", "--formats", "md", "--out", one]).status, 0)
        XCTAssertEqual(Set(try contents(of: one).keys), ["report.md"])
    }

    func testAnUnknownFormatIsAUsageErrorAndWritesNothing() throws {
        let outcome = run(["run", "--all-areas", "--formats", "json,pdf", "--out", out])
        XCTAssertEqual(outcome.status, 2, outcome.errors)
        XCTAssertTrue(outcome.errors.contains("--formats takes a list of md, text, html, json, csv and docx separated by commas, not 'pdf'"), outcome.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    /// The rules with `clause` added to the report block.
    private func writeRules(withReportClause clause: String) throws {
        try folder.write("Rules/alliance.assure", Self.rulesText.replacingOccurrences(of: "  period financial year\n", with: "  period financial year\n  \(clause)\n"))
    }

    func testAreasInTheReportBlockAreJudgedAsTheSameAreasOnTheCommandLineWouldBe() throws {
        XCTAssertEqual(run(["run", "--areas", "C,A", "--period", "2023/24", "--out", out]).status, 0)
        let given = try contents(of: out)
        try writeRules(withReportClause: "areas \"C\", \"A\"")
        let named = folder.path + "/named"
        let outcome = run(["run", "--period", "2023/24", "--out", named])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertTrue(outcome.errors.hasPrefix("2 areas, 2 measures:"), outcome.errors)
        XCTAssertEqual(try contents(of: named), given)
        // `--area` still gives one area's report.
        let one = folder.path + "/one"
        XCTAssertEqual(run(["run", "--area", "B", "--period", "2023/24", "--out", one]).status, 0)
        XCTAssertEqual(Set(try contents(of: one).keys), Set(["report.md", "report.txt", "report.html", "report.json", "measures.csv", "report.docx"]))
        // `assure report` writes a JSON line an area, as with --areas, and refuses one format for many areas.
        XCTAssertEqual(run(["report", "--period", "2023/24", "--format", "json"]).output,
                       run(["report", "--areas", "C,A", "--period", "2023/24", "--format", "json"]).output)
        let markdown = run(["report", "--period", "2023/24"])
        XCTAssertEqual(markdown.status, 1)
        XCTAssertEqual(markdown.errors, "error: the report block names several areas ('areas \"C\", \"A\"'), and a report in md is one area's\n"
                       + "  help: give --area A for one area's report, or --format json (without --previous) for one JSON line an area\n")
    }

    func testEveryLocalAuthorityInTheReportBlockIsAllAreas() throws {
        XCTAssertEqual(run(["run", "--all-areas", "--period", "2023/24", "--out", out]).status, 0)
        try writeRules(withReportClause: "areas every local authority")
        let named = folder.path + "/named"
        XCTAssertEqual(run(["run", "--period", "2023/24", "--out", named]).status, 0)
        XCTAssertEqual(try contents(of: named), try contents(of: out))
    }

    func testAnAreaTheReportBlockNamesThatTheDataLacksIsAnErrorAtTheClause() throws {
        try writeRules(withReportClause: "areas \"A\", \"Z\"")
        let outcome = run(["run", "--out", out])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.hasPrefix("error: the indicator data has no area 'Z' (named by the report block's 'areas' at \(folder.path)/Rules/alliance.assure:5:9); its areas are: A, B, C, D, E\n"),
                      outcome.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        // The data names no regions: a region cannot be found, and the message says why.
        try writeRules(withReportClause: "areas in region \"North West\"")
        let region = run(["run", "--out", out])
        XCTAssertEqual(region.status, 1)
        XCTAssertTrue(region.errors.hasPrefix("error: the indicator data has no region 'North West' (named by the report block's 'areas' at \(folder.path)/Rules/alliance.assure:5:9), "
                                              + "and names no region at all: only published files that give each area's region (such as the DfE's) do\n"), region.errors)
    }

    /// The Salford example's rules (docs/examples/salford, real DfE files) with `areas in region
    /// "North West"` for `area "Salford"`: every local authority the files place in the North
    /// West, counted with Python's csv module over the three DfE files (rows with
    /// geographic_level "Local authority" and region_name "North West"): 25 codes, Cumbria
    /// (E10000006, until 2023) beside Cumberland and Westmorland and Furness.
    func testAreasInARegionAreTheRegionsLocalAuthoritiesFromThePublishedFiles() throws {
        let example = Sample.root + "/docs/examples/salford"
        let rules = try String(contentsOfFile: example + "/Rules/salford.assure", encoding: .utf8)
        XCTAssertTrue(rules.contains("  area \"Salford\"\n"))
        try folder.write("Rules/alliance.assure", rules.replacingOccurrences(of: "  area \"Salford\"\n", with: "  areas in region \"North West\"\n"))
        let outcome = assure(["run", "--period", "2023/24", "--formats", "json", "--jobs", "2", "--out", out,
                              "--rules", folder.path + "/Rules", "--indicators", example + "/Indicators"])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let folders = Set(try contents(of: out).keys.compactMap { $0.contains("/") ? String($0.split(separator: "/")[0]) : nil })
        XCTAssertEqual(folders, ["E06000006", "E06000007", "E06000008", "E06000009", "E06000049", "E06000050", "E06000063", "E06000064",
                                 "E08000001", "E08000002", "E08000003", "E08000004", "E08000005", "E08000006", "E08000007", "E08000008",
                                 "E08000009", "E08000010", "E08000011", "E08000012", "E08000013", "E08000014", "E08000015",
                                 "E10000006", "E10000017"])
        // By the region's code, the same.
        try folder.write("Rules/alliance.assure", rules.replacingOccurrences(of: "  area \"Salford\"\n", with: "  areas in region \"E12000002\"\n"))
        let byCode = folder.path + "/code"
        XCTAssertEqual(assure(["run", "--period", "2023/24", "--formats", "json", "--out", byCode,
                               "--rules", folder.path + "/Rules", "--indicators", example + "/Indicators"]).status, 0)
        XCTAssertEqual(try contents(of: byCode), try contents(of: out))
    }

    func testAreaAndAreasTogetherAreAnErrorOfTheRules() throws {
        try writeRules(withReportClause: "area \"A\"\n  areas every local authority")
        let outcome = run(["check"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.errors.contains("alliance.assure:6:9: error: a report is for one area or for several, not both: this report block gives 'area' and 'areas'"), outcome.errors)
    }

    func testTheOverviewSaysWhichAreasVerdictsChangedSinceThePreviousRun() throws {
        XCTAssertEqual(run(["run", "--all-areas", "--period", "2022/23", "--out", out]).status, 0)
        let second = run(["run", "--all-areas", "--period", "2023/24", "--out", out])
        XCTAssertEqual(second.status, 0, second.errors)
        XCTAssertTrue(second.errors.contains("verdicts changed in 4 areas since the previous run"), second.errors)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/overview.json"))) as? [String: Any])
        let changes = try XCTUnwrap(json["changes"] as? [String: Any])
        XCTAssertEqual(changes["areas"] as? [String], ["A", "C", "D", "E"])
        XCTAssertEqual(changes["previous_date"] as? String, "2023-03-31")
        let markdown = try read(out + "/overview.md")
        XCTAssertTrue(markdown.contains("""
            - A: Referrals to note → doing well
            - C: Referrals to note → further exploration
            - D: Referrals to note → doing well
            - E: Referrals to note → doing well

            """), markdown)
        let csv = try read(out + "/overview.csv")
        XCTAssertTrue(csv.contains("C,,,2023/24,referrals,Referrals,1440,\"1,440\",further_exploration,area for further exploration,4,3,lowest first,to_note\r\n"), csv)
        XCTAssertTrue(csv.contains("B,,,2023/24,referrals,Referrals,1200,\"1,200\",to_note,area to note,3,2,lowest first,\r\n"), csv)
        // Each area's report has its own appendix, from its report.json of the run before.
        XCTAssertTrue(try read(out + "/A/report.md").contains("- Referrals: area to note → what we are doing well"))

        // An explicit previous overview; one that is not an overview is an error, nothing written.
        let before = try contents(of: out)
        let wrong = try folder.write("wrong.json", "{\"schema\": \"assure-report/1\"}")
        let refused = run(["run", "--all-areas", "--previous", wrong, "--out", out])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("cannot use '\(wrong)' as the previous overview: it is not an Assure overview.json"), refused.errors)
        XCTAssertEqual(try contents(of: out), before)
    }

    func testTheOutputIsTheSameBytesOnOneThreadAndOnMany() throws {
        XCTAssertEqual(run(["run", "--all-areas", "--jobs", "1", "--out", folder.path + "/one"]).status, 0)
        XCTAssertEqual(run(["run", "--all-areas", "--jobs", "4", "--out", folder.path + "/four"]).status, 0)
        let one = try contents(of: folder.path + "/one")
        XCTAssertEqual(one.count, 33)
        XCTAssertEqual(one, try contents(of: folder.path + "/four"))
        let lines = run(["report", "--all-areas", "--format", "json", "--jobs", "1"])
        XCTAssertEqual(lines.output, run(["report", "--all-areas", "--format", "json", "--jobs", "3"]).output)
    }

    func testSeveralAreasWithoutAnAreaOptionIsAnErrorThatNamesThem() throws {
        for command in [["run", "--out", out], ["report"]] {
            let outcome = run(command)
            XCTAssertEqual(outcome.status, 1, command.joined(separator: " "))
            XCTAssertEqual(outcome.output, "")
            XCTAssertTrue(outcome.errors.contains("error: the indicator data holds 5 areas and the measures have no figures without one: A, B, C, D, E\n"
                                                  + "  help: give --area A for one of them (by code or name), or --all-areas for every one"), outcome.errors)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testReportWritesOneJSONLinePerAreaTheSameReportAsOneAreasJSON() throws {
        let outcome = run(["report", "--areas", "E,A", "--period", "2023/24", "--format", "json"])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        let lines = outcome.output.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines.last, "")
        for (line, area) in zip(lines, ["E", "A"]) {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
            let single = run(["report", "--area", area, "--period", "2023/24", "--format", "json"])
            XCTAssertEqual(object, try JSONSerialization.jsonObject(with: Data(single.output.utf8)) as? NSDictionary, area)
        }
    }

    func testOverviewMergesRunsOfOneAreaEachIntoTheSameOverview() throws {
        let results = folder.path + "/results"
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        for area in ["A", "B", "C", "D", "E"] {
            XCTAssertEqual(run(["run", "--area", area, "--period", "2023/24", "--out", results + "/" + area]).status, 0)
        }
        let merged = assure(["overview"] + ["E", "D", "C", "B", "A"].map { results + "/" + $0 } + ["--out", results])
        XCTAssertEqual(merged.status, 0, merged.errors)
        XCTAssertEqual(try read(results + "/overview.csv"), Self.overviewCSV)
        XCTAssertEqual(run(["run", "--all-areas", "--period", "2023/24", "--out", out]).status, 0)
        for name in ["overview.csv", "overview.json", "overview.md"] {
            XCTAssertEqual(try read(results + "/" + name), try read(out + "/" + name), name)
        }
        let missing = assure(["overview", folder.path + "/nowhere", "--out", results])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("error: cannot read the report of '\(folder.path)/nowhere'"), missing.errors)
    }

    /// Area F has figures for 2022/23 only: in 2023/24 nothing of it can be judged. It is
    /// reported all the same, named in a warning, and has no value to rank, so the other
    /// areas' ranks are as worked out above.
    func testAnAreaWithNoFiguresForThePeriodIsReportedUnrankedWithAWarning() throws {
        var rows = ["area,indicator,period,value"]
        for month in [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3] {
            let period = "\(month >= 4 ? 2022 : 2023)-\(month < 10 ? "0" : "")\(month)"
            rows += ["F,referrals,\(period),100", "F,visits,\(period),10"]
        }
        try folder.write("Indicators/late.csv", rows.joined(separator: "\n") + "\n")
        let outcome = run(["run", "--all-areas", "--period", "2023/24", "--out", out])
        XCTAssertEqual(outcome.status, 0, outcome.errors)
        XCTAssertTrue(outcome.errors.hasPrefix("warning: nothing could be judged in 1 area (no figures for the period): F\n"), outcome.errors)
        let csv = try read(out + "/overview.csv")
        XCTAssertTrue(csv.hasPrefix(Self.overviewCSV), csv)
        let rowsOfF = csv.split(separator: "\r\n").filter { $0.hasPrefix("F,") }
        XCTAssertEqual(rowsOfF.count, 2)
        for row in rowsOfF {
            // No value, so no rank and no quartile.
            XCTAssertTrue(row.hasPrefix("F,,,2023/24,"), String(row))
            XCTAssertTrue(row.contains(",to_note,") && row.hasSuffix(",,,\(row.contains("referrals") ? "lowest" : "highest") first,"), String(row))
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/F/report.md"))
    }

    func testAreaOptionsThatCannotGoTogetherOrNameNoAreaAreRefused() {
        XCTAssertEqual(run(["run", "--all-areas", "--area", "A", "--out", out]).status, 2)
        XCTAssertEqual(run(["run", "--all-areas", "--areas", "A", "--out", out]).status, 2)
        XCTAssertEqual(run(["run", "--all-areas", "--jobs", "0", "--out", out]).status, 2)
        XCTAssertEqual(run(["report", "--all-areas", "--format", "md"]).status, 2)
        let unknown = run(["run", "--areas", "A,Z", "--out", out])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.errors.contains("error: the indicator data has no area 'Z'; its areas are: A, B, C, D, E\n"), unknown.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }
}
