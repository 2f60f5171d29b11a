/// A value that templates render: the fields it declares, once, are the names templates may use.
public protocol TemplateView: Sendable, Hashable {
    /// Every field templates may name, in the order the template reference lists them.
    static var templateFields: [TemplateField<Self>] { get }
}

/// What a template may do with a field: print it, test it, enter it or repeat over it.
public indirect enum TemplateValueKind: Sendable {
    /// Text, escaped when printed.
    case text
    /// Trusted HTML, which `{{{name}}}` may print unescaped (the name ends in `HTML`).
    case html
    case int
    case bool
    /// A view with fields of its own.
    case view(any TemplateView.Type)
    /// A value that may be missing: `{{#name}}` renders only when it is there.
    case optional(TemplateValueKind)
    /// A list: `{{#name}}` renders once per item.
    case list(TemplateValueKind)

    /// The kind inside any optionals and lists.
    var innermost: TemplateValueKind {
        switch self {
        case .optional(let inner), .list(let inner): inner.innermost
        default: self
        }
    }

    /// The kind of an optional's value; the kind itself otherwise.
    var wrapped: TemplateValueKind {
        if case .optional(let wrapped) = self { wrapped } else { self }
    }

    /// How the template reference and diagnostics name the kind.
    var description: String {
        switch self {
        case .text: "text"
        case .html: "HTML"
        case .int: "number"
        case .bool: "yes/no"
        case .view(let type): type.templateName
        case .optional(let wrapped): "optional " + wrapped.description
        case .list(let element): "list of " + element.description
        }
    }
}

extension TemplateView {
    /// The type's name as diagnostics and the reference print it, e.g. `CasePage.AuthorityView`.
    static var templateName: String {
        let full = String(reflecting: Self.self)
        return full.split(separator: ".", maxSplits: 1).last.map(String.init) ?? full
    }

    /// The fields without their view type, for the compiler.
    static var templateSlots: [TemplateSlot] { templateFields.map(\.slot) }
}
