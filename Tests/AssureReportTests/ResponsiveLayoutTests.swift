import Foundation
import XCTest
import AssureData
import AssureEngine
@testable import AssureReport

/// The HTML report at a phone's width (390 px) and a desktop's (1280 px), measured in a real
/// headless Chromium: the page never scrolls sideways. Printed, it is A4.
///
/// How it is measured: headless Chromium will not make its window narrower than 500 px, and the
/// report itself has no script (nor may it). So the test writes a separate, test-only wrapper
/// page (`.build/artefacts/layout-probe.html`) holding the report twice, in `<iframe srcdoc>`s
/// exactly 390 and 1280 px wide. A srcdoc frame has its parent's origin, so the wrapper's own
/// script can read inside it, and the report's media queries see the frame's width as the
/// viewport. After load, the script writes each frame's `innerWidth`, the report's
/// `document.documentElement.scrollWidth`, and any element (outside a table's own scrolling
/// box) whose right edge is beyond the viewport into a `<pre>`; `chromium --dump-dom
/// --virtual-time-budget` prints the DOM after the frames have loaded, and the test reads it.
/// A control page with a 954 px table proves the probe sees overflow when there is some.
/// Without Chromium on PATH the test is skipped and says so; it never passes without looking.
final class ResponsiveLayoutTests: XCTestCase {
    private static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    private static let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    private static let artefacts = root.appendingPathComponent(".build/artefacts")
    private static let widths = [390, 1280]

    /// What the probe measured in one frame.
    private struct Measurement: Equatable {
        let frameWidth: Int
        let innerWidth: Int
        let scrollWidth: Int
        let wide: String
    }

