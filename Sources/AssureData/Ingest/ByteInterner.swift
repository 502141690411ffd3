/// Gives each distinct byte string (an indicator name, an area, a period as written) a small
/// integer id, so that three million rows naming a few hundred indicators make a few hundred
/// strings, not three million.
///
/// An open-addressing hash table over one contiguous store of the bytes seen; looking up a
/// name that is already known allocates nothing.
struct ByteInterner {
    private var storage: [UInt8] = []
    /// `starts[id]..<starts[id + 1]` is the text of `id` in `storage`.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Slot → id + 1, with 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)

    /// How many distinct byte strings have been seen.
    var count: Int { hashes.count }

    /// The id of `bytes`, adding them when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = ByteInterner.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let id = entry - 1
            if hashes[id] == hash && equals(id, bytes) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        hashes.append(hash)
        storage.append(contentsOf: bytes)
        starts.append(storage.count)
        slots[slot] = Int32(id + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The bytes of `id`, as a `String` (invalid UTF-8 is replaced; check with `isValidUTF8`).
    func string(_ id: Int) -> String {
        storage.withUnsafeBufferPointer { String(decoding: $0[starts[id]..<starts[id + 1]], as: UTF8.self) }
    }

    /// Whether the bytes of `id` are valid UTF-8.
    func isValidUTF8(_ id: Int) -> Bool {
        storage.withUnsafeBufferPointer { whole in
            var iterator = UnsafeBufferPointer(rebasing: whole[starts[id]..<starts[id + 1]]).makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        let length = starts[id + 1] - start
        guard length == bytes.count else { return false }
        return storage.withUnsafeBufferPointer { stored in
            var index = 0
            while index < length {
                if stored[start + index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id + 1)
        }
        slots = bigger
    }

    /// FNV-1a, then a final mix so that the low bits (the slot) depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
