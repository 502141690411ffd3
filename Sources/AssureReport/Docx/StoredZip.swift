/// A ZIP archive whose entries are stored (not compressed), as a Word document may be: local
/// headers with the data, then the central directory and its end record. Every entry carries
/// the same fixed DOS date (1 January 1980, midnight), so the same entries give the same bytes.
struct StoredZip {
    /// DOS time 00:00:00 and date 1980-01-01 (year 0 from 1980, month 1, day 1).
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    private var entries: [(name: String, bytes: [UInt8])] = []

    /// Adds an entry; entries keep the order they are added in.
    mutating func add(_ name: String, _ bytes: [UInt8]) {
        entries.append((name, bytes))
    }

    /// The archive's bytes.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = CRC32.checksum(entry.bytes)
            let size = UInt32(entry.bytes.count)
            let offset = UInt32(out.count)

            out.append32(0x0403_4B50)
            out.append16(20)                          // version needed: 2.0
            out.append16(0x0800)                      // names are UTF-8
            out.append16(0)                           // stored
            out.append16(Self.dosTime)
            out.append16(Self.dosDate)
            out.append32(crc)
            out.append32(size)
            out.append32(size)
            out.append16(UInt16(name.count))
            out.append16(0)                           // no extra field
            out += name
            out += entry.bytes

            central.append32(0x0201_4B50)
            central.append16(20)                      // made by: 2.0, MS-DOS
            central.append16(20)
            central.append16(0x0800)
            central.append16(0)
            central.append16(Self.dosTime)
            central.append16(Self.dosDate)
            central.append32(crc)
            central.append32(size)
            central.append32(size)
            central.append16(UInt16(name.count))
            central.append16(0)                       // extra field
            central.append16(0)                       // comment
            central.append16(0)                       // disk number
            central.append16(0)                       // internal attributes
            central.append32(0)                       // external attributes
            central.append32(offset)
            central += name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out.append32(0x0605_4B50)
        out.append16(0)
        out.append16(0)
        out.append16(UInt16(entries.count))
        out.append16(UInt16(entries.count))
        out.append32(UInt32(central.count))
        out.append32(centralOffset)
        out.append16(0)                               // no comment
        return out
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` little-endian.
    fileprivate mutating func append16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
