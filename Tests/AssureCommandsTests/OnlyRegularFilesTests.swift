import AssureData
import AssureTestSupport
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Only regular files are read from `Indicators/` and `Rules/`: a FIFO, a device, a socket, a
/// link to any of those, a link that loops or leads nowhere, and a file over the size limit
/// are each refused at once (exit 1) with an error naming the path, never a hang, an endless
/// read or an abort.
final class OnlyRegularFilesTests: XCTestCase {
    private var tiny: TinyPartnership!

    override func setUpWithError() throws { tiny = try TinyPartnership() }
    override func tearDown() { tiny.remove() }

    /// `assure check` on the tiny partnership: exit 1 and `expected` among the errors.
    private func assertRefused(_ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let outcome = assure(tiny.arguments(["check"]))
        XCTAssertEqual(outcome.status, 1, outcome.errors, file: file, line: line)
        XCTAssertTrue(outcome.errors.contains("error: \(expected)"), outcome.errors, file: file, line: line)
    }

    private func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: destination)
    }

    /// A file of `size` bytes that takes no room on the disk (a hole).
    private func sparseFile(_ path: String, size: UInt64) throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    func testTheLimitsAreTwoGibibytesOfDataAndSixteenMebibytesOfRules() {
        XCTAssertEqual(RegularFile.indicatorSizeLimit, 2_147_483_648)
        XCTAssertEqual(RegularFile.rulesSizeLimit, 16_777_216)
    }

    // MARK: Indicators/

    func testAFIFOAmongTheIndicatorsIsRefusedWithoutWaiting() throws {
        let path = tiny.indicators + "/pipe.csv"
        XCTAssertEqual(mkfifo(path, 0o644), 0)
        assertRefused("'\(path)' is a FIFO (named pipe), not a regular file; only regular files are read")
    }

    func testALinkToAFIFOIsRefused() throws {
        let fifo = tiny.folder.path + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        try link(tiny.indicators + "/pipe.csv", to: fifo)
        assertRefused("'\(tiny.indicators)/pipe.csv' is a symbolic link to a FIFO (named pipe), not a regular file")
    }

    func testALinkToDevURandomIsRefusedNotReadForEver() throws {
        try link(tiny.indicators + "/random.csv", to: "/dev/urandom")
        assertRefused("'\(tiny.indicators)/random.csv' is a symbolic link to a character device, not a regular file")
    }

    func testALinkToDevZeroIsRefusedNotReadUntilMemoryRunsOut() throws {
        try link(tiny.indicators + "/zero.csv", to: "/dev/zero")
        assertRefused("'\(tiny.indicators)/zero.csv' is a symbolic link to a character device, not a regular file")
    }

    func testASocketIsRefused() throws {
        let path = tiny.indicators + "/socket.csv"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        XCTAssertLessThan(pathBytes.count, MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in pathBytes.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(bound, 0)
        assertRefused("'\(path)' is a socket, not a regular file")
    }

    func testADanglingLinkIsRefusedByName() throws {
        try link(tiny.indicators + "/gone.csv", to: tiny.folder.path + "/nowhere.csv")
        assertRefused("'\(tiny.indicators)/gone.csv' is a symbolic link to '\(tiny.folder.path)/nowhere.csv', which does not exist")
    }

    func testALoopingLinkIsRefused() throws {
        try link(tiny.indicators + "/a.csv", to: tiny.indicators + "/b.csv")
        try link(tiny.indicators + "/b.csv", to: tiny.indicators + "/a.csv")
        assertRefused("'\(tiny.indicators)/a.csv' is a symbolic link that loops")
    }

    func testAnIndicatorFileOverTwoGibibytesIsRefusedWithoutReadingIt() throws {
        let path = tiny.indicators + "/huge.csv"
        try sparseFile(path, size: 2_147_483_649)
        assertRefused("'\(path)' is 2147483649 bytes, over the limit of 2 GiB for an indicator file")
    }

    func testALinkToARegularFileIsRead() throws {
        let data = tiny.indicators + "/data.csv"
        try FileManager.default.moveItem(atPath: data, toPath: tiny.folder.path + "/elsewhere.csv")
        try link(data, to: tiny.folder.path + "/elsewhere.csv")
        XCTAssertEqual(assure(tiny.arguments(["check"])).status, 0)
    }

    // MARK: Rules/

    func testAFIFOAmongTheRulesIsRefusedWithoutWaiting() throws {
        let path = tiny.rules + "/pipe.assure"
        XCTAssertEqual(mkfifo(path, 0o644), 0)
        assertRefused("'\(path)' is a FIFO (named pipe), not a regular file; only regular files are read")
    }

    func testARulesLinkToDevZeroIsRefused() throws {
        try link(tiny.rules + "/zero.assure", to: "/dev/zero")
        assertRefused("'\(tiny.rules)/zero.assure' is a symbolic link to a character device, not a regular file")
    }

    func testADanglingRulesLinkIsRefused() throws {
        try link(tiny.rules + "/gone.assure", to: tiny.folder.path + "/nowhere.assure")
        assertRefused("'\(tiny.rules)/gone.assure' is a symbolic link to '\(tiny.folder.path)/nowhere.assure', which does not exist")
    }

    func testALoopingRulesLinkIsRefused() throws {
        try link(tiny.rules + "/loop.assure", to: tiny.rules + "/loop.assure")
        assertRefused("'\(tiny.rules)/loop.assure' is a symbolic link that loops")
    }

    func testARulesFileOverSixteenMebibytesIsRefused() throws {
        let path = tiny.rules + "/huge.assure"
        try sparseFile(path, size: 16_777_217)
        assertRefused("'\(path)' is 16777217 bytes, over the limit of 16 MiB for a rules file")
    }
}
