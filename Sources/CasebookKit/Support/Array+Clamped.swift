extension Array {
    /// The elements at the positions of `range` that the array has.
    func clamped(to range: Range<Int>) -> ArraySlice<Element> {
        self[range.clamped(to: indices)]
    }

    /// The elements at the positions of `range` counted from the end (0 is the last) that the array has,
    /// in the array's order: a page of a list kept newest first, counted from the oldest.
    func fromOldest(_ range: Range<Int>) -> ArraySlice<Element> {
        clamped(to: (count - range.upperBound)..<(count - range.lowerBound))
    }
}
