/// Adler-32 as zlib uses it (RFC 1950): the checksum of "Wikipedia" is 0x11E60398. Kept as a
/// running sum so that deflate can add the bytes as it codes them: a run of one byte at once
/// (n bytes of v add n·v to the first sum and n·a + v·n(n+1)/2 to the second), other bytes one
/// at a time. The sums are 64 bits, reduced modulo 65,521 after a mebibyte and at the end;
/// between reductions (a mebibyte and one more piece of at most 4,096 bytes) the first stays
/// below 2²⁹ and the second below 2⁴⁹.
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

    /// Bytes eight at a time: eight zero bytes (a chart's background) add nothing to the first
    /// sum and eight times it to the second; eight others x0…x7 add their sum to the first and
    /// 8a + 8x0 + 7x1 + … + x7 to the second. Checked for reduction every 4,096 bytes.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var start = 0
        while start < bytes.count {
            let end = min(start + 4_096, bytes.count)
            var index = start
            while index + 8 <= end {
                if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) == 0 {
                    b &+= 8 &* a
                } else {
                    var sum: UInt64 = 0, weighted: UInt64 = 0
                    for offset in 0..<8 {
                        let byte = UInt64(base[index + offset])
                        sum &+= byte
                        weighted &+= UInt64(8 - offset) &* byte
                    }
                    b &+= 8 &* a &+ weighted
                    a &+= sum
                }
                index += 8
            }
            while index < end {
                a &+= UInt64(base[index])
                b &+= a
                index += 1
            }
            sinceReduction += end - start
            if sinceReduction >= 1 << 20 { reduce() }
            start = end
        }
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
