/// Adler-32 as zlib uses it (RFC 1950): the checksum of "Wikipedia" is 0x11E60398. Kept as a
/// running sum so that deflate can add the bytes as it codes them: a run of one byte at once
/// (n bytes of v add n·v to the first sum and n·a + v·n(n+1)/2 to the second), other bytes one
/// at a time. The sums are 64 bits, reduced modulo 65,521 after a mebibyte and at the end;
/// between reductions (a mebibyte and one run of at most 258) the first stays below 2²⁹ and the
/// second below 2⁴⁹.
struct Adler32 {
    private var a: UInt64 = 1
    private var b: UInt64 = 0
    private var sinceReduction = 0

    private static let modulus: UInt64 = 65_521

    mutating func add(_ byte: UInt8) {
        a &+= UInt64(byte)
        b &+= a
        sinceReduction += 1
        if sinceReduction >= 1 << 20 { reduce() }
    }

    /// `count` bytes, each `byte`.
    mutating func add(run byte: UInt8, count: Int) {
        let n = UInt64(count), value = UInt64(byte)
        b &+= n &* a &+ value &* (n &* (n &+ 1) / 2)
        a &+= n &* value
        sinceReduction += count
        if sinceReduction >= 1 << 20 { reduce() }
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { add(byte) }
    }

    private mutating func reduce() {
        a %= Adler32.modulus
        b %= Adler32.modulus
        sinceReduction = 0
    }

    /// The checksum of the bytes added.
    var value: UInt32 {
        UInt32(b % Adler32.modulus) << 16 | UInt32(a % Adler32.modulus)
    }
}
