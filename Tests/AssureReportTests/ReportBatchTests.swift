import Foundation
import XCTest
import AssureTestSupport
@testable import AssureReport

/// `assure run`'s output: every format into a folder, all or nothing.
final class ReportBatchTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    private var out: String { folder.path + "/out" }

    private func document() throws -> ReportDocument { try XCTUnwrap(ReportFixture.document) }

    /// Every file in a folder and its bytes.
    private func snapshot(_ path: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
        }
        return files
    }

    /// The previous month's reports: the same names, other bytes.
    private func writeOldReports() throws -> [String: Data] {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        for name in ReportFormat.allCases.map(\.fileName) + [DocxReport.fileName] {
            try Data("last month's \(name)\n".utf8).write(to: URL(fileURLWithPath: out + "/" + name))
        }
        return try snapshot(out)
    }

    func testWritesEveryFormat() throws {
        let paths = try ReportBatch(runIdentifier: "test").write(document(), to: out)
        XCTAssertEqual(paths.map { ($0 as NSString).lastPathComponent }, ["report.md", "report.txt", "report.html", "report.json", "measures.csv", "report.docx"])
        let written = try snapshot(out)
        XCTAssertEqual(written["report.md"], Data(MarkdownReport.render(try document()).utf8))
        XCTAssertEqual(written["measures.csv"], Data(CSVReport.render(try document()).utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out"], "no staging or old folder is left")
    }

    func testTwoRunsGiveIdenticalBytes() throws {
        try ReportBatch(runIdentifier: "one").write(document(), to: out)
        let first = try snapshot(out)
        try ReportBatch(runIdentifier: "two").write(try XCTUnwrap(ReportFixture.document), to: out)
        XCTAssertEqual(try snapshot(out), first)
    }

    func testReplacesLastMonthsReports() throws {
        let old = try writeOldReports()
        try ReportBatch(runIdentifier: "test").write(document(), to: out)
        let new = try snapshot(out)
        XCTAssertEqual(Set(new.keys), Set(old.keys))
        XCTAssertNotEqual(new["report.html"], old["report.html"])
    }

    func testAFailureBetweenWritesLeavesThePreviousReportsByteIdentical() throws {
        let old = try writeOldReports()
        let failing = FailingFileSystem(failOnWrite: 3)
        XCTAssertThrowsError(try ReportBatch(fileSystem: failing, runIdentifier: "test").write(document(), to: out)) { error in
            guard case .cannotWrite(let path, _)? = error as? ReportBatchError else { return XCTFail("\(error)") }
            XCTAssertTrue(path.hasSuffix("report.html"), path)
        }
        XCTAssertEqual(failing.writes, 3, "two files were written before the third failed")
        XCTAssertEqual(try snapshot(out), old)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out"], "the staging folder is removed")
    }

    func testAFailedSwapPutsThePreviousReportsBack() throws {
        let old = try writeOldReports()
        let failing = FailingFileSystem(failOnRename: 2)
        XCTAssertThrowsError(try ReportBatch(fileSystem: failing, runIdentifier: "test").write(document(), to: out)) { error in
            guard case .cannotReplace? = error as? ReportBatchError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try snapshot(out), old)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out"])
    }

    func testAnOutputFolderUnderAFileIsAnErrorAndWritesNothing() throws {
        // Tests run as root, so a read-only folder would still be writable: a path whose parent
        // is a regular file can never be written.
        let file = try folder.write("plain-file", "not a folder\n")
        XCTAssertThrowsError(try ReportBatch(runIdentifier: "test").write(document(), to: file + "/out")) { error in
            guard case .cannotWrite? = error as? ReportBatchError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "not a folder\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["plain-file"])
    }

    func testAnOutputPathThatIsAFileIsRefused() throws {
        let file = try folder.write("out", "keep me\n")
        XCTAssertThrowsError(try ReportBatch(runIdentifier: "test").write(document(), to: file)) { error in
            XCTAssertEqual(error as? ReportBatchError, .outputIsNotAFolder(file))
        }
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "keep me\n")
    }

    func testAFolderWithOtherFilesIsNeverReplaced() throws {
        let old = try writeOldReports()
        try Data("rules\n".utf8).write(to: URL(fileURLWithPath: out + "/neglect.assure"))
        XCTAssertThrowsError(try ReportBatch(runIdentifier: "test").write(document(), to: out + "/")) { error in
            XCTAssertEqual(error as? ReportBatchError, .outputHasOtherFiles(folder: out, files: ["neglect.assure"]))
        }
        var expected = old
        expected["neglect.assure"] = Data("rules\n".utf8)
        XCTAssertEqual(try snapshot(out), expected)
    }
}

/// The real file system, failing on the Nth write or rename.
final class FailingFileSystem: BatchFileSystem {
    private let local = LocalFileSystem()
    private let failOnWrite: Int?
    private let failOnRename: Int?
    private(set) var writes = 0
    private(set) var renames = 0

    init(failOnWrite: Int? = nil, failOnRename: Int? = nil) {
        self.failOnWrite = failOnWrite
        self.failOnRename = failOnRename
    }

    struct Injected: Error {}

    func kind(at path: String) -> BatchFileKind { local.kind(at: path) }
    func contents(of folder: String) throws -> [String] { try local.contents(of: folder) }
    func createFolder(_ path: String) throws { try local.createFolder(path) }
    func remove(_ path: String) throws { try local.remove(path) }

    func write(_ bytes: [UInt8], to path: String) throws {
        writes += 1
        if writes == failOnWrite { throw Injected() }
        try local.write(bytes, to: path)
    }

    func rename(_ source: String, to destination: String) throws {
        renames += 1
        if renames == failOnRename { throw Injected() }
        try local.rename(source, to: destination)
    }
}
