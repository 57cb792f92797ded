//! Calendar dates as an `<input type="date">` gives them.

/// A calendar date; orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// Year, 1..=9999.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of the month, 1..=31 (as the month allows).
    pub day: u8,
}

impl Day {
    /// Parses strict `YYYY-MM-DD` naming a real calendar date (leap years included).
    pub fn parse(s: &str) -> Option<Day> {
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let year = digits(bytes.get(0..4)?)?;
        let month = digits(bytes.get(5..7)?)?;
        let day = digits(bytes.get(8..10)?)?;
        let year = i32::try_from(year).ok()?;
        let month = u8::try_from(month).ok()?;
        let day = u8::try_from(day).ok()?;
        if year < 1 || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day { year, month, day })
    }

    /// Formats as `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The value of a run of ASCII digits; `None` if any byte is not a digit.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |acc, &b| b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0')))
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Day::parse("2025-06-30"), Some(Day { year: 2025, month: 6, day: 30 }));
        assert_eq!(Day::parse("2024-02-29").map(Day::to_iso).as_deref(), Some("2024-02-29"));
        assert_eq!(Day::parse("2000-02-29").map(Day::to_iso).as_deref(), Some("2000-02-29"));
        for bad in [
            "2025-02-29",
            "1900-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-01-00",
            "2025-1-1",
            "25-01-01",
            "2025/01/01",
            "",
            " 2025-01-01",
            "2025-01-01T00:00",
            "0000-01-01",
            "+202-01-01",
            "2025-0a-01",
            "２０２５-01-01",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn orders_chronologically() {
        let parse = |s| Day::parse(s).unwrap_or(Day { year: 1, month: 1, day: 1 });
        assert!(parse("2025-01-31") < parse("2025-02-01"));
        assert!(parse("2024-12-31") < parse("2025-01-01"));
        assert!(parse("2025-03-09") < parse("2025-03-10"));
    }

    proptest! {
        #[test]
        fn parse_is_total_and_round_trips(s in any::<String>()) {
            if let Some(day) = Day::parse(&s) {
                prop_assert_eq!(day.to_iso(), s);
            }
        }

        #[test]
        fn iso_round_trips(year in 1i32..=9999, month in 1u8..=12, day in 1u8..=28) {
            let d = Day { year, month, day };
            prop_assert_eq!(Day::parse(&d.to_iso()), Some(d));
        }
    }
}
