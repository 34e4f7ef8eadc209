//! Time expressions: recognition, assembly of compound expressions, and resolution to
//! TIMEX3-style values.
//!
//! Recognition finds pieces ("Thứ Ba", "23/12/2025", "21:56", "chiều", "tháng 9/2025",
//! "giai đoạn 2025 - 2030", "tuần tới", …) with regular expressions over the lower-cased
//! text; overlapping pieces keep the longest; adjacent pieces join ("vào lúc 9 giờ, ngày
//! 17.1" is one mention). Pieces that are dates only in context — a bare day-month "12.1",
//! a bare weekday, an hour without minutes — are kept only with that context.
//!
//! Resolution fills what the text leaves out: a day-month without a year takes the year of
//! the passage (see [`crate::time::scope`]) or of the reference date; relative expressions
//! ("hôm qua", "tuần tới", "năm nay") need the reference date and are dropped without one.

use crate::model::DateMention;
use crate::text::document::{key_hash, Doc, TokKind};
use crate::time::calendar::{valid_day_month, Ymd};
use crate::time::scope::YearScope;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The date (and optional time) relative expressions resolve against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reference {
    pub date: Option<Ymd>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pod {
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

impl Pod {
    fn from_word(w: &str) -> Option<Pod> {
        match w {
            "sáng" | "rạng sáng" | "sáng sớm" => Some(Pod::Morning),
            "trưa" => Some(Pod::Noon),
            "chiều" => Some(Pod::Afternoon),
            "tối" => Some(Pod::Evening),
            "đêm" | "khuya" => Some(Pod::Night),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Pod::Morning => "morning",
            Pod::Noon => "noon",
            Pod::Afternoon => "afternoon",
            Pod::Evening => "evening",
            Pod::Night => "night",
        }
    }
    /// 24-hour clock from a 12-hour reading.
    fn adjust_hour(self, h: u32) -> u32 {
        match self {
            Pod::Afternoon | Pod::Evening if h < 12 => h + 12,
            Pod::Night if (6..12).contains(&h) => h + 12,
            Pod::Noon if h <= 3 => h + 12,
            Pod::Morning if h == 12 => 0,
            _ => h,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WdRel {
    ThisWeek,
    NextWeek,
    LastWeek,
    Next,
    Last,
    Bare,
}

/// What a piece denotes before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Date {
        y: Option<i32>,
        m: u32,
        d: u32,
    },
    /// A month; `next` for "tháng 3 tới".
    Month {
        y: Option<i32>,
        m: u32,
        next: bool,
    },
    Year(i32),
    Period(i32, i32),
    Quarter {
        y: Option<i32>,
        q: u32,
    },
    RelDay(i64),
    RelWeek(i64),
    RelMonth(i64),
    RelQuarter(i64),
    RelYear(i64),
    Weekday {
        wd: u32,
        rel: WdRel,
    },
    WeekOfMonth {
        n: u32,
        y: Option<i32>,
        m: u32,
    },
    /// A clock time with no date of its own.
    TimeOnly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time {
    pub h: u32,
    pub m: Option<u32>,
    pub s: Option<u32>,
}

/// A recognised time expression, before resolution.
#[derive(Debug, Clone)]
pub struct Piece {
    pub range: Range<usize>,
    pub when: When,
    pub time: Option<Time>,
    pub pod: Option<Pod>,
    /// "đến năm 2030", "tầm nhìn 2045": a target, not the year a passage is about.
    pub target: bool,
    /// "so với năm 2016": a comparison, not the year a passage is about.
    pub comparison: bool,
    /// The text supports reading it as a date (a prefix like "ngày", brackets, a joined piece).
    pub confirmed: bool,
    /// Needs confirmation to be kept (bare day-month, bare weekday, bare hour).
    pub weak: bool,
}

impl Piece {
    fn new(range: Range<usize>, when: When) -> Piece {
        Piece {
            range,
            when,
            time: None,
            pod: None,
            target: false,
            comparison: false,
            confirmed: false,
            weak: false,
        }
    }

    /// The explicit year this piece states, if any (for year scope).
    pub fn explicit_year(&self) -> Option<i32> {
        match self.when {
            When::Date { y: Some(y), .. }
            | When::Month { y: Some(y), .. }
            | When::Quarter { y: Some(y), .. } => Some(y),
            When::Year(y) => Some(y),
            When::WeekOfMonth { y: Some(y), .. } => Some(y),
            _ => None,
        }
    }
}

const MONTH_WORDS: &str = "giêng|mười một|mười hai|một|hai|ba|tư|bốn|sáu|bảy|tám|chín|mười|chạp";

fn month_word(w: &str) -> Option<u32> {
    let w = w.trim();
    if let Ok(n) = w.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    match w {
        "giêng" => Some(1),
        "chạp" => Some(12),
        _ => crate::text::numerals::ordinal_words(w).filter(|m| (1..=12).contains(m)),
    }
}

fn day_word(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse::<u32>() {
        return (1..=31).contains(&n).then_some(n);
    }
    Some(match w {
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        _ => return None,
    })
}

fn hour_word(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse::<u32>() {
        return (n <= 24).then_some(n);
    }
    Some(match w {
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        "mười hai" => 12,
        _ => return None,
    })
}

fn weekday_word(w: &str) -> Option<u32> {
    Some(match w {
        "hai" | "2" => 1,
        "ba" | "3" => 2,
        "tư" | "4" => 3,
        "năm" | "5" => 4,
        "sáu" | "6" => 5,
        "bảy" | "7" => 6,
        _ => return None,
    })
}

fn expand_year(s: &str) -> Option<i32> {
    let n: i32 = s.parse().ok()?;
    Some(match s.len() {
        2 if n < 50 => 2000 + n,
        2 => 1900 + n,
        4 => n,
        _ => return None,
    })
}

/// Compile a pattern anchored at its start; `\s` means a space here: a time expression
/// never spans lines. Patterns use no Unicode classes (`\w`, `\b`, `\d`): word boundaries
/// are checked in code. Patterns are tried only at the tokens that can start them (see
/// [`Starts`]), on a window of the line, so each attempt is short and anchored.
fn rx(p: &str) -> Regex {
    Regex::new(&format!("^(?:{})", p.replace(r"\s", "[ ]"))).expect("valid date pattern")
}

/// Where patterns may start: token starts indexed by their lower-case word; `#` for digit
/// tokens and `*num` for number words. One sorted list of (key, start), searched by key: no
/// per-word allocation.
struct Starts {
    by_key: Vec<(u64, usize)>,
}

impl Starts {
    #[inline(never)]
    fn new(doc: &Doc) -> Starts {
        let mut by_key: Vec<(u64, usize)> =
            Vec::with_capacity(doc.tokens.len() + doc.tokens.len() / 8);
        let (digits, numwords) = (key_hash("#"), key_hash("*num"));
        for (i, t) in doc.tokens.iter().enumerate() {
            let key = match t.kind {
                TokKind::Num => digits,
                TokKind::Word => {
                    if crate::text::numerals::is_number_word(doc.tok_lower(i)) {
                        by_key.push((numwords, t.start));
                    }
                    doc.tok_hash[i]
                }
                TokKind::Punct => continue,
            };
            by_key.push((key, t.start));
        }
        by_key.sort_unstable();
        Starts { by_key }
    }

    /// Sorted, de-duplicated start positions for any of `keys`.
    #[inline(never)]
    fn starts(&self, keys: &[&str]) -> Vec<usize> {
        let mut v: Vec<usize> = Vec::new();
        for k in keys {
            let h = key_hash(k);
            let from = self.by_key.partition_point(|e| e.0 < h);
            v.extend(self.by_key[from..].iter().take_while(|e| e.0 == h).map(|e| e.1));
        }
        if keys.len() > 1 {
            v.sort_unstable();
            v.dedup();
        }
        v
    }
}

/// The longest window a pattern may match: to the end of the line, at most 72 bytes (the
/// longest expressions, "tuần đầu tiên của tháng 9 năm 2017", are about 45). A short window
/// keeps each anchored attempt cheap.
fn window_end(s: &str, start: usize) -> usize {
    let w = s.get(start..).map(|rest| crate::text::document::head(rest, 72)).unwrap_or("");
    start + w.find('\n').unwrap_or(w.len())
}

/// Anchored matches of `re` at each start whose window passes `need`, a cheap test of what
/// the pattern cannot match without (most starts fail it, and skip the regex). A match is
/// first found without allocating; only the rare successes build their `Captures`.
#[inline(never)]
fn scan<'s>(
    re: &Regex,
    s: &'s str,
    starts: &[usize],
    need: fn(&str) -> bool,
) -> Vec<(usize, regex::Captures<'s>)> {
    let mut out = Vec::new();
    let mut locs = re.capture_locations();
    for &st in starts {
        if let Some(w) = s.get(st..window_end(s, st)) {
            if need(w) && re.captures_read(&mut locs, w).is_some() {
                if let Some(c) = re.captures(w) {
                    out.push((st, c));
                }
            }
        }
    }
    out
}

/// Prefilters for [`scan`].
fn any(_: &str) -> bool {
    true
}
/// The byte after the leading digits of `w`, and how many digits lead.
fn after_digits(w: &str) -> (Option<u8>, usize) {
    let n = w.bytes().take_while(u8::is_ascii_digit).count();
    (w.as_bytes().get(n).copied(), n)
}
fn digits_then_sep(w: &str) -> bool {
    matches!(after_digits(w).0, Some(b'/' | b'.' | b'-'))
}
fn has_sep(w: &str) -> bool {
    w.bytes().any(|b| matches!(b, b'/' | b'.' | b'-'))
}
fn digit_count(w: &str) -> usize {
    w.bytes().filter(u8::is_ascii_digit).count()
}

/// The absolute range of a whole match found at `base`.
fn whole(base: usize, c: &regex::Captures) -> Range<usize> {
    c.get(0).map(|m| base + m.start()..base + m.end()).unwrap_or(base..base)
}

static RE_NUM_DATE: LazyLock<Regex> =
    LazyLock::new(|| rx(r"([0-9]{1,2})([/.\-])([0-9]{1,2})([/.\-])([0-9]{4}|[0-9]{2})"));
static RE_ISO_DATE: LazyLock<Regex> = LazyLock::new(|| rx(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"));
static RE_DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| rx(r"([0-9]{1,2})([/.\-])([0-9]{1,2})"));
static RE_DAY_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?:từ\s+)?(?:ngày\s+)?([0-9]{1,2})\s*(?:-|–|đến|tới|và)\s*(?:ngày\s+)?([0-9]{1,2})([/.\-])([0-9]{1,2})(?:([/.\-])([0-9]{4}))?",
    )
});
static RE_MONTH_YEAR_NUM: LazyLock<Regex> = LazyLock::new(|| rx(r"([0-9]{1,2})/([0-9]{4})"));
static RE_VERBAL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    rx(&format!(
        r"(?:(mồng|mùng)\s+)?([0-9]{{1,2}}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tháng\s+([0-9]{{1,2}}|{MONTH_WORDS}|năm)(?:(?:\s*,)?\s+(?:của\s+)?năm\s+([0-9]{{4}})|\s*[/.\-]\s*([0-9]{{4}}))?"
    ))
});
static RE_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    rx(&format!(
        r"tháng\s+([0-9]{{1,2}}|{MONTH_WORDS})(?:\s*[/.\-]\s*([0-9]{{4}})|(?:\s*,)?\s+(?:của\s+)?năm\s+([0-9]{{4}}))?(?:\s+(tới|sau|này|trước))?"
    ))
});
static RE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(tầm nhìn đến năm|tầm nhìn tới năm|tầm nhìn đến|tầm nhìn|đến hết năm|đến năm|tới năm|đến|tới|từ năm|trước năm|sau năm|vào năm|cuối năm|đầu năm|giữa năm|trong năm|hết năm|suốt năm|niên khóa|năm)\s+([0-9]{4})",
    )
});
static RE_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?:(giai đoạn|nhiệm kỳ|thời kỳ|niên khóa|niên độ|năm học|mùa giải|khóa|từ năm|từ|trong|năm)\s+)?([0-9]{4})\s*(?:-|–|—|đến năm|tới năm|đến|tới)\s*([0-9]{4})",
    )
});
static RE_QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"quý\s+([0-9]|iv|iii|ii|i|một|hai|ba|bốn|tư|nhất)(?:\s*[/\-.]\s*([0-9]{4})|(?:\s*,)?\s+(?:của\s+)?năm\s+([0-9]{4}))?",
    )
});
static RE_REL_QUARTER: LazyLock<Regex> =
    LazyLock::new(|| rx(r"quý\s+(này|nay|hiện tại|sau|tới|tiếp theo|tiếp|trước|vừa qua)"));
