//! Time expressions: recognition and assembly of compound expressions into pieces.
//!
//! Recognition finds pieces ("Thứ Ba", "23/12/2025", "21:56", "chiều", "tháng 9/2025",
//! "giai đoạn 2025 - 2030", "tuần tới", …) with regular expressions over the lower-cased
//! text; overlapping pieces keep the longest; adjacent pieces join ("vào lúc 9 giờ, ngày
//! 17.1" is one mention). Pieces that are dates only in context — a bare day-month "12.1",
//! a bare weekday, an hour without minutes — are kept only with that context.
//!
//! Resolution ([`crate::time::resolve`]) fills in what the text leaves out.

use crate::text::document::{head, key_hash, Doc, TokKind};
use crate::time::calendar::{valid_day_month, Ymd};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The date (and optional time) relative expressions resolve against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reference {
    pub date: Option<Ymd>,
}

/// The part of the day a piece names: the contract's [`PartOfDay`].
pub use crate::model::PartOfDay as Pod;

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
    /// A month of a year given relative to the reference ("tháng 8 năm ngoái": `off` -1).
    MonthOfRelYear {
        m: u32,
        off: i64,
    },
    Weekday {
        wd: u32,
        rel: WdRel,
    },
    WeekOfMonth {
        n: u32,
        y: Option<i32>,
        m: u32,
    },
    /// A day of Tết ("mùng 6 Tết"): `d` days into the lunar new year of `y`, or of the year of
    /// the cycle named `cycle` (stem, branch: "Tết Đinh Dậu"), else of the passage or reference.
    TetDay {
        d: u32,
        y: Option<i32>,
        cycle: Option<(u32, u32)>,
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
    /// The first date of a range ("12/6/1990-12/6/2017"): where it starts, not the year a
    /// passage is about.
    pub origin: bool,
    /// The text supports reading it as a date (a prefix like "ngày", brackets, a joined piece).
    pub confirmed: bool,
    /// Needs confirmation to be kept (bare day-month, bare weekday, bare hour).
    pub weak: bool,
    /// A clock time of "cùng ngày": on the day of the last date before it, resolved as that
    /// date was.
    pub same_day: bool,
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
            origin: false,
            confirmed: false,
            weak: false,
            same_day: false,
        }
    }

    /// A piece the text itself confirms as a date.
    fn sure(range: Range<usize>, when: When) -> Piece {
        Piece { confirmed: true, ..Piece::new(range, when) }
    }

    /// The explicit year this piece states, if any (for year scope).
    pub fn explicit_year(&self) -> Option<i32> {
        match self.when {
            When::Date { y: Some(y), .. }
            | When::Month { y: Some(y), .. }
            | When::Quarter { y: Some(y), .. } => Some(y),
            When::Year(y) => Some(y),
            When::WeekOfMonth { y: Some(y), .. } => Some(y),
            When::TetDay { y: Some(y), .. } => Some(y),
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
/// tokens and `*num` for number words. One sorted list of keys and starts, each packed in a
/// `u64` (the key folded to 32 bits above the start: input is at most 10 MiB), searched by key:
/// no per-word allocation, 8 bytes a token. Two words whose folded keys collide only make a
/// pattern be tried where it cannot match: every pattern spells out its own first word.
struct Starts {
    by_key: Vec<u64>,
}

/// A token key folded to the 32 bits [`Starts`] keeps.
fn fold(h: u64) -> u64 {
    (h ^ (h >> 32)) & 0xffff_ffff
}

impl Starts {
    #[inline(never)]
    fn new(doc: &Doc) -> Starts {
        let mut by_key: Vec<u64> = Vec::with_capacity(doc.tokens.len() + doc.tokens.len() / 8);
        let (digits, numwords) = (fold(key_hash("#")), fold(key_hash("*num")));
        let entry = |key: u64, start: usize| key << 32 | (start as u64 & 0xffff_ffff);
        for (i, t) in doc.tokens.iter().enumerate() {
            debug_assert!(t.start <= u32::MAX as usize, "token starts fit in 32 bits");
            let key = match t.kind {
                TokKind::Num => digits,
                TokKind::Word => {
                    if crate::text::numerals::is_number_word(doc.tok_lower(i)) {
                        by_key.push(entry(numwords, t.start));
                    }
                    fold(doc.tok_hash[i])
                }
                TokKind::Punct => continue,
            };
            by_key.push(entry(key, t.start));
        }
        by_key.sort_unstable();
        Starts { by_key }
    }

    /// Sorted, de-duplicated start positions for any of `keys`.
    #[inline(never)]
    fn starts(&self, keys: &[&str]) -> Vec<usize> {
        let mut v: Vec<usize> = Vec::new();
        for k in keys {
            let h = fold(key_hash(k));
            let from = self.by_key.partition_point(|e| e >> 32 < h);
            let hits = self.by_key[from..].iter().take_while(|e| *e >> 32 == h);
            v.extend(hits.map(|e| (e & 0xffff_ffff) as usize));
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
/// Lazily: each match's `Captures` is built when the caller reaches it and dropped after, so
/// that a text with a match at every token does not hold them all at once.
fn scan<'s, 'a>(
    re: &'a Regex,
    s: &'s str,
    starts: &'a [usize],
    need: fn(&str) -> bool,
) -> impl Iterator<Item = (usize, regex::Captures<'s>)> + 'a
where
    's: 'a,
{
    let mut locs = re.capture_locations();
    starts.iter().filter_map(move |&st| {
        let w = s.get(st..window_end(s, st))?;
        if need(w) && re.captures_read(&mut locs, w).is_some() {
            re.captures(w).map(|c| (st, c))
        } else {
            None
        }
    })
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
static RE_HG: LazyLock<Regex> =
    LazyLock::new(|| rx(r"([0-9]{1,2})(h|g)(?:([0-9]{2})|\s+([0-9]{1,2})\s+phút)?"));
static RE_POD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| rx(r"^\s+(sáng|trưa|chiều|tối|đêm)(?:\s+(nay|mai|qua))?"));
static RE_TZ_AFTER: LazyLock<Regex> =
    LazyLock::new(|| rx(r"^\s*\(?\s*(?:gmt|utc)\s*([+\-])\s*([0-9]{1,2})(?::?([0-9]{2}))?\s*\)?"));
static RE_HOLIDAY: LazyLock<Regex> =
    LazyLock::new(|| rx(r"(?:ngày\s+|lễ\s+)?(?:giáng\s+sinh|noel)"));
static RE_TET_YEAR: LazyLock<Regex> =
    LazyLock::new(|| rx(r"tết\s+(?:nguyên\s+đán\s+|âm\s+lịch\s+)?([0-9]{4})"));
static RE_BARE_YEAR: LazyLock<Regex> = LazyLock::new(|| rx(r"([0-9]{4})"));
static RE_TET_DAY: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?:mồng|mùng)\s+([0-9]{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tết(?:\s+nguyên\s+đán)?(?:\s+xuân)?(?:\s+(giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+(tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))?(?:\s+(?:năm\s+)?([0-9]{4}))?",
    )
});
static RE_MONTH_REL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    rx(&format!(
        r"tháng\s+([0-9]{{1,2}}|{MONTH_WORDS})(?:\s*,)?\s+(?:của\s+)?năm\s+(nay|ngoái|trước|sau|tới)"
    ))
});
static RE_DECADE: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"(?:thập\s+kỷ|thập\s+niên|những\s+năm|các\s+năm)\s+([0-9]{4}|[0-9]0)(?:\s+(?:của\s+)?thế\s+kỷ\s+(trước|xx|20|xxi|21))?",
    )
});
/// Before a day-month ("7/8", "rạng sáng 10-2"): the days listed with it ("các ngày 5, 6 và ",
/// "trong đêm 9 và "), the list opened by a word for a day.
static RE_LISTED_DAYS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:ngày|đêm|sáng|chiều|tối|trưa)[ ]+([0-9]{1,2}(?:[ ]*,[ ]*[0-9]{1,2})*)[ ]*(?:,|và|hoặc)[ ]*$")
        .expect("valid listed-days pattern")
});

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
    num_start_ok(s, start) && num_end_ok(s, end)
}

