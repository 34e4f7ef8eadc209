//! The article card: headline, publication date and time, authors, source, photo credits.
//!
//! The header zone is the run of lines before the first real paragraph (at most eight
//! lines): there a line is a dateline ("Thứ Ba, 23/12/2025", "12/01/2025 12:52 GMT+7"), a
//! byline ("Thanh Thủy"), or the headline (possibly with a dateline appended:
//! "… phát triển 22/12/2025 19:01"). The footer zone (the last lines before boilerplate)
//! may hold a byline ("Minh Thư") or a source ("Theo TTXVN"). The source is also read from
//! the lead ("(PLO)-", "(Hochiminhcity.gov.vn) –"), photo credits from "Ảnh: NAME" anywhere.
//!
//! Lines and ranges read here are re-labelled in the document (title, dateline, byline,
//! credit) and masked, so that names in bylines and credits do not become people.

use crate::model::{Article, OrganizationKind};
use crate::text::document::Doc;
use crate::text::segment::LineKind;
use crate::time::calendar::{parse_iso_date, Ymd};
use crate::time::dates::{Piece, When};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// What the article reader found, beyond the contract's `Article`.
pub struct ArticleInfo {
    pub article: Article,
    pub title_range: Option<Range<usize>>,
    /// The date relative expressions resolve against.
    pub reference: Option<Ymd>,
}

static RE_LEAD_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^()\n]{0,40}?\(([^()\n]{2,60})\) *[-–—:]").expect("valid source pattern")
});
static RE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[ (.\-–|])(?:nguồn ảnh|ảnh minh họa|ảnh|photo|\(nguồn) *: *([^()\n|]+)")
        .expect("valid credit pattern")
});
static RE_TZ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:gmt|utc) *([+\-]) *([0-9]{1,2})(?::?([0-9]{2}))?").expect("valid tz pattern")
});

const DATELINE_WORDS: &[&str] = &[
    "cập",
    "nhật",
    "đăng",
    "lúc",
    "ngày",
    "giờ",
    "gmt",
    "utc",
    "thứ",
    "hai",
    "ba",
    "tư",
    "năm",
    "sáu",
    "bảy",
    "chủ",
    "cn",
    "update",
    "updated",
    "published",
    "posted",
    "am",
    "pm",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "ict",
];

const BYLINE_PREFIXES: &[&str] = &[
    "bài và ảnh:",
    "bài, ảnh:",
    "bài/ảnh:",
    "tin và ảnh:",
    "tin, ảnh:",
    "tin/ảnh:",
    "tin:",
    "bài:",
    "tác giả:",
    "nhóm phóng viên",
    "nhóm pv",
    "phóng viên:",
    "pv:",
    "ctv:",
];

/// Does "ảnh" or "photo" stand before a colon somewhere in this lower-cased line? (The cheap
/// test before the credit pattern: "ảnh" alone is everywhere, in "hình ảnh", "ảnh hưởng".)
fn has_credit_label(lower: &str) -> bool {
    ["ảnh", "photo", "(nguồn"].iter().any(|label| {
        lower.match_indices(label).any(|(at, l)| {
            let after = lower[at + l.len()..].trim_start_matches(' ');
            after.strip_prefix("minh họa").unwrap_or(after).trim_start_matches(' ').starts_with(':')
        })
    })
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

/// A news agency or outlet of the organisation lexicon, named alone.
fn is_media_name(s: &str) -> bool {
    let t = s.trim();
    let lex = &*crate::entities::orgs::ORGS;
    lex.acronyms
        .get(t)
        .map(|&id| lex.entries[id as usize].kind == OrganizationKind::Media)
        .unwrap_or(false)
        || lex.entries.iter().any(|e| {
            // "Tiền Phong" for "Báo Tiền Phong": a paper is signed by its name alone
            let bare = e.name.strip_prefix("Báo ").unwrap_or(&e.name);
            e.kind == OrganizationKind::Media && (e.name == t || bare.eq_ignore_ascii_case(t))
        })
}

/// "Thanh Thủy", "MINH THƯ", "Nguyễn Văn A": 2 to 5 capitalised words of letters.
pub fn is_name_shaped(s: &str) -> bool {
    let ws = words(s);
    if !(2..=5).contains(&ws.len()) {
        return false;
    }
    ws.iter().all(|w| is_name_word(w))
}

/// A capitalised word of letters ("Thủy", "MINH").
fn is_name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '…', ':', ';', ','])
}

fn is_paragraph(s: &str) -> bool {
    words(s).len() > 35 || ends_sentence(s)
}

