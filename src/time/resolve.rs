//! Resolution of date pieces to TIMEX3-style values: a day-month without a year takes the
//! year of the passage (see [`crate::time::scope`]) or of the reference date; relative
//! expressions ("hôm qua", "tuần tới", "năm nay") need the reference date and are dropped
//! without one.

use crate::model::{DateMention, Grain};
use crate::text::document::Doc;
use crate::time::calendar::Ymd;
use crate::time::dates::{Piece, Pod, Reference, Time, WdRel, When};
use crate::time::scope::YearScope;
use std::ops::Range;

/// A piece resolved to its value.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub range: Range<usize>,
    pub value: String,
    pub grain: Grain,
    pub pod: Option<Pod>,
    pub relative: bool,
    pub piece: Piece,
}

fn fmt_time(t: &Time) -> (String, Grain) {
    match (t.m, t.s) {
        (Some(m), Some(s)) => (format!("T{:02}:{:02}:{:02}", t.h, m, s), Grain::Second),
        (Some(m), None) => (format!("T{:02}:{:02}", t.h, m), Grain::Minute),
        _ => (format!("T{:02}", t.h), Grain::Hour),
    }
}

fn week_value(d: Ymd) -> String {
    let (y, w) = d.iso_week();
    format!("{y:04}-W{w:02}")
}

fn add_months(y: i32, m: u32, n: i64) -> (i32, u32) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + n;
    ((idx.div_euclid(12)) as i32, (idx.rem_euclid(12) + 1) as u32)
}

/// A value, its grain, and whether it was read relative to the reference or passage year.
type Value = (String, Grain, bool);

/// The year a piece states, else the passage year `hint`, else the reference's year; and
/// whether it was filled in.
fn fill_year(y: Option<i32>, hint: Option<i32>, r: Option<Ymd>) -> (Option<i32>, bool) {
    match y {
        Some(y) => (Some(y), false),
        None => match hint.or(r.map(|d| d.y)) {
            Some(y) => (Some(y), true),
            None => (None, false),
        },
    }
}

/// Resolve one piece. `year_hint` is the passage year for pieces without a year.
fn resolve_piece(
    p: &Piece,
    reference: Reference,
    year_hint: Option<i32>,
    future: bool,
) -> Option<Value> {
    let r = reference.date;
    let fill = |y| fill_year(y, year_hint, r);
    let (mut value, mut grain, relative): Value = match p.when {
        When::Date { y, m, d } => date_value(fill(y), m, d)?,
        When::Month { y, m, next } => {
            let (y, rel) = match (y, next, r) {
                (None, true, Some(r)) => (Some(if m > r.m { r.y } else { r.y + 1 }), true),
                (None, true, None) => (None, false),
                _ => fill(y),
            };
            match y {
                Some(y) => (format!("{y:04}-{m:02}"), Grain::Month, rel),
                None => (format!("XXXX-{m:02}"), Grain::Month, false),
            }
        }
        When::Year(y) => (format!("{y:04}"), Grain::Year, false),
        When::Period(a, b) => (format!("{a:04}/{b:04}"), Grain::Period, false),
        When::Quarter { y, q } => match fill(y) {
            (Some(y), rel) => (format!("{y:04}-Q{q}"), Grain::Quarter, rel),
            (None, _) => (format!("XXXX-Q{q}"), Grain::Quarter, false),
        },
        When::RelDay(n) => (r?.add_days(n).iso(), Grain::Day, true),
        When::RelWeek(n) => (week_value(r?.add_days(7 * n)), Grain::Week, true),
        When::RelMonth(n) => {
            let r = r?;
            let (y, m) = add_months(r.y, r.m, n);
            (format!("{y:04}-{m:02}"), Grain::Month, true)
        }
        When::RelQuarter(n) => {
            let r = r?;
            let q0 = i64::from((r.m - 1) / 3) + n;
            let (y, q) = (r.y + q0.div_euclid(4) as i32, q0.rem_euclid(4) + 1);
            (format!("{y:04}-Q{q}"), Grain::Quarter, true)
        }
        When::RelYear(n) => (format!("{:04}", r?.y + n as i32), Grain::Year, true),
        When::TetDay { d, y, cycle } => tet_value(d, y, cycle, year_hint, r)?,
        When::MonthOfRelYear { m, off } => {
            (format!("{:04}-{m:02}", r?.y + off as i32), Grain::Month, true)
        }
        When::Weekday { wd, rel } => (weekday_date(r?, wd, rel, future).iso(), Grain::Day, true),
        When::WeekOfMonth { n, y, m } => week_of_month(fill(y), m, n)?,
        When::TimeOnly => match r {
            Some(r) => (r.iso(), Grain::Day, true),
            None => ("XXXX-XX-XX".to_string(), Grain::Day, false),
        },
    };
    if let Some(t) = &p.time {
        if grain == Grain::Day {
            let (tv, tg) = fmt_time(t);
            value.push_str(&tv);
            grain = tg;
        }
    }
    Some((value, grain, relative))
}

