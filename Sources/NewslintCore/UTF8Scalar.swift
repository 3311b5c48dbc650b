/// Reading one scalar out of UTF-8 bytes, for code that walks bytes and
/// decodes only where it must (a non-ASCII lead byte).
public enum UTF8Scalar {
    /// The scalar whose encoding starts at `offset`, or nil when the bytes
    /// from there are not a valid encoding.
    @inlinable
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, at offset: Bytes.Index) -> Unicode.Scalar? {
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