/// True when every word of the line is covered by a date piece or is a dateline word.
fn is_dateline(doc: &Doc, line: &Range<usize>, pieces: &[&Piece]) -> bool {
    if pieces.is_empty() {
        return false;
    }
    let mut rest = String::new();
    let mut pos = line.start;
    for p in pieces {
        if p.range.start > pos {
            rest.push_str(doc.lslice(pos..p.range.start));
            rest.push(' ');
        }
        pos = pos.max(p.range.end);
    }
    if pos < line.end {
        rest.push_str(doc.lslice(pos..line.end));
    }
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| DATELINE_WORDS.contains(&w) || w.chars().all(|c| c.is_ascii_digit()))
}

fn tz_of(doc: &Doc, r: &Range<usize>) -> Option<String> {
    let c = RE_TZ.captures(doc.lslice(r.clone()))?;
    let h: u32 = c[2].parse().ok()?;
    let m: u32 = c.get(3).and_then(|x| x.as_str().parse().ok()).unwrap_or(0);
    if h > 14 || m > 59 {
        return None;
    }
    Some(format!("{}{:02}:{:02}", &c[1], h, m))
}

/// A full date (with year) and optional time from a piece.
fn full_date(p: &Piece) -> Option<(Ymd, Option<(u32, u32)>)> {
    if let When::Date { y: Some(y), m, d } = p.when {
        let date = Ymd::new(y, m, d)?;
        let time = p.time.map(|t| (t.h, t.m.unwrap_or(0)));
        return Some((date, time));
    }
    None
}

fn format_published(date: Ymd, time: Option<(u32, u32)>, tz: Option<String>) -> String {
    match time {
        Some((h, m)) => format!("{}T{:02}:{:02}{}", date.iso(), h, m, tz.unwrap_or_default()),
        None => date.iso(),
    }
}

fn strip_byline_prefix(s: &str) -> &str {
    let lower = s.to_lowercase();
    for p in BYLINE_PREFIXES {
        if lower.starts_with(p) {
            // byte length of the prefix in the original equals that of the lower-cased form
            // for these ASCII/Vietnamese prefixes; fall back to the whole string otherwise
            return s.get(p.len()..).map(|r| r.trim()).unwrap_or(s);
        }
    }
    s
}

/// Split "Thanh Thủy (TTXVN)", "Minh Thư/TTXVN" into (author, source).
fn split_agency(s: &str) -> (&str, Option<&str>) {
    let t = s.trim();
    if let Some(open) = t.rfind('(') {
        if t.ends_with(')') {
            let agency = t[open + 1..t.len() - 1].trim();
            // "(từ La Haye, Hà Lan)", "(tổng hợp)": where from or how, not an agency
            let named = agency.starts_with(|c: char| !c.is_lowercase());
            return (t[..open].trim(), (!agency.is_empty() && named).then_some(agency));
        }
    }
    if let Some(slash) = t.rfind('/') {
        let agency = t[slash + 1..].trim();
        // "TTXVN", "VOV", "VOV-Trung tâm Tin": an acronym, maybe followed by its desk
        let acronym = agency.split(['-', '–', ' ']).next().unwrap_or("");
        if acronym.chars().count() >= 2 && acronym.chars().all(|c| c.is_uppercase() || c == '.') {
            return (t[..slash].trim(), Some(acronym));
        }
        // "Hoàng Trang/Báo Tin Tức": a paper of the lexicon, or one named as a paper
        let paper = ["Báo ", "Tạp chí ", "Đài "].iter().any(|p| agency.starts_with(p));
        if (paper && words(agency).len() <= 5) || is_media_name(agency) {
            return (t[..slash].trim(), Some(agency));
        }
    }
    (t, None)
}

/// Is `w` an acronym of capitals ("TTXVN", "VGP", "AFP")?
fn is_acronym_word(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// First words of titles and honorifics (lower case): a credit glued to the next sentence
/// ends before them ("Ảnh: Minh Anh Phó Thủ tướng …").
static TITLE_FIRST_WORDS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    let mut set: std::collections::HashSet<String> = crate::entities::titles::TITLES
        .heads
        .iter()
        .filter_map(|h| h.split_whitespace().next())
        .filter(|w| w.chars().count() > 1)
        .map(|w| w.to_lowercase())
        .collect();
    for w in ["phó", "nguyên", "ông", "bà", "đồng", "ngài", "đoàn", "quang", "toàn"] {
        set.insert(w.to_string());
    }
    set
});

