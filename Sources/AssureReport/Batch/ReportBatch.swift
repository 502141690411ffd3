import AssureData
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The monthly batch's output: every format of the report written into one folder, all or
/// nothing, and at every moment the output folder exists holding one complete set, the old or
/// the new.
///
/// Everything is rendered in memory first and written into a fresh staging folder beside the
/// output folder (the same file system); each file and the staging folder are forced to the
/// disk; then the two folders are exchanged in one atomic step (`renameat2` with
/// `RENAME_EXCHANGE` on Linux) and the staging name, now holding the old set, is removed. Where
/// the file system cannot exchange, the old folder is renamed aside and the new one into place
/// (the output folder is then absent for an instant); on the first run a single rename
/// suffices. On any failure the previous contents of the output folder are left exactly as
/// they were. Staging and old folders left by runs that were killed (`.out.assure-new-ID`,
/// `.out.assure-old-ID`, for this output folder only) are removed by the next run, unless ID
/// is a process that is still running.
///
/// An output folder that is a symbolic link is followed: the reports are written at the
/// link's target (the exchange happens there) and the link is kept. A link that leads nowhere
/// is refused.
///
/// The output folder belongs to the batch: a folder holding anything but report files is
/// refused, so that `assure run .` can never replace the rules and data.
public struct ReportBatch {
    /// The environment variable giving milliseconds to wait just before the swap: only for
    /// tests that kill the batch in the window between writing and swapping.
    static let pauseVariable = "ASSURE_BATCH_PAUSE_BEFORE_SWAP_MS"

    public let fileSystem: any BatchFileSystem
    /// Names the staging and old folders uniquely (the process id in `assure run`).
    public let runIdentifier: String

    public init(fileSystem: any BatchFileSystem = LocalFileSystem(), runIdentifier: String) {
        self.fileSystem = fileSystem
        self.runIdentifier = runIdentifier
    }

    /// The files of every format: name and bytes, in `ReportFormat` order, then the Word
    /// document, each rendered only when it is reached.
    public static func files(_ document: ReportDocument) -> ReportFiles {
        files(document, named: fileNames)
    }

    /// The files among `fileNames` whose names are in `names`, in `fileNames`' order: only
    /// those formats are rendered, each when it is reached.
    public static func files(_ document: ReportDocument, named names: [String]) -> ReportFiles {
        let wanted = Set(names)
        return ReportFiles(document: document, names: fileNames.filter(wanted.contains))
    }

    /// The names of the files `files(_:)` gives, in its order.
    public static var fileNames: [String] {
        ReportFormat.allCases.map(\.fileName) + [DocxReport.fileName]
    }

    /// Writes every format into `folder`, replacing the previous set; returns the files' paths.
    @discardableResult
    public func write(_ document: ReportDocument, to folder: String) throws(ReportBatchError) -> [String] {
        try write(ReportBatch.files(document), to: folder)
    }

    /// Writes a report's files into `folder`, all or nothing, each rendered and written in
    /// turn: one format in memory at a time.
    @discardableResult
    public func write(_ files: ReportFiles, to folder: String) throws(ReportBatchError) -> [String] {
        let staging = try stage(folder, writing: files.names)
        for file in files {
            try write(file.bytes, named: file.name, in: staging)
        }
        try commit(staging)
        return files.names.map { FilePath.joined(staging.target, $0) }
    }

    /// Writes the given files into `folder`, all or nothing. A name may hold one folder
    /// (`E08000006/report.md`): the folder is made in the staging folder.
    @discardableResult
    public func write(_ files: [(name: String, bytes: [UInt8])], to folder: String) throws(ReportBatchError) -> [String] {
        let staging = try stage(folder, writing: files.map(\.name))
        for file in files {
            try write(file.bytes, named: file.name, in: staging)
        }
        try commit(staging)
        return files.map { FilePath.joined(staging.target, $0.name) }
    }

