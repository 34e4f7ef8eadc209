//! Direct speech: a statement of eight words or more in “…”, "…", «…», with its speaker from
//! the attribution after it ("“…” - ông nhấn mạnh", "“…”, Bộ trưởng nói") or before it
//! ("ông X khẳng định: “…”"). A pronoun, an honorific or a title alone stands for the person
//! named last before the quote. Quoted terms, mottos and slogans ("phương châm … là “…”",
//! phrases in title case) are not quotes.

use crate::entities::Entities;
use crate::facts::annot::Annot;
use crate::lexicon::{rows, Gazetteer};
use crate::model::Quote;
use crate::text::document::{Doc, TokKind};
use crate::text::segment::LineKind;
use std::ops::Range;
use std::sync::LazyLock;

struct QuoteWords {
    speech: Gazetteer,
    naming: Gazetteer,
}

static WORDS: LazyLock<QuoteWords> = LazyLock::new(|| {
    let mut speech = Gazetteer::new(false);
    let mut naming = Gazetteer::new(false);
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/quote_words.tsv"))) {
        if r.len() < 2 {
            continue;
        }
        match r[1] {
            "speech" => speech.add(r[0], 0, false),
            _ => naming.add(r[0], 0, false),
        }
    }
    QuoteWords { speech, naming }
});

/// Words standing for a person just named.
const PRONOUNS: &[&str] =
    &["ông", "bà", "anh", "chị", "ngài", "đồng chí", "người", "vị", "ông ấy", "bà ấy"];

fn open_close(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '«' => Some('»'),
        '„' => Some('“'),
        '"' => Some('"'),
        _ => None,
    }
}

/// The outermost balanced pairs of curly marks “…” in `s`: (content start, closing mark) in
/// bytes, in order — “a “b” c” is one pair, and in “a “b” (the first never closed) “b” is.
fn curly_pairs(s: &str) -> Vec<(usize, usize)> {
    let mut open: Vec<usize> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, c) in s.char_indices() {
        match c {
            '“' => open.push(i + c.len_utf8()),
            '”' => {
                if let Some(o) = open.pop() {
                    // the pairs inside this one are no longer outermost
                    while pairs.last().is_some_and(|p| p.0 > o) {
                        pairs.pop();
                    }
                    pairs.push((o, i));
                }
            }
            _ => {}
        }
    }
    pairs
}

/// Quoted stretches in a line: (byte range of the content without the marks). A curly mark
/// never closed in its line quotes to the end of its sentence (`sentence_end` of a position),
/// or to the next opening mark before it ("“Nếu có vấn đề … kịp. Ông Huy nêu: …").
fn quoted(
    text: &str,
    line: Range<usize>,
    sentence_end: &dyn Fn(usize) -> usize,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let s = match text.get(line.clone()) {
        Some(s) => s,
        None => return out,
    };
    // closing marks with no occurrence left after the current position (no rescans: linear);
    // byte offsets into the line, read in place (no copy of its characters)
    let mut exhausted: Vec<char> = Vec::new();
    let curly = curly_pairs(s);
    let mut b = 0;
    while let Some(c) = s[b..].chars().next() {
        let start = b + c.len_utf8();
        if c == '“' {
            // a curly quote closes at its own mark, past the pairs nested in it; one never
            // closed is no quote (the quotes after it are read on their own)
            if let Some(&(_, e)) = curly.iter().find(|p| p.0 == start) {
                if e > start {
                    out.push(line.start + start..line.start + e);
                }
                b = e + '”'.len_utf8();
                continue;
            }
            // never closed: to the end of the sentence or the next opening mark, whichever
            // comes first (each scan ends where the next may start: linear)
            // the sentence holding `start` ends at or after it (`sentence_of` says so); `max`
            // keeps the slice valid whatever the segmenter gives
            let stop = sentence_end(line.start + start).saturating_sub(line.start).min(s.len());
            let stop = stop.max(start);
            // a straight mark may close it ("“Không có chuyện … mạng XH". Theo …")
            let e = s[start..stop].find(['“', '"']).map_or(stop, |j| start + j);
            let e = start + s[start..e].trim_end().len();
            if e > start && !s[start..e].contains('”') {
                out.push(line.start + start..line.start + e);
                b = e;
                continue;
            }
            b = start;
            continue;
        }
        // a straight mark opens only before a word ("… ba chấm...". Người" closes one)
        let opens = c != '"' || s[start..].chars().next().is_some_and(|n| n.is_alphanumeric());
        if let Some(close) = open_close(c).filter(|cl| opens && !exhausted.contains(cl)) {
            match s[start..].find(close) {
                Some(j) => {
                    let e = start + j;
                    if e > start {
                        out.push(line.start + start..line.start + e);
                    }
                    b = e + close.len_utf8();
                    continue;
                }
                None => exhausted.push(close),
            }
        }
        b = start;
    }
    out
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphanumeric())).collect()
}

