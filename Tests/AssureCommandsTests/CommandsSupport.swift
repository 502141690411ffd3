import AssureCommands
import AssureTestSupport
import Foundation
import XCTest

/// What one in-process run of the command line gave.
struct Outcome {
    let status: Int32
    let output: String
    let errors: String
}

/// Runs `assure ARGUMENTS` in this process with a console that captures its output, `input`
/// as standard input.
func assure(_ arguments: [String], input: String = "") -> Outcome {
    let console = Console.capturing(input: Array(input.utf8))
    let status = Assure.main(arguments: arguments, console: console, environment: CommandEnvironment(runIdentifier: "test"))
    return Outcome(status: status, output: console.output, errors: console.errors)
}

/// The package's sample partnership (read only).
enum Sample {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let rules = root + "/Rules"
    static let indicators = root + "/Indicators"

    /// `arguments` with the sample's folders.
    static func arguments(_ arguments: [String]) -> [String] {
        arguments + ["--rules", rules, "--indicators", indicators]
    }
}

/// A partnership small enough to work out by hand, in a temporary folder: one financial-year
/// report of referrals (100 a month in 2022/23, 90 a month in 2023/24: 1,200 then 1,080, −10%,
/// beyond chance: scipy.stats.binomtest(1080, 2280, 0.5).pvalue = 0.0127) and referrals per
/// 10,000 children (population 100,000 in both years: 120 then 108, −10%, the same test), with
/// one population row for 2024/25 beyond the last monthly figure.
struct TinyPartnership {
    let folder: TemporaryFolder
    var rules: String { folder.path + "/Rules" }
    var indicators: String { folder.path + "/Indicators" }

    static let rulesText = """
        report {
          title "Tiny report"
          partnership "Tiny Partnership"
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

        indicator population {
          title "Children"
          unit count
          frequency financial year
          better neither
          aggregate last
        }

        indicator referral_rate = referrals / population {
          title "Referrals per 10,000 children"
          unit rate per 10,000
          better lower
        }

        measure referrals {
          priority main
          value referrals over financial year
          compare with previous period
          doing well when change <= -10%
          explore when change >= 10%
          say doing well "Referrals fell to {value} in {period}."
          say explore "Referrals rose to {value} in {period}."
        }

        measure referral_rate {
          priority main
          value referral_rate over financial year
          compare with previous period
          doing well when change <= -10%
          say doing well "The referral rate fell to {value|round(0)} in {period}."
        }

        """

    /// Monthly referrals April 2022 to March 2024, then the populations.
    static var dataText: String {
        var rows = ["indicator,period,value"]
        for offset in 0..<24 {
            let year = 2022 + (3 + offset) / 12
            let month = (3 + offset) % 12 + 1
            rows.append("referrals,\(year)-\(month < 10 ? "0" : "")\(month),\(offset < 12 ? 100 : 90)")
        }
        rows += ["population,2022/23,100000", "population,2023/24,100000", "population,2024/25,120000"]
        return rows.joined(separator: "\n") + "\n"
    }

    init(rules: String = TinyPartnership.rulesText, data: String = TinyPartnership.dataText) throws {
        folder = try TemporaryFolder()
        try folder.write("Rules/tiny.assure", rules)
        try folder.write("Indicators/data.csv", data)
    }

    /// `arguments` with this partnership's folders.
    func arguments(_ arguments: [String]) -> [String] {
        arguments + ["--rules", rules, "--indicators", indicators]
    }

    func remove() { folder.remove() }
}

/// Every file under `directory` (relative path → bytes), to check nothing changed.
func contents(of directory: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return result }
    while let name = enumerator.nextObject() as? String {
        var isFolder: ObjCBool = false
        let path = directory + "/" + name
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
    }
    return result
}
