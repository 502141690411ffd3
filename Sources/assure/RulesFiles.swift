import AssureData
import AssureLanguage
import Foundation

/// Reading rules files from disk for the commands: every `*.assure` under a folder, in path
/// order, and writing a file back atomically.
enum RulesFiles {
    /// The rules files under `folder`; a diagnostic when the folder cannot be read.
    static func read(folder: String) -> (sources: [RulesSource], problems: [Diagnostic]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return ([], [.error("there is no rules folder '\(folder)'", at: nil,
                                help: "run assure in the partnership's folder, or give the folder with --rules")])
        }
        let paths = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".assure") }
            .sorted()
            .map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
        return read(files: paths)
    }

    /// The named rules files.
    static func read(files: [String]) -> (sources: [RulesSource], problems: [Diagnostic]) {
        var sources: [RulesSource] = []
        var problems: [Diagnostic] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(.error("cannot read the rules file '\(path)'", at: nil, help: "check that it exists and can be read"))
                continue
            }
            sources.append(RulesSource(path: path, text: String(decoding: data, as: UTF8.self)))
        }
        return (sources, problems)
    }

    /// Writes `text` to `path` through a temporary file in the same folder and a rename, so
    /// the file is never left half written.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(text.utf8).write(to: temporary)
        // rename(2) replaces the file in one step; Foundation's replaceItemAt is not reliable on Linux.
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
    }
}
