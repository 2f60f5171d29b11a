import Testing
@testable import CasebookKit

@Suite("Day")
struct DayTests {
    @Test("parses valid YYYY-MM-DD dates", arguments: [
        ("2021-07-15", 2021, 7, 15),
        ("0001-01-01", 1, 1, 1),
        ("9999-12-31", 9999, 12, 31),
        ("2020-02-29", 2020, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("2021-04-30", 2021, 4, 30),
    ])
    func parsesValidDates(text: String, year: Int, month: Int, day: Int) throws {
        let parsed = try #require(Day(iso: text))
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.day == day)
        #expect(parsed.iso == text)
        #expect(parsed.description == text)
    }

    @Test("rejects impossible and badly written dates", arguments: [
        "2021-13-01",  // month 13
        "2021-00-10",  // month 0
        "2021-04-31",  // April has 30 days
        "2021-01-32",
        "2021-01-00",
        "2021-02-29",  // not a leap year
        "1900-02-29",  // divisible by 100, not by 400
        "2021-7-15",  // month not two digits
        "2021-07-5",  // day not two digits
        "21-07-15",  // year not four digits
        "02021-07-15",
        "2021/07/15",
        "2021-07-15T00:00",
        "2021-07",
        "",
        "abcd-ef-gh",
        "2021-0a-15",
        "+021-07-15",
        "2021--7-15",
        "0000-01-01",  // year 0 is outside 1...9999
        "２０２１-07-15",  // non-ASCII digits
        " 2021-07-15",
    ])
    func rejectsInvalidDates(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("February has 29 days only in leap years")
    func februaryLength() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 2100, month: 2, day: 29) == nil)
        #expect(Day.length(ofMonth: 2, year: 2024) == 29)
        #expect(Day.length(ofMonth: 2, year: 2023) == 28)
        #expect(Day.length(ofMonth: 11, year: 2023) == 30)
        #expect(Day.length(ofMonth: 12, year: 2023) == 31)
    }

    @Test("iso pads every part")
    func isoPadding() throws {
        #expect(try #require(Day(year: 7, month: 3, day: 4)).iso == "0007-03-04")
        #expect(try #require(Day(year: 2021, month: 12, day: 31)).iso == "2021-12-31")
    }

    @Test("ordinal counts days from 1970-01-01")
    func ordinalEpoch() throws {
        #expect(try #require(Day(iso: "1970-01-01")).ordinal == 0)
        #expect(try #require(Day(iso: "1970-01-02")).ordinal == 1)
        #expect(try #require(Day(iso: "1969-12-31")).ordinal == -1)
        #expect(try #require(Day(iso: "2000-03-01")).ordinal == 11017)
        #expect(Day(ordinal: 0).iso == "1970-01-01")
        #expect(Day(ordinal: -1).iso == "1969-12-31")
    }

    @Test("ordinal round-trips", arguments: [
        "0001-01-01", "1600-02-29", "1900-03-01", "1969-12-31", "1970-01-01", "2000-02-29", "2021-07-15",
        "2024-12-31", "9999-12-31",
    ])
    func ordinalRoundTrip(text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(Day(ordinal: day.ordinal) == day)
        #expect(day.adding(days: 1).ordinal == day.ordinal + 1)
    }

    @Test("every day of a leap and a common year round-trips in order")
    func consecutiveDays() throws {
        var day = try #require(Day(iso: "2023-01-01"))
        for _ in 0..<(365 + 366) {
            let next = day.adding(days: 1)
            #expect(next > day)
            #expect(Day(year: next.year, month: next.month, day: next.day) == next)
            #expect(Day(ordinal: next.ordinal) == next)
            day = next
        }
        #expect(day.iso == "2025-01-01")
    }

    @Test("adding days", arguments: [
        ("2021-07-15", 60, "2021-09-13"),
        ("2021-12-31", 1, "2022-01-01"),
        ("2020-02-28", 1, "2020-02-29"),
        ("2021-02-28", 1, "2021-03-01"),
        ("2021-03-01", -1, "2021-02-28"),
        ("2021-07-15", 0, "2021-07-15"),
        ("2021-07-15", 365, "2022-07-15"),
        ("2020-01-01", 366, "2021-01-01"),
    ])
    func addingDays(start: String, days: Int, expected: String) throws {
        #expect(try #require(Day(iso: start)).adding(days: days).iso == expected)
    }

    @Test("orders by year, then month, then day")
    func ordering() throws {
        let a = try #require(Day(iso: "2020-12-31"))
        let b = try #require(Day(iso: "2021-01-01"))
        let c = try #require(Day(iso: "2021-01-02"))
        #expect(a < b && b < c)
        #expect([c, a, b].sorted() == [a, b, c])
    }
}
