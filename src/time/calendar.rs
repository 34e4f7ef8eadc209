//! A minimal proleptic Gregorian calendar: validity, day arithmetic, weekdays and ISO weeks.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Day and month are valid in some year (29 February counts).
pub fn valid_day_month(m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= if m == 2 { 29 } else { days_in_month(2001, m) }
}

impl Ymd {
    pub fn new(y: i32, m: u32, d: u32) -> Option<Ymd> {
        if (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) {
            Some(Ymd { y, m, d })
        } else {
            None
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (i64::from(self.m) + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Ymd {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Ymd { y: (y + i64::from(m <= 2)) as i32, m, d }
    }

    pub fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.to_days() + n)
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4)
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Ymd { y: thursday.y, m: 1, d: 1 };
        let week = ((thursday.to_days() - jan1.to_days()) / 7 + 1) as u32;
        (thursday.y, week)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// Parse "YYYY-MM-DD" (optionally followed by a time, which is returned separately).
pub fn parse_iso_date(s: &str) -> Option<(Ymd, Option<(u32, u32)>)> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    let date = Ymd::new(y, m, d)?;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some((date, None));
    }
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' '))?;
    if rest.len() < 5 || rest.as_bytes()[2] != b':' {
        return None;
    }
    let h: u32 = rest.get(0..2)?.parse().ok()?;
    let mi: u32 = rest.get(3..5)?.parse().ok()?;
    if h > 23 || mi > 59 {
        return None;
    }
    Some((date, Some((h, mi))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_roundtrip() {
        for z in [-1000_i64, -1, 0, 1, 10_000, 20_454, 100_000] {
            assert_eq!(Ymd::from_days(z).to_days(), z);
        }
        assert_eq!(Ymd::new(2017, 2, 2).unwrap().weekday(), 4);
        assert_eq!(Ymd::new(2025, 12, 23).unwrap().weekday(), 2);
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(Ymd::new(2017, 2, 2).unwrap().iso_week(), (2017, 5));
        assert_eq!(Ymd::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(Ymd::new(2024, 12, 30).unwrap().iso_week(), (2025, 1));
    }

    #[test]
    fn iso_parse() {
        assert_eq!(parse_iso_date("2025-12-23"), Some((Ymd { y: 2025, m: 12, d: 23 }, None)));
        assert_eq!(
            parse_iso_date("2017-02-02T03:55"),
            Some((Ymd { y: 2017, m: 2, d: 2 }, Some((3, 55))))
        );
        assert_eq!(parse_iso_date("2017-02-30"), None);
        assert_eq!(parse_iso_date("x"), None);
    }
}

/// The first day of Tết (the lunar new year) in Vietnam of Gregorian year `y`, 1900–2100
/// (`src/lexicons/tet.tsv`, computed by `scripts/lexicons/tet.py`).
pub fn tet(y: i32) -> Option<Ymd> {
    static TET: std::sync::LazyLock<Vec<(i32, u32, u32)>> = std::sync::LazyLock::new(|| {
        crate::lexicon::rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/tet.tsv")))
            .filter_map(|r| {
                let (m, d) = r.get(1)?.split_once('-')?;
                Some((r.first()?.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
            })
            .collect()
    });
    let k = TET.binary_search_by_key(&y, |e| e.0).ok()?;
    let (_, m, d) = TET[k];
    Ymd::new(y, m, d)
}

/// The year of the sixty-year cycle named by heavenly stem `stem` (Giáp = 0 … Quý = 9) and
/// earthly branch `branch` (Tý = 0 … Hợi = 11) nearest to `near` ("Đinh Dậu" near 2016: 2017).
pub fn cycle_year(stem: u32, branch: u32, near: i32) -> Option<i32> {
    // 1984 is Giáp Tý; a stem and a branch name a year of the cycle only when of equal parity
    let k = (0..60).find(|k| k % 10 == stem && k % 12 == branch)?;
    let base = 1984 + k as i32;
    let n = (near - base).div_euclid(60);
    let (a, b) = (base + 60 * n, base + 60 * (n + 1));
    Some(if near - a <= b - near { a } else { b })
}

#[cfg(test)]
mod lunar_tests {
    use super::*;

    #[test]
    fn tet_days_and_cycle_years() {
        assert_eq!(tet(2017), Some(Ymd { y: 2017, m: 1, d: 28 }));
        assert_eq!(tet(1985), Some(Ymd { y: 1985, m: 1, d: 21 }), "Vietnam's, not China's");
        assert_eq!(tet(2101), None);
        assert_eq!(cycle_year(3, 9, 2016), Some(2017), "Đinh Dậu");
        assert_eq!(cycle_year(4, 10, 2030), Some(2018), "Mậu Tuất");
        assert_eq!(cycle_year(0, 1, 2000), None, "Giáp Sửu is no year");
    }
}
