import Foundation
import XCTest

/// Compares a whole output with its golden file under `Tests/AssureReportTests/Golden/`;
/// with `ASSURE_UPDATE_GOLDEN=1` the file is rewritten instead, for a reviewer to read the diff.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The bytes of a golden or input file.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func assertMatches(_ output: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ASSURE_UPDATE_GOLDEN"] == "1" {
            try Data(output.utf8).write(to: url)
            return
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        XCTAssertEqual(output, expected, "output differs from Golden/\(name); rerun with ASSURE_UPDATE_GOLDEN=1 and read the diff", file: file, line: line)
    }
}

/// A folder under the system's temporary directory for one test's files, removed by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "assure-report-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the folder; returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