fn num_start_ok(s: &str, start: usize) -> bool {
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
    true
}

fn num_end_ok(s: &str, end: usize) -> bool {
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

/// True when a dash at `end` ("-", "–", spaced or not) leads to a full numeric date
/// ("12/6/2017"), which itself ends the number run.
fn full_date_at(s: &str, end: usize) -> bool {
    let rest = match s.get(end..) {
        Some(r) => r.trim_start_matches(' '),
        None => return false,
    };
    let Some(r) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–')) else {
        return false;
    };
    let r = r.trim_start_matches(' ');
    let at = s.len() - r.len();
    RE_NUM_DATE
        .find(crate::text::document::head(r, 16))
        .is_some_and(|m| num_end_ok(s, at + m.end()))
}

/// True when a full numeric date ends at a dash just before `start` ("12/6/1990-").
fn full_date_before(s: &str, start: usize) -> bool {
    let head = match s.get(..start) {
        Some(h) => h.trim_end_matches(' '),
        None => return false,
    };
    let Some(h) = head.strip_suffix('-').or_else(|| head.strip_suffix('–')) else {
        return false;
    };
    let h = h.trim_end_matches(' ');
    // the date before is d/m/yyyy: at most 10 bytes, all ASCII
    let from = h.len().saturating_sub(10);
    let Some(tail) = h.get(from..) else { return false };
    (0..tail.len()).any(|k| {
        tail.get(k..).is_some_and(|t| {
            RE_NUM_DATE.find(t).is_some_and(|m| m.end() == t.len())
                && !tail[..k].ends_with(|c: char| c.is_ascii_digit())
        })
    })
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

/// A pattern's match as a rule's build step sees it: the lower-cased text, where the
/// window started (`base`), the match's absolute range and its captures.
struct Hit<'s, 'c> {
    s: &'s str,
    base: usize,
    m: Range<usize>,
    c: &'c regex::Captures<'s>,
}

impl<'s> Hit<'s, '_> {
    /// Capture `i` as text ("" when it took no part).
    fn at(&self, i: usize) -> &'s str {
        self.c.get(i).map_or("", |g| g.as_str())
    }
    /// Capture `i`, when it took part.
    fn get(&self, i: usize) -> Option<&'s str> {
        self.c.get(i).map(|g| g.as_str())
    }
    /// Capture `i` read as a number (a digit group: 0 when it took no part).
    fn num<T: std::str::FromStr + Default>(&self, i: usize) -> T {
        self.at(i).parse().unwrap_or_default()
    }
    /// The number in the first of `groups` that took part, if it reads as one.
    fn first<T: std::str::FromStr>(&self, groups: &[usize]) -> Option<T> {
        groups.iter().find_map(|&i| self.c.get(i)).and_then(|y| y.as_str().parse().ok())
    }
    /// The absolute position where capture `i` starts or ends.
    fn start(&self, i: usize) -> Option<usize> {
        self.c.get(i).map(|g| self.base + g.start())
    }
    fn end(&self, i: usize) -> Option<usize> {
        self.c.get(i).map(|g| self.base + g.end())
    }
    /// The word before the match (see [`prev_word`]).
    fn prev_word(&self) -> &'s str {
        prev_word(self.s, self.m.start)
    }
    /// The text after the match.
    fn after(&self) -> &'s str {
        self.s.get(self.m.end..).unwrap_or("")
    }
}

