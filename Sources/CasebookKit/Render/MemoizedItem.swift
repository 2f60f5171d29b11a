import Mustache

/// A list item as a page's template sees it: the item's values, and its partial's kept rendering.
///
/// One wrapper stands for the item on one page, which one thread renders; it asks the memo once.
final class MemoizedItem: MustacheParent {
    private let values: any MustacheParent
    private let lookUp: (() -> String?)?
    private var html: String??

    init<Item: ListItem>(_ item: Item, memo: PartialMemo?) {
        values = item
        lookUp = memo.map { memo in { memo.html(for: item) } }
    }

    func child(named key: String) -> Any? {
        guard key == PartialMemo.key else { return values.child(named: key) }
        if let html { return html }
        let found = lookUp?() ?? nil
        html = .some(found)
        return found
    }
}

/// A list whose items a page renders with a memoized partial.
protocol ListItemArray {
    /// The items wrapped for `memo`, or nil when their partial is not memoized.
    func memoized(by memo: PartialMemo) -> [MemoizedItem]?
}

extension Array: ListItemArray where Element: ListItem {
    func memoized(by memo: PartialMemo) -> [MemoizedItem]? {
        guard memo.partials.contains(Element.partial) else { return nil }
        return map { MemoizedItem($0, memo: memo) }
    }
}
