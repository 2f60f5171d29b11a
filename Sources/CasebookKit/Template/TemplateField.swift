/// One field of a view as templates name it, read through a key path of its view.
public struct TemplateField<View: TemplateView>: Sendable {
    let slot: TemplateSlot

    /// Text, escaped when printed.
    public static func text(_ name: String, _ path: KeyPath<View, String> & Sendable) -> Self { plain(name, .text, path) }
    /// Text that may be missing.
    public static func optionalText(_ name: String, _ path: KeyPath<View, String?> & Sendable) -> Self { optional(name, .text, path) }
    /// Trusted HTML; its name must end in `HTML`.
    public static func html(_ name: String, _ path: KeyPath<View, String> & Sendable) -> Self { plain(name, .html, path) }
    /// Trusted HTML that may be missing.
    public static func optionalHTML(_ name: String, _ path: KeyPath<View, String?> & Sendable) -> Self { optional(name, .html, path) }
    /// A whole number.
    public static func int(_ name: String, _ path: KeyPath<View, Int> & Sendable) -> Self { plain(name, .int, path) }
    /// A yes/no value.
    public static func bool(_ name: String, _ path: KeyPath<View, Bool> & Sendable) -> Self { plain(name, .bool, path) }
    /// A view with fields of its own.
    public static func view<Inner: TemplateView>(_ name: String, _ path: KeyPath<View, Inner> & Sendable) -> Self {
        plain(name, .view(Inner.self), path)
    }
    /// A view that may be missing.
    public static func optionalView<Inner: TemplateView>(_ name: String, _ path: KeyPath<View, Inner?> & Sendable) -> Self {
        optional(name, .view(Inner.self), path)
    }
    /// A list of views.
    public static func list<Inner: TemplateView>(_ name: String, _ path: KeyPath<View, [Inner]> & Sendable) -> Self {
        list(name, .view(Inner.self), path)
    }
    /// A list of texts.
    public static func texts(_ name: String, _ path: KeyPath<View, [String]> & Sendable) -> Self { list(name, .text, path) }

    private static func plain<Value>(_ name: String, _ kind: TemplateValueKind, _ path: KeyPath<View, Value> & Sendable) -> Self {
        // A stored property is read where it lies; a computed one is copied out first.
        if let offset = MemoryLayout<View>.offset(of: path) {
            return Self(slot: TemplateSlot(name: name, kind: kind) { base, body in
                body(base + offset)
                return true
            })
        }
        return Self(slot: TemplateSlot(name: name, kind: kind) { base, body in
            withUnsafePointer(to: base.assumingMemoryBound(to: View.self).pointee[keyPath: path]) { body(UnsafeRawPointer($0)) }
            return true
        })
    }

    private static func optional<Value>(_ name: String, _ kind: TemplateValueKind, _ path: KeyPath<View, Value?> & Sendable) -> Self {
        // A present optional's value lies at the optional's own address (Swift lays out a single-payload
        // enum's payload first), so a stored one is read in place too.
        if let offset = MemoryLayout<View>.offset(of: path) {
            return Self(slot: TemplateSlot(name: name, kind: .optional(kind)) { base, body in
                guard (base + offset).assumingMemoryBound(to: Value?.self).pointee != nil else { return false }
                body(base + offset)
                return true
            })
        }
        return Self(slot: TemplateSlot(name: name, kind: .optional(kind)) { base, body in
            guard let value = base.assumingMemoryBound(to: View.self).pointee[keyPath: path] else { return false }
            withUnsafePointer(to: value) { body(UnsafeRawPointer($0)) }
            return true
        })
    }

    private static func list<Element>(_ name: String, _ kind: TemplateValueKind, _ path: KeyPath<View, [Element]> & Sendable) -> Self {
        var slot = plain(name, .list(kind), path).slot
        slot.list = TemplateSlot.ListAccess(
            count: { $0.assumingMemoryBound(to: [Element].self).pointee.count },
            each: { list, body in
                list.assumingMemoryBound(to: [Element].self).pointee.withUnsafeBufferPointer { items in
                    guard let first = items.baseAddress else { return }
                    for index in items.indices { body(UnsafeRawPointer(first + index), index, items.count) }
                }
            })
        return Self(slot: slot)
    }
}