    private func browser() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        throw XCTSkip("SKIPPED: chromium is not on PATH, so the report's layout at 390 and 1280 px was not measured in a real browser (apt-get install chromium)")
    }

    private func run(_ browser: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["120", browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                             "--disable-extensions"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    private static func attribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The test-only wrapper: the page in one frame per width, and the measuring script.
    private static func probe(_ page: String) -> String {
        let frames = widths.map { width in
            "<iframe id=\"w\(width)\" width=\"\(width)\" height=\"800\" srcdoc=\"\(attribute(page))\"></iframe>"
        }.joined(separator: "\n")
        return """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>layout probe (test only)</title>
        <style>body { margin: 0; } iframe { border: 0; display: block; }</style></head><body>
        \(frames)
        <script>
        function measure(width) {
          var frame = document.getElementById('w' + width), win = frame.contentWindow, doc = frame.contentDocument, wide = [];
          doc.querySelectorAll('body *').forEach(function (element) {
            if (element.closest('.table-scroll') && !element.classList.contains('table-scroll')) return;
            var box = element.getBoundingClientRect();
            if (box.width > 0 && box.right > win.innerWidth + 0.5) wide.push(element.tagName.toLowerCase() + '@' + Math.round(box.right));
          });
          return 'LAYOUT ' + width + ' ' + win.innerWidth + ' ' + doc.documentElement.scrollWidth + ' ' + (wide.slice(0, 8).join(',') || '-');
        }
        window.addEventListener('load', function () {
          var out = document.createElement('pre');
          out.textContent = [\(widths.map(String.init).joined(separator: ", "))].map(measure).join('\\n');
          document.body.appendChild(out);
        });
        </script></body></html>
        """
    }

    private func measure(_ page: String, named name: String) throws -> [Measurement] {
        let chromium = try browser()
        try FileManager.default.createDirectory(at: Self.artefacts, withIntermediateDirectories: true)
        let probe = Self.artefacts.appendingPathComponent("layout-probe-\(name).html")
        try Data(Self.probe(page).utf8).write(to: probe)
        let dom = try run(chromium, ["--window-size=1400,900", "--virtual-time-budget=10000", "--dump-dom", probe.absoluteString])
        let measurements = dom.split(separator: "\n").compactMap { line -> Measurement? in
            guard let marker = line.range(of: "LAYOUT ") else { return nil }
            let fields = line[marker.upperBound...].prefix { $0 != "<" }.split(separator: " ")
            guard fields.count == 4, let frame = Int(fields[0]), let inner = Int(fields[1]), let scroll = Int(fields[2]) else { return nil }
            return Measurement(frameWidth: frame, innerWidth: inner, scrollWidth: scroll, wide: String(fields[3]))
        }
        XCTAssertEqual(measurements.map(\.frameWidth), Self.widths, "the probe reported nothing for \(name); DOM: \(dom.prefix(400))")
        return measurements
    }

    private func assertNeverScrollsSideways(_ page: String, named name: String) throws {
        for measurement in try measure(page, named: name) {
            XCTAssertEqual(measurement.innerWidth, measurement.frameWidth, "\(name): the viewport is the frame's width")
            XCTAssertLessThanOrEqual(measurement.scrollWidth, measurement.innerWidth,
                                     "\(name) at \(measurement.frameWidth) px scrolls sideways; too wide: \(measurement.wide)")
            XCTAssertEqual(measurement.wide, "-", "\(name) at \(measurement.frameWidth) px: elements beyond the right edge")
        }
    }

    /// The probe can fail: a 954 px table with no scrolling box of its own is seen at 390 px.
    func testTheProbeSeesAPageThatScrollsSideways() throws {
        let page = "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\"></head><body style=\"margin:0\">"
            + "<table style=\"width:954px;border-collapse:collapse\"><tr><td>wide</td></tr></table></body></html>"
        let measurements = try measure(page, named: "control")
        XCTAssertEqual(measurements.first, Measurement(frameWidth: 390, innerWidth: 390, scrollWidth: 954, wide: "table@954,tbody@954,tr@954,td@954"))
        XCTAssertEqual(measurements.last, Measurement(frameWidth: 1280, innerWidth: 1280, scrollWidth: 1280, wide: "-"))
    }

    /// The sample partnership's 2023/24 report (the real `Rules/` and `Indicators/`).
    func testTheSampleReportNeverScrollsSidewaysAt390Or1280Pixels() throws {
        let load = PartnershipLoader.load(rules: Self.root.appendingPathComponent("Rules").path,
                                          indicators: Self.root.appendingPathComponent("Indicators").path)
        let partnership = try XCTUnwrap(load.partnership, "the sample did not load: \(load.diagnostics)")
        let period = try Period.parse("2023/24")
        let assessment = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: period, area: nil))
        let page = HTMLReport.render(ReportDocument(assessment, date: ReportDate.end(of: period)))
        try assertNeverScrollsSideways(page, named: "sample")
    }

    /// The test fixture's report, with its long hostile title.
    func testTheFixtureReportNeverScrollsSidewaysAt390Or1280Pixels() throws {
        try assertNeverScrollsSideways(HTMLReport.render(try XCTUnwrap(ReportFixture.document)), named: "fixture")
    }

    /// Printed, the report is A4 (595.3 by 841.9 points; Chromium writes 594.96 by 841.92).
    func testThePrintedReportIsA4() throws {
        let chromium = try browser()
        try FileManager.default.createDirectory(at: Self.artefacts, withIntermediateDirectories: true)
        let page = Self.artefacts.appendingPathComponent("layout-print.html")
        let pdf = Self.artefacts.appendingPathComponent("layout-print.pdf")
        try? FileManager.default.removeItem(at: pdf)
        try Data(HTMLReport.render(try XCTUnwrap(ReportFixture.document)).utf8).write(to: page)
        _ = try run(chromium, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let boxes = text.components(separatedBy: "/MediaBox [").dropFirst().map { $0.prefix { $0 != "]" } }
        XCTAssertFalse(boxes.isEmpty, "the PDF has no pages")
        for box in boxes {
            let numbers = box.split(separator: " ").compactMap { Double($0) }
            XCTAssertEqual(numbers.count, 4, String(box))
            XCTAssertEqual(numbers.last.map { ($0 * 10).rounded() / 10 }, 841.9, "A4 is 297 mm = 841.9 pt tall: \(box)")
            XCTAssertEqual(numbers.count == 4 ? (numbers[2] * 10).rounded() / 10 : nil, 595.0, "A4 is 210 mm = 595.3 pt wide: \(box)")
        }
    }
}
