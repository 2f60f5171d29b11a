import Mustache

/// A text value as templates see it: it renders, tests and transforms as a `String` would.
///
/// swift-mustache casts every value it renders to each of its protocols before printing it with
/// `String(describing:)`: a `String` goes through six casts, this through three, and lookups inside a
/// `{{#text}}` section climb past it as they climb past a `String`. The one difference is a dynamic
/// partial (`{{>*name}}`), which takes its name only from a `String`.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, CustomStringConvertible {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var description: String { text }
    var isNull: Bool { false }
    func child(named key: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}

/// A view's value for its template: texts as `TemplateText`, anything else as it is, nil for nil.
@inline(__always) func leaf<T>(_ value: T) -> Any? { value }

/// An optional value, nil when there is none (so that `{{#value}}` is skipped).
@inline(__always) func leaf<T>(_ value: T?) -> Any? { value.map { $0 as Any } }

/// A text, wrapped.
@inline(__always) func leaf(_ value: String) -> Any? { TemplateText(value) }

/// An optional text, wrapped, or nil.
@inline(__always) func leaf(_ value: String?) -> Any? { value.map(TemplateText.init) }
