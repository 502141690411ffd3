import Foundation
import XCTest
import AssureData
import AssureEngine
@testable import AssureReport

/// The HTML report checked by axe-core, Deque's accessibility engine, in headless Chromium.
///
/// axe-core is not fetched at test time: it is the `axe.min.js` (axe-core 3.1.1) that the PyPI
/// package `axe-selenium-python` bundles (`pip install --no-deps axe-selenium-python`; .ci/run
/// installs it), found through `python3`. Selenium is not needed: the test writes a test-only
/// copy of the report (`.build/artefacts/axe-*.html`) with axe and a few lines that run it and
/// write the violations into a `<pre>`, then reads them back with `chromium --dump-dom
/// --virtual-time-budget`. The report itself stays without script. A control page with no
/// `lang` proves the check finds a violation when there is one. Without Chromium or the package
/// the test is skipped and says which is missing.
final class AxeAccessibilityTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let artefacts = root.appendingPathComponent(".build/artefacts")

    private func chromium() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        throw XCTSkip("SKIPPED: chromium is not on PATH, so axe-core was not run on the HTML report (apt-get install chromium)")
    }

    private func output(_ executable: String, _ arguments: [String]) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    private func axeScript() throws -> String {
        let found = try? output("python3", ["-c", "import axe_selenium_python, os; print(os.path.join(os.path.dirname(axe_selenium_python.__file__), 'node_modules', 'axe-core', 'axe.min.js'))"])
        guard let found, found.status == 0, let script = try? String(contentsOfFile: found.text.trimmingCharacters(in: .whitespacesAndNewlines), encoding: .utf8) else {
            throw XCTSkip("SKIPPED: axe-core was not found (it comes with the PyPI package axe-selenium-python: pip install --no-deps axe-selenium-python), so the HTML report was not checked by axe")
        }
        return script
    }

    /// The violations axe finds in `page`, as "rule-id (impact, n nodes)", sorted.
    private func violations(_ page: String, named name: String) throws -> [String] {
        let browser = try chromium()
        let axe = try axeScript()
        let runner = """
        <script>\(axe)</script>
        <script>
        axe.run(document, { resultTypes: ['violations'] }).then(function (result) {
          var out = document.createElement('pre');
          out.textContent = 'AXE-RESULT ' + result.violations.map(function (v) { return v.id + ' (' + v.impact + ', ' + v.nodes.length + ' nodes: ' + v.nodes[0].target.join(' ') + ')'; }).sort().join(' | ') + ' AXE-END';
          document.body.appendChild(out);
        }, function (error) {
          var out = document.createElement('pre');
          out.textContent = 'AXE-RESULT failed: ' + error + ' AXE-END';
          document.body.appendChild(out);
        });
        </script>
        """
        try FileManager.default.createDirectory(at: Self.artefacts, withIntermediateDirectories: true)
        let copy = Self.artefacts.appendingPathComponent("axe-\(name).html")
        try Data(page.replacingOccurrences(of: "</body>", with: runner + "\n</body>").utf8).write(to: copy)
        let dom = try output("timeout", ["120", browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                                         "--virtual-time-budget=30000", "--dump-dom", copy.absoluteString]).text
        let results = dom.components(separatedBy: "AXE-RESULT ").dropFirst().filter { $0.contains(" AXE-END") }
            .map { String($0.components(separatedBy: " AXE-END")[0]) }
        let result = try XCTUnwrap(results.last { !$0.contains("' + ") }, "axe wrote no result for \(name)")
        XCTAssertFalse(result.hasPrefix("failed:"), result)
        return result.isEmpty ? [] : result.components(separatedBy: " | ")
    }

    /// The check can fail: a page with no `lang` breaks axe's html-has-lang rule.
    func testAxeFindsAViolationInAControlPage() throws {
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>control</title></head><body><main><h1>control</h1><p>x</p></main></body></html>"
        XCTAssertEqual(try violations(page, named: "control"), ["html-has-lang (serious, 1 nodes: html)"])
    }

    func testTheSampleReportHasNoAxeViolations() throws {
        let load = PartnershipLoader.load(rules: Self.root.appendingPathComponent("Rules").path,
                                          indicators: Self.root.appendingPathComponent("Indicators").path)
        let partnership = try XCTUnwrap(load.partnership, "the sample did not load: \(load.diagnostics)")
        let period = try Period.parse("2023/24")
        let assessment = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: period, area: nil))
        XCTAssertEqual(try violations(HTMLReport.render(ReportDocument(assessment, date: ReportDate.end(of: period))), named: "sample"), [])
    }

    func testTheFixtureReportHasNoAxeViolations() throws {
        XCTAssertEqual(try violations(HTMLReport.render(try XCTUnwrap(ReportFixture.document)), named: "fixture"), [])
    }
}