    /// Checks the output folder and makes a fresh staging folder beside it, with the folders
    /// that `names` (the files to be written, `E08000006/report.md`) need: the first step of
    /// a batch. Then `write(_:named:in:)` each file (from any thread), then `commit` (or
    /// `discard` on failure).
    public func stage(_ folder: String, writing names: [String]) throws(ReportBatchError) -> ReportStaging {
        // Plain string work on the absolute path: NSString's path methods stop the process on a
        // one-character relative path such as `.` in this Foundation. Resolving follows a link
        // that leads to something, the last component included.
        let target = FilePath.resolved(folder)
        let parentFolder = FilePath.parent(of: target)
        let name = FilePath.name(of: target)
        let staging = ReportStaging(target: target, parent: parentFolder, name: name,
                                    path: FilePath.joined(parentFolder, ReportBatch.stagingPrefix(name) + runIdentifier),
                                    old: FilePath.joined(parentFolder, ReportBatch.oldPrefix(name) + runIdentifier))
        let reportNames = ReportBatch.reportFileNames
        let topNames = reportNames.union(OverviewFormat.allCases.map(\.fileName))
            .union(names.map { String($0.split(separator: "/").first ?? Substring($0)) })

        if fileSystem.isLink(target) { throw .outputIsABrokenLink(target) }
        switch fileSystem.kind(at: target) {
        case .file: throw .outputIsNotAFolder(target)
        case .folder:
            let present = (try? fileSystem.contents(of: target)) ?? []
            // An area's folder of reports from an earlier run of every area is the batch's own.
            let others = present.filter { entry in
                guard !topNames.contains(entry) else { return false }
                let path = FilePath.joined(target, entry)
                guard fileSystem.kind(at: path) == .folder, !fileSystem.isLink(path),
                      let inside = try? fileSystem.contents(of: path) else { return true }
                return !inside.allSatisfy(reportNames.contains)
            }.sorted()
            guard others.isEmpty else { throw .outputHasOtherFiles(folder: target, files: others) }
        case .nothing:
            break
        }
        guard fileSystem.kind(at: parentFolder) == .folder else {
            throw .cannotWrite(path: target, reason: "\(parentFolder) is not a folder")
        }

        removeLeftovers(in: parentFolder, name: name)
        do {
            try fileSystem.createFolder(staging.path)
        } catch {
            throw .cannotWrite(path: staging.path, reason: ReportBatch.reason(error))
        }
        let folders = Set(names.compactMap { name -> String? in
            let parts = name.split(separator: "/")
            return parts.count > 1 ? String(parts[0]) : nil
        }).sorted()
        for subfolder in folders {
            let path = FilePath.joined(staging.path, subfolder)
            do {
                try fileSystem.createFolder(path)
            } catch {
                discard(staging)
                throw .cannotWrite(path: path, reason: ReportBatch.reason(error))
            }
        }
        return staging
    }

    /// Writes one file into the staging folder (forced to the disk); on failure the staging
    /// folder is removed and the output folder is untouched.
    public func write(_ bytes: [UInt8], named name: String, in staging: ReportStaging) throws(ReportBatchError) {
        let path = FilePath.joined(staging.path, name)
        do {
            try fileSystem.write(bytes, to: path)
        } catch {
            discard(staging)
            throw .cannotWrite(path: path, reason: ReportBatch.reason(error))
        }
    }

    /// Forces the staging folder (and its folders) to the disk and swaps it into place.
    public func commit(_ staging: ReportStaging) throws(ReportBatchError) {
        do {
            for entry in (try? fileSystem.contents(of: staging.path)) ?? [] {
                let path = FilePath.joined(staging.path, entry)
                if fileSystem.kind(at: path) == .folder { try fileSystem.synchronise(folder: path) }
            }
            try fileSystem.synchronise(folder: staging.path)
        } catch {
            discard(staging)
            throw .cannotWrite(path: staging.path, reason: ReportBatch.reason(error))
        }
        ReportBatch.pauseIfAsked()
        try replace(staging.target, with: staging.path, old: staging.old, parent: staging.parent)
    }

    /// Removes the staging folder: the output folder stays as it was.
    public func discard(_ staging: ReportStaging) {
        try? fileSystem.remove(staging.path)
    }

    /// The names of one report's files.
    static var reportFileNames: Set<String> {
        Set(ReportFormat.allCases.map(\.fileName)).union([DocxReport.fileName])
    }

    /// `.out.assure-new-`: the start of a staging folder's name for the output folder `out`.
    static func stagingPrefix(_ name: String) -> String { ".\(name).assure-new-" }
    /// `.out.assure-old-`: the start of an old folder's name (the fallback swap's).
    static func oldPrefix(_ name: String) -> String { ".\(name).assure-old-" }

