/// A JSON value, written with its keys in the order given and `Escaping.jsonString`: exports and structured data use it.
public indirect enum JSONValue: Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Keys in the order given, which is the order written.
    case object([(String, JSONValue)])
    /// JSON text already written, at the depth it stands at.
    case serialized(String)

    /// A string, or `null` for nil.
    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The value as JSON text; nested values indented by two spaces when `pretty`.
    public func serialized(pretty: Bool = true) -> String { serialized(depth: pretty ? 0 : nil) }

    /// The value as JSON text to stand `depth` levels deep in a pretty document, or compact for nil.
    func serialized(depth: Int?) -> String {
        var out = ""
        write(to: &out, indent: depth)
        return out
    }

    private func write(to out: inout String, indent: Int?) {
        let inner = indent.map { $0 + 1 }
        switch self {
        case .string(let text): out += Escaping.jsonString(text)
        case .number(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .serialized(let text): out += text
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            let (newline, close) = Self.lineBreaks(indent)
            for (position, item) in items.enumerated() {
                out += (position > 0 ? "," : "") + newline
                item.write(to: &out, indent: inner)
            }
            out += close + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            let (newline, close) = Self.lineBreaks(indent)
            for (position, (key, value)) in members.enumerated() {
                out += (position > 0 ? "," : "") + newline + Escaping.jsonString(key) + (indent == nil ? ":" : ": ")
                value.write(to: &out, indent: inner)
            }
            out += close + "}"
        }
    }

    /// What starts each member at `indent` and what precedes the closing bracket; none when not pretty.
    private static func lineBreaks(_ indent: Int?) -> (newline: String, close: String) {
        guard let indent else { return ("", "") }
        return ("\n" + String(repeating: "  ", count: indent + 1), "\n" + String(repeating: "  ", count: indent))
    }
}