/// A person named in token range [a, b), or a word standing for the last person before `pos`.
fn speaker_in(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    a: usize,
    b: usize,
    before_pos: usize,
    ix: &Index,
) -> Option<String> {
    if let Some(&j) = ix.next_person.get(a).filter(|&&j| j != NONE && (j as usize) < b) {
        return person_named_at(annot, ents, j as usize);
    }
    by_bare_last_name(doc, annot, ents, a, b, before_pos)
        .or_else(|| stand_in(doc, ents, a, b, before_pos, ix))
}

/// "”, Hayden nói", "Trump nhận xét …: “": a capitalised word in [a, b) (the last one) that
/// is the last word of the name of a person named before `pos`.
fn by_bare_last_name(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    a: usize,
    b: usize,
    pos: usize,
) -> Option<String> {
    (a..b).rev().take(12).find_map(|j| {
        let t = doc.tokens[j];
        if t.kind != TokKind::Word || !t.cap || !annot.at(j).is_empty() {
            return None;
        }
        person_by_last_name(ents, doc.tok_text(j), pos)
    })
}

/// The person whose mention is at token `j`.
fn person_named_at(annot: &Annot, ents: &Entities, j: usize) -> Option<String> {
    let k = annot.person_at(j)?.0;
    let p = ents.person_of.get(k).copied().flatten()?;
    Some(ents.people[p].name.clone())
}

/// The person named last in token range [a, b) (the subject right before a verb of saying:
/// "Trả lời bà A, ông B nói"), or a word standing for the last person before `pos`.
fn last_speaker_in(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    a: usize,
    b: usize,
    before_pos: usize,
    ix: &Index,
) -> Option<String> {
    let last = b.checked_sub(1).and_then(|x| ix.prev_person.get(x)).copied().unwrap_or(NONE);
    if last != NONE && last as usize >= a {
        return person_named_at(annot, ents, last as usize);
    }
    by_bare_last_name(doc, annot, ents, a, b, before_pos)
        .or_else(|| stand_in(doc, ents, a, b, before_pos, ix))
}

/// A word in [a, b) standing for a person: "ông Hùng" (the person last named before `pos`
/// whose name ends with "Hùng"), "ông", "Bộ trưởng", "Thứ trưởng Bộ Ngoại giao" (the person
/// named last).
fn stand_in(
    doc: &Doc,
    ents: &Entities,
    a: usize,
    b: usize,
    before_pos: usize,
    ix: &Index,
) -> Option<String> {
    let j = *ix.next_stand_in.get(a)?;
    if j == NONE || j as usize >= b {
        return None;
    }
    let j = j as usize;
    if PRONOUNS.contains(&doc.tok_lower(j))
        && j + 1 < b
        && doc.tokens[j + 1].cap
        && doc.tokens[j + 1].kind == TokKind::Word
    {
        if let Some(name) = person_by_last_name(ents, doc.tok_text(j + 1), before_pos) {
            return Some(name);
        }
    }
    last_person_before(ix, ents, before_pos)
}

/// The first person named in token range [a, b): by name, or as "ông Hùng" (the person last
/// named with that given name before `b`) — not a title or a pronoun alone.
fn named_in(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    a: usize,
    b: usize,
    ix: &Index,
) -> Option<String> {
    if let Some(&j) = ix.next_person.get(a).filter(|&&j| j != NONE && (j as usize) < b) {
        let k = annot.person_at(j as usize)?.0;
        let p = ents.person_of.get(k).copied().flatten()?;
        return Some(ents.people[p].name.clone());
    }
    let j = (a..b.saturating_sub(1)).find(|&j| {
        PRONOUNS.contains(&doc.tok_lower(j))
            && doc.tokens[j + 1].cap
            && doc.tokens[j + 1].kind == TokKind::Word
    })?;
    let pos = doc.tokens.get(b).map_or(doc.text().len(), |t| t.start);
    person_by_last_name(ents, doc.tok_text(j + 1), pos)
}

/// The person last mentioned before `pos` whose name ends with the word `w`.
fn person_by_last_name(ents: &Entities, w: &str, pos: usize) -> Option<String> {
    let k = ents.person_mentions.partition_point(|m| m.range.start < pos);
    (0..k).rev().find_map(|i| {
        let p = ents.person_of.get(i).copied().flatten()?;
        let name = &ents.people[p].name;
        (name.split_whitespace().last() == Some(w) && name.contains(' ')).then(|| name.clone())
    })
}