/// Day `d` of Tết of year `y`; else of the year of the cycle named `cycle` nearest to the passage
/// year or the reference's; else of the passage year; else the Tết nearest the reference date
/// (an article of December speaks of the coming Tết). `None` without any of them: the lunar new
/// year moves, so a day of Tết has no month and day without its year.
fn tet_value(
    d: u32,
    y: Option<i32>,
    cycle: Option<(u32, u32)>,
    hint: Option<i32>,
    r: Option<Ymd>,
) -> Option<Value> {
    // the reference's own year as a passage year (a lead's date) says no more than the
    // reference: the nearest Tết to it is meant
    let hint = hint.filter(|h| !r.is_some_and(|r| r.y == *h));
    let near = hint.or(r.map(|r| r.y));
    let (year, relative) = match (y, cycle, hint, r) {
        (Some(y), ..) => (y, false),
        (None, Some((s, b)), ..) => (crate::time::calendar::cycle_year(s, b, near?)?, false),
        (None, None, Some(h), _) => (h, false),
        (None, None, None, Some(r)) => {
            let (a, b) = (crate::time::calendar::tet(r.y)?, crate::time::calendar::tet(r.y + 1)?);
            let dist = |t: Ymd| (t.to_days() - r.to_days()).abs();
            (if dist(b) < dist(a) { r.y + 1 } else { r.y }, true)
        }
        _ => return None,
    };
    let day = Ymd::from_days(crate::time::calendar::tet(year)?.to_days() + i64::from(d) - 1);
    Some((day.iso(), Grain::Day, relative))
}

/// A day of month `m` in the (filled) year; day 0 is the month's last day. `None` for a day
/// the month does not have.
fn date_value((y, rel): (Option<i32>, bool), m: u32, d: u32) -> Option<Value> {
    Some(match y {
        Some(y) => {
            let d = if d == 0 { crate::time::calendar::days_in_month(y, m) } else { d };
            Ymd::new(y, m, d)?;
            (format!("{y:04}-{m:02}-{d:02}"), Grain::Day, rel)
        }
        None => {
            let d = if d == 0 { crate::time::calendar::days_in_month(2001, m) } else { d };
            (format!("XXXX-{m:02}-{d:02}"), Grain::Day, false)
        }
    })
}

/// The date weekday `wd` (1 = Monday … 7 = Sunday) names relative to the reference `r`; a bare
/// weekday is the next one when the passage is about the future, else the last one.
fn weekday_date(r: Ymd, wd: u32, rel: WdRel, future: bool) -> Ymd {
    let monday = r.add_days(1 - i64::from(r.weekday()));
    let delta = i64::from(wd) - i64::from(r.weekday());
    match rel {
        WdRel::ThisWeek => monday.add_days(i64::from(wd) - 1),
        WdRel::NextWeek => monday.add_days(7 + i64::from(wd) - 1),
        WdRel::LastWeek => monday.add_days(-7 + i64::from(wd) - 1),
        WdRel::Next => r.add_days(if delta > 0 { delta } else { delta + 7 }),
        WdRel::Last => r.add_days(if delta < 0 { delta } else { delta - 7 }),
        WdRel::Bare if future => r.add_days(if delta >= 0 { delta } else { delta + 7 }),
        WdRel::Bare => r.add_days(if delta <= 0 { delta } else { delta - 7 }),
    }
}

