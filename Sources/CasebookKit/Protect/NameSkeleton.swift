/// Reduces a folded word to the skeleton that the spellings of one name share across romanizations:
/// `Sekerbayeva`, `Sekerbaeva` and `Секербаева`, `Zhanar` and `Жанар`, `Khartabil` and `Хартабиль`.
///
/// The rules work inside one word only, so a name's skeleton is the skeletons of its words put end to
/// end, wherever it stands: digraphs become one letter (`zh`, `dzh`, `dj` and `j` but after a vowel → `z`; `kh` → `h`; `sh`,
/// `sch`, `shch` → `s`; `ch`, `tch`, `ts`, `tz` → `c`; `ph` → `f`; `th` → `t`; `gh` → `g`); `y` → `i`,
/// `w` → `v`, `q` → `k`, `x` → `ks`; an `i` that only glides into a vowel (`ia`, `aie`) goes; doubled
/// letters count once. Bytes outside ASCII letters are kept as they are.
enum NameSkeleton {
    /// The skeleton of one lowercase word.
    static func of(_ word: [UInt8]) -> [UInt8] {
        var text = FoldedText()
        var scratch: [UInt8] = []
        append(word, to: &text, at: 0, scratch: &scratch)
        return text.keys
    }

    /// Appends the skeleton of `word`, which came from the source at `origin`, to `text` as one word.
    static func append(_ word: [UInt8], to text: inout FoldedText, at origin: Int, scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        word.withUnsafeBufferPointer { letters in
            var index = 0
            while index < letters.count {
                let (length, mapped) = spelling(in: letters, at: index, after: scratch.last)
                if mapped == ascii("x") {
                    appendOnce(ascii("k"), to: &scratch)
                    appendOnce(ascii("s"), to: &scratch)
                } else {
                    appendOnce(mapped, to: &scratch)
                }
                index += length
            }
        }
        let start = text.keys.count
        text.keys.reserveCapacity(start + scratch.count)
        scratch.withUnsafeBufferPointer { mapped in
            for index in 0..<mapped.count {
                let byte = mapped[index]
                let glide = byte == ascii("i") && index + 1 < mapped.count && isVowel(mapped[index + 1])
                    && (index == 0 || isVowel(mapped[index - 1]))
                if glide || (isLetter(byte) && text.keys.count > start && text.keys[text.keys.count - 1] == byte) { continue }
                text.keys.append(byte)
                text.starts.append(text.keys.count - 1 == start)
                if text.tracksOrigins { text.origins.append(Int32(clamping: origin)) }
            }
        }
    }

    /// The letter that the digraph or letter at `index` stands for (`x` for `ks`), and how many bytes it takes.
    private static func spelling(in word: UnsafeBufferPointer<UInt8>, at index: Int, after previous: UInt8?) -> (Int, UInt8) {
        func at(_ offset: Int) -> UInt8 { index + offset < word.count ? word[index + offset] : 0 }
        let (s, t, h, c, z) = (ascii("s"), ascii("t"), ascii("h"), ascii("c"), ascii("z"))
        switch word[index] {
        case s where at(1) == h: return at(2) == c && at(3) == h ? (4, s) : (2, s)
        case s where at(1) == c && at(2) == h: return (3, s)
        case t where at(1) == s && at(2) == c && at(3) == h: return (4, c)
        case t where at(1) == c && at(2) == h: return (3, c)
        case t where at(1) == s || at(1) == z: return (2, c)
        case t where at(1) == h: return (2, t)
        case ascii("d") where at(1) == z && at(2) == h: return (3, z)
        case ascii("d") where at(1) == ascii("j"): return (2, z)
        case z where at(1) == h: return (2, z)
        case ascii("k") where at(1) == h: return (2, h)
        case c where at(1) == h: return (2, c)
        case c where at(1) == ascii("k"): return (2, ascii("k"))
        case ascii("p") where at(1) == h: return (2, ascii("f"))
        case ascii("g") where at(1) == h: return (2, ascii("g"))
        case ascii("y"): return (1, ascii("i"))
        case ascii("j"): return (1, previous.map(isVowel) == true ? ascii("i") : z)
        case ascii("w"): return (1, ascii("v"))
        case ascii("q"): return (1, ascii("k"))
        case let byte: return (1, byte)
        }
    }

    private static func appendOnce(_ byte: UInt8, to word: inout [UInt8]) {
        if !(isLetter(byte) && word.last == byte) { word.append(byte) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= ascii("a") && byte <= ascii("z") }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == ascii("a") || byte == ascii("e") || byte == ascii("i") || byte == ascii("o") || byte == ascii("u")
    }

    private static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
}