static RE_REL_YEAR: LazyLock<Regex> =
    LazyLock::new(|| rx(r"năm\s+(nay|ngoái|trước|sau|tới|tiếp theo|kế tiếp)"));
static RE_REL_WEEK: LazyLock<Regex> =
    LazyLock::new(|| rx(r"tuần\s+(này|trước|sau|tới|kế tiếp|tiếp theo)"));
static RE_REL_MONTH: LazyLock<Regex> =
    LazyLock::new(|| rx(r"tháng\s+(này|trước|sau|tới|kế tiếp|tiếp theo)"));
static RE_REL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?:ngày\s+)?hôm\s+(nay|qua|kia)|bữa\s+nay|ngày\s+mai|ngày\s+kia|(sáng|trưa|chiều|tối|đêm)\s+(nay|qua|mai)",
    )
});
static RE_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|(?:chủ|chúa)\s+nhật)(?:\s+(?:của\s+)?tuần\s+(này|trước|sau|tới|kế tiếp|tiếp theo)|\s+(tới|này|vừa rồi|vừa qua|trước))?",
    )
});
static RE_WEEK_OF_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    rx(&format!(
        r"tuần\s+(đầu tiên|đầu|thứ nhất|thứ hai|thứ ba|thứ tư|cuối cùng|cuối)\s+(?:của\s+)?tháng\s+([0-9]{{1,2}}|{MONTH_WORDS})(?:\s+(?:của\s+)?năm\s+([0-9]{{4}})|\s*[/\-]\s*([0-9]{{4}}))?"
    ))
});
static RE_FIRST_DAY_OF_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    rx(&format!(
        r"ngày\s+(đầu tiên|đầu|cuối cùng|cuối)\s+(?:của\s+)?tháng\s+([0-9]{{1,2}}|{MONTH_WORDS})(?:\s+(?:của\s+)?năm\s+([0-9]{{4}}))?"
    ))
});
static RE_CLOCK: LazyLock<Regex> = LazyLock::new(|| rx(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?"));
static RE_GIO: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"([0-9]{1,2}|mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+giờ(?:\s+([0-9]{1,2})(?:\s+phút)?|\s+(rưỡi)|\s+kém\s+([0-9]{1,2})(?:\s+phút)?)?",
    )
});
static RE_HG: LazyLock<Regex> = LazyLock::new(|| rx(r"([0-9]{1,2})(h|g)([0-9]{2})?"));
static RE_POD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| rx(r"^\s+(sáng|trưa|chiều|tối|đêm)(?:\s+(nay|mai|qua))?"));
static RE_TZ_AFTER: LazyLock<Regex> =
    LazyLock::new(|| rx(r"^\s*\(?\s*(?:gmt|utc)\s*([+\-])\s*([0-9]{1,2})(?::?([0-9]{2}))?\s*\)?"));
