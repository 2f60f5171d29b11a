extension Array {
    /// The elements at the positions of `range` that the array has.
    func clamped(to range: Range<Int>) -> ArraySlice<Element> {
        self[range.clamped(to: indices)]
    }
}
