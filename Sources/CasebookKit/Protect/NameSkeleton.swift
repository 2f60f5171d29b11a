/// Reduces a folded word to the skeleton that the spellings of one name share across romanizations:
/// `Sekerbayeva`, `Sekerbaeva` and `Секербаева`, `Zhanar` and `Жанар`, `Khartabil` and `Хартабиль`.
///
/// The rules work inside one word only, so a name's skeleton is the skeletons of its words put end to
/// end, wherever it stands: digraphs become one letter (`zh`, `dzh`, `dj` and `j` but after a vowel → `z`; `kh` → `h`; `sh`,
/// `sch`, `shch` → `s`; `ch`, `tch`, `ts`, `tz` → `c`; `ph` → `f`; `th` → `t`; `gh` → `g`); `y` → `i`,
/// `w` → `v`, `q` → `k`, `x` → `ks`; an `i` that only glides into a vowel (`ia`, `aie`) goes; doubled
/// letters count once. Bytes outside ASCII letters are kept as they are.
enum NameSkeleton {
    /// Appends the skeleton of `word` (which came from the source at `origin`) to `buffer` as one word,
    /// from the buffer's cache when the word is short and was read lately.
    static func appendWord(_ word: UnsafeBufferPointer<UInt8>, to buffer: FoldBuffer, at origin: Int) {
        precondition(word.count <= FoldBuffer.wordCapacity, "a word longer than the buffer that maps it")
        guard word.count <= SkeletonCache.longestWord else { return buffer.commitWord(skeleton(of: word, to: buffer), origin: origin) }
        let letters = SkeletonCache.letters(of: word.baseAddress!, count: word.count)
        let keys = buffer.wordKeys(limit: SkeletonCache.longestSkeleton)
        if let count = buffer.cache.copySkeleton(of: letters, count: word.count, to: keys) {
            return buffer.commitWord(count, origin: origin)
        }
        // Room for 32 keys is made: the skeleton, at most 32 keys, goes to `keys` without the buffer moving.
        let count = skeleton(of: word, to: buffer)
        buffer.cache.hold(letters, count: word.count, skeleton: keys, skeletonCount: count)
        buffer.commitWord(count, origin: origin)
    }

    /// Writes the skeleton of `word` after the keys of `buffer`, uncounted; returns its length.
    private static func skeleton(of word: UnsafeBufferPointer<UInt8>, to buffer: FoldBuffer) -> Int {
        let mapped = buffer.mapped
        var count = 0
        @inline(__always) func put(_ byte: UInt8) {
            if !(isLetter(byte) && count > 0 && mapped[count - 1] == byte) {
                mapped[count] = byte
                count += 1
            }
        }
        var index = 0
        while index < word.count {
            let byte = word[index]
            if spellsItself(byte) {
                put(byte)
                index += 1
                continue
            }
            let (length, letter) = spelling(in: word, at: index, after: count > 0 ? mapped[count - 1] : nil)
            if letter == ascii("x") {
                put(ascii("k"))
                put(ascii("s"))
            } else {
                put(letter)
            }
            index += length
        }
        let keys = buffer.wordKeys(limit: count)
        var written = 0
        for index in 0..<count {
            let byte = mapped[index]
            let glide = byte == ascii("i") && index + 1 < count && isVowel(mapped[index + 1]) && (index == 0 || isVowel(mapped[index - 1]))
            if glide || (isLetter(byte) && written > 0 && keys[written - 1] == byte) { continue }
            keys[written] = byte
            written += 1
        }
        return written
    }

    /// Whether `byte` stands for itself whatever follows it: not a letter that starts a digraph or maps
    /// to another letter.
    @inline(__always)
    private static func spellsItself(_ byte: UInt8) -> Bool {
        switch byte {
        case ascii("c"), ascii("d"), ascii("g"), ascii("j"), ascii("k"), ascii("p"), ascii("q"), ascii("s"), ascii("t"),
            ascii("w"), ascii("x"), ascii("y"), ascii("z"):
            false
        default: true
        }
    }

    /// The letter that the digraph or letter at `index` stands for (`x` for `ks`), and how many bytes it takes.
    @inline(__always)
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

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= ascii("a") && byte <= ascii("z") }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == ascii("a") || byte == ascii("e") || byte == ascii("i") || byte == ascii("o") || byte == ascii("u")
    }

    private static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
}
