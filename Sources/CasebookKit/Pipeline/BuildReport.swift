/// What a successful build did.
public struct BuildReport: Sendable {
    /// HTML pages rendered.
    public var pages: Int
    /// Files written, pages and assets together.
    public var files: Int
    /// Warnings found (the build still succeeded).
    public var warnings: [Diagnostic]
    /// Counts of what was published, by kind, e.g. `cases: 1`.
    public var counts: [(kind: String, count: Int)]
    /// What the Link stage linked.
    public var citations: CitationReport
    /// Seconds spent in each stage, in order.
    public var stages: [(name: String, seconds: Double)]
    /// Seconds spent, in total.
    public var seconds: Double
}