/// The boundary check every match of a rule must pass before its build step.
#[derive(Clone, Copy)]
enum Bounds {
    /// The build step checks its own bounds.
    Own,
    /// Not glued to other digits or number punctuation ([`num_bounds_ok`]).
    Num,
    /// Not glued to letters ([`word_bounds_ok`]).
    Word,
    /// Both.
    NumWord,
}

impl Bounds {
    fn hold(self, s: &str, m: &Range<usize>) -> bool {
        let num = || num_bounds_ok(s, m.start, m.end);
        let word = || word_bounds_ok(s, m.start, m.end);
        match self {
            Bounds::Own => true,
            Bounds::Num => num(),
            Bounds::Word => word(),
            Bounds::NumWord => num() && word(),
        }
    }
}

/// One recognition pass: a pattern, the token keys it may start at (see [`Starts`]), a cheap
/// prefilter on the window ([`scan`]), the boundary check, and the step that reads a match
/// into a `T` (or rejects it).
struct Rule<T> {
    re: &'static LazyLock<Regex>,
    starts: &'static [&'static str],
    need: fn(&str) -> bool,
    bounds: Bounds,
    build: fn(&Hit) -> Option<T>,
}

/// Run `rules` in order over the text, pushing what each accepted match builds.
fn run_rules<T>(s: &str, ix: &Starts, rules: &[Rule<T>], out: &mut Vec<T>) {
    for rule in rules {
        for (base, c) in scan(rule.re, s, &ix.starts(rule.starts), rule.need) {
            let m = whole(base, &c);
            if rule.bounds.hold(s, &m) {
                out.extend((rule.build)(&Hit { s, base, m, c: &c }));
            }
        }
    }
}

/// Keys where patterns that start with a number may start.
const DIGITS: &[&str] = &["#"];

/// The date patterns, in the order their pieces are listed (which breaks ties in
/// [`drop_overlaps`]).
static DATE_RULES: &[Rule<Piece>] = &[
    // "23/12/2025", "12-6-90"
    Rule {
        re: &RE_NUM_DATE,
        starts: DIGITS,
        need: digits_then_sep,
        bounds: Bounds::Own,
        build: num_date,
    },
    // "2025-12-23"
    Rule {
        re: &RE_ISO_DATE,
        starts: DIGITS,
        need: |w| after_digits(w) == (Some(b'-'), 4),
        bounds: Bounds::Num,
        build: iso_date,
    },
    // "12.1", "22-12" (weak)
    Rule {
        re: &RE_DAY_MONTH,
        starts: DIGITS,
        need: digits_then_sep,
        bounds: Bounds::Num,
        build: day_month,
    },
    // "từ ngày 12 đến 16/11", "ngày 12-13/12/2025"
    Rule {
        re: &RE_DAY_RANGE,
        starts: &["#", "từ", "ngày"],
        need: |w| has_sep(w) && digit_count(w) >= 3,
        bounds: Bounds::Num,
        build: day_range,
    },
    // "9/2025"
    Rule {
        re: &RE_MONTH_YEAR_NUM,
        starts: DIGITS,
        need: |w| after_digits(w).0 == Some(b'/'),
        bounds: Bounds::Num,
        build: month_year_num,
    },
    // "mồng 2 tháng 9 năm 1945", "ngày hai tháng ba"
    Rule {
        re: &RE_VERBAL_DATE,
        starts: &["#", "mồng", "mùng", "*num"],
        need: |w| w.contains("tháng"),
        bounds: Bounds::Word,
        build: verbal_date,
    },
    // "tháng 9/2025", "tháng ba tới"
    Rule { re: &RE_MONTH, starts: &["tháng"], need: any, bounds: Bounds::Word, build: month },
    // "giai đoạn 2025 - 2030"
    Rule {
        re: &RE_PERIOD,
        starts: &["#", "giai", "nhiệm", "thời", "niên", "năm", "mùa", "khóa", "từ", "trong"],
        need: |w| digit_count(w) >= 8,
        bounds: Bounds::NumWord,
        build: period,
    },
    // "năm 2025", "tầm nhìn đến năm 2045"
    Rule {
        re: &RE_YEAR,
        starts: &[
            "tầm", "đến", "tới", "từ", "trước", "sau", "vào", "cuối", "đầu", "giữa", "trong",
            "hết", "suốt", "niên", "năm",
        ],
        need: |w| digit_count(w) >= 4,
        bounds: Bounds::Word,
        build: year,
    },
    // "Tết Nguyên đán 2026"
    Rule { re: &RE_TET_YEAR, starts: &["tết"], need: any, bounds: Bounds::Word, build: tet_year },
    // "quý III/2025"
    Rule { re: &RE_QUARTER, starts: &["quý"], need: any, bounds: Bounds::Word, build: quarter },
    // "quý tới", "năm ngoái", "tuần sau", "tháng trước"
    Rule {
        re: &RE_REL_QUARTER,
        starts: &["quý"],
        need: any,
        bounds: Bounds::Word,
        build: |h| relative(h, rel_quarter),
    },
    Rule {
        re: &RE_REL_YEAR,
        starts: &["năm"],
        need: any,
        bounds: Bounds::Word,
        build: |h| relative(h, rel_year),
    },
    Rule {
        re: &RE_REL_WEEK,
        starts: &["tuần"],
        need: any,
        bounds: Bounds::Word,
        build: |h| relative(h, rel_week),
    },
    Rule {
        re: &RE_REL_MONTH,
        starts: &["tháng"],
        need: any,
        bounds: Bounds::Word,
        build: |h| relative(h, rel_month),
    },
    // "hôm qua", "ngày mai", "sáng nay"
    Rule {
        re: &RE_REL_DAY,
        starts: &["ngày", "hôm", "bữa", "sáng", "trưa", "chiều", "tối", "đêm"],
        need: any,
        bounds: Bounds::Word,
        build: rel_day,
    },
    // "thứ Ba", "chủ nhật tuần tới"
    Rule {
        re: &RE_WEEKDAY,
        starts: &["thứ", "chủ", "chúa"],
        need: any,
        bounds: Bounds::Word,
        build: weekday,
    },
    // "tuần đầu tiên của tháng 9"
    Rule {
        re: &RE_WEEK_OF_MONTH,
        starts: &["tuần"],
        need: any,
        bounds: Bounds::Word,
        build: week_of_month,
    },
    // "ngày cuối cùng của tháng 3"
    Rule {
        re: &RE_FIRST_DAY_OF_MONTH,
        starts: &["ngày"],
        need: any,
        bounds: Bounds::Word,
        build: first_day,
    },
    // "mùng 6 Tết", "mồng 2 Tết Đinh Dậu"
    Rule {
        re: &RE_TET_DAY,
        starts: &["mồng", "mùng"],
        need: |w| w.contains("tết"),
        bounds: Bounds::Word,
        build: tet_day,
    },
    // "tháng 8 năm ngoái", "tháng ba năm tới"
    Rule {
        re: &RE_MONTH_REL_YEAR,
        starts: &["tháng"],
        need: |w| w.contains("năm"),
        bounds: Bounds::Word,
        build: month_of_rel_year,
    },
    // "thập niên 1990", "những năm 90 của thế kỷ trước"
    Rule {
        re: &RE_DECADE,
        starts: &["thập", "những", "các"],
        need: |w| digit_count(w) >= 2,
        bounds: Bounds::NumWord,
        build: decade,
    },
    // "lễ Giáng sinh", "Noel"
    Rule {
        re: &RE_HOLIDAY,
        starts: &["ngày", "lễ", "giáng", "noel"],
        need: any,
        bounds: Bounds::Word,
        build: |h| Some(Piece::sure(h.m.clone(), When::Date { y: None, m: 12, d: 25 })),
    },
];

