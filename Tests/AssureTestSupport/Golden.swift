import Foundation
import XCTest

/// Golden files: a whole output compared with the file that holds it, in the `Golden` folder
/// beside the test that asks. With `ASSURE_UPDATE_GOLDEN=1` the file is rewritten instead, for
/// a reviewer to read the diff (and the commit to say why).
public enum Golden {
    /// The `Golden` folder beside the test file `file`.
    public static func folder(besides file: StaticString = #filePath) -> URL {
        URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// Whether this run rewrites golden files.
    public static var updating: Bool { ProcessInfo.processInfo.environment["ASSURE_UPDATE_GOLDEN"] == "1" }

    /// The bytes of a golden or input file in `Golden/` beside the calling test.
    public static func bytes(_ name: String, file: StaticString = #filePath) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder(besides: file).appendingPathComponent(name)))
    }

    /// Fails unless `actual` is exactly the golden file `name` beside the calling test.
    public static func assertMatches(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let folder = folder(besides: file)
        let url = folder.appendingPathComponent(name)
        if updating {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            XCTAssertNoThrow(try Data(actual.utf8).write(to: url), file: file, line: line)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            return XCTFail("no golden file \(name); run with ASSURE_UPDATE_GOLDEN=1 to write it", file: file, line: line)
        }
        XCTAssertEqual(actual, String(decoding: data, as: UTF8.self),
                       "output differs from Golden/\(name); rerun with ASSURE_UPDATE_GOLDEN=1 and read the diff", file: file, line: line)
    }
}

/// Compares a whole output with its golden file (see `Golden`).
public func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    Golden.assertMatches(actual, name, file: file, line: line)
}
