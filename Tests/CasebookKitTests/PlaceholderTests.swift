import Testing
@testable import CasebookKit

@Suite("Placeholders in interface strings")
struct PlaceholderTests {
    @Test("each named placeholder is filled once; values are not searched; other braces stay", arguments: [
        ("Page {page} of {pages}", ["page": "2", "pages": "5"], "Page 2 of 5"),
        ("{title} ({page})", ["title": "Cases {page}", "page": "3"], "Cases {page} (3)"),
        ("{unknown} {year}{", ["year": "2021"], "{unknown} 2021{"),
        ("no braces", ["x": "y"], "no braces"),
        ("{}{{year}}", ["year": "é"], "{}{é}"),
        ("Статья {article} «{instrument}»", ["article": "19", "instrument": "Пакт"], "Статья 19 «Пакт»"),
        ("المادة {article}، {x}", ["article": "١٩"], "المادة ١٩، {x}"),
    ])
    func filling(_ text: String, _ values: [String: String], _ expected: String) {
        #expect(text.filling(values) == expected)
    }

    @Test("a character is replaced everywhere, and a text without it is returned as it is")
    func replacingCharacter() {
        #expect("reply-awaited-now".replacing("-", with: "_") == "reply_awaited_now")
        #expect("closed".replacing("-", with: "_") == "closed")
    }
}