/// Recognise all time expressions in the document's readable lines: the date rules, the clock
/// times, then the bare years.
pub fn pieces(doc: &Doc) -> Vec<Piece> {
    let s = doc.lower.as_str();
    let ix = Starts::new(doc);
    let mut out: Vec<Piece> = Vec::new();
    run_rules(s, &ix, DATE_RULES, &mut out);
    times(s, &ix, &mut out);
    run_rules(s, &ix, YEAR_RULES, &mut out);
    out
}

/// "23/12/2025", "12/6/1990-12/6/2017": two full dates joined by a dash are a range, each a
/// date (the first its origin).
fn num_date(h: &Hit) -> Option<Piece> {
    let (s, m) = (h.s, &h.m);
    let (range_start, range_end) = (full_date_at(s, m.end), full_date_before(s, m.start));
    let bounds = (range_end || num_start_ok(s, m.start)) && (range_start || num_end_ok(s, m.end));
    if h.at(2) != h.at(4) || !bounds {
        return None;
    }
    let (d, mo, y) = (h.num(1), h.num(3), expand_year(h.at(5))?);
    Ymd::new(y, mo, d)?;
    let mut p = Piece::sure(m.clone(), When::Date { y: Some(y), m: mo, d });
    p.origin = range_start;
    Some(p)
}

/// "2025-12-23".
fn iso_date(h: &Hit) -> Option<Piece> {
    let (y, mo, d) = (h.num(1), h.num(2), h.num(3));
    Ymd::new(y, mo, d)?;
    Some(Piece::sure(h.m.clone(), When::Date { y: Some(y), m: mo, d }))
}

/// "12.1": a day and month, weak until the context confirms it.
fn day_month(h: &Hit) -> Option<Piece> {
    let (d, mo) = (h.num(1), h.num(3));
    valid_day_month(mo, d)
        .then(|| Piece { weak: true, ..Piece::new(h.m.clone(), When::Date { y: None, m: mo, d }) })
}

/// "từ ngày 12 đến 16/11", "ngày 12-13/12/2025": the first day takes the month (and year)
/// of the second, which the day-month pattern reads on its own.
fn day_range(h: &Hit) -> Option<Piece> {
    if h.get(5).is_some_and(|g| g != h.at(3)) {
        return None;
    }
    let (d1, d2, mo): (u32, u32, u32) = (h.num(1), h.num(2), h.num(4));
    if !valid_day_month(mo, d1) || !valid_day_month(mo, d2) || d1 >= d2 {
        return None;
    }
    let first_end = h.end(1).unwrap_or(h.base);
    Some(Piece::sure(h.m.start..first_end, When::Date { y: h.first(&[6]), m: mo, d: d1 }))
}

/// "9/2025", unless a legal number ("số 15/2020") or a ratio precedes it.
fn month_year_num(h: &Hit) -> Option<Piece> {
    let (mo, y): (u32, i32) = (h.num(1), h.num(2));
    let legal = matches!(h.prev_word(), "số" | "định" | "quyết" | "thị" | "tư" | "luật" | "lệnh");
    if !(1..=12).contains(&mo) || !(1900..=2100).contains(&y) || legal {
        return None;
    }
    Some(Piece::sure(h.m.clone(), When::Month { y: Some(y), m: mo, next: false }))
}

/// "mồng 2 tháng 9 năm 1945", "ngày hai tháng ba": a day in words needs "mồng" or "ngày".
fn verbal_date(h: &Hit) -> Option<Piece> {
    let day_tok = h.at(2);
    let has_mong = h.get(1).is_some();
    let numeric_day = day_tok.chars().all(|ch| ch.is_ascii_digit());
    let pw = h.prev_word();
    // a day in words needs "mồng" or "ngày"; a day in digits, no number word before it
    let day_read = if numeric_day { !is_numeral_word(pw) } else { pw == "ngày" };
    if !has_mong && !day_read {
        return None;
    }
    let (d, mo) = (day_word(day_tok)?, month_word(h.at(3))?);
    if !valid_day_month(mo, d) {
        return None;
    }
    Some(Piece::sure(h.m.clone(), When::Date { y: h.first(&[4, 5]), m: mo, d }))
}