/// The credit at the start of `s` (the text after "Ảnh:"), when the credit runs into the next
/// sentence: "Nhan Sáng/TTXVN Theo phóng viên …" → "Nhan Sáng/TTXVN", "P.Nam Cung cấp …" →
/// "P.Nam", "Ngự Bình-TTXVN tại Rome Tham dự …" → "Ngự Bình-TTXVN tại Rome". Returns the
/// byte length of the credit in `s`, or None when no credit of a name's shape starts `s`.
fn credit_prefix(s: &str) -> Option<usize> {
    let mut words: Vec<(usize, usize)> = Vec::new(); // byte ranges of the words taken
    let mut pos = 0;
    let mut items = s.split_whitespace().peekable();
    let mut after_agency = false;
    while let Some(w) = items.next() {
        let start = pos + s[pos..].find(w).unwrap_or(0);
        let end = start + w.len();
        pos = end;
        let core = w.trim_end_matches(['.', ',', ';', ':']);
        let first = core.chars().next();
        let capital = first.map(|c| c.is_uppercase()).unwrap_or(false);
        if after_agency {
            // "-TTXVN tại Rome"
            if core == "tại" {
                if let Some(next) = items.peek() {
                    if next.chars().next().map(|c| c.is_uppercase()).unwrap_or(false) {
                        let n = items.next().unwrap_or("");
                        let ns = pos + s[pos..].find(n).unwrap_or(0);
                        let n_core = n.trim_end_matches(['.', ',', ';', ':']);
                        words.push((start, ns + n_core.len()));
                    }
                }
            }
            break;
        }
        if !capital {
            // the last capitalised word starts the next sentence ("… Minh Anh Tại buổi …")
            if words.len() >= 2 {
                words.pop();
            }
            break;
        }
        if !words.is_empty()
            && !is_acronym_word(core)
            && TITLE_FIRST_WORDS.contains(&core.to_lowercase())
        {
            break;
        }
        words.push((start, start + core.len()));
        if words.len() > 6 {
            return None;
        }
        // "AP Kênh RT đưa tin …": an agency of the lexicon alone, then the next sentence
        let next_is_word = items.peek().is_some_and(|n| {
            n.starts_with(char::is_uppercase) && !is_acronym_word(n.trim_end_matches([',', '.']))
        });
        if words.len() == 1
            && core == w
            && next_is_word
            && is_acronym_word(core)
            && is_media_name(core)
        {
            break;
        }
        if core.len() < w.len() {
            break; // "Ảnh: Minh Anh." ends with its punctuation
        }
        // "Nhan Sáng/TTXVN", "Ngự Bình-TTXVN": an agency ends the credit
        let last_part = core.rsplit(['/', '-', '–']).next().unwrap_or("");
        if core.contains(['/', '-', '–']) && is_acronym_word(last_part) {
            after_agency = true;
        }
    }
    words.last().map(|&(_, e)| e)
}

/// Where a byline or a source glued to the end of a paragraph starts: after the last
/// sentence end ("… hiệu quả./. Lê Tuyết/VOV", "… doanh nghiệp. Đức Tuân").
fn tail_start(text: &str) -> Option<usize> {
    let t = text.trim_end();
    if ends_sentence(t) {
        return None;
    }
    let mut best = None;
    for (i, c) in t.char_indices() {
        if matches!(c, '.' | '!' | '?' | '…' | '”' | '"' | ')')
            && t[i + c.len_utf8()..].starts_with(' ')
        {
            best = Some(i + c.len_utf8());
        }
    }
    // a link (the references at the end: "[2] https://… Hồng Thủy") ends what comes before it
    if let Some(url) = t.rfind(" http").filter(|&u| best.map_or(true, |b| u >= b)) {
        best = t[url + 1..].find(' ').map(|sp| url + 1 + sp);
    }
    let b = best?;
    let tail = t[b..].trim();
    // a closing bracket ("VĂN YÊN (từ La Haye, Hà Lan)", "NM (Theo TASS)") does not count
    let core = match tail.rfind('(') {
        Some(open) if tail.ends_with(')') => &tail[..open],
        _ => tail,
    };
    if !tail.is_empty() && words(core).len() <= 8 {
        return Some(b);
    }
    // a caption before the byline: "… trên phim trường: Duy An Theo Mirror"
    let colon = tail.rfind(": ")? + 2;
    let after = &tail[colon..];
    (words(after).len() <= 6 && after.starts_with(char::is_uppercase))
        .then_some(b + (t[b..].len() - t[b..].trim_start().len()) + colon)
}

