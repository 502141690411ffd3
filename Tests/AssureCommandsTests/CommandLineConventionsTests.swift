import AssureTestSupport
import Foundation
import XCTest

/// The conventions of good command-line tools: `-h`/`--help` on every command, `--version`,
/// "did you mean" for a mistyped command or option, `--output -` for standard output, and
/// docs/commands.md saying the same as `--help`.
final class CommandLineConventionsTests: XCTestCase {
    private let commands = ["check", "fmt", "indicators", "explain", "report", "run", "overview", "spc", "test"]

    /// The options and arguments each command's usage line names (`--period`, `--check`, …).
    private func optionsInUsage(_ command: String) throws -> [String] {
        let help = assure(["help", command]).output
        let usage = try XCTUnwrap(help.split(separator: "\n").first)
        return usage.split(whereSeparator: { $0 == " " || $0 == "[" || $0 == "]" || $0 == "|" })
            .map(String.init).filter { $0.hasPrefix("--") }
    }

    /// The rows of the Options section of `assure COMMAND --help`: what is typed, and its text.
    private func helpRows(_ command: String) -> [(option: String, text: String)] {
        let output = assure([command, "--help"]).output
        guard let start = output.range(of: "\nOptions:\n") else { return [] }
        let section = output[start.upperBound...].prefix { _ in true }
        var rows: [(String, String)] = []
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("  ") else { break }
            let body = line.dropFirst(2)
            guard let gap = body.range(of: "  ") else { continue }
            rows.append((String(body[..<gap.lowerBound]), body[gap.upperBound...].trimmingCharacters(in: .whitespaces)))
        }
        return rows
    }

    func testEveryCommandAnswersDashHAndDashDashHelpWithEveryOptionDescribedAndAnExample() throws {
        for command in commands {
            for spelling in ["-h", "--help"] {
                let outcome = assure([command, spelling])
                XCTAssertEqual(outcome.status, 0, "\(command) \(spelling)")
                XCTAssertEqual(outcome.errors, "")
                XCTAssertTrue(outcome.output.hasPrefix("usage: assure \(command)"), outcome.output)
                XCTAssertTrue(outcome.output.contains("\nExample:\n  assure \(command) "), outcome.output)
            }
            let described = helpRows(command).map(\.option)
            for option in try optionsInUsage(command) {
                XCTAssertTrue(described.contains { $0 == option || $0.hasPrefix(option + " ") },
                              "\(command): \(option) is in the usage but not described")
            }
            XCTAssertTrue(helpRows(command).allSatisfy { !$0.text.isEmpty }, command)
            XCTAssertEqual(described.last, "-h, --help", command)
        }
    }

    func testHelpAfterOtherArgumentsStillAnswers() {
        let outcome = assure(["report", "--period", "2023/24", "-h"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertTrue(outcome.output.hasPrefix("usage: assure report "), outcome.output)
    }

    func testVersion() {
        let outcome = assure(["--version"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.output, "assure 0.1.0\n")
        XCTAssertEqual(outcome.errors, "")
    }

    func testAnUnknownCommandSuggestsTheClosest() {
        let outcome = assure(["reprot"])
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.errors.hasPrefix("error: unknown command 'reprot'\n  help: did you mean 'report'?\n\nusage: assure <command>"), outcome.errors)
        XCTAssertFalse(assure(["zzzzzz"]).errors.contains("did you mean"))
    }

    func testAnUnknownOptionSuggestsTheClosest() {
        let cases: [([String], String)] = [
            (["report", "--formt", "html"], "--format"),
            (["check", "--rule", "Rules"], "--rules"),
            (["run", "--outt", "x"], "--out"),
            (["spc", "-", "--taget", "3"], "--target"),
            (["fmt", "--chek"], "--check"),
            (["explain", "m", "--peroid", "2023/24"], "--period"),
            (["indicators", "--indicator", "I"], "--indicators"),
            (["report", "--outptu=x.md"], "--output"),
        ]
        for (arguments, suggestion) in cases {
            let outcome = assure(arguments)
            XCTAssertEqual(outcome.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(outcome.errors.contains("\n  help: did you mean '\(suggestion)'?\nusage: assure \(arguments[0]) "), outcome.errors)
            XCTAssertTrue(outcome.errors.hasSuffix("Run 'assure \(arguments[0]) --help' for every option.\n"), outcome.errors)
        }
        XCTAssertFalse(assure(["report", "--colour"]).errors.contains("did you mean"))
    }

    func testOutputDashWritesStandardOutput() throws {
        let tiny = try TinyPartnership()
        defer { tiny.remove() }
        let plain = assure(tiny.arguments(["report", "--format", "csv"]))
        XCTAssertEqual(plain.status, 0, plain.errors)
        let dash = assure(tiny.arguments(["report", "--format", "csv", "--output", "-"]))
        XCTAssertEqual(dash.status, 0, dash.errors)
        XCTAssertEqual(dash.output, plain.output)
        XCTAssertTrue(dash.output.hasPrefix("measure,title,"), dash.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
    }

    func testDocsCommandsMdDescribesEveryOptionAsHelpDoes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/commands.md"), encoding: .utf8)
        var documented: [String: [(option: String, text: String)]] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            // Cells are split at " | "; a pipe inside a cell is written "\|".
            let cells = line.dropFirst(2).dropLast(2).replacingOccurrences(of: "\\|", with: "\u{0}")
                .components(separatedBy: " | ").map { $0.replacingOccurrences(of: "\u{0}", with: "|") }
            XCTAssertEqual(cells.count, 3, String(line))
            guard cells.count == 3 else { continue }
            let command = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let option = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            documented[command, default: []].append((option, cells[2]))
        }
        XCTAssertEqual(Set(documented.keys), Set(commands))
        for command in commands {
            let help = helpRows(command)
            let rows = documented[command] ?? []
            XCTAssertEqual(rows.map(\.option), help.map(\.option), command)
            XCTAssertEqual(rows.map(\.text), help.map(\.text), command)
        }
    }
}
