extension FoldedText {
    /// Reads bytes one scalar at a time into words, and each word into its skeleton.
    struct Reader {
        private let bytes: UnsafeBufferPointer<UInt8>
        private let markup: Markup
        private let buffer: FoldBuffer
        /// The letters of the word being read (in `buffer`), and how many there are.
        private let word: UnsafeMutablePointer<UInt8>
        private var wordCount = 0
        private var wordOrigin = 0
        private var hasLatin = false
        /// The Cyrillic and Greek letters of the word: where they are in it, and what they were.
        private var foreign: [(range: Range<Int>, value: UInt32, lookalike: UInt8)] = []
        private var attributes: [Range<Int>] = []
        /// Letters standing alone one after the other (`Z h a n a r`, `S.E.K.`), read as one word.
        private var spaced: [UInt8] = []
        private var spacedOrigin = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>, markup: Markup, into buffer: FoldBuffer) {
            (self.bytes, self.markup, self.buffer) = (bytes, markup, buffer)
            word = buffer.word
        }

        /// Reads everything: the text, then each attribute value as a text of its own.
        mutating func read() {
            read(0..<bytes.count, markup: markup)
            endText()
            let values = attributes
            attributes = []
            for range in values {
                read(range, markup: .plain)
                endText()
            }
        }

        private mutating func endText() {
            endWord()
            endSpacedLetters()
        }

