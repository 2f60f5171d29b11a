import Foundation
import Mustache

/// A value that lists render with a partial of its own, one per item: `{{#cases}}{{> case-summary}}{{/cases}}`.
protocol ListItem: MustacheParent, Sendable, Hashable {
    /// The partial that renders the item.
    static var partial: String { get }
}

/// Each list item's partial, rendered once and kept: a case stands in a dozen lists (its country, its
/// defenders, organizations and mandates, the year, all cases), and a new case moves every later page
/// of a list without changing how any item renders.
///
/// An item's rendering is kept only when every name its partial looked up was found in the item; a
/// name that climbed to the page could render differently on another page, so such an item is
/// rendered in place each time. `TemplateSet` memoizes only partials whose output cannot depend on
/// anything else (no blocks, parents, partials, pragmas or indented includes).
final class PartialMemo: @unchecked Sendable {
    /// The variable through which the page template's stub asks an item for its kept rendering.
    static let key = "casebookPartialHTML"
    /// The variable through which the isolated template takes the one item it renders.
    static let itemKey = "casebookItem"

    let library: MustacheLibrary
    /// The item partials that are memoized.
    let partials: Set<String>
    private let lock = NSLock()
    /// Each item's rendering, or nil for an item whose partial looked outside it.
    private var entries: [AnyHashable: String?] = [:]

    init(library: MustacheLibrary, partials: Set<String>) {
        self.library = library
        self.partials = partials
    }

    /// The item's rendering, from the memo or rendered now; nil when it must be rendered in place.
    func html(for item: any ListItem) -> String? {
        let key = AnyHashable(item)
        lock.lock()
        let kept = entries[key]
        lock.unlock()
        if let kept { return kept }
        let rendered = render(item)
        lock.lock()
        entries[key] = rendered
        lock.unlock()
        return rendered
    }

    /// Forgets every kept rendering.
    func removeAll() {
        lock.lock()
        entries = [:]
        lock.unlock()
    }

    /// Renders the item's partial with nothing above the item, noting whether any lookup left it.
    private func render(_ item: any ListItem) -> String? {
        let isolation = Isolation(item: MemoizedItem(item, memo: nil))
        let html = library.render(isolation, withTemplate: Self.isolatedName(type(of: item).partial))
        return isolation.escaped ? nil : html
    }

    /// The name under which the partial's own template is kept; its public name renders the stub.
    static func originalName(_ partial: String) -> String { "casebook/original/" + partial }
    /// The template that renders the partial for one item, alone.
    static func isolatedName(_ partial: String) -> String { "casebook/isolated/" + partial }

    /// The stub that takes the partial's place: the kept rendering, or the partial itself.
    static func stubText(_ partial: String) -> String {
        "{{#.\(key)}}{{{.}}}{{/.\(key)}}{{^.\(key)}}{{> \(originalName(partial))}}{{/.\(key)}}"
    }

    /// The template that renders the partial for one item with only `Isolation` below it.
    static func isolatedText(_ partial: String) -> String {
        "{{#\(itemKey)}}{{> \(originalName(partial))}}{{/\(itemKey)}}"
    }

    /// The context below an item rendered alone: it hands out the item once and notes any other lookup.
    private final class Isolation: MustacheParent {
        let item: MemoizedItem
        private(set) var escaped = false
        private var handedOut = false

        init(item: MemoizedItem) { self.item = item }

        func child(named key: String) -> Any? {
            guard key == PartialMemo.itemKey, !handedOut else {
                escaped = true
                return nil
            }
            handedOut = true
            return item
        }
    }
}
