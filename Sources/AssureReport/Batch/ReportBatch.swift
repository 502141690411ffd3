import AssureData
import Foundation

/// The monthly batch's output: every format of the report written into one folder, all or
/// nothing. Everything is rendered in memory first, written into a fresh staging folder beside
/// the output folder (the same file system), and only when every file is written is the old
/// folder moved aside, the new one renamed into place and the old one removed. On any failure
/// the previous contents of the output folder are left exactly as they were.
///
/// The output folder belongs to the batch: a folder holding anything but report files is
/// refused, so that `assure run .` can never replace the rules and data.
public struct ReportBatch {
    public let fileSystem: any BatchFileSystem
    /// Names the staging and old folders uniquely (the process id in `assure run`).
    public let runIdentifier: String

    public init(fileSystem: any BatchFileSystem = LocalFileSystem(), runIdentifier: String) {
        self.fileSystem = fileSystem
        self.runIdentifier = runIdentifier
    }

    /// The files of every format, rendered: name and bytes, in `ReportFormat` order, then the
    /// Word document.
    public static func files(_ document: ReportDocument) -> [(name: String, bytes: [UInt8])] {
        ReportFormat.allCases.map { ($0.fileName, Array($0.render(document).utf8)) } + [(DocxReport.fileName, DocxReport.render(document))]
    }

    /// Writes every format into `folder`, replacing the previous set; returns the files' paths.
    @discardableResult
    public func write(_ document: ReportDocument, to folder: String) throws(ReportBatchError) -> [String] {
        try write(ReportBatch.files(document), to: folder)
    }

    /// Writes the given files into `folder`, all or nothing.
    @discardableResult
    public func write(_ files: [(name: String, bytes: [UInt8])], to folder: String) throws(ReportBatchError) -> [String] {
        // Plain string work on the absolute path: NSString's path methods stop the process on a
        // one-character relative path such as `.` in this Foundation.
        let target = FilePath.resolved(folder)
        let parentFolder = FilePath.parent(of: target)
        let name = FilePath.name(of: target)
        let staging = FilePath.joined(parentFolder, ".\(name).assure-new-\(runIdentifier)")
        let old = FilePath.joined(parentFolder, ".\(name).assure-old-\(runIdentifier)")
        let names = Set(ReportFormat.allCases.map(\.fileName)).union(files.map(\.name))

        switch fileSystem.kind(at: target) {
        case .file: throw .outputIsNotAFolder(target)
        case .folder:
            let present = (try? fileSystem.contents(of: target)) ?? []
            let others = present.filter { !names.contains($0) }.sorted()
            guard others.isEmpty else { throw .outputHasOtherFiles(folder: target, files: others) }
        case .nothing:
            break
        }
        guard fileSystem.kind(at: parentFolder) == .folder else {
            throw .cannotWrite(path: target, reason: "\(parentFolder) is not a folder")
        }

        // A staging folder left by a run that was killed is ours to clear.
        if fileSystem.kind(at: staging) != .nothing { try? fileSystem.remove(staging) }
        do {
            try fileSystem.createFolder(staging)
        } catch {
            throw .cannotWrite(path: staging, reason: ReportBatch.reason(error))
        }
        for file in files {
            let path = FilePath.joined(staging, file.name)
            do {
                try fileSystem.write(file.bytes, to: path)
            } catch {
                try? fileSystem.remove(staging)
                throw .cannotWrite(path: path, reason: ReportBatch.reason(error))
            }
        }
        try replace(target, with: staging, old: old)
        return files.map { FilePath.joined(target, $0.name) }
    }

    /// Moves the old folder aside, the new one in, and removes the old; puts the old one back
    /// if the new one cannot be moved in.
    private func replace(_ target: String, with staging: String, old: String) throws(ReportBatchError) {
        let hadOld = fileSystem.kind(at: target) == .folder
        if hadOld {
            if fileSystem.kind(at: old) != .nothing { try? fileSystem.remove(old) }
            do {
                try fileSystem.rename(target, to: old)
            } catch {
                try? fileSystem.remove(staging)
                throw .cannotReplace(folder: target, reason: ReportBatch.reason(error))
            }
        }
        do {
            try fileSystem.rename(staging, to: target)
        } catch {
            if hadOld { try? fileSystem.rename(old, to: target) }
            try? fileSystem.remove(staging)
            throw .cannotReplace(folder: target, reason: ReportBatch.reason(error))
        }
        // The new set is in place; an old folder that cannot be removed is only clutter, and the
        // next run clears it.
        if hadOld { try? fileSystem.remove(old) }
    }

    private static func reason(_ error: Error) -> String {
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}

/// Why the batch could not write its output; the output folder is as it was before.
public enum ReportBatchError: Error, Hashable, Sendable {
    /// The output path is a file.
    case outputIsNotAFolder(String)
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
        case .outputHasOtherFiles(let folder, let files):
            return "\(folder) holds files that are not reports (\(files.prefix(5).joined(separator: ", "))); give an empty or new folder for the reports"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason); the previous reports are unchanged"
        case .cannotReplace(let folder, let reason):
            return "cannot put the new reports in \(folder): \(reason); the previous reports are unchanged"
        }
    }
}