        private mutating func read(_ range: Range<Int>, markup: Markup) {
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                if isASCIILetter(byte) {
                    index = readLetters(from: index, limit: range.upperBound)
                } else if byte < 0x80, byte != 0x26, byte != 0x25, byte != 0x5C, byte != 0x3C {
                    addASCII(byte, at: index)
                    index += 1
                } else if byte == 0x3C, markup == .markup, let end = skipTag(at: index, limit: range.upperBound) {
                    index = end
                } else {
                    let decoded = EscapeDecoder(bytes: bytes, limit: range.upperBound).scalars(at: index)
                    add(decoded.first, at: index)
                    if let second = decoded.second { add(second, at: index) }
                    index = decoded.next
                }
            }
        }

        /// Reads the run of ASCII letters at `start` into the word; returns the index after it.
        @inline(__always)
        private mutating func readLetters(from start: Int, limit: Int) -> Int {
            if wordCount == 0 { wordOrigin = start }
            hasLatin = true
            var index = start
            var count = wordCount
            while index < limit, count < FoldBuffer.wordCapacity, isASCIILetter(bytes[index]) {
                word[count] = bytes[index] | 0x20
                count += 1
                index += 1
            }
            wordCount = count
            if index < limit, count == FoldBuffer.wordCapacity, isASCIILetter(bytes[index]) {
                appendLetter(bytes[index] | 0x20, at: index)
                hasLatin = true
                return index + 1
            }
            return index
        }

        @inline(__always)
        private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

        @inline(__always)
        private mutating func addASCII(_ byte: UInt8, at index: Int) {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A:
                appendLetter(byte | 0x20, at: index)
                hasLatin = true
            case 0x30...0x39: appendLetter(byte, at: index)
            case 0x27, 0x60: break
            default: endWord()
            }
        }

        @inline(__always)
        private mutating func appendLetter(_ byte: UInt8, at index: Int) {
            if wordCount == 0 { wordOrigin = index }
            if wordCount == FoldBuffer.wordCapacity { endWord() }
            word[wordCount] = byte
            wordCount += 1
        }

        private mutating func add(_ value: UInt32, at index: Int) {
            if value < 0x80 { return addASCII(UInt8(value), at: index) }
            switch FoldedScalar.kind(of: value) {
            case .boundary: endWord()
            case .ignorable: break
            case .letter:
                let folded = FoldedScalar.of(value)
                if wordCount + folded.folded.count > FoldBuffer.wordCapacity { endWord() }
                if wordCount == 0 { wordOrigin = index }
                if folded.script == .cyrillic || folded.script == .greek {
                    let first = String(decoding: folded.folded, as: UTF8.self).unicodeScalars.first!.value
                    foreign.append((wordCount..<wordCount + folded.folded.count, first, folded.lookalike))
                } else if folded.script == .latin, folded.folded.contains(where: { $0 >= 0x61 }) {
                    hasLatin = true
                }
                for byte in folded.folded {
                    word[wordCount] = byte
                    wordCount += 1
                }
            }
        }

        /// Ends the word: a word of one script is read by sound, one that mixes Latin with Cyrillic or Greek
        /// letters by the look of those letters.
        private mutating func endWord() {
            guard wordCount > 0 else { return }
            let single = (wordCount == 1 && isASCIILetter(word[0])) || (foreign.count == 1 && foreign[0].range == 0..<wordCount)
            if !foreign.isEmpty { readForeignLetters() }
            if single, spaced.count + wordCount > FoldBuffer.wordCapacity { endSpacedLetters() }
            if single {
                if spaced.isEmpty { spacedOrigin = wordOrigin }
                spaced.append(contentsOf: UnsafeBufferPointer(start: word, count: wordCount))
            } else {
                endSpacedLetters()
                NameSkeleton.appendWord(UnsafeBufferPointer(start: word, count: wordCount), to: buffer, at: wordOrigin)
            }
            wordCount = 0
            hasLatin = false
        }

        /// Reads the letters that stood alone as one word, so that a name spaced out letter by letter is read.
        private mutating func endSpacedLetters() {
            guard !spaced.isEmpty else { return }
            spaced.withUnsafeBufferPointer { NameSkeleton.appendWord($0, to: buffer, at: spacedOrigin) }
            spaced.removeAll(keepingCapacity: true)
        }

        private mutating func readForeignLetters() {
            let word = Array(UnsafeBufferPointer(start: word, count: wordCount))
            var latin: [UInt8] = []
            var copied = 0
            for letter in foreign {
                latin += word[copied..<letter.range.lowerBound]
                if hasLatin, letter.lookalike != 0 {
                    latin.append(letter.lookalike)
                } else if let sound = Transliteration.sound(of: letter.value) {
                    latin += Array(sound.utf8)
                } else {
                    latin += word[letter.range]
                }
                copied = letter.range.upperBound
            }
            latin += word[copied...]
            wordCount = min(latin.count, FoldBuffer.wordCapacity)
            for index in 0..<wordCount { self.word[index] = latin[index] }
            foreign.removeAll(keepingCapacity: true)
        }

        /// The index after a tag, comment opener or declaration at `index`, recording attribute values;
        /// nil when the `<` opens no tag and is text. A tag that is not inline ends the word.
        private mutating func skipTag(at index: Int, limit: Int) -> Int? {
            var cursor = index + 1
            guard cursor < limit else { return nil }
            if bytes[cursor] == 0x21 || bytes[cursor] == 0x3F {
                if starts(with: "<!--", at: index, limit: limit) { endWord(); return index + 4 }
                if starts(with: "<![CDATA[", at: index, limit: limit) { endWord(); return index + 9 }
            }
            if bytes[cursor] == 0x2F || bytes[cursor] == 0x21 || bytes[cursor] == 0x3F { cursor += 1 }
            let nameStart = cursor
            while cursor < limit, isNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart else { return nil }
            let name = Array(bytes[nameStart..<cursor]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            // What is no element is text: `<Zhanar Sekerbayeva>` or an autolink in Markdown.
            guard Self.elements.contains(name) else { return nil }
            let inline = Self.inlineTags.contains(name)
            var values: [Range<Int>] = []
            while cursor < limit {
                let byte = bytes[cursor]
                if byte == 0x3E {
                    if !inline { endWord() }
                    attributes += values
                    return cursor + 1
                }
                if byte == 0x22 || byte == 0x27 {
                    guard let close = (cursor + 1..<limit).first(where: { bytes[$0] == byte }) else { return nil }
                    values.append(cursor + 1..<close)
                    cursor = close + 1
                } else if byte == 0x3D, cursor + 1 < limit, bytes[cursor + 1] != 0x22, bytes[cursor + 1] != 0x27 {
                    let start = cursor + 1
                    cursor = start
                    while cursor < limit, bytes[cursor] != 0x3E, !isSpace(bytes[cursor]) { cursor += 1 }
                    values.append(start..<cursor)
                } else {
                    cursor += 1
                }
            }
            return nil
        }

        /// The elements of HTML, SVG, Atom and sitemaps: a tag of another name is read as text.
        private static let elements: Set<[UInt8]> = Set(
            ("html head body title meta link base style script noscript template main header footer nav section article aside "
                + "h1 h2 h3 h4 h5 h6 hgroup p div span a abbr b bdi bdo br cite code data del dfn em i ins kbd mark q s samp small "
                + "strong sub sup time u var wbr font center blockquote pre hr ul ol li dl dt dd figure figcaption details summary "
                + "dialog menu table caption colgroup col thead tbody tfoot tr th td form fieldset legend label input button select "
                + "option optgroup textarea output progress meter img picture source track video audio canvas map area iframe embed "
                + "object param svg math g path rect circle ellipse line polyline polygon text tspan defs use symbol title desc "
                + "lineargradient radialgradient stop clippath mask pattern image foreignobject address ruby rt rp search slot "
                + "feed entry id updated published author name uri email content subtitle generator rights category "
                + "urlset url loc lastmod changefreq priority xhtml:link rss channel item guid pubdate description doctype xml"
            ).split(separator: " ").map { Array($0.utf8) })

        private static let inlineTags: Set<[UInt8]> = Set(
            ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
             "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font"].map { Array($0.utf8) })

        private func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
                || byte == 0x3A
        }

        private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

        private func starts(with prefix: StaticString, at index: Int, limit: Int) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard index + count <= limit else { return false }
            return (0..<count).allSatisfy { bytes[index + $0] == prefix.utf8Start[$0] }
        }
    }
}
