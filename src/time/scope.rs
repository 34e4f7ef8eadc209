//! Year scope: the year a sentence or passage is explicitly about.
//!
//! A day-month without a year ("Chiều 7/11", "(12.1)") and a key figure ("155 đoàn")
//! belong to the year their passage is about. That year comes from explicit year mentions
//! ("Năm 2024, …", "Trong năm 2017, …", "27.11.2024") that are not targets ("đến năm
//! 2030", "tầm nhìn 2045"), comparisons ("so với năm 2016") or periods. The passage is
//! looked up from the nearest to the widest:
//!
//! 1. the same sentence, before the item (figures may also look after it);
//! 2. the same paragraph, before the item;
//! 3. an enumerated list ("Thứ nhất, … Thứ hai, …") shares the scope of its first item;
//! 4. the same section (a sub-heading starts a new section), before the item.
//!
//! A day-month at the very start of the lead paragraph is the news date and resolves
//! against the reference (publication) date instead. Boilerplate lines (related-link
//! teasers) only use their own line.

use crate::text::document::Doc;
use crate::text::segment::LineKind;
use crate::time::dates::{Piece, Reference, When};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    year: i32,
    line: usize,
    sentence: Option<usize>,
    /// a year after the reference year: what a sentence plans, not what a passage is about
    future: bool,
    /// the month of a dated mark ("12/6/2017", "tháng 5/2017")
    month: Option<u32>,
    /// a bare year ("SN 1962", "giải hạng Nhất 2016"): a name or a birth year as often as the
    /// year a passage is about, so never read ahead of a date
    bare: bool,
    /// the mark may govern other sentences of its passage: a dated mark ("12/6/2017",
    /// "tháng 5/2017"), a year that opens its clause ("Năm 2024, …", "Trong năm 2017 …",
    /// "…, năm 2019 là …") or the year of a review ("tổng kết công tác năm 2019"). A year
    /// said in passing ("sự cố … hồi năm 2011", "Đạo luật … năm 1978", "(… - 2003)") is about
    /// its own sentence only.
    passage: bool,
}

pub struct YearScope {
    marks: Vec<Mark>,
    /// `prev[f][k]`: the latest mark before mark `k` passing filter `f` ([`Filter`]), as an
    /// index + 1 (0: none) — so that a search for it does not walk back over every mark.
    prev: [Vec<u32>; 3],
    /// For each lead line: where its seventh word starts and where its first comma is (what
    /// [`YearScope::is_lead_date`] asks of the text before a date, without reading it again).
    lead_shape: Vec<(usize, usize, usize)>,
    /// `next_settled[k]`: the first mark at or after mark `k` that is neither future nor bare
    /// (what a date looks ahead for in its sentence), as an index (`marks.len()`: none).
    next_settled: Vec<u32>,
    /// The sentences that hold "tổng kết" (a year-end review), sorted.
    review_sentences: Vec<usize>,
    /// Without a reference date: for each month 1–12, the single year of the article's dated
    /// marks within a month of it (`Some(None)`: marks of several years), computed once.
    month_years: [Option<Option<i32>>; 12],
    /// The single year of the title, if any.
    title_year: Option<i32>,
    /// For each line that is an enumerated list item, the line of the list's first item.
    list_start: Vec<Option<usize>>,
    reference: Reference,
}

static RE_LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:thứ +(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười một|mười hai|mười)|(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) +là) *[,:.]")
        .expect("valid list pattern")
});

impl YearScope {
    /// The scope of a document: the years its pieces state (`title` is the headline's range),
    /// the lead, and the numbered lists.
    pub fn new(
        doc: &Doc,
        pieces: &[Piece],
        reference: Reference,
        title: Option<std::ops::Range<usize>>,
    ) -> YearScope {
        let mut marks = Vec::new();
        let mut title_years = Vec::new();
        for p in pieces {
            if p.target || p.comparison || p.origin || matches!(p.when, When::Period(..)) {
                continue;
            }
            let Some(y) = p.explicit_year() else { continue };
            if title.as_ref().is_some_and(|t| t.start <= p.range.start && p.range.end <= t.end) {
                title_years.push(y);
            }
            marks.extend(mark_of(doc, p, y, reference));
        }
        title_years.dedup();
        let title_year = if title_years.len() == 1 { Some(title_years[0]) } else { None };
        let review_sentences = review_sentences(doc);
        for m in marks.iter_mut() {
            let review = m.sentence.is_some_and(|i| review_sentences.binary_search(&i).is_ok());
            m.passage = m.month.is_some()
                || review && !m.bare
                || m.bare && names_a_dated_event(doc, m.pos)
                || opens_clause(doc, m, if m.bare { 0 } else { CLAUSE_OPENING_WORDS });
        }
        let prev = latest_passing(doc, &marks);
        let (lead_shape, list_start) = (lead_shape(doc), list_starts(doc));
        let next_settled = next_settled(&marks);
        let month_years = std::array::from_fn(|m| month_year(&marks, m as u32 + 1));
        YearScope {
            marks,
            prev,
            next_settled,
            review_sentences,
            month_years,
            lead_shape,
            title_year,
            reference,
            list_start,
        }
    }

