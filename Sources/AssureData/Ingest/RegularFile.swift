#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening the partnership's input files safely: only a regular file (or a link to one) of at
/// most a known size is ever read. A FIFO (which would wait for a writer for ever), a device
/// (`/dev/urandom` never ends, `/dev/zero` fills memory), a socket, a link that leads nowhere
/// or loops, and a file over the size limit are refused at once, naming the path.
///
/// The path is checked with `lstat` and `stat` first (for a message that says what it is),
/// then opened with `O_NONBLOCK` (so that a FIFO put there in the meantime cannot make the
/// open wait) and checked again with `fstat` on the open descriptor, which is what is read.
public enum RegularFile {
    /// The largest indicator extract read: 2 GiB.
    public static let indicatorSizeLimit: Int64 = 2 << 30
    /// The largest rules file read: 16 MiB.
    public static let rulesSizeLimit: Int64 = 16 << 20

    /// Why a path was not read: what is wrong and how to fix it.
    public struct Refusal: Error, Hashable, Sendable {
        /// What is wrong, naming the path.
        public let message: String
        /// How to fix it.
        public let help: String
    }

    /// What the file is for, in messages and in the size limit's help.
    public enum Purpose: Sendable {
        case indicators, rules

        var limit: Int64 { self == .indicators ? RegularFile.indicatorSizeLimit : RegularFile.rulesSizeLimit }
        var words: String { self == .indicators ? "an indicator file" : "a rules file" }
        var splitHelp: String {
            self == .indicators ? "split the extract into several CSV files, each under the limit"
                : "split the rules into several .assure files, each under the limit"
        }
    }

    /// Opens `path` for reading when it is a regular file within `purpose`'s size limit; the
    /// caller closes the descriptor.
    public static func open(_ path: String, for purpose: Purpose) -> Result<Int32, Refusal> {
        var linkStatus = stat()
        guard lstat(path, &linkStatus) == 0 else {
            return .failure(Refusal(message: "cannot read '\(path)': \(describe(errno))",
                                    help: "check that the file exists and can be read"))
        }
        let isLink = kind(linkStatus.st_mode) == S_IFLNK
        var status = stat()
        if stat(path, &status) != 0 {
            let code = errno
            if isLink && code == ELOOP {
                return .failure(Refusal(message: "'\(path)' is a symbolic link that loops (following it leads back to a link on the way)",
                                        help: "remove the link, or point it at the file itself"))
            }
            if isLink && code == ENOENT {
                return .failure(Refusal(message: "'\(path)' is a symbolic link to '\(linkTarget(path))', which does not exist",
                                        help: "remove the link, or point it at the file itself"))
            }
            return .failure(Refusal(message: "cannot read '\(path)': \(describe(code))", help: "check that the file exists and can be read"))
        }
        if let refusal = refusal(path, status, isLink: isLink, purpose: purpose) { return .failure(refusal) }

        let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(Refusal(message: "cannot read '\(path)': \(describe(errno))", help: "check that the file exists and can be read"))
        }
        // What is open is what is read: checked again in case the path changed since.
        var opened = stat()
        if fstat(descriptor, &opened) != 0 {
            let code = errno
            close(descriptor)
            return .failure(Refusal(message: "cannot read '\(path)': \(describe(code))", help: "check that the file exists and can be read"))
        }
        if let refusal = refusal(path, opened, isLink: isLink, purpose: purpose) {
            close(descriptor)
            return .failure(refusal)
        }
        return .success(descriptor)
    }

    /// The whole of the regular file at `path`, when it is one within `purpose`'s size limit.
    public static func read(_ path: String, for purpose: Purpose) -> Result<[UInt8], Refusal> {
        let descriptor: Int32
        switch open(path, for: purpose) {
        case .success(let opened): descriptor = opened
        case .failure(let refusal): return .failure(refusal)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(Refusal(message: "cannot read '\(path)': \(describe(errno))", help: "check that the file can be read"))
            }
            if got == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<got])
            if Int64(bytes.count) > purpose.limit { return .failure(tooLarge(path, purpose: purpose)) }
        }
    }

    /// The refusal for a file that grew over the limit while it was read.
    static func tooLarge(_ path: String, purpose: Purpose) -> Refusal {
        Refusal(message: "'\(path)' is larger than \(size(purpose.limit)), the most read from \(purpose.words)",
                help: purpose.splitHelp)
    }

    private static func refusal(_ path: String, _ status: stat, isLink: Bool, purpose: Purpose) -> Refusal? {
        let type = kind(status.st_mode)
        guard type == S_IFREG else {
            let what = switch type {
            case S_IFIFO: "a FIFO (named pipe)"
            case S_IFCHR: "a character device"
            case S_IFBLK: "a block device"
            case S_IFSOCK: "a socket"
            case S_IFDIR: "a folder"
            default: "not a file"
            }
            let subject = isLink ? "a symbolic link to \(what)" : what
            return Refusal(message: "'\(path)' is \(subject), not a regular file; only regular files are read",
                           help: "remove it from the folder, or put the \(purpose == .indicators ? "CSV" : "rules") file itself there")
        }
        if Int64(status.st_size) > purpose.limit {
            return Refusal(message: "'\(path)' is \(size(Int64(status.st_size))), over the limit of \(size(purpose.limit)) for \(purpose.words)",
                           help: purpose.splitHelp)
        }
        return nil
    }

    private static func kind(_ mode: mode_t) -> mode_t { mode & S_IFMT }

    private static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4097)
        let count = readlink(path, &buffer, 4096)
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A size in bytes in words: `2 GiB`, `16 MiB`, or bytes.
    static func size(_ bytes: Int64) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        return "\(bytes) bytes"
    }

    static func describe(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message).lowercased()
    }
}

/// The C library's `open`, by a name `RegularFile.open` does not hide.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }

/// The C library's `read`, by a name `RegularFile.read` does not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(descriptor, buffer, count) }