/// Indexes over the document the quotes of a long line would otherwise each read again: for
/// each token, the nearest speech verb at or before it, the next person and the next stand-in
/// word ([`PRONOUNS`], a title) at or after it; for each person mention, the latest one up to
/// it that is a person.
struct Index {
    prev_speech: Vec<u32>,
    next_person: Vec<u32>,
    /// the latest person at or before each token
    prev_person: Vec<u32>,
    next_stand_in: Vec<u32>,
    prev_named: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Index {
    fn new(doc: &Doc, annot: &Annot, ents: &Entities) -> Index {
        let w = &*WORDS;
        let n = doc.tokens.len();
        let read = |i: usize| matches!(doc.tkind(i), LineKind::Body | LineKind::Caption);
        let mut prev_speech = Vec::with_capacity(n);
        let mut last = NONE;
        for i in 0..n {
            if read(i) && w.speech.longest_at(doc, i).is_some() {
                last = i as u32;
            }
            prev_speech.push(last);
        }
        let (mut next_person, mut next_stand_in) = (vec![NONE; n + 1], vec![NONE; n + 1]);
        let is_person = |i: usize| {
            annot
                .person_at(i)
                .is_some_and(|(k, _)| ents.person_of.get(k).copied().flatten().is_some())
        };
        for i in (0..n).rev() {
            next_person[i] = if is_person(i) { i as u32 } else { next_person[i + 1] };
            // "một người hàng xóm", "các ông": someone else, not the person just named
            let counted =
                i > 0 && matches!(doc.tok_lower(i - 1), "một" | "những" | "các" | "nhiều" | "mọi");
            let stand_in = read(i)
                && !counted
                && (PRONOUNS.contains(&doc.tok_lower(i))
                    || crate::entities::titles::TITLES.gaz.longest_at(doc, i).is_some());
            next_stand_in[i] = if stand_in { i as u32 } else { next_stand_in[i + 1] };
        }
        let mut prev_person = Vec::with_capacity(n);
        let mut last = NONE;
        for i in 0..n {
            if is_person(i) {
                last = i as u32;
            }
            prev_person.push(last);
        }
        let mut prev_named = Vec::with_capacity(ents.person_mentions.len());
        let mut last = NONE;
        for k in 0..ents.person_mentions.len() {
            if ents.person_of.get(k).copied().flatten().is_some() {
                last = k as u32;
            }
            prev_named.push(last);
        }
        Index { prev_speech, next_person, prev_person, next_stand_in, prev_named }
    }

    /// The last speech verb in tokens [a, b).
    fn speech_in(&self, a: usize, b: usize) -> Option<usize> {
        let j = *self.prev_speech.get(b.checked_sub(1)?)?;
        (j != NONE && j as usize >= a).then_some(j as usize)
    }
}

fn last_person_before(ix: &Index, ents: &Entities, pos: usize) -> Option<String> {
    // person mentions are in text order: the latest one that is a person and ends before `pos`
    let mut k = ents.person_mentions.partition_point(|m| m.range.start < pos);
    loop {
        let i = *ix.prev_named.get(k.checked_sub(1)?)?;
        if i == NONE {
            return None;
        }
        let i = i as usize;
        if ents.person_mentions[i].range.end <= pos {
            return ents.person_of.get(i).copied().flatten().map(|p| ents.people[p].name.clone());
        }
        k = i;
    }
}

/// Recognise quotes and their speakers.
pub fn recognise(doc: &Doc, annot: &Annot, ents: &Entities) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut index: Option<Index> = None;
    for line in &doc.seg.lines {
        if !matches!(line.kind, LineKind::Body | LineKind::Caption) {
            continue;
        }
        let sentence_end = |pos: usize| {
            doc.seg
                .sentence_of(pos)
                .and_then(|i| doc.seg.sentences.get(i))
                .map_or(line.range.end, |se| se.range.end)
        };
        for q in quoted(doc.text(), line.range.clone(), &sentence_end) {
            if let Some(quote) = quote_of(doc, annot, ents, &line.range, q, &mut index) {
                out.push(quote);
            }
        }
    }
    out
}

/// Is the quoted text speech — eight words or more, not in title case (a slogan or a name)?
fn is_speech(content: &str) -> bool {
    let ws = words(content);
    if ws.len() < 8 {
        return false;
    }
    let caps =
        ws.iter().filter(|x| x.chars().next().map(|c| c.is_uppercase()).unwrap_or(false)).count();
    caps * 2 <= ws.len()
}

