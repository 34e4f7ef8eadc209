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

use crate::model::Article;
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
    Regex::new(r"(?:^|[ (.\-–|])(?:nguồn ảnh|ảnh minh họa|ảnh|photo) *: *([^()\n|]+)")
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
    ["ảnh", "photo"].iter().any(|label| {
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
    lex.acronyms.get(t).map(|&id| lex.entries[id as usize].kind == "media").unwrap_or(false)
        || lex.entries.iter().any(|e| e.kind == "media" && e.name == t)
}

/// "Thanh Thủy", "MINH THƯ", "Nguyễn Văn A": 2 to 5 capitalised words of letters.
pub fn is_name_shaped(s: &str) -> bool {
    let ws = words(s);
    if !(2..=5).contains(&ws.len()) {
        return false;
    }
    ws.iter().all(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(c) if c.is_uppercase() => cs.all(|c| c.is_alphabetic()),
            _ => false,
        }
    })
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
            return (t[..open].trim(), (!agency.is_empty()).then_some(agency));
        }
    }
    if let Some(slash) = t.rfind('/') {
        let agency = t[slash + 1..].trim();
        if !agency.is_empty() && agency.chars().all(|c| c.is_uppercase() || c == '.') {
            return (t[..slash].trim(), Some(agency));
        }
    }
    (t, None)
}

fn byline_author(line: &str) -> Option<(String, Option<String>)> {
    let core = strip_byline_prefix(line);
    let (name, agency) = split_agency(core);
    let lower = name.to_lowercase();
    if lower == "pv" || lower == "nhóm pv" || lower == "ctv" {
        return Some((name.to_string(), agency.map(str::to_string)));
    }
    if is_name_shaped(name) {
        return Some((name.to_string(), agency.map(str::to_string)));
    }
    None
}

