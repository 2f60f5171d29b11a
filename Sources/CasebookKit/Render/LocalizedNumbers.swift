import Foundation

/// Whole numbers written as each language writes them, from CLDR through Foundation: `1,234`, `1 234`
/// (with a no-break space in Russian, a narrow one in French), `1234` and `12.345` in Spanish.
final class LocalizedNumbers: @unchecked Sendable {
    static let shared = LocalizedNumbers()

    private let lock = NSLock()
    private var formatters: [String: NumberFormatter] = [:]

    /// `number` in `language`'s digits and grouping; numbers under 1,000 as they are, without a look-up.
    func text(_ number: Int, in language: String) -> String {
        guard abs(number) >= 1000 else { return String(number) }
        lock.lock()
        defer { lock.unlock() }
        let formatter = formatters[language] ?? {
            let made = NumberFormatter()
            made.locale = Locale(identifier: language)
            made.numberStyle = .decimal
            formatters[language] = made
            return made
        }()
        return formatter.string(from: NSNumber(value: number)) ?? String(number)
    }
}