/// Where a byline that ends the text with a dash starts ("… ngày 23.05.2017 NT Nguyễn Thuận -"):
/// the two to four capitalised words of letters before the dash (a place ends them: "… F-22
/// Raptor Mỹ Phong Vân -" is a caption, then the writer).
fn dash_tail(text: &str) -> Option<usize> {
    let t = text.trim_end().strip_suffix(['-', '–'])?;
    if !t.ends_with(' ') {
        return None;
    }
    let t = t.trim_end();
    let ws: Vec<&str> = t.rsplit(' ').take(5).collect(); // the last words, last first
    let name_word = |w: &str| is_name_word(w) && !is_acronym_word(w);
    let mut n = 0;
    while n < ws.len().min(4) && name_word(ws[n]) {
        // a place, of one word or two ("Mỹ", "Nhật Bản"), ends the name
        let pair = ws.get(n + 1).map(|p| format!("{p} {}", ws[n]));
        if is_place_name(ws[n]) || pair.is_some_and(|p| is_place_name(&p)) {
            break;
        }
        n += 1;
    }
    // three or four words: the name starts at its family name ("Echigo Hồ Xuân Mai": a caption's
    // last word, then the writer), else it is the last two
    if n >= 3 {
        let surnames = &crate::lexicon::names::SURNAMES;
        n = (2..=n).rev().find(|&k| surnames.contains(&ws[k - 1].to_lowercase())).unwrap_or(2);
    }
    let len: usize = ws[..n].iter().map(|w| w.len() + 1).sum();
    (n >= 2).then(|| t.len() + 1 - len)
}

/// "Việt Cường/VOV Việt Cường/VOV": a byline written twice is read once.
fn undouble(s: &str) -> &str {
    let t = s.trim();
    let ws = words(t);
    // (one word twice is a name: "Quyên Quyên")
    let long = ws.len() >= 4 || ws.first().is_some_and(|w| w.contains(['/', '.']));
    if long && ws.len() % 2 == 0 && ws[..ws.len() / 2] == ws[ws.len() / 2..] {
        let half = ws[..ws.len() / 2].join(" ");
        if let Some(end) = t.find(&half).map(|p| p + half.len()) {
            return &t[..end];
        }
    }
    t
}

/// "H.L", "T.Minh", "H.Hòe": a byline of initials and a given name — one or more initials
/// (a capital, at most one small letter, a dot), an optional space, then a capitalised word.
/// Written by hand: the crate's `regex` is built without Unicode classes (size).
fn is_initial_name(s: &str) -> bool {
    let c: Vec<char> = s.chars().collect();
    let (mut i, mut initials) = (0, 0);
    loop {
        let start = i;
        if i < c.len() && c[i].is_uppercase() {
            i += 1;
            if i < c.len() && c[i].is_lowercase() {
                i += 1;
            }
            if i < c.len() && c[i] == '.' {
                i += 1;
                initials += 1;
                continue;
            }
        }
        i = start;
        break;
    }
    if initials == 0 {
        return false;
    }
    if i < c.len() && c[i] == ' ' {
        i += 1;
    }
    if i >= c.len() || !c[i].is_uppercase() {
        return false;
    }
    c[i + 1..].iter().all(|ch| ch.is_lowercase())
}

/// Is `s` exactly the name of a place of the lexicon ("Tây Bắc", "Hà Nội")?
fn is_place_name(s: &str) -> bool {
    let doc = Doc::new(s.trim());
    let places = &crate::entities::places::PLACES;
    places.gaz.longest_at(&doc, 0).is_some_and(|m| m.start == 0 && m.end == doc.tokens.len())
}

/// "NM (Theo TASS)", "PV (tổng hợp)": two or three capitals before a source in brackets, at
/// the end of the text, are a writer's initials.
fn initials_before_source(tail: &str) -> Option<(String, Option<String>)> {
    let (name, agency) = split_agency(tail);
    let n = name.chars().count();
    let caps = (2..=3).contains(&n) && name.chars().all(|c| c.is_uppercase());
    let agency = agency?.trim_start_matches("Theo ").trim_start_matches("theo ").trim();
    (caps && !agency.is_empty()).then(|| (name.to_string(), Some(agency.to_string())))
}

fn byline_author(line: &str) -> Option<(String, Option<String>)> {
    let core = strip_byline_prefix(undouble(line));
    let (name, agency) = split_agency(core);
    let lower = name.to_lowercase();
    if lower.starts_with("theo ") {
        return None; // "Theo TTVH" names a source
    }
    if is_initial_name(name) {
        return Some((name.to_string(), agency.map(str::to_string)));
    }
    if lower == "pv" || lower == "nhóm pv" || lower == "ctv" {
        return Some((name.to_string(), agency.map(str::to_string)));
    }
    if is_name_shaped(name) {
        return Some((name.to_string(), agency.map(str::to_string)));
    }
    None
}

/// The published date, its time (hour, minute) and its UTC offset as written.
type Published = (Ymd, Option<(u32, u32)>, Option<String>);

/// Read the article card and label header/footer lines in the document.
pub fn read(doc: &mut Doc, pieces: &[Piece], option_reference: Option<&str>) -> ArticleInfo {
    let content_lines: Vec<usize> =
        (0..doc.seg.lines.len()).filter(|&i| doc.seg.lines[i].kind != LineKind::Blank).collect();
    let mut card = Card::default();
    card.header_zone(doc, pieces, &content_lines);
    // the footer zone: the last few readable lines
    let footer: Vec<usize> = content_lines
        .iter()
        .rev()
        .copied()
        .filter(|&i| doc.seg.lines[i].kind != LineKind::Boilerplate)
        .take(3)
        .collect();
    card.footer_zone(doc, &footer);
    if let Some(&i) = footer.first() {
        card.glued_tail(doc, i);
    }
    card.lead_source(doc, &content_lines);
    card.photo_credits(doc);
    card.finish(doc, option_reference)
}