/// Read the article card and label header/footer lines in the document.
pub fn read(doc: &mut Doc, pieces: &[Piece], option_reference: Option<&str>) -> ArticleInfo {
    let mut article = Article::default();
    let mut title_range = None;
    let mut published: Option<(Ymd, Option<(u32, u32)>, Option<String>)> = None;
    let mut masks: Vec<Range<usize>> = Vec::new();
    let mut relabel: Vec<(usize, LineKind)> = Vec::new();

    let pieces_in = |r: &Range<usize>| -> Vec<&Piece> {
        pieces.iter().filter(|p| p.range.start >= r.start && p.range.end <= r.end).collect()
    };
    type Published = Option<(Ymd, Option<(u32, u32)>, Option<String>)>;
    let consider_published =
        |cand: Option<(Ymd, Option<(u32, u32)>)>, tz: Option<String>, published: &mut Published| {
            if let Some((d, t)) = cand {
                let better = match published {
                    None => true,
                    Some((pd, pt, _)) => pt.is_none() && t.is_some() && *pd == d,
                };
                if better {
                    *published = Some((d, t, tz));
                }
            }
        };

    // header zone
    let content_lines: Vec<usize> =
        (0..doc.seg.lines.len()).filter(|&i| doc.seg.lines[i].kind != LineKind::Blank).collect();
    let mut seen_title = false;
    for &i in content_lines.iter().take(8) {
        let line = doc.seg.lines[i].clone();
        if line.kind == LineKind::Boilerplate {
            continue;
        }
        let text = doc.slice(line.range.clone()).to_string();
        if is_paragraph(&text) {
            break;
        }
        let ps = pieces_in(&line.range);
        if is_dateline(doc, &line.range, &ps) {
            let best = ps.iter().filter_map(|p| full_date(p)).max_by_key(|(_, t)| t.is_some());
            consider_published(best, tz_of(doc, &line.range), &mut published);
            relabel.push((i, LineKind::Dateline));
            continue;
        }
        if let Some((author, agency)) = byline_author(&text) {
            article.authors.push(author);
            if article.source.is_none() {
                article.source = agency;
            }
            relabel.push((i, LineKind::Byline));
            masks.push(line.range.clone());
            continue;
        }
        if !seen_title
            && words(&text).len() >= 3
            && !text.trim_end().ends_with('|')
            && !text.starts_with('(')
        {
            // a dateline appended to the headline
            let mut end = line.range.end;
            if let Some(last) = ps.last() {
                if last.range.end >= line.range.end.saturating_sub(1) && full_date(last).is_some() {
                    consider_published(full_date(last), tz_of(doc, &last.range), &mut published);
                    end = last.range.start;
                }
            }
            let t = doc.slice(line.range.start..end).trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '-' | '–' | '|' | ',')
            });
            if !t.is_empty() {
                let r = line.range.start..line.range.start + t.len();
                article.title = Some(t.to_string());
                title_range = Some(r);
                relabel.push((i, LineKind::Title));
                seen_title = true;
            }
            continue;
        }
    }

    // footer zone: the last few readable lines
    let footer: Vec<usize> = content_lines
        .iter()
        .rev()
        .copied()
        .filter(|&i| doc.seg.lines[i].kind != LineKind::Boilerplate)
        .take(3)
        .collect();
    for &i in footer.iter().rev() {
        if relabel.iter().any(|(j, _)| *j == i) {
            continue;
        }
        let line = doc.seg.lines[i].clone();
        let text = doc.slice(line.range.clone()).to_string();
        if words(&text).len() > 8
            || ends_sentence(&text) && !text.to_lowercase().starts_with("theo ")
        {
            continue;
        }
        let lower = text.to_lowercase();
        if let Some(src) = lower.strip_prefix("theo ").or_else(|| lower.strip_prefix("nguồn:")) {
            let n = text.len() - src.len();
            let s = text[n..].trim().trim_end_matches('.').trim();
            if !s.is_empty() && article.source.is_none() {
                article.source = Some(s.to_string());
                relabel.push((i, LineKind::Byline));
                masks.push(line.range.clone());
            }
            continue;
        }
        // a line naming only a news agency or outlet: "TTXVN", "VOV"
        if article.source.is_none() && is_media_name(&text) {
            article.source = Some(text.trim().to_string());
            relabel.push((i, LineKind::Byline));
            masks.push(line.range.clone());
            continue;
        }
        if let Some((author, agency)) = byline_author(&text) {
            if !article.authors.contains(&author) {
                article.authors.push(author);
            }
            if article.source.is_none() {
                article.source = agency;
            }
            relabel.push((i, LineKind::Byline));
            masks.push(line.range.clone());
        }
    }

    // source in the lead: "(PLO)-", "(Hochiminhcity.gov.vn) –", "Hà Nội, 22/12 (TTXVN) -"
    if let Some(&lead) = content_lines.iter().find(|&&i| {
        doc.seg.lines[i].kind == LineKind::Body && !relabel.iter().any(|(j, _)| *j == i)
    }) {
        let r = doc.seg.lines[lead].range.clone();
        let text = doc.slice(r.clone()).to_string();
        if let Some(c) = RE_LEAD_SOURCE.captures(crate::text::document::head(&text, 420)) {
            let g = c.get(1).map(|g| g.range()).unwrap_or(0..0);
            let src = text[g.clone()].trim().to_string();
            if !src.is_empty() && src.split_whitespace().count() <= 4 && article.source.is_none() {
                article.source = Some(src);
            }
            masks.push(r.start + g.start..r.start + g.end);
        }
    }

    // photo credits, anywhere
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
            let g = match c.get(1) {
                Some(g) => g.range(),
                None => continue,
            };
            let whole = c.get(0).map(|m| m.range()).unwrap_or(g.clone());
            let credit_text = doc.slice(line.range.start + g.start..line.range.start + g.end);
            let credit = credit_text.trim().trim_end_matches(['.', ')', ',', ';']).trim();
            if credit.is_empty() || credit.split_whitespace().count() > 8 {
                continue;
            }
            if !article.photo_credits.iter().any(|c| c == credit) {
                article.photo_credits.push(credit.to_string());
            }
            let label_start = line.range.start + whole.start;
            masks.push(label_start..line.range.start + g.end);
            let before = doc.slice(line.range.start..label_start).trim();
            if before.is_empty() || before == "(" {
                relabel.push((i, LineKind::Credit));
            }
        }
    }

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

#[cfg(test)]
mod tests {
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
    fn photo_credit_labels() {
        let a = card("Tiêu đề bài viết ở đây\nNội dung bài báo dài có dấu chấm.\nQuang cảnh hội nghị. Ảnh minh hoạ: TTXVN\nĐoạn hai.");
        assert_eq!(a.photo_credits, ["TTXVN"]);
        let a = card("Tiêu đề bài viết ở đây\nNội dung bài báo dài có dấu chấm.\nĐoàn chụp ảnh lưu niệm (ẢNH : VIỆT DŨNG)\nĐoạn hai.");
        assert_eq!(a.photo_credits, ["VIỆT DŨNG"]);
        // "ảnh" in ordinary words is no label
        let a = card("Tiêu đề bài viết ở đây\nHình ảnh đẹp và ảnh hưởng lớn: nhiều người đến xem.\nĐoạn hai.");
        assert!(a.photo_credits.is_empty());
    }
}