    /// Removes the staging and old folders of earlier runs into the same output folder, whatever
    /// their run identifier, except those of a process that is still running (a run at work).
    private func removeLeftovers(in parent: String, name: String) {
        let prefixes = [ReportBatch.stagingPrefix(name), ReportBatch.oldPrefix(name)]
        for entry in (try? fileSystem.contents(of: parent)) ?? [] {
            guard let prefix = prefixes.first(where: { entry.hasPrefix($0) }) else { continue }
            let identifier = String(entry.dropFirst(prefix.count))
            if identifier != runIdentifier, let process = Int32(identifier), process > 0, ReportBatch.isRunning(process) { continue }
            try? fileSystem.remove(FilePath.joined(parent, entry))
        }
    }

    /// Whether a process with this id exists now.
    private static func isRunning(_ process: Int32) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }

    /// Waits the milliseconds `ASSURE_BATCH_PAUSE_BEFORE_SWAP_MS` asks for (tests only).
    private static func pauseIfAsked() {
        guard let text = ProcessInfo.processInfo.environment[pauseVariable], let milliseconds = Int(text), milliseconds > 0 else { return }
        usleep(UInt32(min(milliseconds, 60_000)) * 1000)
    }

    /// Puts the staging folder in place of the output folder: one atomic exchange where the
    /// file system allows (the output folder never absent), else the old folder aside and the
    /// new one in, putting the old one back if the new one cannot be moved in.
    private func replace(_ target: String, with staging: String, old: String, parent: String) throws(ReportBatchError) {
        guard fileSystem.kind(at: target) == .folder else {
            do {
                try fileSystem.rename(staging, to: target)
            } catch {
                try? fileSystem.remove(staging)
                throw .cannotReplace(folder: target, reason: ReportBatch.reason(error))
            }
            try? fileSystem.synchronise(folder: parent)
            return
        }
        let exchanged: Bool
        do {
            exchanged = try fileSystem.exchange(staging, target)
        } catch {
            try? fileSystem.remove(staging)
            throw .cannotReplace(folder: target, reason: ReportBatch.reason(error))
        }
        if exchanged {
            // The staging name now holds the old set: clutter only, which the next run clears
            // if it cannot be removed now.
            try? fileSystem.synchronise(folder: parent)
            try? fileSystem.remove(staging)
            return
        }
        do {
            try fileSystem.rename(target, to: old)
        } catch {
            try? fileSystem.remove(staging)
            throw .cannotReplace(folder: target, reason: ReportBatch.reason(error))
        }
        do {
            try fileSystem.rename(staging, to: target)
        } catch {
            try? fileSystem.rename(old, to: target)
            try? fileSystem.remove(staging)
            throw .cannotReplace(folder: target, reason: ReportBatch.reason(error))
        }
        try? fileSystem.synchronise(folder: parent)
        try? fileSystem.remove(old)
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? SystemCallError { return error.description }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}

/// A staging folder being filled beside the output folder, from `ReportBatch.stage`.
public struct ReportStaging: Hashable, Sendable {
    /// The output folder (resolved), its parent and its name.
    public let target: String
    let parent: String
    let name: String
    /// The staging folder, and the name the old set takes where the swap cannot exchange.
    public let path: String
    let old: String
}

/// Why the batch could not write its output; the output folder is as it was before.
public enum ReportBatchError: Error, Hashable, Sendable {
    /// The output path is a file.
    case outputIsNotAFolder(String)
    /// The output path is a symbolic link that leads nowhere (to nothing, or round in a loop).
    case outputIsABrokenLink(String)
    /// The output folder holds files the batch did not write, which it will not replace.
    case outputHasOtherFiles(folder: String, files: [String])
    /// A file or the staging folder could not be written.
    case cannotWrite(path: String, reason: String)
    /// The new set could not be moved into place.
    case cannotReplace(folder: String, reason: String)

    /// The error as a message for stderr.
    public var message: String {
        switch self {
        case .outputIsNotAFolder(let path):
            return "\(path) is a file, not a folder; the reports were not written"
        case .outputIsABrokenLink(let path):
            return "\(path) is a symbolic link that leads to no folder; the reports were not written: remove the link or point it at a folder"
        case .outputHasOtherFiles(let folder, let files):
            return "\(folder) holds files that are not reports (\(files.prefix(5).joined(separator: ", "))); give an empty or new folder for the reports"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason); the previous reports are unchanged"
        case .cannotReplace(let folder, let reason):
            return "cannot put the new reports in \(folder): \(reason); the previous reports are unchanged"
        }
    }
}