/// What reading the card has found so far: the card, the headline's range, the published
/// date, the ranges to mask (bylines, credits) and the lines to relabel.
#[derive(Default)]
struct Card {
    article: Article,
    title_range: Option<Range<usize>>,
    published: Option<Published>,
    masks: Vec<Range<usize>>,
    relabel: Vec<(usize, LineKind)>,
}

impl Card {
    /// Take a candidate published date unless one is known (a time for the same date refines it).
    fn consider_published(&mut self, cand: Option<(Ymd, Option<(u32, u32)>)>, tz: Option<String>) {
        if let Some((d, t)) = cand {
            let better = match &self.published {
                None => true,
                Some((pd, pt, _)) => pt.is_none() && t.is_some() && *pd == d,
            };
            if better {
                self.published = Some((d, t, tz));
            }
        }
    }

    fn relabelled(&self, i: usize) -> bool {
        self.relabel.iter().any(|(j, _)| *j == i)
    }

    /// Add a byline's author (once) and, when no source is known, its agency.
    fn add_author(&mut self, author: String, agency: Option<String>) {
        if !self.article.authors.contains(&author) {
            self.article.authors.push(author);
        }
        // "(Tổng hợp theo báo …)", "(Lược dịch)": how the piece was written, not its source
        let how = |a: &String| {
            let l = a.to_lowercase();
            l.starts_with("tổng hợp") || l.starts_with("lược dịch") || words(a).len() > 4
        };
        if self.article.source.is_none() {
            self.article.source = agency.filter(|a| !how(a));
        }
    }

    /// The header zone: datelines, bylines and the headline before the first paragraph.
    fn header_zone(&mut self, doc: &Doc, pieces: &[Piece], content_lines: &[usize]) {
        let mut seen_title = false;
        for &i in content_lines.iter().take(8) {
            let line = doc.seg.lines[i].clone();
            if line.kind == LineKind::Boilerplate {
                continue;
            }
            let text = doc.slice(line.range.clone()).to_string();
            // a headline may ask or exclaim ("… đậu xe ở đâu?"): a short first line is no
            // paragraph
            let question = !seen_title
                && (3..=25).contains(&words(&text).len())
                && text.trim_end().ends_with(['?', '!']);
            if is_paragraph(&text) && !question {
                break;
            }
            let r = &line.range;
            let ps: Vec<&Piece> = pieces
                .iter()
                .filter(|p| p.range.start >= r.start && p.range.end <= r.end)
                .collect();
            if is_dateline(doc, r, &ps) {
                let best = ps.iter().filter_map(|p| full_date(p)).max_by_key(|(_, t)| t.is_some());
                self.consider_published(best, tz_of(doc, r));
                self.relabel.push((i, LineKind::Dateline));
            } else if let Some((author, agency)) = byline_author(&text) {
                self.article.authors.push(author);
                if self.article.source.is_none() {
                    self.article.source = agency;
                }
                self.relabel.push((i, LineKind::Byline));
                self.masks.push(r.clone());
            } else if !seen_title
                && words(&text).len() >= 3
                && !text.trim_end().ends_with('|')
                && !text.starts_with('(')
            {
                seen_title |= self.headline(doc, i, r, ps.last().copied());
            }
        }
    }

