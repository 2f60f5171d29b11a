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
    func serialized(depth: Int?) -> String { String(decoding: bytes(depth: depth), as: UTF8.self) }

    /// The value's JSON text as UTF-8, written into one buffer of the right size: a file of 10,000 rows
    /// is assembled without growing or copying it again.
    func bytes(depth: Int?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(serializedSize)
        write(to: &out, indent: depth)
        return out
    }

    private func write(to out: inout [UInt8], indent: Int?) {
        let inner = indent.map { $0 + 1 }
        switch self {
        case .string(let text): Escaping.appendJSONString(text, to: &out)
        case .number(let number): out.appendDecimal(number)
        case .bool(let flag): out += (flag ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .serialized(let text): out += text.utf8
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            let (newline, close) = Self.lineBreaks(indent)
            for (position, item) in items.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                out += newline.utf8
                item.write(to: &out, indent: inner)
            }
            out += close.utf8
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            let (newline, close) = Self.lineBreaks(indent)
            for (position, (key, value)) in members.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                out += newline.utf8
                Escaping.appendJSONString(key, to: &out)
                out += (indent == nil ? ":" : ": ").utf8
                value.write(to: &out, indent: inner)
            }
            out += close.utf8
            out.append(UInt8(ascii: "}"))
        }
    }

    /// The bytes already written inside the value, with room for a little more.
    private var serializedSize: Int {
        switch self {
        case .serialized(let text): text.utf8.count + 16
        case .array(let items): items.reduce(16) { $0 + $1.serializedSize }
        case .object(let members): members.reduce(16) { $0 + $1.0.utf8.count + $1.1.serializedSize }
        case .string(let text): text.utf8.count + 16
        case .number, .bool, .null: 16
        }
    }

    /// What starts each member at `indent` and what precedes the closing bracket; none when not pretty.
    private static func lineBreaks(_ indent: Int?) -> (newline: String, close: String) {
        guard let indent else { return ("", "") }
        return ("\n" + String(repeating: "  ", count: indent + 1), "\n" + String(repeating: "  ", count: indent))
    }
}
