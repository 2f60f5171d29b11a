import Foundation
import Testing
@testable import CasebookKit

/// CLDR's plural rules as Casebook has them, against the same rules as ICU carries them in Foundation.
@Suite("Plural rules")
struct PluralRulesTests {
    /// ICU's plural rules (`uplrules_*`), found in the ICU that Foundation has loaded; nil where it is not.
    struct ICU {
        typealias Open = @convention(c) (UnsafePointer<CChar>, UnsafeMutablePointer<Int32>) -> OpaquePointer?
        typealias Select = @convention(c) (OpaquePointer?, Double, UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
        let open: Open
        let select: Select

        static let loaded: ICU? = {
            // Formatting a number makes Foundation load its ICU, if it has not yet.
            _ = 1.5.formatted()
            guard let handle = dlopen(nil, RTLD_NOW) else { return nil }
            for prefix in ["swift_", ""] {
                if let open = dlsym(handle, prefix + "uplrules_open"), let select = dlsym(handle, prefix + "uplrules_select") {
                    return ICU(open: unsafeBitCast(open, to: Open.self), select: unsafeBitCast(select, to: Select.self))
                }
            }
            return nil
        }()

        /// ICU's category of `count` in `language`.
        func category(of count: Int, in language: String) -> String? {
            var status: Int32 = 0
            guard let rules = open(language, &status), status <= 0 else { return nil }
            var buffer = [UInt16](repeating: 0, count: 16)
            let length = select(rules, Double(count), &buffer, 16, &status)
            return status <= 0 ? String(decoding: buffer[0..<Int(length)], as: UTF16.self) : nil
        }
    }

    static let samples = Array(0...2_000) + [10_000, 100_000, 1_000_000, 2_000_000, 1_000_001, 10_000_000]

    @Test("every language's rules give ICU's category for every count", arguments: PluralRules.languages)
    func againstICU(language: String) throws {
        let icu = try #require(ICU.loaded, "ICU's plural rules were not found in this process")
        let mismatches = Self.samples.filter { PluralRules.category(of: $0, in: language).rawValue != icu.category(of: $0, in: language) }
        #expect(mismatches.isEmpty, "\(language): \(mismatches.prefix(8).map { "\($0): ours \(PluralRules.category(of: $0, in: language)), ICU \(icu.category(of: $0, in: language) ?? "?")" })")
        let categories = Set(Self.samples.map { PluralRules.category(of: $0, in: language) })
        #expect(Set(try #require(PluralRules.categories(of: language))).isSuperset(of: categories))
    }

    @Test("the forms of the shipped languages")
    func shipped() {
        #expect(PluralRules.categories(of: "en") == [.one, .other])
        #expect(PluralRules.categories(of: "ru") == [.one, .few, .many, .other])
        #expect(PluralRules.categories(of: "ar") == [.zero, .one, .two, .few, .many, .other])
        #expect(PluralRules.categories(of: "fr") == [.one, .many, .other])
        #expect([1, 2, 5, 11, 21, 22, 25, 111, 1001].map { PluralRules.category(of: $0, in: "ru") } == [.one, .few, .many, .many, .one, .few, .many, .many, .one])
        #expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map { PluralRules.category(of: $0, in: "ar-EG") }
            == [.zero, .one, .two, .few, .few, .many, .many, .other, .other, .few])
        #expect(PluralRules.categories(of: "tlh") == nil)
    }
}
