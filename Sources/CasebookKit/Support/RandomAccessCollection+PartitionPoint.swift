extension RandomAccessCollection {
    /// The first index whose element does not belong before the point, by binary search; the collection
    /// must hold every element that belongs before it first (as a sorted collection does for `<`).
    func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Index {
        var (low, count) = (startIndex, self.count)
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsBefore(self[middle]) {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
