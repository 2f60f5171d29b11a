extension Sequence<UInt8> {
    /// The 64-bit FNV-1a hash of the bytes: cheap, and the same on every machine and run.
    var fnv1a: UInt64 {
        reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }
}
