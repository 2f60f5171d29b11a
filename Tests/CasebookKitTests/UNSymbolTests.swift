import Testing
@testable import CasebookKit

@Suite("UN document symbols")
struct CitationUNSymbolTests {
    @Test("symbols of the known series are well formed", arguments: [
        "A/HRC/23/50", "A/RES/68/181", "A/HRC/RES/43/16", "A/RES/2200A(XXI)", "E/C.12/KAZ/CO/2", "E/CN.4/2005/22",
        "HRI/GEN/1/Rev.9", "HRI/GEN/1/Rev/9", "CCPR/C/GC/35", "CEDAW/C/GC/35", "CAT/C/KAZ/CO/3", "S/RES/1325", "ST/SGB/2019/8",
        "CRC/C/GC/25", "CED/C/1",
    ])
    func wellFormed(symbol: String) {
        #expect(UNSymbol.isWellFormed(symbol))
    }

    @Test("sessions, letter references, dates and other slashed text are not symbols", arguments: [
        "43/16", "KAZ 002 / 0621", "AL KAZ 4/2021", "AL/KAZ/4/2021", "15/07/2021", "and/or", "A", "A/", "/A/HRC", "A//HRC",
        "A/HRC/23/50 ", "A/HRC 23/50", "X/HRC/23/50", "a/hrc/23/50", "HRC/23/50",
    ])
    func notWellFormed(text: String) {
        #expect(!UNSymbol.isWellFormed(text))
    }

    @Test("two spellings of one symbol normalise alike", arguments: [
        ("HRI/GEN/1/Rev/9 (Vol. 1)", "HRI/GEN/1/Rev.9 (Vol. I)"),
        ("HRI/GEN/1/Rev.9 (Vol.I)", "HRI/GEN/1/Rev.9 (Vol. I)"),
        ("hri/gen/1/rev.9 (vol. ii)", "HRI/GEN/1/Rev.9 (Vol. 2)"),
        ("a/hrc/res/43/16", "A/HRC/RES/43/16"),
        ("A/HRC/23/50.", "A/HRC/23/50"),
        ("E/CN.4/2005/Add/1", "E/CN.4/2005/Add.1"),
        ("CCPR/C/GC/34/Corr/1", "CCPR/C/GC/34/Corr.1"),
    ])
    func normalizeEqual(pair: (String, String)) {
        #expect(UNSymbol.normalize(pair.0) == UNSymbol.normalize(pair.1))
    }

    @Test("normalising gives upper case without spaces")
    func normalizeForm() {
        #expect(UNSymbol.normalize("HRI/GEN/1/Rev/9 (Vol. 1)") == "HRI/GEN/1/REV.9(VOL.I)")
        #expect(UNSymbol.normalize("A/HRC/RES/43/16") == "A/HRC/RES/43/16")
    }

    @Test("different symbols stay different", arguments: [
        ("A/HRC/RES/43/16", "A/HRC/RES/43/1"),
        ("HRI/GEN/1/Rev.9 (Vol. I)", "HRI/GEN/1/Rev.9 (Vol. II)"),
        ("A/RES/68/181", "A/HRC/RES/68/181"),
        ("E/C.12/KAZ/CO/2", "E/C.12/KAZ/CO/1"),
    ])
    func normalizeDifferent(pair: (String, String)) {
        #expect(UNSymbol.normalize(pair.0) != UNSymbol.normalize(pair.1))
    }

    @Test("resolver URLs keep slashes, dots and parentheses and encode spaces")
    func resolverURL() {
        #expect(UNSymbol.resolverURL("A/HRC/23/50") == "https://undocs.org/A/HRC/23/50")
        #expect(UNSymbol.resolverURL("E/C.12/KAZ/CO/2") == "https://undocs.org/E/C.12/KAZ/CO/2")
        #expect(UNSymbol.resolverURL("A/RES/2200A(XXI)") == "https://undocs.org/A/RES/2200A(XXI)")
        #expect(UNSymbol.resolverURL("HRI/GEN/1/Rev.9 (Vol. I)") == "https://undocs.org/HRI/GEN/1/Rev.9%20(Vol.%20I)")
        #expect(UNSymbol.resolverURL("A/HRC/RES/43/16-x") == "https://undocs.org/A/HRC/RES/43/16-x")
    }

    @Test("characters that would break an href attribute or URL are encoded")
    func resolverURLEncodes() {
        let url = UNSymbol.resolverURL("A/HRC/\"<x>&?#")
        #expect(url == "https://undocs.org/A/HRC/%22%3Cx%3E%26%3F%23")
    }
}