/// Week `n` of month `m` (5 = the last), as an ISO week; needs a year.
fn week_of_month((y, rel): (Option<i32>, bool), m: u32, n: u32) -> Option<Value> {
    let y = y?;
    let first = Ymd::new(y, m, 1)?;
    let first_monday = first.add_days((8 - i64::from(first.weekday())) % 7);
    let d = if n == 5 {
        let last = Ymd::new(y, m, crate::time::calendar::days_in_month(y, m))?;
        last.add_days(1 - i64::from(last.weekday()))
    } else {
        first_monday.add_days(7 * (i64::from(n) - 1))
    };
    Some((week_value(d), Grain::Week, rel))
}

/// Resolve recognised pieces into the contract's date mentions.
pub fn resolve(
    doc: &Doc,
    pieces: &[Piece],
    reference: Reference,
    scope: &YearScope,
) -> Vec<Resolved> {
    let mut out = Vec::new();
    // whether a sentence speaks of the future, read once per sentence (pieces are in order)
    let mut future_of: Option<(usize, bool)> = None;
    // the day of the last date resolved ("2025-07-01", "XXXX-07-01"), for "cùng ngày"
    let mut last_day: Option<(String, bool)> = None;
    for (k, p) in pieces.iter().enumerate() {
        let range_end_year = k.checked_sub(1).and_then(|j| range_year(doc, &pieces[j], p, &out));
        let hint = if range_end_year.is_some() {
            range_end_year
        } else if p.explicit_year().is_none() {
            let month = match p.when {
                When::Date { m, .. } | When::Month { m, .. } => Some(m),
                _ => None,
            };
            scope.year_for_date(doc, p.range.start, month)
        } else {
            None
        };
        let future = match doc.seg.sentence_of(p.range.start) {
            Some(i) => match future_of {
                Some((j, f)) if j == i => f,
                _ => {
                    let f = doc.seg.sentences.get(i).is_some_and(|se| {
                        let t = doc.lslice(se.range.clone());
                        t.contains(" sẽ ") || t.starts_with("sẽ ")
                    });
                    future_of = Some((i, f));
                    f
                }
            },
            None => false,
        };
        let resolved = match (&last_day, p.same_day, &p.time) {
            (Some((day, rel)), true, Some(t)) => {
                let (tv, grain) = fmt_time(t);
                Some((format!("{day}{tv}"), grain, *rel))
            }
            _ => resolve_piece(p, reference, hint, future),
        };
        if let Some((value, grain, relative)) = resolved {
            if matches!(p.when, When::Date { .. }) && !p.same_day {
                last_day = value.get(..10).map(|d| (d.to_string(), relative));
            }
            out.push(Resolved {
                range: p.range.clone(),
                value,
                grain,
                pod: p.pod,
                relative,
                piece: p.clone(),
            });
        }
    }
    out
}

/// The year of the end of a range of days ("từ 28/6 đến 1/7", "12/12 - 3/1"): the end `p`,
/// without a year, takes the year of the start `prev` as it was resolved (`out`'s last), the
/// next one when its month comes earlier in the year.
fn range_year(doc: &Doc, prev: &Piece, p: &Piece, out: &[Resolved]) -> Option<i32> {
    let (When::Date { m: m0, .. }, When::Date { y: None, m, .. }) = (prev.when, p.when) else {
        return None;
    };
    let last = out.last().filter(|r| r.range == prev.range)?;
    let y0: i32 = last.value.get(..4)?.parse().ok()?;
    let gap = doc.lslice(prev.range.end..p.range.start).trim();
    let gap = gap.strip_suffix("ngày").map_or(gap, str::trim_end);
    matches!(gap, "đến" | "tới" | "-" | "–" | "—").then_some(if m < m0 { y0 + 1 } else { y0 })
}

/// Convert resolved pieces into contract mentions.
pub fn to_mentions(doc: &Doc, resolved: &[Resolved]) -> Vec<DateMention> {
    resolved
        .iter()
        .map(|r| DateMention {
            span: doc.span(r.range.clone()),
            value: r.value.clone(),
            grain: r.grain,
            part_of_day: r.pod,
            relative: r.relative,
        })
        .collect()
}
