import Testing
@testable import CasebookKit

@Suite("Byte search")
struct ByteSearchTests {
    @Test("finds the first occurrence at or after the start, as an offset into the slice", arguments: [
        ("<p>a</p><h2>b</h2><h2>c</h2>", "<h2>", 0, 8), ("<h2>b</h2><h2>c</h2>", "<h2>", 1, 10), ("aaab", "aab", 0, 1),
        ("abc", "abcd", 0, nil), ("abc", "c", 3, nil), ("", "a", 0, nil), ("abc", "", 0, nil), ("xyz", "z", 2, 2),
    ] as [(String, String, Int, Int?)])
    func firstOffset(haystack: String, needle: String, start: Int, expected: Int?) {
        #expect(ByteSearch.firstOffset(of: Array(needle.utf8), in: Array(haystack.utf8)[...], from: start) == expected)
        let padded = Array(("--" + haystack).utf8)[2...]
        #expect(ByteSearch.firstOffset(of: Array(needle.utf8), in: padded, from: start) == expected, "offsets count from the slice's start")
    }

    @Test("contains")
    func contains() {
        #expect(ByteSearch.contains("/REV/", in: "A/HRC/REV/1"))
        #expect(!ByteSearch.contains("(VOL.", in: "HRI/GEN/1/REV.9"))
    }
}
