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
    /// The hash of each text longer than eight bytes; for shorter ones (periods, area codes),
    /// the text itself as one word (see `word(_:)`), which is compared instead of the bytes.
    private var keys: [UInt64] = []
    /// Slot → id + 1, with 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)

    /// The id last found or added: rows of a sorted extract repeat the same names.
    private var lastID = -1

    /// How many distinct byte strings have been seen.
    var count: Int { keys.count }

    /// The id of `bytes`, adding them when new. Inlined: three calls a row.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let length = bytes.count
        let isShort = length <= 8
        let key: UInt64
        if isShort {
            key = ByteInterner.word(bytes)
            if lastID >= 0 && keys[lastID] == key && starts[lastID + 1] - starts[lastID] == length { return (lastID, false) }
        } else {
            if lastID >= 0 && equals(lastID, bytes) { return (lastID, false) }
            key = ByteInterner.hash(bytes)
        }
        let mask = slots.count - 1
        var slot = ByteInterner.slot(key, length: length, mask: mask)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let id = entry - 1
            if keys[id] == key && (isShort ? starts[id + 1] - starts[id] == length : equals(id, bytes)) {
                lastID = id
                return (id, false)
            }
            slot = (slot + 1) & mask
        }
        return (insert(bytes, key: key, slot: slot), true)
    }

    /// Adds a text not seen before at the empty `slot`; kept out of line, since it happens
    /// once per distinct text.
    @inline(never)
    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, key: UInt64, slot: Int) -> Int {
        let id = keys.count
        keys.append(key)
        storage.append(contentsOf: bytes)
        starts.append(storage.count)
        slots[slot] = Int32(id + 1)
        lastID = id
        if keys.count * 2 > slots.count { grow() }
        return id
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

    @inline(__always)
    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        let length = starts[id + 1] - start
        guard length == bytes.count else { return false }
        guard length > 0, let other = bytes.baseAddress else { return true }
        return storage.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress else { return false }
            return ByteInterner.same(UnsafeRawPointer(base + start), UnsafeRawPointer(other), length)
        }
    }

    /// Whether `length` bytes at `left` and `right` are equal: eight at a time, the last
    /// word overlapping the one before, since names are short and `memcmp` costs a call.
    @inline(__always)
    private static func same(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, _ length: Int) -> Bool {
        guard length >= 8 else { return shortWord(left, length) == shortWord(right, length) }
        var offset = 0
        while offset + 8 < length {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        return left.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
    }

    /// The bytes of a string shorter than eight bytes as one word, read without a loop (two
    /// loads that may overlap; the same text always gives the same word).
    @inline(__always)
    private static func shortWord(_ pointer: UnsafeRawPointer, _ length: Int) -> UInt64 {
        if length >= 4 {
            return UInt64(pointer.loadUnaligned(as: UInt32.self))
                | UInt64(pointer.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)) << 32
        }
        if length >= 2 {
            return UInt64(pointer.loadUnaligned(as: UInt16.self))
                | UInt64(pointer.loadUnaligned(fromByteOffset: length - 2, as: UInt16.self)) << 16
        }
        return length == 1 ? UInt64(pointer.load(as: UInt8.self)) : 0
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (id, key) in keys.enumerated() {
            var slot = ByteInterner.slot(key, length: starts[id + 1] - starts[id], mask: mask)
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id + 1)
        }
        slots = bigger
    }

    /// The table slot for a key: key and length mixed so that every bit counts (the last
    /// characters of a short text are the key's high bits).
    @inline(__always)
    private static func slot(_ key: UInt64, length: Int, mask: Int) -> Int {
        var mixed = key ^ UInt64(length) << 59
        mixed ^= mixed >> 32
        mixed = mixed &* 0xD6E8_FEB8_6659_FD93
        mixed ^= mixed >> 29
        return Int(truncatingIfNeeded: mixed) & mask
    }

    /// A text of at most eight bytes as one word: with its length, the word tells texts apart.
    @inline(__always)
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        return bytes.count == 8 ? raw.loadUnaligned(as: UInt64.self) : shortWord(raw, bytes.count)
    }

    /// Eight bytes at a time, each word mixed in by a multiply and shift (after SplitMix64),
    /// so that the low bits (the slot) depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        if offset < count {
            let word = count >= 8 ? raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) : shortWord(raw, count)
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
        }
        hash = hash &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 32)
    }
}

extension ByteInterner {
    /// Gives every text of `other` its id here, adding those not known: `other` began as a
    /// copy of this interner with `known` texts, so ids below `known` are the same in both.
    /// Texts are added in `other`'s order, so ids come out as if `other`'s texts had been
    /// interned here one by one. The id here of each id of `other`.
    mutating func adopt(_ other: ByteInterner, known: Int) -> [Int] {
        var ids = Array(0..<min(known, other.count))
        ids.reserveCapacity(other.count)
        for id in ids.count..<other.count {
            ids.append(other.withBytes(of: id) { intern($0).id })
        }
        return ids
    }

    /// Calls `body` with the bytes of `id`.
    func withBytes<Result>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[id]..<starts[id + 1]])) }
    }
}
