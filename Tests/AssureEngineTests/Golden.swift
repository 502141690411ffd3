import Foundation
import XCTest

/// Compares output with a golden file under `Tests/AssureEngineTests/Golden/`; with
/// `ASSURE_UPDATE_GOLDEN=1` it rewrites the file instead, for a reviewer to read the diff.
func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Golden")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["ASSURE_UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertNoThrow(try actual.write(to: url, atomically: true, encoding: .utf8), file: file, line: line)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        return XCTFail("no golden file \(name); run with ASSURE_UPDATE_GOLDEN=1 to write it", file: file, line: line)
    }
    XCTAssertEqual(actual, expected, "output differs from Golden/\(name)", file: file, line: line)
}
