import Dispatch
import Foundation

/// Work spread over threads, the results in the order of the inputs whatever thread did each:
/// `jobs` workers take the next index in turn until none is left. With one job everything
/// runs on the calling thread, in order.
enum ParallelWork {
    /// `body(0) … body(count - 1)` on up to `jobs` threads; the results in index order.
    static func map<Result: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let workers = max(1, min(jobs, count))
        guard workers > 1 else { return (0..<count).map(body) }
        let slots = ResultSlots<Result>(count: count)
        let next = NextIndex()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: count) {
                slots.put(body(index), at: index)
            }
        }
        return slots.results()
    }

    /// The processor cores this process may use.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// The next index to work on, handed out once each.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below count: Int) -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}

/// One slot per index, each written by exactly one worker.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func put(_ result: Result, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    func results() -> [Result] {
        lock.withLock { slots.map { $0! } }
    }
}