static RE_HOLIDAY: LazyLock<Regex> =
    LazyLock::new(|| rx(r"(?:ngày\s+|lễ\s+)?(?:giáng\s+sinh|noel)"));
static RE_TET_YEAR: LazyLock<Regex> =
    LazyLock::new(|| rx(r"tết\s+(?:nguyên\s+đán\s+|âm\s+lịch\s+)?([0-9]{4})"));
static RE_BARE_YEAR: LazyLock<Regex> = LazyLock::new(|| rx(r"([0-9]{4})"));

fn char_before(s: &str, pos: usize) -> Option<char> {
    s.get(..pos)?.chars().next_back()
}

fn char_after(s: &str, pos: usize) -> Option<char> {
    s.get(pos..)?.chars().next()
}

fn alnum(c: Option<char>) -> bool {
    c.map(|c| c.is_alphanumeric()).unwrap_or(false)
}

/// True when a number at [start, end) is not glued to other digits/number punctuation.
fn num_bounds_ok(s: &str, start: usize, end: usize) -> bool {
    let before = char_before(s, start);
    if alnum(before) {
        return false;
    }
    if let Some(b) = before {
        if matches!(b, '.' | ',' | '/' | '-' | ':') {
            let b2 = s.get(..start - b.len_utf8()).and_then(|p| p.chars().next_back());
            if b2.map(|c| c.is_ascii_digit() || c.is_alphabetic()).unwrap_or(false) {
                return false;
            }
        }
    }
    let after = char_after(s, end);
    if alnum(after) || after == Some('%') {
        return false;
    }
    if let Some(a) = after {
        if matches!(a, '.' | ',' | '/' | '-' | ':') {
            let a2 = s.get(end + a.len_utf8()..).and_then(|p| p.chars().next());
            if a2
                .map(|c| c.is_ascii_digit() || (a != '.' && a != ',' && c.is_alphabetic()))
                .unwrap_or(false)
            {
                return false;
            }
        }
    }
    true
}

/// True when a word match is not glued to letters.
fn word_bounds_ok(s: &str, start: usize, end: usize) -> bool {
    !alnum(char_before(s, start)) && !alnum(char_after(s, end))
}

