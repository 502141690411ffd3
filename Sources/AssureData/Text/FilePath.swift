import Foundation

/// Paths as the file system means them: absolute, without `.` or `..`, with symbolic links
/// resolved as far as the path exists. Plain string work, never `NSString`'s path methods,
/// which stop the process (SIGILL) on a one-character relative path such as `.` in this
/// Foundation.
public enum FilePath {
    /// `path` made absolute (from the current folder), `.` and `..` undone and every symbolic
    /// link among its existing folders followed; the part that does not exist yet is kept as
    /// written.
    public static func resolved(_ path: String) -> String {
        let start = path.hasPrefix("/") ? "/" : FileManager.default.currentDirectoryPath
        var current = realPath(start) ?? start
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".":
                continue
            case "..":
                current = parent(of: current)
            default:
                let next = current == "/" ? "/" + component : current + "/" + component
                current = realPath(next) ?? next
            }
        }
        return current
    }

    /// Whether `path` is `folder` or lies inside it (both resolved).
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// The folder holding `path` (absolute); `/` for `/` itself.
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// The last component of an absolute path (`out` for `/tmp/out`); `/` for `/`.
    public static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), path != "/" else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `name` inside `folder`.
    public static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The canonical path of something that exists; nil when nothing is there.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
