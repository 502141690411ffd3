import Foundation
import XCTest
@testable import AssureReport

/// `report.docx` opened by a real word processor: LibreOffice converts it to PDF headless and
/// `pdftotext` reads the PDF back; every template section is there in order, with the appendix
/// table's header. Without `libreoffice` and `pdftotext` on PATH the test is skipped and says
/// so; it never passes without looking. The PDF is left in `.build/artefacts/` to look at.
final class LibreOfficeCheckTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    func testLibreOfficeOpensTheWordDocument() throws {
        guard let office = which("libreoffice") ?? which("soffice"), let pdftotext = which("pdftotext") else {
            throw XCTSkip("SKIPPED: libreoffice or pdftotext is not on PATH, so report.docx was not opened in a word processor "
                          + "(apt-get install libreoffice-writer-nogui poppler-utils)")
        }
        let artefacts = root.appendingPathComponent(".build/artefacts")
        try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
        let docx = artefacts.appendingPathComponent("report.docx")
        let pdf = artefacts.appendingPathComponent("report.pdf")
        try? FileManager.default.removeItem(at: pdf)
        try Data(DocxReport.render(try ReportTemplateTests.document())).write(to: docx)

        // A profile of its own, so that a LibreOffice already running elsewhere is not used.
        let profile = artefacts.appendingPathComponent("libreoffice-profile").path
        let converted = try run(office, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf",
                                         "--outdir", artefacts.path, docx.path])
        XCTAssertEqual(converted.status, 0, converted.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), converted.output)

        let read = try run(pdftotext, ["-layout", pdf.path, "-"])
        XCTAssertEqual(read.status, 0, read.output)
        let text = read.output
        var position = text.startIndex
        for expected in ["HOW ARE WE DOING?", "SSCB meeting date: 25 March 2019", "1. Introduction", "2. Our strategic priorities",
                         "3. Summary of evidence available in the period", "SSCB Q3 scorecard", "4. Review of performance", "4.1 Data",
                         "Areas to note", "What we are doing well", "Areas for further exploration", "4.2 Qualitative evidence",
                         "4.3 Voices", "5. Other information and emerging issues", "6. Recommendations for the partnership",
                         "Version: 0.3", "Appendix A: Outcome statements", "Appendix B: Data quality", "Appendix C: Every measure",
                         "Measure", "Comparison", "Verdict"] {
            guard let found = text.range(of: expected, range: position..<text.endIndex) else {
                XCTFail("the PDF does not have '\(expected)' after what came before:\n\(text)")
                return
            }
            position = found.upperBound
        }
        // Bullets are drawn by the list, not written in the text.
        XCTAssertTrue(text.contains("•"), "no bullets in the PDF")
    }
}
