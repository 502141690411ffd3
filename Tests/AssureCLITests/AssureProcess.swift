import Foundation
import XCTest

/// Runs the built `assure` executable as a person would: in a folder of its own, without
/// colour, collecting its exit status, standard output and standard error.
enum AssureProcess {
    /// The `assure` executable, built beside this test bundle (the test target depends on it).
    static func executable() throws -> String {
        let bundle = Bundle.main.bundleURL
        let places = [URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
                      bundle, bundle.deletingLastPathComponent()]
        for place in places {
            let path = place.appendingPathComponent("assure").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw XCTSkip("the assure executable was not found beside the tests")
    }

    /// Runs `assure ARGUMENTS` in `folder`, with `input` on standard input (none: empty).
    static func run(_ arguments: [String], in folder: String, input: String = "") throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