    fn line_kind(doc: &Doc, line: usize) -> LineKind {
        doc.seg.lines.get(line).map(|l| l.kind).unwrap_or(LineKind::Blank)
    }

    /// Latest mark before `pos` passing `f`, looking back while `within` holds. The windows
    /// (sentence, line, section) are contiguous: the latest mark passing `f` is the answer
    /// when it lies in the window, and no earlier mark can be — one lookup, no walk back.
    fn latest_before(&self, pos: usize, within: impl Fn(&Mark) -> bool, f: Filter) -> Option<i32> {
        let k = self.marks.partition_point(|m| m.pos < pos);
        let found = self.prev[f as usize].get(k).copied().unwrap_or(0);
        let m = self.marks.get((found as usize).checked_sub(1)?)?;
        within(m).then_some(m.year)
    }

    /// Earliest mark after `pos` (only a settled one — neither future nor bare — when
    /// `settled`), among those while `within` holds. The window is contiguous, as for
    /// [`YearScope::latest_before`]: one lookup, no walk forward.
    fn earliest_after(
        &self,
        pos: usize,
        within: impl Fn(&Mark) -> bool,
        settled: bool,
    ) -> Option<i32> {
        let k = self.marks.partition_point(|m| m.pos <= pos);
        let k = if settled { self.next_settled[k] as usize } else { k };
        let m = self.marks.get(k)?;
        within(m).then_some(m.year)
    }

    /// Rules 2–4 (paragraph, list, section) for a position.
    fn passage_year(&self, doc: &Doc, pos: usize, line: usize) -> Option<i32> {
        if let Some(y) = self.latest_before(pos, |m| m.line == line, Filter::NotFuture) {
            return Some(y);
        }
        if Self::line_kind(doc, line) == LineKind::Boilerplate {
            return None;
        }
        if let Some(start_line) = self.list_start.get(line).copied().flatten() {
            let p = doc.seg.lines[start_line].range.start;
            return self.section_year(doc, p, start_line);
        }
        self.section_year(doc, pos, line)
    }

    fn section_year(&self, doc: &Doc, pos: usize, line: usize) -> Option<i32> {
        let section = doc.seg.lines.get(line).map(|l| l.section).unwrap_or(0);
        // marks before `pos` are on `line` or before it: the filter needs no `m.line <= line`
        self.latest_before(
            pos,
            |m| {
                m.line <= line
                    && doc.seg.lines.get(m.line).map(|l| l.section == section).unwrap_or(false)
            },
            Filter::NotFutureNorBoilerplate,
        )
    }

    /// True when `pos` opens the lead paragraph (the news date of the article).
    fn is_lead_date(&self, doc: &Doc, pos: usize, line: usize) -> bool {
        // the text before `pos` in its line has no comma and at most six words
        match self.lead_shape.iter().find(|x| x.0 == line) {
            Some(&(l, seventh, comma)) => {
                pos < doc.seg.lines[l].range.start || pos <= seventh.min(comma)
            }
            None => false,
        }
    }

    /// The year for a date piece without one at `pos` (of month `month`, when it has one);
    /// None means "use the reference year" (or `XXXX` without one). In order: the lead's date
    /// is the dateline's; the same sentence, before then after ("Sáng 12/12, … tổng kết công
    /// tác năm 2019"); the passage (rules 2–4). Without a reference date, also: the headline's
    /// year, then the year of the article's dated marks of the same or a neighbouring month
    /// ("Ngày 7-7 … tháng 7-2017"). A review held in January of the year a sentence names is
    /// about the year before ("Sáng 12/1, … tổng kết năm 2019" → 2020-01-12).
    pub fn year_for_date(&self, doc: &Doc, pos: usize, month: Option<u32>) -> Option<i32> {
        let line = doc.seg.line_of(pos);
        let lead = self.is_lead_date(doc, pos, line);
        if lead && self.reference.date.is_some() {
            return self.reference.date.map(|d| d.y);
        }
        let sentence = doc.seg.sentence_of(pos);
        let same = |m: &Mark| m.sentence == sentence && sentence.is_some();
        if let Some(y) = self
            .latest_before(pos, same, Filter::Any)
            .or_else(|| self.earliest_after(pos, same, true))
        {
            let review = month == Some(1)
                && sentence.is_some_and(|i| self.review_sentences.binary_search(&i).is_ok());
            return Some(if review { y + 1 } else { y });
        }
        if lead {
            // no dateline: the lead's date takes only what its own sentence says, or the
            // article-wide evidence below
            return self.article_year(month);
        }
        self.passage_year(doc, pos, line).or_else(|| self.article_year(month))
    }

