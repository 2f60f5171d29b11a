extension Array {
    /// Where this array and `other` differ once their common start and end are lined up: the positions
    /// in this array (`removed`) and in `other` (`added`) between them. Equal arrays give two empty ranges.
    func differingRanges(to other: [Element], same: (Element, Element) -> Bool) -> (removed: Range<Int>, added: Range<Int>) {
        let shared = Swift.min(count, other.count)
        var prefix = 0
        while prefix < shared, same(self[prefix], other[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < shared - prefix, same(self[count - 1 - suffix], other[other.count - 1 - suffix]) { suffix += 1 }
        return (prefix..<(count - suffix), prefix..<(other.count - suffix))
    }
}
