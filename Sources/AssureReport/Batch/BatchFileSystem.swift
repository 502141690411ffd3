import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations the batch needs, so that a test can make one of them fail at a
/// chosen moment and check that the output folder is untouched.
public protocol BatchFileSystem {
    /// What is at `path`: nothing, a folder, or something else (a file). A symbolic link is
    /// followed; a link that leads nowhere is `.nothing` here and `isLink` says it is there.
    func kind(at path: String) -> BatchFileKind
    /// The names in a folder.
    func contents(of folder: String) throws -> [String]
    /// Creates a folder; its parent must exist.
    func createFolder(_ path: String) throws
    /// Writes a new file (never replacing one) and forces its bytes to the disk.
    func write(_ bytes: [UInt8], to path: String) throws
    /// Renames within one file system (atomic for each rename).
    func rename(_ source: String, to destination: String) throws
    /// Removes a file or folder and everything in it.
    func remove(_ path: String) throws
    /// Swaps two existing paths in one atomic step, so that each name always names one of the
    /// two; false (and nothing done) where the file system or the system cannot.
    func exchange(_ first: String, _ second: String) throws -> Bool
    /// Forces a folder's entries (names created, renamed or removed) to the disk.
    func synchronise(folder: String) throws
    /// Whether `path` itself is a symbolic link (not followed).
    func isLink(_ path: String) -> Bool
}

extension BatchFileSystem {
    /// The local file system's atomic exchange (`renameat2` with `RENAME_EXCHANGE` on Linux).
    public func exchange(_ first: String, _ second: String) throws -> Bool {
        try LocalFileSystem.exchangeAtomically(first, second)
    }

    /// `fsync` on the folder.
    public func synchronise(folder: String) throws {
        try LocalFileSystem.synchroniseFolder(folder)
    }

    /// `lstat` of the path.
    public func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }
}

/// What is at a path.
public enum BatchFileKind: Hashable, Sendable {
    case nothing, folder, file
}

/// A system call that failed, with the system's words for why.
struct SystemCallError: Error, CustomStringConvertible {
    let call: String
    let code: Int32

    var description: String {
        guard let text = strerror(code) else { return "\(call): error \(code)" }
        return String(cString: text).lowercased()
    }
}

/// The real file system: Foundation for reading folders, the system calls for everything that
/// must reach the disk in a known order.
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
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemCallError(call: "open", code: errno) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBufferPointer { buffer in
                posixWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallError(call: "write", code: errno)
            }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw SystemCallError(call: "fsync", code: errno) }
    }

    public func rename(_ source: String, to destination: String) throws {
        guard posixRename(source, destination) == 0 else { throw SystemCallError(call: "rename", code: errno) }
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }

    /// `renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE)`, found in the C library
    /// at run time (Swift's Glibc module does not declare it); false where the C library lacks
    /// it or the file system cannot exchange.
    static func exchangeAtomically(_ first: String, _ second: String) throws -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = renameAt2Symbol else { return false }
        let renameAt2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        if renameAt2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return true }
        let code = errno
        if code == ENOSYS || code == EINVAL || code == ENOTSUP || code == EOPNOTSUPP { return false }
        throw SystemCallError(call: "renameat2", code: code)
        #else
        return false
        #endif
    }

    #if os(Linux)
    /// The C library's `renameat2` (glibc 2.28 and later), looked up once.
    private nonisolated(unsafe) static let renameAt2Symbol: UnsafeMutableRawPointer? = dlsym(dlopen(nil, RTLD_NOW), "renameat2")
    #endif

    static func synchroniseFolder(_ folder: String) throws {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemCallError(call: "open", code: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw SystemCallError(call: "fsync", code: errno) }
    }
}

/// The C library's `write`, by a name the batch's own `write` does not hide.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// The C library's `rename`, by a name the batch's own `rename` does not hide.
private func posixRename(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}
