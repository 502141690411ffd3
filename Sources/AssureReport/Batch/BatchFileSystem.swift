import Foundation

/// The few file operations the batch needs, so that a test can make one of them fail at a
/// chosen moment and check that the output folder is untouched.
public protocol BatchFileSystem {
    /// What is at `path`: nothing, a folder, or something else (a file).
    func kind(at path: String) -> BatchFileKind
    /// The names in a folder.
    func contents(of folder: String) throws -> [String]
    /// Creates a folder; its parent must exist.
    func createFolder(_ path: String) throws
    func write(_ bytes: [UInt8], to path: String) throws
    /// Renames within one file system (atomic for each rename).
    func rename(_ source: String, to destination: String) throws
    /// Removes a file or folder and everything in it.
    func remove(_ path: String) throws
}

/// What is at a path.
public enum BatchFileKind: Hashable, Sendable {
    case nothing, folder, file
}

/// The real file system, through Foundation.
public struct LocalFileSystem: BatchFileSystem {
    public init() {}

    public func kind(at path: String) -> BatchFileKind {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .nothing }
        return isFolder.boolValue ? .folder : .file
    }

    public func contents(of folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder)
    }

    public func createFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    public func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
    }

    public func rename(_ source: String, to destination: String) throws {
        try FileManager.default.moveItem(atPath: source, toPath: destination)
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }
}
