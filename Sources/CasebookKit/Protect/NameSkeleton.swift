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
        var index = 0
        while index < word.count {
            if let (length, letter) = digraph(in: word, at: index) {
                appendOnce(letter, to: &scratch)
                index += length
                continue
            }
            switch word[index] {
            case ascii("y"): appendOnce(ascii("i"), to: &scratch)
            case ascii("j"): appendOnce(scratch.last.map(isVowel) == true ? ascii("i") : ascii("z"), to: &scratch)
            case ascii("w"): appendOnce(ascii("v"), to: &scratch)
            case ascii("q"): appendOnce(ascii("k"), to: &scratch)
            case ascii("x"): appendOnce(ascii("k"), to: &scratch); appendOnce(ascii("s"), to: &scratch)
            case let byte: appendOnce(byte, to: &scratch)
            }
            index += 1
        }
        let start = text.keys.count
        for (index, byte) in scratch.enumerated() {
            let glide = byte == ascii("i") && index + 1 < scratch.count && isVowel(scratch[index + 1])
                && (index == 0 || isVowel(scratch[index - 1]))
            if glide || (isLetter(byte) && text.keys.count > start && text.keys[text.keys.count - 1] == byte) { continue }
            text.keys.append(byte)
        }
        let added = text.keys.count - start
        guard added > 0 else { return }
        text.origins += repeatElement(Int32(clamping: origin), count: added)
        text.starts.append(true)
        text.starts += repeatElement(false, count: added - 1)
    }

    private static func appendOnce(_ byte: UInt8, to word: inout [UInt8]) {
        if !(isLetter(byte) && word.last == byte) { word.append(byte) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= ascii("a") && byte <= ascii("z") }

    private static let digraphs: [(spelling: [UInt8], letter: UInt8)] = [
        ("shch", "s"), ("tsch", "c"), ("sch", "s"), ("dzh", "z"), ("tch", "c"), ("zh", "z"), ("kh", "h"), ("ch", "c"),
        ("sh", "s"), ("ts", "c"), ("tz", "c"), ("ph", "f"), ("th", "t"), ("gh", "g"), ("dj", "z"), ("ck", "k"),
    ].map { (Array($0.0.utf8), UInt8(ascii: $0.1.unicodeScalars.first!)) }

    private static func digraph(in word: [UInt8], at index: Int) -> (Int, UInt8)? {
        let byte = word[index]
        guard byte == ascii("s") || byte == ascii("t") || byte == ascii("d") || byte == ascii("z") || byte == ascii("k")
            || byte == ascii("c") || byte == ascii("p") || byte == ascii("g")
        else { return nil }
        for (spelling, letter) in digraphs where spelling[0] == byte && index + spelling.count <= word.count {
            if word[index..<index + spelling.count].elementsEqual(spelling) { return (spelling.count, letter) }
        }
        return nil
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == ascii("a") || byte == ascii("e") || byte == ascii("i") || byte == ascii("o") || byte == ascii("u")
    }

    private static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
}
