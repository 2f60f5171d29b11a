/// Cyrillic and Greek letters read in Latin letters: how they sound, for a word written in one script
/// (BGN/PCGN-style romanization of Russian, Kazakh, Ukrainian, Belarusian, Serbian and Greek), and how
/// they look, for a Latin word with a homoglyph slipped in (Unicode UTS #39 confusables).
enum Transliteration {
    /// Letters that fold to more than their lowercase form: `ß` → `ss`, `æ` → `ae`, `ł` → `l`…
    static let expanded: [UInt32: String] = [
        0xDF: "ss", 0x1E9E: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xF8: "o", 0xD8: "o",
        0x111: "d", 0x110: "d", 0x142: "l", 0x141: "l", 0xFE: "th", 0xDE: "th", 0x131: "i", 0x140: "l",
        0x17F: "s", 0x138: "k", 0xF0: "d", 0xD0: "d", 0x127: "h", 0x126: "h", 0x167: "t", 0x166: "t",
        0x14B: "ng", 0x14A: "ng", 0x3C2: "σ", 0x1E9B: "s",
    ]

    /// The Latin letter a Cyrillic or Greek letter looks like, as written (case matters: `В` looks like
    /// `B`, `в` like nothing), or 0.
    static func lookalike(of value: UInt32) -> UInt8 { lookalikes[value] ?? 0 }

    /// How a lowercase Cyrillic or Greek letter sounds in Latin letters, or nil for a letter of
    /// another script.
    static func sound(of value: UInt32) -> String? { sounds[value] }

    /// A lowercase letter outside ASCII in Latin letters: how a Cyrillic or Greek one sounds, a ligature or
    /// a letter like `ß` or `ł` spelled out; nil for the others. Empty for the signs that have no sound (`ь`).
    static func latinLetters(of value: UInt32) -> String? {
        sound(of: value) ?? expanded[value].map(latin)
    }

    /// Every lowercase Cyrillic and Greek letter with its sound in Latin letters; search reads names across
    /// scripts with the same table.
    static var allSounds: [UInt32: String] { sounds }

    /// `text` with each lowercase Cyrillic or Greek letter written as it sounds in Latin letters (for slugs made
    /// from a Russian name).
    static func latin(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x370 }) else { return text }
        // `й`, which the folding for protection reads as `и`, is `y` in BGN/PCGN.
        return text.unicodeScalars.map { $0 == "й" ? "y" : sound(of: $0.value) ?? String($0) }.joined()
    }

    private static let lookalikes: [UInt32: UInt8] = pairs(
        "АaВbЕeЅsІiЈjКkМmНhОoРpСcТtУyХxҺhԚqԜwҮyӀlаaеeѕsіiјjоoрpсcуyхxһhԛqԝwԁdүyӏlɡg"
            + "ΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧxοoνvιiκkρpυuαaϲcϳjϹc"
    ).mapValues { $0.asciiValue ?? 0 }

    private static let sounds: [UInt32: String] = {
        let cyrillic = [
            "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "к": "k",
            "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
            "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
            "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
            "һ": "h", "і": "i", "є": "ye", "ґ": "g", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c",
            "џ": "dz", "ѕ": "dz", "ҷ": "j", "җ": "zh", "ҳ": "h", "ӏ": "", "ҙ": "z", "ҫ": "s", "ӑ": "a", "ӗ": "e",
        ]
        let greek = [
            "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
            "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "τ": "t", "υ": "i",
            "φ": "f", "χ": "kh", "ψ": "ps", "ω": "o",
        ]
        var table: [UInt32: String] = [:]
        for (letter, sound) in cyrillic.merging(greek, uniquingKeysWith: { first, _ in first }) {
            table[letter.unicodeScalars.first!.value] = sound
        }
        return table
    }()

    private static func pairs(_ text: String) -> [UInt32: Character] {
        var table: [UInt32: Character] = [:]
        var iterator = text.makeIterator()
        while let letter = iterator.next(), let latin = iterator.next() {
            table[letter.unicodeScalars.first!.value] = latin
        }
        return table
    }
}