    /// Without a reference date: the headline's single year, else the single year of the
    /// article's dated marks within a month of `month`.
    fn article_year(&self, month: Option<u32>) -> Option<i32> {
        if self.reference.date.is_some() {
            return None;
        }
        if self.title_year.is_some() {
            return self.title_year;
        }
        let m = month.filter(|m| (1..=12).contains(m))?;
        self.month_years[m as usize - 1].flatten()
    }

    /// The year a figure at `pos` is about, if the text says.
    pub fn year_for_figure(&self, doc: &Doc, pos: usize) -> Option<i32> {
        let line = doc.seg.line_of(pos);
        let sentence = doc.seg.sentence_of(pos);
        let same = |m: &Mark| m.sentence == sentence && sentence.is_some();
        self.latest_before(pos, same, Filter::Any)
            .or_else(|| self.earliest_after(pos, same, false))
            .or_else(|| self.passage_year(doc, pos, line))
            .or(if Self::line_kind(doc, line) == LineKind::Boilerplate {
                None
            } else {
                self.title_year
            })
    }
}

/// What a passage's year mark must be ([`YearScope::latest_before`]).
#[derive(Debug, Clone, Copy)]
enum Filter {
    Any,
    NotFuture,
    NotFutureNorBoilerplate,
}

impl Filter {
    fn pass(self, doc: &Doc, m: &Mark) -> bool {
        match self {
            Filter::Any => true,
            Filter::NotFuture => !m.future && m.passage,
            Filter::NotFutureNorBoilerplate => {
                !m.future && m.passage && YearScope::line_kind(doc, m.line) != LineKind::Boilerplate
            }
        }
    }
}

/// `next_settled[k]`: the first mark at or after mark `k` neither future nor bare.
fn next_settled(marks: &[Mark]) -> Vec<u32> {
    let mut next = vec![marks.len() as u32; marks.len() + 1];
    for k in (0..marks.len()).rev() {
        let settled = !marks[k].future && !marks[k].bare;
        next[k] = if settled { k as u32 } else { next[k + 1] };
    }
    next
}

/// The sentences that hold "tổng kết", sorted: one pass over the text.
fn review_sentences(doc: &Doc) -> Vec<usize> {
    let mut out: Vec<usize> = doc
        .lower
        .match_indices("tổng kết")
        .filter_map(|(at, w)| {
            let i = doc.seg.sentence_of(at)?;
            let se = doc.seg.sentences.get(i)?;
            (se.range.start <= at && at + w.len() <= se.range.end).then_some(i)
        })
        .collect();
    out.dedup();
    out
}

/// The single year of the dated marks within a month of month `m` (December and January are
/// neighbours, across the year): `None` when there is none, `Some(None)` when they disagree.
fn month_year(marks: &[Mark], m: u32) -> Option<Option<i32>> {
    let mut year = None;
    for k in marks {
        let Some(km) = k.month else { continue };
        let y = match (m, km) {
            (1, 12) => k.year + 1,
            (12, 1) => k.year - 1,
            _ if m.abs_diff(km) <= 1 => k.year,
            _ => continue,
        };
        match year {
            None => year = Some(Some(y)),
            Some(Some(x)) if x == y => {}
            Some(_) => return Some(None),
        }
    }
    year
}

/// In a line's text: where its seventh whitespace-separated word starts (the length when it
/// has fewer) and where its first comma is (the length when none). A position `p` has at
/// most six words and no comma before it exactly when `p <= min(seventh, comma)`.
fn line_shape(s: &str) -> (usize, usize) {
    let comma = s.find(',').unwrap_or(s.len());
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words == 7 {
                return (i, comma);
            }
        }
    }
    (s.len(), comma)
}

