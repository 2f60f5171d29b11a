import Mustache

/// A list item as a page's template sees it: the item's values, and its partial's kept rendering.
///
/// One wrapper stands for the item on one page, which one thread renders; it asks the memo once.
final class MemoizedItem: MustacheParent {
    private let item: any ListItem
    private let memo: PartialMemo?
    private var html: String??

    init(_ item: any ListItem, memo: PartialMemo?) {
        self.item = item
        self.memo = memo
    }

    func child(named key: String) -> Any? {
        guard key == PartialMemo.key else { return item.child(named: key) }
        if let html { return leaf(html) }
        let found = memo?.html(for: item)
        html = .some(found)
        return leaf(found)
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
