/// A bar chart of a list's cases per year, drawn at build time as inline SVG (`year-chart.mustache`),
/// with the same figures as a table for screen readers and for print.
public struct YearChart: Sendable, Hashable {
    /// One year's bar, placed in the chart's coordinates.
    public struct Bar: Sendable, Hashable {
        public var year: Int
        public var count: Int
        public var x: Int
        public var y: Int
        public var width: Int
        public var height: Int
        /// Where the year's label is centred.
        public var labelX: Int
    }

    public var caption: String
    public var bars: [Bar]
    public var width: Int
    public var height: Int
    /// The top of the scale: the most cases any year has.
    public var maximum: Int

    /// Drawing sizes, in SVG user units: the chart scales to the width it is given.
    static let barWidth = 28, gap = 8, plotHeight = 120, labelHeight = 18

    /// The chart of `counts` (every year from the first to the last, with the empty ones), or nil for fewer than two years.
    init?(_ counts: [YearCount], caption: String) {
        guard let first = counts.first?.year, let last = counts.last?.year, last > first else { return nil }
        let byYear = Dictionary(uniqueKeysWithValues: counts.map { ($0.year, $0.count) })
        let maximum = counts.map(\.count).max() ?? 1
        let step = Self.barWidth + Self.gap
        bars = (first...last).enumerated().map { position, year in
            let count = byYear[year] ?? 0
            let height = count == 0 ? 0 : max(2, count * Self.plotHeight / maximum)
            return Bar(
                year: year, count: count, x: Self.gap + position * step, y: Self.plotHeight - height, width: Self.barWidth,
                height: height, labelX: Self.gap + position * step + Self.barWidth / 2)
        }
        self.caption = caption
        self.maximum = maximum
        width = Self.gap + bars.count * step
        height = Self.plotHeight + Self.labelHeight
    }
}

extension YearChart: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<YearChart>] = [
        .text("caption", \.caption),
        .list("bars", \.bars),
        .int("width", \.width),
        .int("height", \.height),
        .int("maximum", \.maximum),
    ]
}

extension YearChart.Bar: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<YearChart.Bar>] = [
        .int("year", \.year),
        .int("count", \.count),
        .int("x", \.x),
        .int("y", \.y),
        .int("width", \.width),
        .int("height", \.height),
        .int("labelX", \.labelX),
    ]
}

extension RenderContext {
    /// The chart of `list` per year for the front page of a list, none on its archive pages.
    func yearChart(_ list: CaseList, on pagination: Pagination, title: String) -> YearChart? {
        guard !pagination.isArchive else { return nil }
        return YearChart(index.yearCounts(list), caption: strings["chart_cases_per_year"].filling(["name": title]))
    }
}
