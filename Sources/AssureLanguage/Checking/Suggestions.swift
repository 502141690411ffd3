/// "Did you mean …?": the closest known word to a misspelt one, by edit distance.
public enum Suggestions {
    /// The candidate nearest to `word`, if it is near enough to be a likely slip: within a
    /// third of the word's length (at least one edit, at most four).
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, min(4, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates.sorted() where candidate != word {
            let distance = editDistance(word, candidate, limit: limit)
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// The Damerau–Levenshtein distance (adjacent swaps count as one edit), stopping early
    /// once it exceeds `limit`.
    public static func editDistance(_ left: String, _ right: String, limit: Int = Int.max) -> Int {
        let a = Array(left.lowercased().unicodeScalars), b = Array(right.lowercased().unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            var smallest = row[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                row[j] = value
                smallest = min(smallest, value)
            }
            if smallest > limit { return limit + 1 }
            before = previous
            previous = row
        }
        return previous[b.count]
    }
}
