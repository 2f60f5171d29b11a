import Foundation

/// Orders names as a language sorts them: CLDR's collation through Foundation (`Élise` before `Eve` and
/// `Zoe` in English; Cyrillic names before Latin ones in Russian), ties broken by a second key.
///
/// Collating compares whole strings through ICU, about a hundred times slower than comparing their bytes:
/// the order of the last list of each kind is kept, so a rebuild whose names are unchanged sorts nothing.
final class Collation: @unchecked Sendable {
    static let shared = Collation()

    private let lock = NSLock()
    private var last: [String: (keys: [[String]], order: [Int])] = [:]

    /// `items` in `language`'s order of `name`, then of `tiebreak`; `kind` names the list for reuse.
    func sorted<Item>(_ items: [Item], kind: String, language: String, name: (Item) -> String, tiebreak: (Item) -> String) -> [Item] {
        let keys = items.map { [name($0), tiebreak($0)] }
        let cacheKey = kind + "\u{0}" + language
        if let kept = lock.withLock({ last[cacheKey] }), kept.keys == keys { return kept.order.map { items[$0] } }
        let locale = Locale(identifier: language)
        let order = keys.indices.sorted { a, b in
            switch keys[a][0].compare(keys[b][0], locale: locale) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: (keys[a][0], keys[a][1]) < (keys[b][0], keys[b][1])
            }
        }
        lock.withLock { last[cacheKey] = (keys, order) }
        return order.map { items[$0] }
    }
}