/// "tháng 9/2025", "tháng ba tới" — not "tháng một lần" (once a month).
fn month(h: &Hit) -> Option<Piece> {
    if blocks_relative(h.prev_word()) || names_an_event(h.s, h.m.start) {
        return None;
    }
    let mo = month_word(h.at(1))?;
    let y = h.first(&[2, 3]);
    let next = h.get(4).is_some_and(|x| matches!(x, "tới" | "sau"));
    let once =
        !h.at(1).chars().all(|ch| ch.is_ascii_digit()) && h.after().trim_start().starts_with("lần");
    if y.is_none() && once {
        return None;
    }
    Some(Piece::sure(h.m.clone(), When::Month { y, m: mo, next }))
}

/// "mùng 6 Tết", "mồng 2 Tết Đinh Dậu", "mùng 1 Tết 2018": a day of the lunar new year.
fn tet_day(h: &Hit) -> Option<Piece> {
    let d = day_word(h.at(1)).filter(|d| (1..=10).contains(d))?;
    const STEMS: [&str; 10] =
        ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];
    const BRANCHES: [&str; 12] =
        ["tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"];
    let branch = |w: &str| match w {
        "mẹo" => Some(3),
        "tị" => Some(5),
        _ => BRANCHES.iter().position(|b| *b == w).map(|i| i as u32),
    };
    let cycle = match (h.get(2), h.get(3)) {
        (Some(s), Some(b)) => Some((STEMS.iter().position(|x| *x == s)? as u32, branch(b)?)),
        _ => None,
    };
    Some(Piece::sure(h.m.clone(), When::TetDay { d, y: h.first(&[4]), cycle }))
}

/// "tháng 8 năm ngoái": the month of a year counted from the reference's.
fn month_of_rel_year(h: &Hit) -> Option<Piece> {
    if blocks_relative(h.prev_word()) || names_an_event(h.s, h.m.start) {
        return None;
    }
    let m = month_word(h.at(1))?;
    let off = rel_year_offset(h.at(2))?;
    Some(Piece::sure(h.m.clone(), When::MonthOfRelYear { m, off }))
}

/// "thập niên 1990", "những năm 1950", "thập niên 90 (của thế kỷ trước)": the decade as a
/// period of years ("1990/1999"). A two-digit decade is of the twentieth century unless the
/// text says the twenty-first.
fn decade(h: &Hit) -> Option<Piece> {
    let n: i32 = h.num(1);
    let start = match (h.at(1).len(), h.get(2)) {
        (4, _) => n,
        (_, Some("xxi" | "21")) => 2000 + n,
        _ => 1900 + n,
    };
    if start % 10 != 0 || !(1000..=2100).contains(&start) {
        return None;
    }
    Some(Piece::sure(h.m.clone(), When::Period(start, start + 9)))
}

/// True when the month at `at` is part of the name of a revolution ("Cách mạng tháng Mười",
/// "Cách mạng Tháng Tám"): a name, not a date.
fn names_an_event(s: &str, at: usize) -> bool {
    s.get(..at).is_some_and(|h| h.trim_end().ends_with("cách mạng"))
}

/// "giai đoạn 2025 - 2030".
fn period(h: &Hit) -> Option<Piece> {
    let (a, b): (i32, i32) = (h.num(2), h.num(3));
    if !(1800..=2200).contains(&a) || b <= a || b > a + 100 {
        return None;
    }
    Some(Piece::sure(h.m.clone(), When::Period(a, b)))
}

/// "năm 2025", "tầm nhìn đến năm 2045": targets and starting points are marked, since they
/// are not the year a passage is about; "đến 2030 người" is a count.
fn year(h: &Hit) -> Option<Piece> {
    if !num_bounds_ok(h.s, h.start(2).unwrap_or(h.m.start), h.m.end) {
        return None;
    }
    let y: i32 = h.num(2);
    if !(1000..=2200).contains(&y) {
        return None;
    }
    let prefix = h.at(1);
    if matches!(prefix, "đến" | "tới") {
        // a bare "đến 2030" is a target year only when it reads as one
        let after = h.after().trim_start();
        let word_follows =
            after.starts_with(|ch: char| ch.is_alphabetic()) && !after.starts_with("tầm");
        if word_follows && crate::lexicon::units::starts_with_unit(h.after()) {
            return None;
        }
    }
    let mut p = Piece::sure(h.m.clone(), When::Year(y));
    // "(tính) đến hết năm 2017" closes the period a passage is about: not a target
    p.target = prefix.starts_with("tầm nhìn")
        || (prefix.starts_with("đến") || prefix.starts_with("tới")) && !prefix.contains("hết")
        || prefix == "từ năm";
    Some(p)
}

/// "Tết Nguyên đán 2026": the year of that Tết.
fn tet_year(h: &Hit) -> Option<Piece> {
    Some(Piece::sure(h.m.clone(), When::Year(h.num(1))))
}

/// "quý III/2025", "quý một năm 2024".
fn quarter(h: &Hit) -> Option<Piece> {
    let q = match h.at(1) {
        "1" | "i" | "một" | "nhất" => 1,
        "2" | "ii" | "hai" => 2,
        "3" | "iii" | "ba" => 3,
        "4" | "iv" | "bốn" | "tư" => 4,
        _ => return None,
    };
    Some(Piece::sure(h.m.clone(), When::Quarter { y: h.first(&[2, 3]), q }))
}

