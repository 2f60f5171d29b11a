/// An immutable value on the heap, so that a large struct holding it is copied with one reference count
/// rather than one per field; a change makes a new box, so copies never see it.
final class Box<Value: Sendable & Hashable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }

    /// A box holding this value with one field changed.
    func replacing<Field>(_ field: WritableKeyPath<Value, Field>, with newValue: Field) -> Box {
        var changed = value
        changed[keyPath: field] = newValue
        return Box(changed)
    }

    /// Whether both boxes hold equal values: at once when they are the same box.
    func holdsSameValue(as other: Box) -> Bool { self === other || value == other.value }
}

extension Box: Hashable {
    /// Boxes are equal when their values are: a value holding a box compares as if it held the value.
    static func == (lhs: Box, rhs: Box) -> Bool { lhs.holdsSameValue(as: rhs) }

    func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}
