import Foundation
import XCTest
@testable import AssureReport

/// The HTML report opened in a real headless Chromium (`Tests/chromium-check.sh`): it renders, its
/// charts are present and the hostile title is text. Without Chromium the test is skipped and
/// says so; it never passes without looking.
final class ChromiumCheckTests: XCTestCase {
    private let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    func testTheHTMLReportRendersInHeadlessChromium() throws {
        let document = try XCTUnwrap(ReportFixture.document)
        let root = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        let artefacts = root.appendingPathComponent(".build/artefacts")
        try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
        let page = artefacts.appendingPathComponent("report.html")
        try Data(HTMLReport.render(document).utf8).write(to: page)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [testsFolder.deletingLastPathComponent().appendingPathComponent("chromium-check.sh").path, page.path, artefacts.path,
                             String(document.measures.count)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        if process.terminationStatus == 77 { throw XCTSkip(text.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(process.terminationStatus, 0, text)
        print(text)
    }
}
