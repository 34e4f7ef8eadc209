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
}

pub struct YearScope {
    marks: Vec<Mark>,
    /// Indices of the first two body lines (the lead).
    lead_lines: Vec<usize>,
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
    pub fn new(
        doc: &Doc,
        pieces: &[Piece],
        reference: Reference,
        title: Option<std::ops::Range<usize>>,
    ) -> YearScope {
        let mut marks = Vec::new();
        let mut title_years = Vec::new();
        for p in pieces {
            if p.target || p.comparison || matches!(p.when, When::Period(..)) {
                continue;
            }
            let y = match p.explicit_year() {
                Some(y) => y,
                None => continue,
            };
            let line = doc.seg.line_of(p.range.start);
            let kind = doc.seg.lines.get(line).map(|l| l.kind).unwrap_or(LineKind::Blank);
            if let Some(t) = &title {
                if t.start <= p.range.start && p.range.end <= t.end {
                    title_years.push(y);
                }
            }
            if !(kind.is_content() || kind == LineKind::Boilerplate) {
                continue;
            }
            let future = reference.date.map(|d| y > d.y).unwrap_or(false);
            marks.push(Mark {
                pos: p.range.start,
                year: y,
                line,
                sentence: doc.seg.sentence_of(p.range.start),
                future,
            });
        }
        title_years.dedup();
        let title_year = if title_years.len() == 1 { Some(title_years[0]) } else { None };
        let lead_lines = doc
            .seg
            .lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.kind == LineKind::Body)
            .map(|(i, _)| i)
            .take(2)
            .collect();
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
        YearScope { marks, lead_lines, title_year, reference, list_start }
    }

    fn line_kind(doc: &Doc, line: usize) -> LineKind {
        doc.seg.lines.get(line).map(|l| l.kind).unwrap_or(LineKind::Blank)
    }

    /// Latest mark before `pos` satisfying `f`, looking back while `within` holds (the
    /// windows — sentence, line, section — are contiguous, so the search stops early).
    fn latest_before(
        &self,
        pos: usize,
        within: impl Fn(&Mark) -> bool,
        f: impl Fn(&Mark) -> bool,
    ) -> Option<i32> {
        let k = self.marks.partition_point(|m| m.pos < pos);
        self.marks[..k].iter().rev().take_while(|m| within(m)).find(|m| f(m)).map(|m| m.year)
    }

    fn earliest_after(&self, pos: usize, within: impl Fn(&Mark) -> bool) -> Option<i32> {
        let k = self.marks.partition_point(|m| m.pos <= pos);
        self.marks[k..].iter().take_while(|m| within(m)).next().map(|m| m.year)
    }

    /// Rules 2–4 (paragraph, list, section) for a position.
    fn passage_year(&self, doc: &Doc, pos: usize, line: usize) -> Option<i32> {
        if let Some(y) = self.latest_before(pos, |m| m.line == line, |m| !m.future) {
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
        self.latest_before(
            pos,
            |m| doc.seg.lines.get(m.line).map(|l| l.section == section).unwrap_or(false),
            |m| {
                !m.future && m.line <= line && Self::line_kind(doc, m.line) != LineKind::Boilerplate
            },
        )
    }

    /// True when `pos` opens the lead paragraph (the news date of the article).
    fn is_lead_date(&self, doc: &Doc, pos: usize, line: usize) -> bool {
        if !self.lead_lines.contains(&line) {
            return false;
        }
        let before = doc.lslice(doc.seg.lines[line].range.start..pos);
        !before.contains(',') && before.split_whitespace().count() <= 6
    }

    /// The year for a date piece without one at `pos`; None means "use the reference year".
    pub fn year_for_date(&self, doc: &Doc, pos: usize) -> Option<i32> {
        let line = doc.seg.line_of(pos);
        if self.is_lead_date(doc, pos, line) {
            return self.reference.date.map(|d| d.y);
        }
        let sentence = doc.seg.sentence_of(pos);
        if let Some(y) =
            self.latest_before(pos, |m| m.sentence == sentence && sentence.is_some(), |_| true)
        {
            return Some(y);
        }
        self.passage_year(doc, pos, line)
    }

    /// The year a figure at `pos` is about, if the text says.
    pub fn year_for_figure(&self, doc: &Doc, pos: usize) -> Option<i32> {
        let line = doc.seg.line_of(pos);
        let sentence = doc.seg.sentence_of(pos);
        let same = |m: &Mark| m.sentence == sentence && sentence.is_some();
        self.latest_before(pos, same, |_| true)
            .or_else(|| self.earliest_after(pos, same))
            .or_else(|| self.passage_year(doc, pos, line))
            .or(if Self::line_kind(doc, line) == LineKind::Boilerplate {
                None
            } else {
                self.title_year
            })
    }
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
