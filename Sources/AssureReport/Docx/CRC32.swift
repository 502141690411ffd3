/// CRC-32 as ZIP uses it (IEEE 802.3, reflected polynomial 0xEDB88320, initial value and final
/// XOR 0xFFFFFFFF): the checksum of "123456789" is 0xCBF43926.
///
/// Eight bytes a step ("slicing by 8"): table k gives the CRC of a byte followed by k zero
/// bytes, so eight lookups fold in eight bytes at once; the rest a byte at a time.
enum CRC32 {
    /// Eight tables of 256 one after another; the first is the bytewise table.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 {
                value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
            }
            tables[index] = value
        }
        for table in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(table - 1) * 256 + index]
                tables[table * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                let raw = UnsafeRawPointer(base)
                var index = 0
                while index + 8 <= bytes.count {
                    let one = crc ^ UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
                    let two = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index + 4, as: UInt32.self))
                    crc = table[7 * 256 + Int(one & 0xFF)] ^ table[6 * 256 + Int((one >> 8) & 0xFF)]
                        ^ table[5 * 256 + Int((one >> 16) & 0xFF)] ^ table[4 * 256 + Int(one >> 24)]
                        ^ table[3 * 256 + Int(two & 0xFF)] ^ table[2 * 256 + Int((two >> 8) & 0xFF)]
                        ^ table[256 + Int((two >> 16) & 0xFF)] ^ table[Int(two >> 24)]
                    index += 8
                }
                while index < bytes.count {
                    crc = table[Int((crc ^ UInt32(base[index])) & 0xFF)] ^ (crc >> 8)
                    index += 1
                }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