/// The previous lower-case word before `pos` on the same line, skipping spaces only.
fn prev_word(s: &str, pos: usize) -> &str {
    let head = match s.get(..pos) {
        Some(h) => h,
        None => return "",
    };
    let trimmed = head.trim_end_matches(' ');
    if trimmed.len() == head.len() && !head.is_empty() {
        // glued to something (punctuation or a letter)
        let c = head.chars().next_back();
        if c.map(|c| !c.is_alphanumeric()).unwrap_or(true) {
            return "";
        }
    }
    let start = trimmed
        .rfind(|c: char| !c.is_alphanumeric())
        .map(|i| i + trimmed[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
        .unwrap_or(0);
    &trimmed[start..]
}

fn is_numeral_word(w: &str) -> bool {
    !w.is_empty()
        && (w.chars().all(|c| c.is_ascii_digit()) || crate::text::numerals::is_number_word(w))
}

/// Words that make a following "năm sau", "tuần tới", "tháng một" not a date.
fn blocks_relative(prev: &str) -> bool {
    is_numeral_word(prev)
        || matches!(
            prev,
            "những" | "các" | "nhiều" | "mấy" | "vài" | "hàng" | "mỗi" | "hằng" | "từng" | "bao"
        )
}

/// Recognise all time expressions in the document's readable lines.
pub fn pieces(doc: &Doc) -> Vec<Piece> {
    let s = doc.lower.as_str();
    let ix = Starts::new(doc);
    let mut out: Vec<Piece> = Vec::new();

    for (base, c) in scan(&RE_NUM_DATE, s, &ix.starts(&["#"]), digits_then_sep) {
        let m = whole(base, &c);
        if c[2] != c[4] || !num_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let (d, mo) = (c[1].parse::<u32>().unwrap_or(0), c[3].parse::<u32>().unwrap_or(0));
        let y = match expand_year(&c[5]) {
            Some(y) => y,
            None => continue,
        };
        if Ymd::new(y, mo, d).is_some() {
            let mut p = Piece::new(m, When::Date { y: Some(y), m: mo, d });
            p.confirmed = true;
            out.push(p);
        }
    }
    for (base, c) in
        scan(&RE_ISO_DATE, s, &ix.starts(&["#"]), |w| after_digits(w) == (Some(b'-'), 4))
    {
        let m = whole(base, &c);
        if !num_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let (y, mo, d) =
            (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
        if Ymd::new(y, mo, d).is_some() {
            let mut p = Piece::new(m, When::Date { y: Some(y), m: mo, d });
            p.confirmed = true;
            out.push(p);
        }
    }
    for (base, c) in scan(&RE_DAY_MONTH, s, &ix.starts(&["#"]), digits_then_sep) {
        let m = whole(base, &c);
        if !num_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let (d, mo) = (c[1].parse::<u32>().unwrap_or(0), c[3].parse::<u32>().unwrap_or(0));
        if !valid_day_month(mo, d) {
            continue;
        }
        let mut p = Piece::new(m, When::Date { y: None, m: mo, d });
        p.weak = true;
        out.push(p);
    }
    // "từ ngày 12 đến 16/11", "ngày 12-13/12/2025": the first day takes the month (and year)
    // of the second, which the day-month pattern reads on its own
    for (base, c) in scan(&RE_DAY_RANGE, s, &ix.starts(&["#", "từ", "ngày"]), |w| {
        has_sep(w) && digit_count(w) >= 3
    }) {
        let m = whole(base, &c);
        if !num_bounds_ok(s, m.start, m.end)
            || c.get(5).map(|g| g.as_str() != &c[3]).unwrap_or(false)
        {
            continue;
        }
        let (d1, d2, mo) = (
            c[1].parse::<u32>().unwrap_or(0),
            c[2].parse::<u32>().unwrap_or(0),
            c[4].parse::<u32>().unwrap_or(0),
        );
        if !valid_day_month(mo, d1) || !valid_day_month(mo, d2) || d1 >= d2 {
            continue;
        }
        let y = c.get(6).and_then(|g| g.as_str().parse::<i32>().ok());
        let first_end = base + c.get(1).map(|g| g.end()).unwrap_or(0);
        let mut p = Piece::new(m.start..first_end, When::Date { y, m: mo, d: d1 });
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in
        scan(&RE_MONTH_YEAR_NUM, s, &ix.starts(&["#"]), |w| after_digits(w).0 == Some(b'/'))
    {
        let m = whole(base, &c);
        if !num_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let mo = c[1].parse::<u32>().unwrap_or(0);
        let y = c[2].parse::<i32>().unwrap_or(0);
        let pw = prev_word(s, m.start);
        if !(1..=12).contains(&mo)
            || !(1900..=2100).contains(&y)
            || matches!(pw, "số" | "định" | "quyết" | "thị" | "tư" | "luật" | "lệnh")
        {
            continue;
        }
        let mut p = Piece::new(m, When::Month { y: Some(y), m: mo, next: false });
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in scan(&RE_VERBAL_DATE, s, &ix.starts(&["#", "mồng", "mùng", "*num"]), |w| {
        w.contains("tháng")
    }) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let day_tok = &c[2];
        let has_mong = c.get(1).is_some();
        let numeric_day = day_tok.chars().all(|ch| ch.is_ascii_digit());
        let pw = prev_word(s, m.start);
        if !numeric_day && !has_mong && pw != "ngày" {
            continue;
        }
        if numeric_day && !has_mong && is_numeral_word(pw) {
            continue;
        }
        let d = match day_word(day_tok) {
            Some(d) => d,
            None => continue,
        };
        let mo = match month_word(&c[3]) {
            Some(mo) => mo,
            None => continue,
        };
        if !valid_day_month(mo, d) {
            continue;
        }
        let y = c.get(4).or(c.get(5)).and_then(|y| y.as_str().parse::<i32>().ok());
        let mut p = Piece::new(m, When::Date { y, m: mo, d });
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in scan(&RE_MONTH, s, &ix.starts(&["tháng"]), any) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let pw = prev_word(s, m.start);
        if blocks_relative(pw) {
            continue;
        }
        let mo = match month_word(&c[1]) {
            Some(mo) => mo,
            None => continue,
        };
        let y = c.get(2).or(c.get(3)).and_then(|y| y.as_str().parse::<i32>().ok());
        let next = c.get(4).map(|x| matches!(x.as_str(), "tới" | "sau")).unwrap_or(false);
        // "tháng một lần" (once a month) is not January
        let after = s.get(m.end..).unwrap_or("").trim_start();
        if y.is_none() && !c[1].chars().all(|ch| ch.is_ascii_digit()) && after.starts_with("lần")
        {
            continue;
        }
        let mut p = Piece::new(m, When::Month { y, m: mo, next });
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in scan(
        &RE_PERIOD,
        s,
        &ix.starts(&["#", "giai", "nhiệm", "thời", "niên", "năm", "mùa", "khóa", "từ", "trong"]),
        |w| digit_count(w) >= 8,
    ) {
        let m = whole(base, &c);
        if !num_bounds_ok(s, m.start, m.end) || !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let (a, b) = (c[2].parse::<i32>().unwrap_or(0), c[3].parse::<i32>().unwrap_or(0));
        if !(1800..=2200).contains(&a) || b <= a || b > a + 100 {
            continue;
        }
        let mut p = Piece::new(m, When::Period(a, b));
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in scan(
        &RE_YEAR,
        s,
        &ix.starts(&[
            "tầm", "đến", "tới", "từ", "trước", "sau", "vào", "cuối", "đầu", "giữa", "trong",
            "hết", "suốt", "niên", "năm",
        ]),
        |w| digit_count(w) >= 4,
    ) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end)
            || !num_bounds_ok(s, c.get(2).map(|g| base + g.start()).unwrap_or(m.start), m.end)
        {
            continue;
        }
        let y = c[2].parse::<i32>().unwrap_or(0);
        if !(1000..=2200).contains(&y) {
            continue;
        }
        let prefix = &c[1];
        let mut p = Piece::new(m.clone(), When::Year(y));
        // targets and starting points are not the year a passage is about
        p.target = prefix.starts_with("tầm nhìn")
            || prefix.starts_with("đến")
            || prefix.starts_with("tới")
            || prefix == "từ năm";
        if matches!(prefix, "đến" | "tới") {
            // a bare "đến 2030" is a target year only when it reads as one
            let after = s.get(m.end..).unwrap_or("");
            if after.trim_start().starts_with(|ch: char| ch.is_alphabetic())
                && !after.trim_start().starts_with("tầm")
            {
                // "đến 2030 người" — a count, not a year
                if crate::quantity::figures::starts_with_unit(after) {
                    continue;
                }
            }
        }
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in scan(&RE_TET_YEAR, s, &ix.starts(&["tết"]), any) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let y = c[1].parse::<i32>().unwrap_or(0);
        let mut p = Piece::new(m, When::Year(y));
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in scan(&RE_QUARTER, s, &ix.starts(&["quý"]), any) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let q = match &c[1] {
            "1" | "i" | "một" | "nhất" => 1,
            "2" | "ii" | "hai" => 2,
            "3" | "iii" | "ba" => 3,
            "4" | "iv" | "bốn" | "tư" => 4,
            _ => continue,
        };
        let y = c.get(2).or(c.get(3)).and_then(|y| y.as_str().parse::<i32>().ok());
        let mut p = Piece::new(m, When::Quarter { y, q });
        p.confirmed = true;
        out.push(p);
    }
    let simple_rel: [(&LazyLock<Regex>, &str, fn(&str) -> Option<When>); 4] = [
        (&RE_REL_QUARTER, "quý", |w| {
            Some(When::RelQuarter(match w {
                "này" | "nay" | "hiện tại" => 0,
                "sau" | "tới" | "tiếp theo" | "tiếp" => 1,
                "trước" | "vừa qua" => -1,
                _ => return None,
            }))
        }),
        (&RE_REL_YEAR, "năm", |w| {
            Some(When::RelYear(match w {
                "nay" => 0,
                "ngoái" | "trước" => -1,
                "sau" | "tới" | "tiếp theo" | "kế tiếp" => 1,
                _ => return None,
            }))
        }),
        (&RE_REL_WEEK, "tuần", |w| {
            Some(When::RelWeek(match w {
                "này" => 0,
                "trước" => -1,
                "sau" | "tới" | "kế tiếp" | "tiếp theo" => 1,
                _ => return None,
            }))
        }),
        (&RE_REL_MONTH, "tháng", |w| {
            Some(When::RelMonth(match w {
                "này" => 0,
                "trước" => -1,
                "sau" | "tới" | "kế tiếp" | "tiếp theo" => 1,
                _ => return None,
            }))
        }),
    ];
    for (re, key, f) in simple_rel.iter() {
        for (base, c) in scan(re, s, &ix.starts(&[key]), any) {
            let m = whole(base, &c);
            if !word_bounds_ok(s, m.start, m.end) || blocks_relative(prev_word(s, m.start)) {
                continue;
            }
            if let Some(w) = f(&c[1]) {
                let mut p = Piece::new(m, w);
                p.confirmed = true;
                out.push(p);
            }
        }
    }
    for (base, c) in scan(
        &RE_REL_DAY,
        s,
        &ix.starts(&["ngày", "hôm", "bữa", "sáng", "trưa", "chiều", "tối", "đêm"]),
        any,
    ) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let text = &s[m.clone()];
        let (n, pod) = if let Some(w) = c.get(1) {
            (
                match w.as_str() {
                    "nay" => 0,
                    "qua" => -1,
                    _ => -2,
                },
                None,
            )
        } else if text.starts_with("bữa") {
            (0, None)
        } else if text.starts_with("ngày mai") {
            (1, None)
        } else if text.starts_with("ngày kia") {
            (2, None)
        } else {
            let pod = c.get(2).and_then(|x| Pod::from_word(x.as_str()));
            let n = match c.get(3).map(|x| x.as_str()) {
                Some("qua") => -1,
                Some("mai") => 1,
                _ => 0,
            };
            (n, pod)
        };
        let mut p = Piece::new(m, When::RelDay(n));
        p.pod = pod;
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in scan(&RE_WEEKDAY, s, &ix.starts(&["thứ", "chủ", "chúa"]), any) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let wd = match c.get(1) {
            Some(w) => match weekday_word(w.as_str()) {
                Some(wd) => wd,
                None => continue,
            },
            None => 7,
        };
        let pw = prev_word(s, m.start);
        if matches!(pw, "lần" | "hạng" | "là" | "đứng" | "xếp" | "vị") {
            continue;
        }
        let rel = match (c.get(2).map(|x| x.as_str()), c.get(3).map(|x| x.as_str())) {
            (Some("này"), _) => WdRel::ThisWeek,
            (Some("trước"), _) => WdRel::LastWeek,
            (Some(_), _) => WdRel::NextWeek,
            (None, Some("tới")) => WdRel::Next,
            (None, Some("này")) => WdRel::ThisWeek,
            (None, Some(_)) => WdRel::Last,
            (None, None) => WdRel::Bare,
        };
        let mut p = Piece::new(m, When::Weekday { wd, rel });
        if rel == WdRel::Bare {
            p.weak = true;
            if matches!(
                pw,
                "vào"
                    | "hôm"
                    | "ngày"
                    | "sáng"
                    | "chiều"
                    | "tối"
                    | "trưa"
                    | "đêm"
                    | "từ"
                    | "đến"
                    | "tới"
                    | "sang"
            ) {
                p.confirmed = true;
            }
        } else {
            p.confirmed = true;
        }
        out.push(p);
    }
    for (base, c) in scan(&RE_WEEK_OF_MONTH, s, &ix.starts(&["tuần"]), any) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let n = match &c[1] {
            "đầu tiên" | "đầu" | "thứ nhất" => 1,
            "thứ hai" => 2,
            "thứ ba" => 3,
            "thứ tư" => 4,
            _ => 5, // last
        };
        let mo = match month_word(&c[2]) {
            Some(mo) => mo,
            None => continue,
        };
        let y = c.get(3).or(c.get(4)).and_then(|y| y.as_str().parse::<i32>().ok());
        let mut p = Piece::new(m, When::WeekOfMonth { n, y, m: mo });
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in scan(&RE_FIRST_DAY_OF_MONTH, s, &ix.starts(&["ngày"]), any) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let mo = match month_word(&c[2]) {
            Some(mo) => mo,
            None => continue,
        };
        let y = c.get(3).and_then(|y| y.as_str().parse::<i32>().ok());
        let d = if c[1].starts_with("cuối") { 0 } else { 1 }; // 0 = last day, resolved later
        let mut p = Piece::new(m, When::Date { y, m: mo, d });
        p.confirmed = true;
        out.push(p);
    }
    for (base, c) in scan(&RE_HOLIDAY, s, &ix.starts(&["ngày", "lễ", "giáng", "noel"]), any) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let mut p = Piece::new(m, When::Date { y: None, m: 12, d: 25 });
        p.confirmed = true;
        out.push(p);
    }
    times(s, &ix, &mut out);
    bare_years(s, &ix, &mut out);
    out
}

fn times(s: &str, ix: &Starts, out: &mut Vec<Piece>) {
    let mut found: Vec<(Range<usize>, Time, bool)> = Vec::new(); // (range, time, has_minutes)
    for (base, c) in scan(&RE_CLOCK, s, &ix.starts(&["#"]), |w| after_digits(w).0 == Some(b':')) {
        let m = whole(base, &c);
        if !num_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let h: u32 = c[1].parse().unwrap_or(99);
        let mi: u32 = c[2].parse().unwrap_or(99);
        let sec: Option<u32> = c.get(3).and_then(|x| x.as_str().parse().ok());
        if h > 23 || mi > 59 || sec.map(|x| x > 59).unwrap_or(false) {
            continue;
        }
        if matches!(prev_word(s, m.start), "lệ" | "số") {
            continue;
        }
        found.push((m, Time { h, m: Some(mi), s: sec }, true));
    }
    for (base, c) in scan(&RE_GIO, s, &ix.starts(&["#", "*num"]), |w| w.contains("giờ")) {
        let m = whole(base, &c);
        if !word_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let mut h = match hour_word(&c[1]) {
            Some(h) => h,
            None => continue,
        };
        let mut mi = None;
        if let Some(x) = c.get(2) {
            mi = x.as_str().parse::<u32>().ok().filter(|&v| v < 60);
            if mi.is_none() {
                continue;
            }
        } else if c.get(3).is_some() {
            mi = Some(30);
        } else if let Some(x) = c.get(4) {
            let k: u32 = x.as_str().parse().unwrap_or(99);
            if k == 0 || k >= 60 || h == 0 {
                continue;
            }
            h -= 1;
            mi = Some(60 - k);
        }
        if h > 24 {
            continue;
        }
        found.push((m, Time { h: h % 24, m: mi, s: None }, mi.is_some()));
    }
    for (base, c) in
        scan(&RE_HG, s, &ix.starts(&["#"]), |w| matches!(after_digits(w).0, Some(b'h' | b'g')))
    {
        let m = whole(base, &c);
        if !num_bounds_ok(s, m.start, m.end) || alnum(char_before(s, m.start)) {
            continue;
        }
        let h: u32 = c[1].parse().unwrap_or(99);
        let mi: Option<u32> = c.get(3).and_then(|x| x.as_str().parse().ok());
        if h > 23 || mi.map(|x| x > 59).unwrap_or(false) || (&c[2] == "g" && mi.is_none()) {
            continue;
        }
        found.push((m, Time { h, m: mi, s: None }, mi.is_some()));
    }
    for (mut r, mut t, has_min) in found {
        let mut pod = None;
        let mut rel_day = None;
        if let Some(c) = RE_POD_AFTER.captures(s.get(r.end..).unwrap_or("")) {
            pod = Pod::from_word(&c[1]);
            rel_day = c.get(2).map(|x| match x.as_str() {
                "mai" => 1,
                "qua" => -1,
                _ => 0,
            });
            r.end += c.get(0).map(|m| m.end()).unwrap_or(0);
        }
        if let Some(p) = pod {
            t.h = p.adjust_hour(t.h);
        }
        if let Some(c) = RE_TZ_AFTER.captures(s.get(r.end..).unwrap_or("")) {
            r.end += c.get(0).map(|m| m.end()).unwrap_or(0);
        }
        let mut p = Piece::new(r.clone(), rel_day.map(When::RelDay).unwrap_or(When::TimeOnly));
        p.time = Some(t);
        p.pod = pod;
        let pw = prev_word(s, r.start);
        let cue = matches!(
            pw,
            "lúc" | "vào" | "khoảng" | "đúng" | "từ" | "đến" | "tới" | "hồi" | "chừng"
        );
        p.confirmed = has_min || pod.is_some() || cue;
        p.weak = !p.confirmed;
        out.push(p);
    }
}

fn bare_years(s: &str, ix: &Starts, out: &mut Vec<Piece>) {
    for (base, c) in scan(&RE_BARE_YEAR, s, &ix.starts(&["#"]), |w| after_digits(w).1 == 4) {
        let m = whole(base, &c);
        if !num_bounds_ok(s, m.start, m.end) {
            continue;
        }
        let y: i32 = c[1].parse().unwrap_or(0);
        if !(1900..=2100).contains(&y) {
            continue;
        }
        let after = s.get(m.end..).unwrap_or("");
        if crate::quantity::figures::starts_with_unit(after) {
            continue;
        }
        let pw = prev_word(s, m.start);
        if matches!(
            pw,
            "số" | "mã"
                | "lần"
                | "hạng"
                | "khoảng"
                | "hơn"
                | "gần"
                | "trên"
                | "dưới"
                | "có"
                | "đạt"
                | "gồm"
                | "với"
                | "chừng"
                | "tổng"
                | "lên"
                | "xuống"
                | "tăng"
                | "giảm"
                | "thu"
                | "đón"
                | "tiếp"
                | "xấp"
                | "xỉ"
        ) {
            continue;
        }
        let mut p = Piece::new(m, When::Year(y));
        p.confirmed = true;
        out.push(p);
    }
}

/// Keep the longest of overlapping pieces (earlier first on ties).
fn drop_overlaps(mut v: Vec<Piece>) -> Vec<Piece> {
    v.sort_by(|a, b| {
        (b.range.end - b.range.start)
            .cmp(&(a.range.end - a.range.start))
            .then(a.range.start.cmp(&b.range.start))
    });
    let mut kept: Vec<Piece> = Vec::new();
    for p in v {
        if kept.iter().all(|k| k.range.end <= p.range.start || p.range.end <= k.range.start) {
            kept.push(p);
        }
    }
    kept.sort_by_key(|p| p.range.start);
    kept
}

/// Extend pieces leftwards over prefixes ("ngày", "hôm", "sáng", "vào lúc", "Thứ Ba, ")
/// that are not part of another piece; a prefix confirms a weak piece.
fn absorb_prefixes(s: &str, v: &mut [Piece]) {
    for i in 0..v.len() {
        let floor = if i == 0 { 0 } else { v[i - 1].range.end };
        loop {
            let start = v[i].range.start;
            let head = match s.get(floor..start) {
                Some(h) => h,
                None => break,
            };
            let trimmed = head.trim_end_matches(' ');
            if trimmed.len() == head.len() && !head.is_empty() {
                break; // glued: no space before the piece
            }
            let is_date_like =
                matches!(v[i].when, When::Date { .. } | When::Weekday { .. } | When::RelDay(_));
            let is_time = v[i].time.is_some() && v[i].when == When::TimeOnly;
            let mut took = false;
            for (word, pod, for_time) in [
                ("rạng sáng", Some(Pod::Morning), false),
                ("sáng", Some(Pod::Morning), false),
                ("trưa", Some(Pod::Noon), false),
                ("chiều", Some(Pod::Afternoon), false),
                ("tối", Some(Pod::Evening), false),
                ("đêm", Some(Pod::Night), false),
                ("ngày", None, false),
                ("hôm", None, false),
                ("vào lúc", None, true),
                ("lúc", None, true),
                ("vào khoảng", None, true),
                ("vào đúng", None, true),
                ("khoảng", None, true),
                ("đúng", None, true),
            ] {
                if (for_time && !is_time) || (!for_time && !is_date_like) {
                    continue;
                }
                if trimmed.ends_with(word) {
                    let ws = trimmed.len() - word.len();
                    if ws > 0 && alnum(char_before(trimmed, ws)) {
                        continue;
                    }
                    if pod.is_some()
                        && !matches!(v[i].when, When::Date { .. } | When::Weekday { .. })
                    {
                        continue;
                    }
                    v[i].range.start = floor + ws;
                    if v[i].pod.is_none() {
                        v[i].pod = pod;
                    }
                    v[i].confirmed = true;
                    took = true;
                    break;
                }
            }
            if !took {
                // "vào" before "ngày …" / "lúc …"
                if trimmed.ends_with("vào") && v[i].confirmed {
                    let ws = trimmed.len() - "vào".len();
                    if ws == 0 || !alnum(char_before(trimmed, ws)) {
                        v[i].range.start = floor + ws;
                    }
                }
                break;
            }
        }
        // brackets confirm: "(12.1)", "(thứ sáu)"
        let r = v[i].range.clone();
        if char_before(s, r.start) == Some('(') && char_after(s, r.end) == Some(')') {
            v[i].confirmed = true;
        }
        // context words before a weak day-month
        if v[i].weak && !v[i].confirmed {
            let pw = prev_word(s, r.start);
            if matches!(
                pw,
                "vào" | "từ" | "đến" | "tới" | "trước" | "sau" | "hết" | "nay" | "mồng" | "mùng"
            ) {
                v[i].confirmed = true;
            }
        }
    }
}

fn gap_is(s: &str, a: usize, b: usize, allowed: &[&str]) -> bool {
    let g = match s.get(a..b) {
        Some(g) => g.trim(),
        None => return false,
    };
    allowed.contains(&g)
}

/// Join adjacent pieces into one mention.
fn join(s: &str, v: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for p in v {
        if let Some(last) = out.last_mut() {
            let gap_ok = gap_is(
                s,
                last.range.end,
                p.range.start,
                &[
                    "", ",", "-", "–", "|", "ngày", ", ngày", "lúc", ", lúc", "- lúc", "vào",
                    ", vào",
                ],
            );
            let paren = gap_is(s, last.range.end, p.range.start, &["("])
                && char_after(s, p.range.end) == Some(')');
            let l_time = last.time.is_some();
            let p_time = p.time.is_some();
            let l_dateish = !matches!(last.when, When::TimeOnly);
            let p_dateish = !matches!(p.when, When::TimeOnly);
            let joined: Option<Piece> =
                if gap_ok && l_time && last.when == When::TimeOnly && p_dateish && !p_time {
                    // "9 giờ, ngày 17.1", "3 giờ chiều ngày mai"
                    let mut q = p.clone();
                    q.range.start = last.range.start;
                    q.time = last.time;
                    q.pod = q.pod.or(last.pod);
                    q.confirmed = true;
                    Some(q)
                } else if gap_ok && p_time && p.when == When::TimeOnly && l_dateish && !l_time {
                    // "23/12/2025, 21:56", "hôm nay lúc 2 giờ chiều"
                    let mut q = last.clone();
                    q.range.end = p.range.end;
                    q.time = p.time;
                    q.pod = q.pod.or(p.pod);
                    q.confirmed = true;
                    Some(q)
                } else if gap_ok
                    && matches!(last.when, When::Weekday { .. })
                    && matches!(p.when, When::Date { .. })
                {
                    // "Thứ Ba, 23/12/2025", "thứ 2 ngày 6 tháng 2"
                    let mut q = p.clone();
                    q.range.start = last.range.start;
                    q.confirmed = true;
                    q.pod = q.pod.or(last.pod);
                    Some(q)
                } else if paren
                    && matches!(p.when, When::Weekday { rel: WdRel::Bare, .. })
                    && matches!(last.when, When::Date { .. })
                {
                    // "ngày 17.1 (thứ sáu)"
                    let mut q = last.clone();
                    q.range.end = p.range.end + 1;
                    Some(q)
                } else if gap_ok
                    && matches!(last.when, When::RelDay(_))
                    && !l_time
                    && matches!(p.when, When::Date { .. })
                {
                    // "Hôm nay, 6/9": the explicit date wins
                    let mut q = p.clone();
                    q.range.start = last.range.start;
                    q.confirmed = true;
                    Some(q)
                } else {
                    None
                };
            if let Some(q) = joined {
                *last = q;
                continue;
            }
        }
        out.push(p);
    }
    out
}

/// A piece resolved to its value.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub range: Range<usize>,
    pub value: String,
    pub grain: &'static str,
    pub pod: Option<Pod>,
    pub relative: bool,
    pub piece: Piece,
}

