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

/// Quoted stretches in a line: (byte range of the content without the marks).
fn quoted(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let s = match text.get(line.clone()) {
        Some(s) => s,
        None => return out,
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    // closing marks with no occurrence left after the current position (no rescans: linear)
    let mut exhausted: Vec<char> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if let Some(close) = open_close(c).filter(|cl| !exhausted.contains(cl)) {
            let found = chars[i + 1..].iter().position(|&(_, d)| d == close);
            if found.is_none() {
                exhausted.push(close);
            }
            if let Some(j) = found {
                let (e, _) = chars[i + 1 + j];
                let start = b + c.len_utf8();
                if e > start {
                    out.push(line.start + start..line.start + e);
                }
                i += j + 2;
                continue;
            }
        }
        i += 1;
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
) -> Option<String> {
    for j in a..b {
        if let Some((k, _)) = annot.person_at(j) {
            if let Some(p) = ents.person_of.get(k).copied().flatten() {
                return Some(ents.people[p].name.clone());
            }
        }
    }
    // "ông", "Bộ trưởng", "Thứ trưởng Bộ Ngoại giao": the person named last
    let has_stand_in = (a..b).any(|j| {
        PRONOUNS.contains(&doc.tok_lower(j))
            || crate::entities::titles::TITLES.gaz.longest_at(doc, j).is_some()
    });
    if has_stand_in {
        return last_person_before(doc, ents, before_pos);
    }
    None
}

fn last_person_before(_doc: &Doc, ents: &Entities, pos: usize) -> Option<String> {
    // person mentions are in text order
    let k = ents.person_mentions.partition_point(|m| m.range.start < pos);
    ents.person_mentions[..k]
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, m)| m.range.end <= pos)
        .find_map(|(i, _)| ents.person_of.get(i).copied().flatten())
        .map(|p| ents.people[p].name.clone())
}

/// Recognise quotes and their speakers.
pub fn recognise(doc: &Doc, annot: &Annot, ents: &Entities) -> Vec<Quote> {
    let w = &*WORDS;
    let mut out = Vec::new();
    for line in &doc.seg.lines {
        if !matches!(line.kind, LineKind::Body | LineKind::Caption) {
            continue;
        }
        for q in quoted(doc.text(), line.range.clone()) {
            let content = doc.slice(q.clone());
            let ws = words(content);
            if ws.len() < 8 {
                continue;
            }
            // title case: a slogan or a name, not speech
            let caps = ws
                .iter()
                .filter(|x| x.chars().next().map(|c| c.is_uppercase()).unwrap_or(false))
                .count();
            if caps * 2 > ws.len() {
                continue;
            }
            let qa = doc.token_at_or_after(q.start); // first token inside
            let qb = doc.token_at_or_after(q.end); // the closing mark
            let open_tok = qa.saturating_sub(1);
            // before the quote, in its sentence
            let line_first = doc.token_at_or_after(line.range.start);
            let sent_start = doc
                .seg
                .sentence_of(q.start.saturating_sub(1))
                .and_then(|i| doc.seg.sentences.get(i))
                .map(|s| s.range.start)
                .unwrap_or(line.range.start);
            let before_first = doc.token_at_or_after(sent_start.min(q.start)).max(line_first);
            let before: Vec<usize> = (before_first..open_tok).collect();
            // a motto: "phương châm … là “…”"
            if let Some(&last) = before.last() {
                let lw = doc.tok_lower(last);
                let naming =
                    before.iter().rev().take(6).any(|&j| w.naming.longest_at(doc, j).is_some());
                if lw == "là" || naming && lw != ":" {
                    continue;
                }
            }
            // after the quote: "”- ông nhấn mạnh", "”, Bộ trưởng nói"
            let line_end_tok = doc.token_at_or_after(line.range.end);
            let mut after_end = (qb + 1).min(line_end_tok);
            while after_end < line_end_tok
                && after_end < qb + 14
                && !matches!(doc.tok_text(after_end), "." | "“" | "\"" | "?" | "!" | ";")
            {
                after_end += 1;
            }
            let after_speech = (qb + 1..after_end).find(|&j| w.speech.longest_at(doc, j).is_some());
            let mut speaker = None;
            let mut attributed = false;
            if let Some(v) = after_speech {
                attributed = true;
                speaker = speaker_in(doc, annot, ents, qb + 1, v + 1, q.start);
                if speaker.is_none() {
                    // "… - Bộ trưởng Bùi Thanh Sơn nhấn mạnh" spans past the verb sometimes
                    speaker = speaker_in(doc, annot, ents, qb + 1, after_end, q.start);
                }
            }
            if !attributed {
                // before: "ông X khẳng định: “…”"
                let ends_colon = before.last().map(|&j| doc.tok_text(j) == ":").unwrap_or(false);
                let speech_before =
                    before.iter().rev().find(|&&j| w.speech.longest_at(doc, j).is_some()).copied();
                if let Some(v) = speech_before {
                    attributed = true;
                    speaker = speaker_in(doc, annot, ents, before_first, v + 1, q.start);
                } else if ends_colon {
                    attributed = true;
                }
            }
            // a whole paragraph in quotes, attributed in the next line, is rare: require an attribution
            if !attributed {
                continue;
            }
            let _ = TokKind::Word;
            out.push(Quote { span: doc.span(q.clone()), speaker });
        }
    }
    out
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
