/// The arguments of one command after its name: `--option value`, `--option=value`, flags and
/// positional arguments. Commands take what they know; anything left over is a usage error.
struct Arguments {
    private var remaining: [String]

    init(_ arguments: [String]) { remaining = arguments }

    /// The value of `--name value` or `--name=value`, removed from the arguments.
    mutating func option(_ name: String) throws(UsageError) -> String? {
        let flag = "--" + name
        guard let index = remaining.firstIndex(where: { $0 == flag || $0.hasPrefix(flag + "=") }) else { return nil }
        let argument = remaining.remove(at: index)
        if argument.hasPrefix(flag + "=") { return String(argument.dropFirst(flag.count + 1)) }
        guard index < remaining.count, !remaining[index].hasPrefix("--") else {
            throw UsageError(message: "option \(flag) needs a value")
        }
        return remaining.remove(at: index)
    }

    /// Whether any of `spellings` (`-h`, `--help`) is present (all removed from the arguments).
    mutating func flag(spelled spellings: [String]) -> Bool {
        let before = remaining.count
        remaining.removeAll { spellings.contains($0) }
        return remaining.count != before
    }

    /// Whether `--name` is present (removed from the arguments).
    mutating func flag(_ name: String) -> Bool {
        guard let index = remaining.firstIndex(of: "--" + name) else { return false }
        remaining.remove(at: index)
        return true
    }

    /// The value of `--name`, which must be one of `choices`; `fallback` when absent.
    mutating func choice(_ name: String, of choices: [String], default fallback: String) throws(UsageError) -> String {
        guard let value = try option(name) else { return fallback }
        guard choices.contains(value) else {
            throw UsageError(message: "--\(name) must be one of \(choices.joined(separator: ", ")), not '\(value)'")
        }
        return value
    }

    /// The positional arguments (anything not starting with `--`, and `-` for standard input),
    /// after checking that no unknown option is left.
    mutating func positionals(max count: Int) throws(UsageError) -> [String] {
        if let unknown = remaining.first(where: { $0.hasPrefix("--") }) {
            throw UsageError(message: "unknown option '\(unknown)'", unknownOption: unknown)
        }
        guard remaining.count <= count else {
            throw UsageError(message: "unexpected argument '\(remaining[count])'")
        }
        defer { remaining.removeAll() }
        return remaining
    }
}