    /// The headline on line `i` at `r`, less a dateline appended to it (`last`, the line's last
    /// piece); true when one is left.
    fn headline(&mut self, doc: &Doc, i: usize, r: &Range<usize>, last: Option<&Piece>) -> bool {
        let mut end = r.end;
        if let Some(last) = last {
            if last.range.end >= r.end.saturating_sub(1) && full_date(last).is_some() {
                self.consider_published(full_date(last), tz_of(doc, &last.range));
                end = last.range.start;
            }
        }
        let t = doc
            .slice(r.start..end)
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '|' | ','));
        if t.is_empty() {
            return false;
        }
        self.article.title = Some(t.to_string());
        self.title_range = Some(r.start..r.start + t.len());
        self.relabel.push((i, LineKind::Title));
        true
    }

    /// The footer zone (its lines last first): a source ("Theo …", "Nguồn: …", an outlet's
    /// name alone) or a byline.
    fn footer_zone(&mut self, doc: &Doc, footer: &[usize]) {
        for &i in footer.iter().rev() {
            if self.relabelled(i) {
                continue;
            }
            let line = doc.seg.lines[i].clone();
            let text = doc.slice(line.range.clone()).to_string();
            // (lower-cased only for the short lines: a footer line may be a long paragraph)
            if words(&text).len() > 8
                || ends_sentence(&text) && !text.to_lowercase().starts_with("theo ")
            {
                continue;
            }
            let lower = text.to_lowercase();
            if let Some(src) = lower.strip_prefix("theo ").or_else(|| lower.strip_prefix("nguồn:"))
            {
                let n = text.len() - src.len();
                let s = text[n..].trim().trim_end_matches('.').trim();
                if !s.is_empty() && self.article.source.is_none() {
                    self.article.source = Some(s.to_string());
                    self.relabel.push((i, LineKind::Byline));
                    self.masks.push(line.range.clone());
                }
                continue;
            }
            // a line naming only a news agency or outlet: "TTXVN", "VOV"
            if self.article.source.is_none() && is_media_name(&text) {
                self.article.source = Some(text.trim().to_string());
            } else if let Some((author, agency)) = byline_author(&text) {
                self.add_author(author, agency);
            } else {
                continue;
            }
            self.relabel.push((i, LineKind::Byline));
            self.masks.push(line.range.clone());
        }
    }

    /// A byline or source glued to the end of the last paragraph (line `i`).
    fn glued_tail(&mut self, doc: &Doc, i: usize) {
        let line = doc.seg.lines[i].clone();
        let text = doc.slice(line.range.clone()).to_string();
        let cut =
            if self.relabelled(i) { None } else { dash_tail(&text).or_else(|| tail_start(&text)) };
        let Some(cut) = cut else {
            return;
        };
        let lead = text[cut..].len() - text[cut..].trim_start().len();
        let tail = undouble(text[cut..].trim_end().trim_end_matches(['-', '–']).trim_end());
        let r = line.range.start + cut + lead..line.range.start + cut + lead + tail.len();
        let (tail, outlet) = split_outlet(tail);
        if self.article.source.is_none() {
            if let Some(o) = outlet.filter(|o| is_media_name(o) || is_acronym_word(o)) {
                self.article.source = Some(o.to_string());
            }
        }
        // "Đông Phương - Thi Hà": two writers, not a writer and an outlet ("Vũ Lợi - Tây Bắc":
        // a desk named by its region is no writer)
        let second = outlet
            .filter(|o| !is_media_name(o) && !is_acronym_word(o) && !is_place_name(o))
            .filter(|_| byline_author(tail).is_some())
            .and_then(byline_author);
        // "Duy An Theo Mirror": the writer, then the source translated
        let (tail, theo_source) = match tail.split_once(" Theo ") {
            Some((a, src)) if byline_author(a).is_some() && words(src).len() <= 3 => (a, Some(src)),
            _ => (tail, None),
        };
        if let (None, Some(src)) = (&self.article.source, theo_source) {
            self.article.source = Some(src.trim().to_string());
        }
        // "TTXVN", "TTXVN/Tin Tức", "Theo VOV"
        let first = tail.split('/').next().unwrap_or("").trim();
        let theo = tail.strip_prefix("Theo ").map(str::trim);
        if let Some(src) =
            theo.filter(|t| is_media_name(t)).or(Some(first).filter(|f| is_media_name(f)))
        {
            if self.article.source.is_none() {
                self.article.source = Some(src.to_string());
            }
            self.masks.push(r);
        } else if let Some((author, agency)) =
            byline_author(tail).or_else(|| initials_before_source(tail))
        {
            self.add_author(author, agency);
            if let Some((author, agency)) = second {
                self.add_author(author, agency);
            }
            self.masks.push(r);
        }
    }

    /// The source in the lead: "(PLO)-", "(Hochiminhcity.gov.vn) –", "Hà Nội, 22/12 (TTXVN) -".
    fn lead_source(&mut self, doc: &Doc, content_lines: &[usize]) {
        let Some(&lead) = content_lines
            .iter()
            .find(|&&i| doc.seg.lines[i].kind == LineKind::Body && !self.relabelled(i))
        else {
            return;
        };
        let r = doc.seg.lines[lead].range.clone();
        let text = doc.slice(r.clone()).to_string();
        if let Some(c) = RE_LEAD_SOURCE.captures(crate::text::document::head(&text, 420)) {
            let g = c.get(1).map(|g| g.range()).unwrap_or(0..0);
            let src = text[g.clone()].trim().to_string();
            if !src.is_empty()
                && src.split_whitespace().count() <= 4
                && self.article.source.is_none()
            {
                self.article.source = Some(src);
            }
            self.masks.push(r.start + g.start..r.start + g.end);
        }
    }

    /// Photo credits, anywhere.
    fn photo_credits(&mut self, doc: &Doc) {
        for i in 0..doc.seg.lines.len() {
            let line = doc.seg.lines[i].clone();
            if matches!(line.kind, LineKind::Blank | LineKind::Boilerplate) {
                continue;
            }
            let lower = doc.lslice(line.range.clone());
            if !has_credit_label(lower) {
                continue;
            }
            let lower = lower.to_string();
            for c in RE_CREDIT.captures_iter(&lower) {
                if let Some(g) = c.get(1).map(|g| g.range()) {
                    let whole = c.get(0).map(|m| m.range()).unwrap_or(g.clone());
                    self.credit(doc, i, &line.range, whole, g);
                }
            }
        }
    }

    /// One photo credit on line `i` (at `line`): its label and credit match `whole`, the credit
    /// `g` (both relative to the line).
    fn credit(
        &mut self,
        doc: &Doc,
        i: usize,
        line: &Range<usize>,
        whole: Range<usize>,
        g: Range<usize>,
    ) {
        let mut g = g;
        let credit_text = doc.slice(line.start + g.start..line.start + g.end);
        let mut credit = credit_text.trim().trim_end_matches(['.', ')', ',', ';']).trim();
        // a credit glued to the next sentence: keep the credit, not the sentence
        let lead = credit_text.len() - credit_text.trim_start().len();
        if let Some(len) = credit_prefix(&credit_text[lead..]) {
            if len < credit.len() {
                credit = credit_text[lead..lead + len].trim();
                g = g.start..g.start + lead + len;
            }
        }
        if credit.is_empty() || credit.split_whitespace().count() > 8 {
            return;
        }
        if !self.article.photo_credits.iter().any(|c| c == credit) {
            self.article.photo_credits.push(credit.to_string());
        }
        let label_start = line.start + whole.start;
        self.masks.push(label_start..line.start + g.end);
        let before = doc.slice(line.start..label_start).trim();
        let after = doc.slice(line.start + g.end..line.end);
        let after = after.trim().trim_start_matches(['.', ')', ',', ';']).trim();
        // a credit glued to the paragraph that follows it does not make the line a credit
        if (before.is_empty() || before == "(") && after.is_empty() {
            self.relabel.push((i, LineKind::Credit));
        }
    }

    /// Relabel the lines and mask the ranges found, and finish the card: the published date,
    /// the reference date (the published date, else the option's), the boilerplate.
    fn finish(self, doc: &mut Doc, option_reference: Option<&str>) -> ArticleInfo {
        let Card { mut article, title_range, published, masks, relabel } = self;
        for (i, k) in relabel {
            if let Some(l) = doc.seg.lines.get_mut(i) {
                l.kind = k;
            }
        }
        doc.set_masks(masks);
        doc.seg.recompute_sections();
        let option_ref = option_reference.and_then(parse_iso_date).map(|x| x.0);
        if let Some((d, t, tz)) = published.clone() {
            article.published = Some(format_published(d, t, tz));
        }
        let reference = published.as_ref().map(|x| x.0).or(option_ref);
        article.reference_date = reference.map(|d| d.iso());
        article.boilerplate = doc
            .seg
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::Boilerplate)
            .map(|l| doc.span(l.range.clone()))
            .collect();
        ArticleInfo { article, title_range, reference }
    }
}