fn item_ordinal(doc: &Doc, line: usize) -> Option<u32> {
    let l = doc.seg.lines.get(line)?;
    if !l.kind.is_content() {
        return None;
    }
    let text = doc.lslice(l.range.clone());
    let c = RE_LIST_ITEM.captures(crate::text::document::head(text, 48))?;
    crate::text::numerals::ordinal_words(c.get(1).or(c.get(2))?.as_str())
}

/// The mark a piece stating year `y` leaves: on a content or boilerplate line, and not a birth
/// year ("SN 1962", "sinh năm 1962"), which is never what a passage is about.
fn mark_of(doc: &Doc, p: &Piece, y: i32, reference: Reference) -> Option<Mark> {
    let line = doc.seg.line_of(p.range.start);
    let kind = doc.seg.lines.get(line).map(|l| l.kind).unwrap_or(LineKind::Blank);
    if !(kind.is_content() || kind == LineKind::Boilerplate) {
        return None;
    }
    let birth = matches!(p.when, When::Year(_))
        && doc.lower.get(..p.range.start).is_some_and(|h| {
            let h = h.trim_end();
            ["sinh", "sn"]
                .iter()
                .any(|w| h.strip_suffix(w).is_some_and(|x| !x.ends_with(char::is_alphanumeric)))
        });
    if birth {
        return None;
    }
    Some(Mark {
        pos: p.range.start,
        year: y,
        line,
        sentence: doc.seg.sentence_of(p.range.start),
        future: reference.date.map(|d| y > d.y).unwrap_or(false),
        month: match p.when {
            When::Date { m, .. } | When::Month { m, .. } => Some(m),
            _ => None,
        },
        bare: matches!(p.when, When::Year(_))
            && doc.lslice(p.range.clone()).starts_with(|c: char| c.is_ascii_digit()),
        passage: false,
    })
}

/// Words a clause may open with before its year ("Trong năm 2017", "Tính đến hết năm 2017",
/// "Cũng trong năm 2019"): at most this many. A bare year opens its clause only as its first
/// word ("2024 đánh dấu một năm …", not "giải hạng Nhất 2016").
const CLAUSE_OPENING_WORDS: usize = 3;

/// True when the bare year at `pos` ends a name ("U20 World Cup 2017", "Hội nghị Cấp cao ASEAN
/// 2020", "Vietnam Expo 2019"): the word before it starts with a capital. A passage about a dated
/// event is about its year.
fn names_a_dated_event(doc: &Doc, pos: usize) -> bool {
    let k = doc.token_at_or_after(pos);
    k.checked_sub(1).and_then(|j| doc.tokens.get(j)).is_some_and(|t| {
        t.cap && t.kind == crate::text::document::TokKind::Word && doc.tline(k - 1) == doc.tline(k)
    })
}

/// True when the year of mark `m` opens its clause: at most `words` words between it and the
/// start of its sentence or the last comma, semicolon, colon or dash before it.
fn opens_clause(doc: &Doc, m: &Mark, words: usize) -> bool {
    let pos = m.pos;
    // the mark knows its sentence: no second lookup
    let start = m
        .sentence
        .and_then(|i| doc.seg.sentences.get(i))
        .map(|se| se.range.start)
        .unwrap_or_else(|| doc.seg.line_start(pos))
        .min(pos);
    // backwards from `pos`, stopping after `words + 1` words: bounded, however long the sentence
    let mut count = 0;
    let mut in_word = false;
    for c in doc.lslice(start..pos).chars().rev() {
        if matches!(c, ',' | ';' | ':' | '–' | '—') {
            break;
        }
        if c.is_alphanumeric() {
            if !in_word {
                count += 1;
                if count > words {
                    return false;
                }
            }
            in_word = true;
        } else if c.is_whitespace() {
            in_word = false;
        }
    }
    true
}

/// For each filter (any, not future, neither future nor boilerplate) and each mark index
/// `k`, one more than the index of the latest mark before `k` passing it (0: none); the last
/// entry covers all marks.
fn latest_passing(doc: &Doc, marks: &[Mark]) -> [Vec<u32>; 3] {
    let mut prev: [Vec<u32>; 3] = Default::default();
    for (f, v) in prev.iter_mut().enumerate() {
        let filter = [Filter::Any, Filter::NotFuture, Filter::NotFutureNorBoilerplate][f];
        v.reserve(marks.len() + 1);
        let mut last = 0u32;
        for (k, m) in marks.iter().enumerate() {
            v.push(last);
            if filter.pass(doc, m) {
                last = k as u32 + 1;
            }
        }
        v.push(last);
    }
    prev
}