/// A relative expression of one captured word ("năm ngoái"), read by `read`; not after a
/// count or quantifier ("những năm tới").
fn relative(h: &Hit, read: fn(&str) -> Option<When>) -> Option<Piece> {
    if blocks_relative(h.prev_word()) {
        return None;
    }
    read(h.at(1)).map(|w| Piece::sure(h.m.clone(), w))
}

fn rel_quarter(w: &str) -> Option<When> {
    Some(When::RelQuarter(match w {
        "này" | "nay" | "hiện tại" => 0,
        "sau" | "tới" | "tiếp theo" | "tiếp" => 1,
        "trước" | "vừa qua" => -1,
        _ => return None,
    }))
}

fn rel_year(w: &str) -> Option<When> {
    rel_year_offset(w).map(When::RelYear)
}

/// The offset of "nay", "ngoái", "tới" … after "năm".
fn rel_year_offset(w: &str) -> Option<i64> {
    Some(match w {
        "nay" => 0,
        "ngoái" | "trước" => -1,
        "sau" | "tới" | "tiếp theo" | "kế tiếp" => 1,
        _ => return None,
    })
}

/// The offset of "này", "trước", "sau" … after a week or a month.
fn rel_offset(w: &str) -> Option<i64> {
    Some(match w {
        "này" => 0,
        "trước" => -1,
        "sau" | "tới" | "kế tiếp" | "tiếp theo" => 1,
        _ => return None,
    })
}

fn rel_week(w: &str) -> Option<When> {
    rel_offset(w).map(When::RelWeek)
}

fn rel_month(w: &str) -> Option<When> {
    rel_offset(w).map(When::RelMonth)
}