fn fmt_time(t: &Time) -> (String, &'static str) {
    match (t.m, t.s) {
        (Some(m), Some(s)) => (format!("T{:02}:{:02}:{:02}", t.h, m, s), "second"),
        (Some(m), None) => (format!("T{:02}:{:02}", t.h, m), "minute"),
        _ => (format!("T{:02}", t.h), "hour"),
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

/// Resolve one piece. `year_hint` is the passage year for pieces without a year.
fn resolve_piece(
    p: &Piece,
    reference: Reference,
    year_hint: Option<i32>,
    future: bool,
) -> Option<(String, &'static str, bool)> {
    let r = reference.date;
    let fill_year = |y: Option<i32>| -> (Option<i32>, bool) {
        match y {
            Some(y) => (Some(y), false),
            None => match year_hint.or(r.map(|d| d.y)) {
                Some(y) => (Some(y), true),
                None => (None, false),
            },
        }
    };
    let (mut value, mut grain, relative): (String, &'static str, bool) = match p.when {
        When::Date { y, m, d } => {
            let (y, rel) = fill_year(y);
            match y {
                Some(y) => {
                    let d = if d == 0 { crate::time::calendar::days_in_month(y, m) } else { d };
                    Ymd::new(y, m, d)?;
                    (format!("{y:04}-{m:02}-{d:02}"), "day", rel)
                }
                None => {
                    let d = if d == 0 { crate::time::calendar::days_in_month(2001, m) } else { d };
                    (format!("XXXX-{m:02}-{d:02}"), "day", false)
                }
            }
        }
        When::Month { y, m, next } => {
            let (y, rel) = match (y, next, r) {
                (None, true, Some(r)) => (Some(if m > r.m { r.y } else { r.y + 1 }), true),
                (None, true, None) => (None, false),
                _ => fill_year(y),
            };
            match y {
                Some(y) => (format!("{y:04}-{m:02}"), "month", rel),
                None => (format!("XXXX-{m:02}"), "month", false),
            }
        }
        When::Year(y) => (format!("{y:04}"), "year", false),
        When::Period(a, b) => (format!("{a:04}/{b:04}"), "period", false),
        When::Quarter { y, q } => {
            let (y, rel) = fill_year(y);
            match y {
                Some(y) => (format!("{y:04}-Q{q}"), "quarter", rel),
                None => (format!("XXXX-Q{q}"), "quarter", false),
            }
        }
        When::RelDay(n) => (r?.add_days(n).iso(), "day", true),
        When::RelWeek(n) => (week_value(r?.add_days(7 * n)), "week", true),
        When::RelMonth(n) => {
            let r = r?;
            let (y, m) = add_months(r.y, r.m, n);
            (format!("{y:04}-{m:02}"), "month", true)
        }
        When::RelQuarter(n) => {
            let r = r?;
            let q0 = i64::from((r.m - 1) / 3) + n;
            let (y, q) = (r.y + q0.div_euclid(4) as i32, q0.rem_euclid(4) + 1);
            (format!("{y:04}-Q{q}"), "quarter", true)
        }
        When::RelYear(n) => (format!("{:04}", r?.y + n as i32), "year", true),
        When::Weekday { wd, rel } => {
            let r = r?;
            let monday = r.add_days(1 - i64::from(r.weekday()));
            let delta = i64::from(wd) - i64::from(r.weekday());
            let d = match rel {
                WdRel::ThisWeek => monday.add_days(i64::from(wd) - 1),
                WdRel::NextWeek => monday.add_days(7 + i64::from(wd) - 1),
                WdRel::LastWeek => monday.add_days(-7 + i64::from(wd) - 1),
                WdRel::Next => r.add_days(if delta > 0 { delta } else { delta + 7 }),
                WdRel::Last => r.add_days(if delta < 0 { delta } else { delta - 7 }),
                WdRel::Bare => {
                    if future {
                        r.add_days(if delta >= 0 { delta } else { delta + 7 })
                    } else {
                        r.add_days(if delta <= 0 { delta } else { delta - 7 })
                    }
                }
            };
            (d.iso(), "day", true)
        }
        When::WeekOfMonth { n, y, m } => {
            let (y, rel) = fill_year(y);
            let y = y?;
            let first = Ymd::new(y, m, 1)?;
            let first_monday = first.add_days((8 - i64::from(first.weekday())) % 7);
            let d = if n == 5 {
                let last = Ymd::new(y, m, crate::time::calendar::days_in_month(y, m))?;
                last.add_days(1 - i64::from(last.weekday()))
            } else {
                first_monday.add_days(7 * (i64::from(n) - 1))
            };
            (week_value(d), "week", rel)
        }
        When::TimeOnly => match r {
            Some(r) => (r.iso(), "day", true),
            None => ("XXXX-XX-XX".to_string(), "day", false),
        },
    };
    if let Some(t) = &p.time {
        if grain == "day" {
            let (tv, tg) = fmt_time(t);
            value.push_str(&tv);
            grain = tg;
        }
    }
    Some((value, grain, relative))
}

/// The first-stage result: pieces that survived joining and confirmation, in text order.
pub fn recognise(doc: &Doc) -> Vec<Piece> {
    let s = doc.lower.as_str();
    let raw: Vec<Piece> = pieces(doc)
        .into_iter()
        .filter(|p| doc.seg.kind_at(p.range.start) != crate::text::segment::LineKind::Blank)
        .collect();
    let mut v = drop_overlaps(raw);
    absorb_prefixes(s, &mut v);
    let mut v = join(s, v);
    // a weak piece alone on its line is a date ("7/3")
    for p in v.iter_mut() {
        if p.weak && !p.confirmed {
            let line = &doc.seg.lines[doc.seg.line_of(p.range.start)];
            if line.range == p.range {
                p.confirmed = true;
            }
        }
        // comparison years: "so với năm 2016", "cùng kỳ năm 2016"
        let before =
            s.get(doc.seg.line_start(p.range.start)..p.range.start).unwrap_or("").trim_end();
        if before.ends_with("so với")
            || before.ends_with("cùng kỳ")
            || before.ends_with("so với cùng kỳ")
        {
            p.comparison = true;
        }
    }
    v.retain(|p| !p.weak || p.confirmed);
    v
}

/// Resolve recognised pieces into the contract's date mentions.
pub fn resolve(
    doc: &Doc,
    pieces: &[Piece],
    reference: Reference,
    scope: &YearScope,
) -> Vec<Resolved> {
    let mut out = Vec::new();
    for p in pieces {
        let hint = if p.explicit_year().is_none() {
            scope.year_for_date(doc, p.range.start)
        } else {
            None
        };
        let future = doc
            .seg
            .sentence_of(p.range.start)
            .and_then(|i| doc.seg.sentences.get(i))
            .map(|se| {
                let t = doc.lslice(se.range.clone());
                t.contains(" sẽ ") || t.starts_with("sẽ ")
            })
            .unwrap_or(false);
        if let Some((value, grain, relative)) = resolve_piece(p, reference, hint, future) {
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

/// Convert resolved pieces into contract mentions.
pub fn to_mentions(doc: &Doc, resolved: &[Resolved]) -> Vec<DateMention> {
    resolved
        .iter()
        .map(|r| DateMention {
            span: doc.span(r.range.clone()),
            value: r.value.clone(),
            grain: r.grain.to_string(),
            part_of_day: r.pod.map(|p| p.name().to_string()),
            relative: r.relative,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, reference: &str) -> Vec<(String, String)> {
        let doc = Doc::new(text);
        let r = crate::time::calendar::parse_iso_date(reference).map(|x| x.0);
        let pieces = recognise(&doc);
        let scope = YearScope::new(&doc, &pieces, Reference { date: r }, None);
        resolve(&doc, &pieces, Reference { date: r }, &scope)
            .into_iter()
            .map(|x| (doc.slice(x.range.clone()).to_string(), x.value))
            .collect()
    }

    #[test]
    fn news_forms() {
        let v = run("Chiều 22-12, Sở tổ chức hội nghị.", "2025-12-23");
        assert_eq!(v, [("Chiều 22-12".into(), "2025-12-22".into())]);
        let v = run(
            "Buổi họp mặt được tổ chức vào lúc 9 giờ, ngày 17.1 (thứ sáu) tại Hội trường.",
            "2025-01-12",
        );
        assert_eq!(v, [("vào lúc 9 giờ, ngày 17.1 (thứ sáu)".into(), "2025-01-17T09".into())]);
        let v = run("Thứ Ba, 23/12/2025", "");
        assert_eq!(v, [("Thứ Ba, 23/12/2025".into(), "2025-12-23".into())]);
        let v = run("12/01/2025 12:52 GMT+7", "");
        assert_eq!(v, [("12/01/2025 12:52 GMT+7".into(), "2025-01-12T12:52".into())]);
    }

    #[test]
    fn periods_and_targets() {
        let v = run("Kế hoạch giai đoạn 2025 - 2030, tầm nhìn 2045 và đến năm 2030.", "");
        let vals: Vec<&str> = v.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(vals, ["2025/2030", "2045", "2030"]);
    }

    #[test]
    fn not_dates() {
        for t in [
            "Ngày Quốc tế Yoga lần thứ 10 diễn ra.",
            "Đại lễ kỷ niệm 50 năm Ngày giải phóng.",
            "Thứ hai, đón hơn 40 đoàn cấp cao.",
            "Tăng trưởng hai con số.",
            "Nghị định 15/2020/NĐ-CP và Quyết định 1234/QĐ-UBND.",
            "Đội nhà thắng 2-1 trong trận đấu.",
            "Khoảng 1/3 dân số.",
            "Mạng 5G phủ sóng.",
            "làm việc 24 giờ liên tục",
            "trong những năm tới",
        ] {
            assert_eq!(run(t, "2025-01-01"), Vec::<(String, String)>::new(), "{t}");
        }
    }

    #[test]
    fn relative_need_reference() {
        assert!(run("Hội nghị hôm nay bàn nhiều việc.", "").is_empty());
        assert_eq!(run("Hội nghị hôm nay bàn nhiều việc.", "2025-05-02")[0].1, "2025-05-02");
    }
}