/// The quote `q` (its content's bytes) of the line `line`, if it is speech that is attributed:
/// a speech verb after it ("”- ông nhấn mạnh", "”, Bộ trưởng nói") or before it in its sentence
/// ("ông X khẳng định: “…”"), or a colon before it; not a motto ("phương châm … là “…”").
fn quote_of(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    line: &Range<usize>,
    q: Range<usize>,
    index: &mut Option<Index>,
) -> Option<Quote> {
    let w = &*WORDS;
    if !is_speech(doc.slice(q.clone())) {
        return None;
    }
    let qa = doc.token_at_or_after(q.start); // first token inside
    let qb = doc.token_at_or_after(q.end); // the closing mark
    let open_tok = qa.saturating_sub(1);
    // before the quote, in its sentence
    let line_first = doc.token_at_or_after(line.start);
    let sent_start = doc
        .seg
        .sentence_of(q.start.saturating_sub(1))
        .and_then(|i| doc.seg.sentences.get(i))
        .map(|s| s.range.start)
        .unwrap_or(line.start);
    let before_first = doc.token_at_or_after(sent_start.min(q.start)).max(line_first);
    let before = before_first..open_tok.max(before_first);
    let before_last = (before.start < before.end).then(|| before.end - 1);
    // a motto: "phương châm … là “…”"
    if let Some(last) = before_last {
        let lw = doc.tok_lower(last);
        let naming = before.clone().rev().take(6).any(|j| w.naming.longest_at(doc, j).is_some());
        if lw == "là" || naming && lw != ":" {
            return None;
        }
    }
    let ix = index.get_or_insert_with(|| Index::new(doc, annot, ents));
    let speaker = match speaker_after(doc, annot, ents, line, &q, qb, ix) {
        Some(s) => s,
        None => {
            // before: "ông X khẳng định: “…”"
            let ends_colon = before_last.is_some_and(|j| doc.tok_text(j) == ":");
            match ix.speech_in(before.start, before.end) {
                // "Trước câu trả lời này, bà X ngắt lời: “…”": no one before the verb of
                // saying; the one named before the colon
                Some(v) => last_speaker_in(doc, annot, ents, before_first, v + 1, q.start, ix)
                    .or_else(|| {
                        ends_colon
                            .then(|| named_in(doc, annot, ents, v + 1, before.end, ix))
                            .flatten()
                    }),
                // "bà X ngắt lời: “…”": the one named (not a title standing for someone)
                None if ends_colon => named_in(doc, annot, ents, before_first, before.end, ix),
                // a whole paragraph in quotes, attributed in the next line, is rare: require
                // an attribution
                None => return None,
            }
        }
    };
    Some(Quote { span: doc.span(q), speaker })
}

/// The attribution after a quote closing at token `qb`, within its line and 14 tokens: `None`
/// without a speech verb there, else the speaker it names (if any).
fn speaker_after(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    line: &Range<usize>,
    q: &Range<usize>,
    qb: usize,
    ix: &Index,
) -> Option<Option<String>> {
    let w = &*WORDS;
    let line_end_tok = doc.token_at_or_after(line.end);
    let mut after_end = (qb + 1).min(line_end_tok);
    while after_end < line_end_tok
        && after_end < qb + 14
        && !matches!(doc.tok_text(after_end), "." | "“" | "\"" | "?" | "!" | ";")
    {
        after_end += 1;
    }
    let v = (qb + 1..after_end).find(|&j| w.speech.longest_at(doc, j).is_some())?;
    // "… - Bộ trưởng Bùi Thanh Sơn nhấn mạnh" spans past the verb sometimes
    Some(
        speaker_in(doc, annot, ents, qb + 1, v + 1, q.start, ix)
            .or_else(|| speaker_in(doc, annot, ents, qb + 1, after_end, q.start, ix)),
    )
}

#[cfg(test)]
mod tests {

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let x = crate::extract(text, &crate::Options::default());
        x.quotes.into_iter().map(|q| (q.span.text, q.speaker)).collect()
    }

    #[test]
    fn attribution_after_and_before() {
        let v = quotes("Ông Nguyễn Lộc Hà đề nghị Sở tiếp tục đổi mới.\n“Đối ngoại ngày nay không chỉ là mở rộng quan hệ mà còn là nguồn lực”- ông nhấn mạnh.");
        assert_eq!(
            v,
            [(
                "Đối ngoại ngày nay không chỉ là mở rộng quan hệ mà còn là nguồn lực".to_string(),
                Some("Nguyễn Lộc Hà".to_string())
            )]
        );
        let v = quotes("Bộ trưởng Bùi Thanh Sơn khẳng định: “Việt Nam luôn coi trọng quan hệ hữu nghị truyền thống với các nước láng giềng”.");
        assert_eq!(v[0].1.as_deref(), Some("Bùi Thanh Sơn"));
    }

    #[test]
    fn mottos_and_short_terms_are_not_quotes() {
        assert!(quotes("Phương châm hành động năm 2026 là “Chủ động thích ứng – Tiên phong đột phá – Hiệu quả thực chất - Vững bước hội nhập”.").is_empty());
        assert!(quotes("Thành phố giữ vững tinh thần “sáng tạo không ngừng, đổi mới không nghỉ” và mỗi thành tựu là “trái ngọt”.").is_empty());
    }
}
