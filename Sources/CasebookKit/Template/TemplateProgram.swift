/// A template compiled for one view type: a flat list of instructions, each section's body the
/// instructions up to its end. Names were resolved when templates loaded; rendering only follows addresses.
struct TemplateProgram: Sendable {
    /// How a value is found: in the value `depth` levels up from the page (0), then through `slots`.
    /// When the first field is a missing optional, the next place is tried, as Mustache climbs the context.
    struct Lookup: Sendable {
        var places: [(depth: Int, slots: [TemplateSlot])]
    }

    /// What a section tests or repeats over.
    enum Section: Sendable {
        /// A yes/no field.
        case bool
        /// An optional: entered (its value becomes the innermost) when present.
        case optional
        /// A list: the body once per item, each item the innermost value.
        case list(TemplateSlot.ListAccess)
        /// `empty(list)`.
        case emptyList(TemplateSlot.ListAccess)
        /// `empty(text)`.
        case emptyText
        /// `equalzero(number)`.
        case zero
    }

    enum Instruction: Sendable {
        case text([UInt8])
        /// Prints a text, number or yes/no value, escaped or not.
        case print(Lookup, TemplateValueKind, escaped: Bool)
        /// A section whose body runs from the next instruction to `end`.
        case section(Lookup, Section, inverted: Bool, end: Int)
        /// `first()` or `last()` of the list whose item is at `depth`.
        case position(last: Bool, depth: Int, inverted: Bool, end: Int)
    }

    var instructions: [Instruction] = []

    /// Renders the view at `root` (of the type this program was compiled for) onto `out`.
    func render(_ root: UnsafeRawPointer, into out: inout [UInt8]) {
        var run = TemplateRun(instructions: instructions, out: out)
        out = []
        run.frames.append(root)
        run.positions.append((0, 0))
        run.run(0..<instructions.count)
        out = run.out
    }
}