/// "Thành Đạt - Dân Trí", "Theo VND Bảo Chương": a glued tail's author part and its outlet.
fn split_outlet(tail: &str) -> (&str, Option<&str>) {
    let (tail, outlet) = match tail.split_once(" - ").or_else(|| tail.split_once(" – ")) {
        Some((a, o)) if words(o).len() <= 4 => (a.trim(), Some(o.trim())),
        _ => (tail, None),
    };
    match tail.strip_prefix("Theo ") {
        Some(rest) => match rest.split_once(' ') {
            Some((o, a)) if is_acronym_word(o) && byline_author(a).is_some() => (a, Some(o)),
            _ => (tail, outlet),
        },
        None => (tail, outlet),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn initials_and_a_given_name() {
        for yes in ["H.L", "T.Minh", "H.Hòe", "Th.Lan", "N.V. An", "T.Đ.L"] {
            assert!(is_initial_name(yes), "{yes}");
        }
        for no in ["Minh", "H.", "h.Lan", "T.Minh Anh", "T.MINH", ".Lan", "TL"] {
            assert!(!is_initial_name(no), "{no}");
        }
    }

    use super::*;
    use crate::time::dates;

    fn card(text: &str) -> Article {
        let mut doc = Doc::new(text);
        let pieces = dates::recognise(&doc);
        read(&mut doc, &pieces, None).article
    }

    #[test]
    fn header_shapes() {
        let a = card("Thứ Ba, 23/12/2025\nThanh Thủy\n23/12/2025, 21:56\nNăm 2025, công tác đối ngoại đạt nhiều kết quả nổi bật, toàn diện cho năm 2026…\nNội dung.");
        assert_eq!(a.title, None);
        assert_eq!(a.published.as_deref(), Some("2025-12-23T21:56"));
        assert_eq!(a.authors, ["Thanh Thủy"]);

        let a = card("Đối ngoại là nguồn lực quan trọng để TP.HCM phát triển 22/12/2025 19:01\n\n(PLO)- Theo Phó Chủ tịch, đối ngoại là nguồn lực.\nẢnh: BẢO PHƯƠNG");
        assert_eq!(
            a.title.as_deref(),
            Some("Đối ngoại là nguồn lực quan trọng để TP.HCM phát triển")
        );
        assert_eq!(a.published.as_deref(), Some("2025-12-22T19:01"));
        assert_eq!(a.source.as_deref(), Some("PLO"));
        assert_eq!(a.photo_credits, ["BẢO PHƯƠNG"]);

        let a = card("10 dấu ấn ngoại giao năm 2024\n\n12/01/2025 12:52 GMT+7\n\nNội dung bài báo dài có dấu chấm.");
        assert_eq!(a.published.as_deref(), Some("2025-01-12T12:52+07:00"));
        assert_eq!(a.reference_date.as_deref(), Some("2025-01-12"));
    }

    #[test]
    fn footer_byline_and_source() {
        let a = card("Tiêu đề bài viết ở đây\n(Chinhphu.vn) - Nội dung bài báo dài có dấu chấm.\nĐoạn hai.\nMinh Thư\nTừ khoá");
        assert_eq!(a.authors, ["Minh Thư"]);
        assert_eq!(a.source.as_deref(), Some("Chinhphu.vn"));
        let a = card("Tiêu đề bài viết ở đây\nNội dung bài báo dài có dấu chấm.\nTheo TTXVN");
        assert_eq!(a.source.as_deref(), Some("TTXVN"));
    }

    #[test]
    fn glued_bylines_at_the_end() {
        let t = "Tiêu đề bài viết ở đây\n\nNội dung bài báo dài có dấu chấm. ";
        let a = card(&format!("{t}Điểm thi năm nay cao hơn. Thùy Thùy - Nguyễn Lan "));
        assert_eq!(a.authors, ["Thùy Thùy", "Nguyễn Lan"]);
        let a = card(&format!("{t}Bản đồ khu vực tính đến ngày 20.04.2017 KT Trần Văn Bình - "));
        assert_eq!(a.authors, ["Trần Văn Bình"]);
        let a = card(&format!("{t}Tàu sân bay Ronald Reagan Nhật Bản Minh Hạnh - "));
        assert_eq!(a.authors, ["Minh Hạnh"]);
        let a = card(&format!("{t}Hình chụp từ trên cao Google Lê Văn Tâm - "));
        assert_eq!(a.authors, ["Lê Văn Tâm"]);
        let a = card(&format!("{t}Xem thêm: [1] https://example.com/bai-viet.html?x=1 Minh Châu "));
        assert_eq!(a.authors, ["Minh Châu"]);
        let a = card(&format!("{t}Hai bên đã ký biên bản. Quốc Hùng/Báo Tin Tức "));
        assert_eq!(a.authors, ["Quốc Hùng"]);
        // a sentence that ends with a name and a dash is no byline when it has one word only
        let a = card(&format!("{t}Người dẫn đầu là Minh - "));
        assert!(a.authors.is_empty());
    }

    #[test]
    fn photo_credit_labels() {
        let a = card("Tiêu đề bài viết ở đây\nNội dung bài báo dài có dấu chấm.\nHai nhà lãnh đạo gặp nhau. Ảnh: AP Hãng tin Nhật Bản đưa tin cuộc gặp kéo dài.\nĐoạn hai.");
        assert_eq!(a.photo_credits, ["AP"]);
        let a = card("Tiêu đề bài viết ở đây\nNội dung bài báo dài có dấu chấm.\nQuang cảnh hội nghị. Ảnh minh hoạ: TTXVN\nĐoạn hai.");
        assert_eq!(a.photo_credits, ["TTXVN"]);
        let a = card("Tiêu đề bài viết ở đây\nNội dung bài báo dài có dấu chấm.\nĐoàn chụp ảnh lưu niệm (ẢNH : VIỆT DŨNG)\nĐoạn hai.");
        assert_eq!(a.photo_credits, ["VIỆT DŨNG"]);
        // "ảnh" in ordinary words is no label
        let a = card("Tiêu đề bài viết ở đây\nHình ảnh đẹp và ảnh hưởng lớn: nhiều người đến xem.\nĐoạn hai.");
        assert!(a.photo_credits.is_empty());
    }
}