/// The first two body lines (the lead): each line, and where its seventh word and its first
/// comma are (see [`line_shape`]).
fn lead_shape(doc: &Doc) -> Vec<(usize, usize, usize)> {
    let lines = doc.seg.lines.iter().enumerate().filter(|(_, l)| l.kind == LineKind::Body);
    lines
        .take(2)
        .map(|(l, line)| {
            let r = line.range.clone();
            let (seventh, comma) = line_shape(doc.lslice(r.clone()));
            (l, r.start + seventh, r.start + comma)
        })
        .collect()
}

/// For each line of a numbered list ("Thứ nhất, …", "Hai là, …"), the line where its list
/// started (its first item).
fn list_starts(doc: &Doc) -> Vec<Option<usize>> {
    let mut list_start = vec![None; doc.seg.lines.len()];
    let mut current_first = None;
    for (l, slot) in list_start.iter_mut().enumerate() {
        match item_ordinal(doc, l) {
            Some(1) => {
                current_first = Some(l);
                *slot = Some(l);
            }
            Some(_) => *slot = current_first,
            None => {}
        }
    }
    list_start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::calendar::parse_iso_date;
    use crate::time::dates::recognise;

    /// The year scope of `text`, and the byte position of `needle` in it.
    fn year_at(text: &str, reference: &str, needle: &str, figure: bool) -> Option<i32> {
        let doc = Doc::new(text);
        let pieces = recognise(&doc);
        let reference = Reference { date: parse_iso_date(reference).map(|x| x.0) };
        let scope = YearScope::new(&doc, &pieces, reference, None);
        let pos = doc.lower.find(needle).expect("needle in the text");
        if figure {
            scope.year_for_figure(&doc, pos)
        } else {
            scope.year_for_date(&doc, pos, Some(1))
        }
    }

    #[test]
    fn the_year_of_the_sentence() {
        let t = "Tin tức.\nNăm 2024, Sở tổ chức hội thảo vào ngày 12.1 tại Hà Nội.";
        assert_eq!(year_at(t, "", "12.1", false), Some(2024));
    }

    #[test]
    fn the_year_of_the_paragraph_and_of_the_section() {
        let t = "Tin tức.\nNăm 2024, Sở tổ chức hội thảo. Sau đó, ngày 12.1, đoàn đến thăm.";
        assert_eq!(year_at(t, "", "12.1", false), Some(2024));
        let t = "Tin tức.\nNăm 2023, Sở tổ chức hội thảo.\nSau đó, ngày 12.1, đoàn đến thăm.";
        assert_eq!(year_at(t, "", "12.1", false), Some(2023));
    }

    #[test]
    fn targets_comparisons_and_periods_give_no_year() {
        let none = |t: &str| year_at(t, "", "12.1", false);
        assert_eq!(none("Tin tức.\nTheo kế hoạch đến năm 2030, sau đó, ngày 12.1 có họp."), None);
        assert_eq!(none("Tin tức.\nTăng so với năm 2016, sau đó, ngày 12.1 có họp."), None);
        assert_eq!(none("Tin tức.\nGiai đoạn 2025 - 2030, sau đó, ngày 12.1 có họp."), None);
    }

    #[test]
    fn a_future_year_counts_only_in_its_own_sentence() {
        let t = "Tin tức.\nNăm 2027, thành phố sẽ tổ chức hội chợ vào ngày 12.1 tới.";
        assert_eq!(year_at(t, "2025-06-15", "12.1", false), Some(2027));
        let t = "Tin tức.\nNăm 2027, thành phố sẽ tổ chức hội chợ. Sau đó, ngày 12.1, đoàn đến.";
        assert_eq!(year_at(t, "2025-06-15", "12.1", false), None);
    }

    #[test]
    fn a_figure_may_take_the_year_after_it() {
        let t = "Tin tức.\nThành phố đã đón 155 đoàn khách quốc tế trong năm 2017.";
        assert_eq!(year_at(t, "", "155", true), Some(2017));
    }

    #[test]
    fn a_date_takes_the_year_after_it_in_its_sentence_but_not_a_bare_one() {
        let t = "Tin tức.\nSáng 12.1, Sở họp tổng kết công tác đối ngoại năm 2017.";
        assert_eq!(year_at(t, "", "12.1", false), Some(2018), "a January review is the year after");
        let t = "Tin tức.\nSáng 12.3, Sở họp bàn kế hoạch đối ngoại năm 2017.";
        assert_eq!(year_at(t, "", "12.3", false), Some(2017));
        let t = "Tin tức.\nSáng 12.3, đội bóng trở lại giải hạng Nhất 2017.";
        assert_eq!(year_at(t, "", "12.3", false), None);
    }
}
