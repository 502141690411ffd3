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
        // Where the file system cannot exchange: the old folder aside, then the new one in,
        // which fails here.
        let old = try writeOldReports()
        let failing = FailingFileSystem(failOnRename: 2, canExchange: false)
        XCTAssertThrowsError(try ReportBatch(fileSystem: failing, runIdentifier: "test").write(document(), to: out)) { error in
            guard case .cannotReplace? = error as? ReportBatchError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try snapshot(out), old)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out"])
    }

    func testWithoutExchangeTheTwoRenamesStillReplaceTheReports() throws {
        let old = try writeOldReports()
        let fallback = FailingFileSystem(canExchange: false)
        try ReportBatch(fileSystem: fallback, runIdentifier: "test").write(document(), to: out)
        XCTAssertEqual(fallback.renames, 2)
        XCTAssertEqual(try snapshot(out)["report.md"], Data(MarkdownReport.render(try document()).utf8))
        XCTAssertNotEqual(try snapshot(out), old)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out"])
    }

    func testAnExistingOutputFolderIsSwappedInOneExchangeWithoutRenames() throws {
        _ = try writeOldReports()
        let counting = FailingFileSystem()
        try ReportBatch(fileSystem: counting, runIdentifier: "test").write(document(), to: out)
        XCTAssertEqual(counting.exchanges, 1)
        XCTAssertEqual(counting.renames, 0, "the output folder is never renamed away")
        XCTAssertEqual(try snapshot(out)["measures.csv"], Data(CSVReport.render(try document()).utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out"], "the old set is removed")
    }

    func testTheFirstRunIsOneRename() throws {
        let counting = FailingFileSystem()
        try ReportBatch(fileSystem: counting, runIdentifier: "test").write(document(), to: out)
        XCTAssertEqual(counting.renames, 1)
        XCTAssertEqual(counting.exchanges, 0)
    }

    func testAFailedExchangeLeavesThePreviousReportsByteIdentical() throws {
        let old = try writeOldReports()
        let failing = FailingFileSystem(failOnExchange: true)
        XCTAssertThrowsError(try ReportBatch(fileSystem: failing, runIdentifier: "test").write(document(), to: out)) { error in
            guard case .cannotReplace? = error as? ReportBatchError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try snapshot(out), old)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["out"])
    }

    func testLeftoversOfKilledRunsIntoThisFolderAreRemovedWhateverTheirId() throws {
        // 999999999 is above Linux's largest process id, so no such process is running.
        for leftover in [".out.assure-new-999999999", ".out.assure-old-999999998", ".out.assure-new-other"] {
            try folder.write(leftover + "/report.md", "half written\n")
        }
        // Another output folder's staging, and a run at work now (this test's own process).
        try folder.write(".elsewhere.assure-new-999999999/report.md", "not ours\n")
        let running = ".out.assure-new-\(getpid())"
        try folder.write(running + "/report.md", "a run at work\n")
        try ReportBatch(runIdentifier: "test").write(document(), to: out)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
                       [".elsewhere.assure-new-999999999", running, "out"])
    }

    func testAnOutputThatIsALinkIsWrittenAtItsTargetAndTheLinkKept() throws {
        let real = folder.path + "/reports-2024"
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: out, withDestinationPath: real)
        let paths = try ReportBatch(runIdentifier: "test").write(document(), to: out)
        XCTAssertEqual(paths.first, real + "/report.md")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: out), real)
        XCTAssertEqual(Set(try snapshot(real).keys), ["report.md", "report.txt", "report.html", "report.json", "measures.csv", "report.docx"])
        // A second run exchanges at the target too.
        try ReportBatch(runIdentifier: "again").write(document(), to: out)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: out), real)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["out", "reports-2024"])
    }

    func testALinkThatLeadsNowhereIsRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: out, withDestinationPath: folder.path + "/missing")
        XCTAssertThrowsError(try ReportBatch(runIdentifier: "test").write(document(), to: out)) { error in
            XCTAssertEqual(error as? ReportBatchError, .outputIsABrokenLink(out))
            XCTAssertEqual((error as? ReportBatchError)?.message,
                           "\(out) is a symbolic link that leads to no folder; the reports were not written: remove the link or point it at a folder")
        }
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

/// The real file system, failing on the Nth write or rename or on the exchange, or acting as
/// a file system that cannot exchange; counting each.
final class FailingFileSystem: BatchFileSystem {
    private let local = LocalFileSystem()
    private let failOnWrite: Int?
    private let failOnRename: Int?
    private let failOnExchange: Bool
    private let canExchange: Bool
    private(set) var writes = 0
    private(set) var renames = 0
    private(set) var exchanges = 0

    init(failOnWrite: Int? = nil, failOnRename: Int? = nil, failOnExchange: Bool = false, canExchange: Bool = true) {
        self.failOnWrite = failOnWrite
        self.failOnRename = failOnRename
        self.failOnExchange = failOnExchange
        self.canExchange = canExchange
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

    func exchange(_ first: String, _ second: String) throws -> Bool {
        guard canExchange else { return false }
        if failOnExchange { throw Injected() }
        exchanges += 1
        return try local.exchange(first, second)
    }
}