/// "hôm qua", "ngày mai", "bữa nay", "sáng nay" (with its part of the day).
fn rel_day(h: &Hit) -> Option<Piece> {
    let text = &h.s[h.m.clone()];
    let (n, pod) = if let Some(w) = h.get(1) {
        (
            match w {
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
        let n = match h.get(3) {
            Some("qua") => -1,
            Some("mai") => 1,
            _ => 0,
        };
        (n, h.get(2).and_then(Pod::from_word))
    };
    Some(Piece { pod, ..Piece::sure(h.m.clone(), When::RelDay(n)) })
}

/// Words before a bare weekday that make it a date ("vào thứ Ba").
const WEEKDAY_CUES: &[&str] =
    &["vào", "hôm", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "từ", "đến", "tới", "sang"];

/// "thứ Ba", "chủ nhật tuần tới" — not a rank ("hạng thứ ba", "lần thứ hai"); a bare weekday is
/// weak unless a cue word precedes it.
fn weekday(h: &Hit) -> Option<Piece> {
    let wd = match h.get(1) {
        Some(w) => weekday_word(w)?,
        None => 7,
    };
    let pw = h.prev_word();
    if matches!(pw, "lần" | "hạng" | "là" | "đứng" | "xếp" | "vị") {
        return None;
    }
    let rel = match (h.get(2), h.get(3)) {
        (Some("này"), _) => WdRel::ThisWeek,
        (Some("trước"), _) => WdRel::LastWeek,
        (Some(_), _) => WdRel::NextWeek,
        (None, Some("tới")) => WdRel::Next,
        (None, Some("này")) => WdRel::ThisWeek,
        (None, Some(_)) => WdRel::Last,
        (None, None) => WdRel::Bare,
    };
    let bare = rel == WdRel::Bare;
    Some(Piece {
        weak: bare,
        confirmed: !bare || WEEKDAY_CUES.contains(&pw),
        ..Piece::new(h.m.clone(), When::Weekday { wd, rel })
    })
}

/// "tuần đầu tiên của tháng 9 năm 2017".
fn week_of_month(h: &Hit) -> Option<Piece> {
    let n = match h.at(1) {
        "đầu tiên" | "đầu" | "thứ nhất" => 1,
        "thứ hai" => 2,
        "thứ ba" => 3,
        "thứ tư" => 4,
        _ => 5, // last
    };
    let mo = month_word(h.at(2))?;
    Some(Piece::sure(h.m.clone(), When::WeekOfMonth { n, y: h.first(&[3, 4]), m: mo }))
}

/// "ngày đầu tiên của tháng 3", "ngày cuối tháng 2" (day 0: the last, resolved later).
fn first_day(h: &Hit) -> Option<Piece> {
    let mo = month_word(h.at(2))?;
    let d = if h.at(1).starts_with("cuối") { 0 } else { 1 };
    Some(Piece::sure(h.m.clone(), When::Date { y: h.first(&[3]), m: mo, d }))
}

/// A clock time before its context is read: where, the time, and whether it has minutes.
struct Clock {
    range: Range<usize>,
    time: Time,
    has_min: bool,
}

/// The clock patterns, in order.
static CLOCK_RULES: &[Rule<Clock>] = &[
    // "21:56", "12:52:07"
    Rule {
        re: &RE_CLOCK,
        starts: DIGITS,
        need: |w| after_digits(w).0 == Some(b':'),
        bounds: Bounds::Num,
        build: colon_time,
    },
    // "9 giờ", "2 giờ rưỡi", "8 giờ kém 15"
    Rule {
        re: &RE_GIO,
        starts: &["#", "*num"],
        need: |w| w.contains("giờ"),
        bounds: Bounds::Word,
        build: gio_time,
    },
    // "9h30", "14g"
    Rule {
        re: &RE_HG,
        starts: DIGITS,
        need: |w| matches!(after_digits(w).0, Some(b'h' | b'g')),
        bounds: Bounds::Num,
        build: hg_time,
    },
];

/// "21:56", "12:52:07" — not a rule or a number ("điều lệ 3:2", "số 1:20").
fn colon_time(h: &Hit) -> Option<Clock> {
    let (hr, mi): (u32, u32) = (h.num(1), h.num(2));
    let sec: Option<u32> = h.get(3).and_then(|x| x.parse().ok());
    if hr > 23 || mi > 59 || sec.is_some_and(|x| x > 59) || matches!(h.prev_word(), "lệ" | "số")
    {
        return None;
    }
    Some(Clock { range: h.m.clone(), time: Time { h: hr, m: Some(mi), s: sec }, has_min: true })
}

/// "9 giờ", "9 giờ 30 phút", "2 giờ rưỡi", "8 giờ kém 15" (7:45).
fn gio_time(h: &Hit) -> Option<Clock> {
    let mut hr = hour_word(h.at(1))?;
    let mut mi = None;
    if let Some(x) = h.get(2) {
        mi = Some(x.parse::<u32>().ok().filter(|&v| v < 60)?);
    } else if h.get(3).is_some() {
        mi = Some(30);
    } else if let Some(x) = h.get(4) {
        let k: u32 = x.parse().unwrap_or(99);
        if k == 0 || k >= 60 || hr == 0 {
            return None;
        }
        hr -= 1;
        mi = Some(60 - k);
    }
    if hr > 24 {
        return None;
    }
    Some(Clock {
        range: h.m.clone(),
        time: Time { h: hr % 24, m: mi, s: None },
        has_min: mi.is_some(),
    })
}

/// "9h30", "9h", "14g30" ("g" needs its minutes).
fn hg_time(h: &Hit) -> Option<Clock> {
    let hr: u32 = h.num(1);
    let mi: Option<u32> = h.first(&[3, 4]);
    if hr > 23 || mi.is_some_and(|x| x > 59) || (h.at(2) == "g" && mi.is_none()) {
        return None;
    }
    Some(Clock { range: h.m.clone(), time: Time { h: hr, m: mi, s: None }, has_min: mi.is_some() })
}

/// Clock times, each with the part of the day and time zone after it ("9 giờ sáng mai",
/// "12:52 GMT+7"); an hour without minutes, a part of the day or a cue word is weak.
fn times(s: &str, ix: &Starts, out: &mut Vec<Piece>) {
    let mut found: Vec<Clock> = Vec::new();
    run_rules(s, ix, CLOCK_RULES, &mut found);
    out.extend(found.into_iter().map(|c| clock_piece(s, c)));
}

/// A clock time as a piece, with what follows it read.
fn clock_piece(s: &str, Clock { range: mut r, time: mut t, has_min }: Clock) -> Piece {
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
    let pw = prev_word(s, r.start);
    let cue =
        matches!(pw, "lúc" | "vào" | "khoảng" | "đúng" | "từ" | "đến" | "tới" | "hồi" | "chừng");
    let confirmed = has_min || pod.is_some() || cue;
    Piece {
        time: Some(t),
        pod,
        confirmed,
        weak: !confirmed,
        ..Piece::new(r, rel_day.map(When::RelDay).unwrap_or(When::TimeOnly))
    }
}

/// Words before a four-digit number that make it a count or a code, not a year.
const NOT_YEAR_AFTER: &[&str] = &[
    "số", "mã", "lần", "hạng", "khoảng", "hơn", "gần", "trên", "dưới", "có", "đạt", "gồm", "với",
    "chừng", "tổng", "lên", "xuống", "tăng", "giảm", "thu", "đón", "tiếp", "xấp", "xỉ",
];

/// The bare-year pattern, tried last.
static YEAR_RULES: &[Rule<Piece>] = &[Rule {
    re: &RE_BARE_YEAR,
    starts: DIGITS,
    need: |w| after_digits(w).1 == 4,
    bounds: Bounds::Num,
    build: bare_year,
}];

/// "2025" alone: a year from 1900 to 2100, not a count ("2025 người", "hơn 2025").
fn bare_year(h: &Hit) -> Option<Piece> {
    let y: i32 = h.num(1);
    if !(1900..=2100).contains(&y)
        || crate::lexicon::units::starts_with_unit(h.after())
        || NOT_YEAR_AFTER.contains(&h.prev_word())
    {
        return None;
    }
    Some(Piece::sure(h.m.clone(), When::Year(y)))
}

/// Keep the longest of overlapping pieces (earlier first on ties).
fn drop_overlaps(mut v: Vec<Piece>) -> Vec<Piece> {
    v.sort_by(|a, b| {
        (b.range.end - b.range.start)
            .cmp(&(a.range.end - a.range.start))
            .then(a.range.start.cmp(&b.range.start))
    });
    // the kept ranges do not overlap: by start, their ends increase too, so a new range overlaps
    // one of them exactly when it overlaps the last one starting before its end (empty ranges,
    // which no pattern matches, are kept apart to keep that true)
    let mut kept: Vec<Piece> = Vec::new();
    let mut by_start: std::collections::BTreeMap<usize, usize> = Default::default();
    let mut empty: std::collections::BTreeSet<usize> = Default::default();
    for p in v {
        let r = p.range.clone();
        let hit = by_start.range(..r.end).next_back().is_some_and(|(_, &e)| e > r.start)
            || (r.start < r.end && empty.range(r.start + 1..r.end).next().is_some());
        if !hit {
            if r.is_empty() {
                empty.insert(r.start);
            } else {
                by_start.insert(r.start, r.end);
            }
            kept.push(p);
        }
    }
    kept.sort_by_key(|p| p.range.start);
    kept
}

/// The prefixes a piece may take: the word, the part of the day it names, and whether it goes
/// before a clock time (else before a date).
const PREFIXES: &[(&str, Option<Pod>, bool)] = &[
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
];

/// Extend pieces leftwards over prefixes ("ngày", "hôm", "sáng", "vào lúc", "Thứ Ba, ")
/// that are not part of another piece; a prefix confirms a weak piece.
fn absorb_prefixes(s: &str, v: &mut [Piece]) {
    for i in 0..v.len() {
        let floor = if i == 0 { 0 } else { v[i - 1].range.end };
        while take_prefix(s, floor, &mut v[i]) {}
        confirm_by_context(s, &mut v[i]);
    }
}

/// Extend `p` over one prefix of [`PREFIXES`] before it (not before `floor`); true when it
/// took one. Failing that, a "vào" before a confirmed piece joins it ("vào ngày …").
fn take_prefix(s: &str, floor: usize, p: &mut Piece) -> bool {
    let Some(head) = s.get(floor..p.range.start) else { return false };
    let trimmed = head.trim_end_matches(' ');
    if trimmed.len() == head.len() && !head.is_empty() {
        return false; // glued: no space before the piece
    }
    let is_date_like = matches!(p.when, When::Date { .. } | When::Weekday { .. } | When::RelDay(_));
    let is_time = p.time.is_some() && p.when == When::TimeOnly;
    let takes_pod = matches!(p.when, When::Date { .. } | When::Weekday { .. });
    for &(word, pod, for_time) in PREFIXES {
        if (for_time && !is_time) || (!for_time && !is_date_like) || !trimmed.ends_with(word) {
            continue;
        }
        let ws = trimmed.len() - word.len();
        if (ws > 0 && alnum(char_before(trimmed, ws))) || (pod.is_some() && !takes_pod) {
            continue;
        }
        p.range.start = floor + ws;
        p.pod = p.pod.or(pod);
        p.confirmed = true;
        return true;
    }
    if trimmed.ends_with("vào") && p.confirmed {
        let ws = trimmed.len() - "vào".len();
        if ws == 0 || !alnum(char_before(trimmed, ws)) {
            p.range.start = floor + ws;
        }
    }
    false
}

/// Brackets confirm a piece ("(12.1)", "(thứ sáu)"), and so do context words before a weak one.
fn confirm_by_context(s: &str, p: &mut Piece) {
    let r = p.range.clone();
    if char_before(s, r.start) == Some('(') && char_after(s, r.end) == Some(')') {
        p.confirmed = true;
    }
    if p.weak && !p.confirmed {
        let pw = prev_word(s, r.start);
        if matches!(
            pw,
            "vào" | "từ" | "đến" | "tới" | "trước" | "sau" | "hết" | "nay" | "mồng" | "mùng"
        ) {
            p.confirmed = true;
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
                    ", vào", "cùng", ", cùng",
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
    listed_days(s, &mut v);
    same_day(s, &mut v);
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
    v.retain(|p| (!p.weak || p.confirmed) && !lunar(s, p));
    v
}

/// A day or month of the lunar calendar ("tháng 7 (âm lịch)", "ngày 15 tháng Giêng âm lịch"):
/// not a calendar value.
fn lunar(s: &str, p: &Piece) -> bool {
    matches!(p.when, When::Date { .. } | When::Month { .. })
        && s.get(p.range.end..)
            .map(|a| head(a, 24).trim_start_matches([' ', '(']))
            .is_some_and(|a| a.starts_with("âm lịch") || a.starts_with("al)"))
}

/// Days listed before a day-month take its month (and year): "trong hai ngày 3 và 4-6",
/// "đêm 9 và rạng sáng 10-2", "các ngày 5, 6 và 7/8" are dates of June, February, August. The
/// day-month is then confirmed; the listed days not read already become pieces.
fn listed_days(s: &str, v: &mut Vec<Piece>) {
    let mut found = Vec::new();
    for p in v.iter_mut() {
        let When::Date { y, m, .. } = p.when else { continue };
        let mut floor = p.range.start.saturating_sub(64);
        while !s.is_char_boundary(floor) {
            floor += 1;
        }
        let Some(days) = s
            .get(floor..p.range.start)
            .and_then(|before| RE_LISTED_DAYS.captures(before))
            .and_then(|c| c.get(1))
        else {
            continue;
        };
        p.confirmed = true;
        let base = floor + days.start();
        let list = days.as_str();
        let mut i = 0;
        while let Some(off) = list[i..].find(|c: char| c.is_ascii_digit()) {
            let start = i + off;
            let end =
                list[start..].find(|c: char| !c.is_ascii_digit()).map_or(list.len(), |e| start + e);
            if let Ok(day) = list[start..end].parse::<u32>() {
                if valid_day_month(m, day) {
                    let when = When::Date { y, m, d: day };
                    found.push(Piece::sure(base + start..base + end, when));
                }
            }
            i = end;
        }
    }
    let overlaps =
        |p: &Piece, q: &Piece| p.range.start < q.range.end && q.range.start < p.range.end;
    // `v` is in text order and its pieces do not overlap (their ends increase too): a day
    // overlaps one of them exactly when it overlaps the last one starting before its end
    found.retain(|q| {
        let k = v.partition_point(|p| p.range.start < q.range.end);
        k == 0 || !overlaps(&v[k - 1], q)
    });
    found.sort_by_key(|p| p.range.start);
    found.dedup_by(|a, b| overlaps(a, b));
    if !found.is_empty() {
        v.extend(found);
        v.sort_by_key(|p| p.range.start);
    }
}

/// A clock time of "cùng ngày" (the same day: "Lúc 18 giờ 30 tối cùng ngày", "14h cùng ngày")
/// is on the day of the last date before it.
fn same_day(s: &str, v: &mut [Piece]) {
    let mut last_day = None;
    for p in v.iter_mut() {
        match p.when {
            When::Date { .. } => last_day = Some(p.when),
            When::TimeOnly if p.time.is_some() => {
                let after = s.get(p.range.end..).unwrap_or("");
                let gap = after.len() - after.trim_start().len();
                if let (Some(day), true) = (last_day, after.trim_start().starts_with("cùng ngày"))
                {
                    p.when = day;
                    p.range.end += gap + "cùng ngày".len();
                    p.confirmed = true;
                    p.same_day = true;
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::resolve::resolve;
    use crate::time::scope::YearScope;

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
