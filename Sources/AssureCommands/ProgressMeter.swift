import Foundation

/// "judged 37 of 153 areas" on standard error while a run of many areas goes on: only on a
/// terminal (clig.dev: progress is for people, and a log or pipe gets none), only once the
/// run has taken more than a second, at most ten times a second, and cleared at the end.
final class ProgressMeter: @unchecked Sendable {
    private let console: Console
    private let total: Int
    private let noun: String
    private let start = Date()
    private let lock = NSLock()
    private var done = 0
    private var lastShown: Date?

    init(_ console: Console, total: Int, noun: String) {
        self.console = console
        self.total = total
        self.noun = noun
    }

    /// One more done; shows the count when it is time to.
    func advance() {
        guard console.standardErrorIsTerminal else { return }
        lock.withLock {
            done += 1
            let now = Date()
            guard now.timeIntervalSince(start) > 1, lastShown.map({ now.timeIntervalSince($0) >= 0.1 }) ?? true else { return }
            lastShown = now
            console.error("\r\u{1B}[Kjudged \(done) of \(total) \(noun)")
        }
    }

    /// Clears the line if anything was shown.
    func finish() {
        lock.withLock {
            if lastShown != nil { console.error("\r\u{1B}[K") }
            lastShown = nil
        }
    }
}
