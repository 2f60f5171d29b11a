/// Reads a template's text into nodes, with Mustache's rules for tags standing alone on their lines
/// exactly as swift-mustache applied them, so that templates written for it render the same bytes.
struct TemplateParser {
    /// A syntax error at the place it was found.
    struct Failure: Error {
        var message: DiagnosticMessage
        var spot: TemplateSpot
    }

    struct State {
        /// The section, block or parent being read, and where it was opened.
        var section: (name: String, functions: [String], spot: TemplateSpot)?
        var newLine = true
        var inParent = false
        var parentTopLevel = false
        var parentIndent: [Character]?
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]

        func entering(_ name: String, _ functions: [String] = [], at spot: TemplateSpot, newLine: Bool) -> State {
            var state = self
            state.section = (name, functions, spot)
            state.parentTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }
    }

    let path: String
    let chars: [Character]
    var position = 0
    /// The index in `chars` at which each line starts.
    private let lineStarts: [Int]

    init(_ text: String, path: String) {
        self.path = path
        chars = Array(text)
        var starts = [0]
        for (index, char) in chars.enumerated() where char.isNewline { starts.append(index + 1) }
        lineStarts = starts
    }

    /// Parses a whole template.
    static func parse(_ text: String, path: String) -> Result<[TemplateNode], Failure> {
        var parser = TemplateParser(text, path: path)
        do throws(Failure) {
            return .success(try parser.parse(State()))
        } catch {
            return .failure(error)
        }
    }

    var atEnd: Bool { position >= chars.count }
    var current: Character { atEnd ? "\0" : chars[position] }

    /// The line and column of `index`.
    func spot(at index: Int) -> TemplateSpot {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return TemplateSpot(path: path, line: low + 1, column: index - lineStarts[low] + 1)
    }

    func failure(_ message: DiagnosticMessage, at index: Int) -> Failure { Failure(message: message, spot: spot(at: index)) }

    @discardableResult mutating func skip(while matches: (Character) -> Bool) -> [Character] {
        let start = position
        while !atEnd, matches(chars[position]) { position += 1 }
        return Array(chars[start..<position])
    }

    /// Reads `string` if it comes next.
    mutating func read(_ string: [Character]) -> Bool {
        guard position + string.count <= chars.count, Array(chars[position..<position + string.count]) == string else { return false }
        position += string.count
        return true
    }

    /// Text up to a newline (not read) or an opening delimiter (read).
    mutating func readText(_ state: State) -> String {
        var text = ""
        while !atEnd {
            let char = chars[position]
            if char == "\n" || char == "\r\n" { break }
            if char == state.open[0], read(state.open) { break }
            text.append(char)
            position += 1
        }
        return text
    }

    /// Whether only spaces or tabs follow on the line (reading them and the line break) or the text ends.
    mutating func lineFinished() -> Bool {
        if atEnd { return true }
        let start = position
        skip { $0 == " " || $0 == "\t" }
        if current.isNewline {
            position += 1
            return true
        }
        position = start
        return false
    }

    mutating func standalone(_ state: State) -> Bool { state.newLine && lineFinished() }
}
