// Shared by every harness (compiled into each by Fuzz/build.sh): a folder of the fuzzing
// process's own where a harness writes the input as the file a user would have, and a way to
// run an `assure` command in-process on it exactly as the command line does.
import AssureCommands
import Foundation

/// One fuzzing process's own folder (`$TMPDIR/assure-fuzz-XXXXXX`), holding a partnership
/// (`Rules/`, `Indicators/`) that a harness fills from each input, removed when the process
/// exits normally. libFuzzer's `-jobs`/`-workers` start processes, never threads, so each has
/// its own folder.
struct FuzzWorkspace: Sendable {
    let root: String

    var rules: String { root + "/Rules" }
    var indicators: String { root + "/Indicators" }

    /// A new folder under `$TMPDIR` (or /tmp) with empty `Rules/` and `Indicators/`.
    static func make() -> FuzzWorkspace {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/assure-fuzz-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            fatalError("fuzz harness: cannot make a folder in \(base): \(String(cString: strerror(errno)))")
        }
        let workspace = FuzzWorkspace(root: String(cString: made))
        for folder in [workspace.rules, workspace.indicators] {
            try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        return workspace
    }

    /// Writes `bytes` to `relativePath` under the root (replacing what was there).
    func write(_ bytes: [UInt8], to relativePath: String) {
        let path = root + "/" + relativePath
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("fuzz harness: cannot write \(path)")
        }
    }

    func write(_ text: String, to relativePath: String) { write(Array(text.utf8), to: relativePath) }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// What a command run in-process gave.
struct CommandRun {
    let status: Int32
    let output: String
    let errors: String
}

/// Runs `assure ARGUMENTS` in-process with a console that keeps its output, and checks the
/// promise every command makes for any input: exit 0 (clean) or 1 (problems in the rules or
/// data). Anything else — a usage error from arguments the harness wrote itself, a status
/// never defined — stops the process as a crash would, so libFuzzer keeps the input. With
/// `ASSURE_FUZZ_SHOW=1` in the environment every command and what it wrote is printed, to see
/// what a seed or a crash input reaches.
@discardableResult
func runAssure(_ arguments: [String], input: [UInt8] = []) -> CommandRun {
    let console = Console.capturing(input: input)
    let started = clock()
    let status = Assure.main(arguments: arguments, console: console,
                             environment: CommandEnvironment(runIdentifier: "fuzz"))
    let run = CommandRun(status: status, output: console.output, errors: console.errors)
    if ProcessInfo.processInfo.environment["ASSURE_FUZZ_SHOW"] == "1" {
        let milliseconds = (clock() - started) / (CLOCKS_PER_SEC / 1000)
        print("$ assure \(arguments.joined(separator: " ")) → \(status) (\(milliseconds) ms of processor time)")
        print(run.output.prefix(4000))
        print(run.errors.prefix(4000))
    }
    guard status == 0 || status == 1 else {
        fatalError("assure \(arguments.joined(separator: " ")) exited \(status), not 0 or 1:\n\(run.errors)")
    }
    return run
}

/// The input's bytes (libFuzzer passes a null pointer for an empty input).
func inputBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

extension FuzzWorkspace {
    /// Copies every file named `*.suffix` directly in `folder` (a path in the repository) into
    /// `relativeFolder` under the root; a missing folder stops the harness with a message.
    func copy(filesEndingIn suffix: String, from folder: String, to relativeFolder: String) {
        let source = repositoryRoot + "/" + folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: source) else {
            fatalError("fuzz harness: cannot read \(source) (was the repository moved after Fuzz/build.sh?)")
        }
        for name in names.sorted() where name.hasSuffix(suffix) {
            guard let bytes = FileManager.default.contents(atPath: source + "/" + name) else { continue }
            write([UInt8](bytes), to: relativeFolder + "/" + name)
        }
    }

    /// The text of a file in the repository.
    func repositoryText(_ path: String) -> String {
        guard let bytes = FileManager.default.contents(atPath: repositoryRoot + "/" + path) else {
            fatalError("fuzz harness: cannot read \(repositoryRoot)/\(path)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
