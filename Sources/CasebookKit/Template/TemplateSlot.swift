/// A field without its view's type: how the compiled program reaches the field's value from the
/// address of the view holding it. The compiler has checked the kinds, so no value is ever cast.
struct TemplateSlot: Sendable {
    /// How a list's items are reached from the list's address.
    struct ListAccess: Sendable {
        let count: @Sendable (UnsafeRawPointer) -> Int
        /// Calls the body with each item's address, its index and the list's count.
        let each: @Sendable (UnsafeRawPointer, (UnsafeRawPointer, Int, Int) -> Void) -> Void
    }

    let name: String
    let kind: TemplateValueKind
    /// Calls the body with the address of the value (of the wrapped value, for an optional); false when it is missing.
    let with: @Sendable (UnsafeRawPointer, (UnsafeRawPointer) -> Void) -> Bool
    var list: ListAccess?

    init(name: String, kind: TemplateValueKind, with: @escaping @Sendable (UnsafeRawPointer, (UnsafeRawPointer) -> Void) -> Bool) {
        (self.name, self.kind, self.with) = (name, kind, with)
    }
}

extension TemplateSlot {
    /// Whether a lookup found its value, or which of its fields was missing.
    enum Walk { case found, missingFirst, missingLater }

    /// Calls the body with the address of the value reached from a view's address; how far it got.
    typealias Access = @Sendable (UnsafeRawPointer, inout TemplateRun, (inout TemplateRun, UnsafeRawPointer) -> Void) -> Walk

    /// One accessor for a chain of fields, composed when templates load.
    static func compose(_ slots: ArraySlice<TemplateSlot>) -> Access {
        guard let first = slots.first else {
            return { base, run, body in
                body(&run, base)
                return .found
            }
        }
        let with = first.with
        guard slots.count > 1 else {
            return { base, run, body in with(base) { body(&run, $0) } ? .found : .missingFirst }
        }
        let rest = compose(slots.dropFirst())
        return { base, run, body in
            var inner = Walk.missingLater
            guard with(base, { inner = rest($0, &run, body) }) else { return .missingFirst }
            return inner == .found ? .found : .missingLater
        }
    }
}
