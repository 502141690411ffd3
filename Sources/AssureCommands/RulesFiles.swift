import AssureData
import AssureEngine
import AssureLanguage
import Foundation

/// Reading rules files from disk for the commands: every `*.assure` under a folder, in path
/// order, and writing a file (a rules file, a report) atomically.
enum RulesFiles {
    /// The rules files under `folder`; a diagnostic when the folder cannot be read.
    static func read(folder: String) -> (sources: [RulesSource], problems: [Diagnostic]) {
        let read = PartnershipLoader.readRules(folder: folder)
        return (read.sources, read.diagnostics)
    }

    /// The named rules files.
    static func read(files: [String]) -> (sources: [RulesSource], problems: [Diagnostic]) {
        let read = PartnershipLoader.readRules(files: files)
        return (read.sources, read.diagnostics)
    }

    /// Writes `text` to `path` through a temporary file in the same folder and a rename, so
    /// the file is never left half written.
    static func writeAtomically(_ text: String, to path: String, runIdentifier: String) throws {
        let target = FilePath.resolved(path)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temporary = FilePath.parent(of: target) + "/.\(name).\(runIdentifier).tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        // rename(2) replaces the file in one step; Foundation's replaceItemAt is not reliable on Linux.
        guard rename(temporary, target) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
    }
}
