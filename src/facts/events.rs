//! Named events: a head ("Hội nghị", "Diễn đàn", "Lễ hội", "Đại hội", "Năm", `event_heads.tsv`)
//! and a name ("Diễn đàn Kinh tế TP.HCM lần thứ năm", "Đại hội XIV của Đảng", "Năm APEC 2017",
//! "Hội nghị tổng kết công tác năm 2025 và phương hướng nhiệm vụ năm 2026"), with the kind,
//! the edition ("lần thứ năm" → 5, "Đại hội XIV" → 14, "lần thứ I" → 1) and the date the
//! text ties to it (a date in the same sentence, a year in the name, the passage's year).
//!
//! An event is told from a body: a name that is a body of the lexicon ("Diễn đàn Kinh tế Thế
//! giới") is an organisation. A bare "hội nghị", "buổi lễ" is a reference to the article's
//! event of that kind (used by actions), not a new event.

use crate::entities::Entities;
use crate::facts::annot::{Annot, Item};
use crate::lexicon::{rows, Gazetteer};
use crate::model::{EventKind, EventRef, Grain};
use crate::text::document::{Doc, Map, TokKind};
use crate::time::resolve::Resolved;
use crate::time::scope::YearScope;
use std::ops::Range;
use std::sync::LazyLock;

/// How the name after a head is read (the `form` column of `event_heads.tsv`).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Form {
    /// a name after the head ("Hội nghị …")
    Named,
    /// the head alone names a series; a year, a number or an age class may follow ("SEA Games
    /// 30", "World Cup U20", "U20 World Cup")
    Alone,
    /// a war or a revolution: capitalised words or a place, the ordinal kept in the name
    /// ("Thế chiến thứ II", "Cách mạng tháng Mười vĩ đại", "nội chiến Mỹ")
    History,
    /// a capitalised name must follow: a day, week, month or year ("Năm APEC 2017"), a
    /// contest ("Cuộc thi Hoa hậu …")
    Capital,
    /// a programme or a show named by a quoted title ("chương trình “…”")
    Quoted,
}

struct EventLexicon {
    heads: Gazetteer,
    kinds: Vec<&'static str>,
    forms: Vec<Form>,
}

static LEX: LazyLock<EventLexicon> = LazyLock::new(|| {
    let mut heads = Gazetteer::new(false);
    let mut kinds = Vec::new();
    let mut forms = Vec::new();
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/event_heads.tsv"))) {
        if r.len() < 2 {
            continue;
        }
        heads.add(r[0], kinds.len() as u32, false);
        kinds.push(r[1]);
        forms.push(match r.get(2).copied().unwrap_or("") {
            "alone" => Form::Alone,
            "history" => Form::History,
            "capital" => Form::Capital,
            "quoted" => Form::Quoted,
            _ => Form::Named,
        });
    }
    EventLexicon { heads, kinds, forms }
});

/// Words that end an event's name.
const STOP: &[&str] = &[
    "được", "đã", "sẽ", "đang", "nhằm", "để", "cho", "cũng", "như", "khi", "nhưng", "mà", "thì",
    "nên", "vì", "bởi", "do", "theo", "vào", "với", "là", "có", "này", "đó", "diễn", "từ", "sau",
    "trước", "trong", "nhân", "dịp", "đón", "ghi", "gồm", "qua", "ở", "sắp", "hồi",
];

/// The ten heavenly stems that open the name of a year of the sixty-year cycle ("Đinh Dậu").
const STEMS: &[&str] = &["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];

/// Words a name cannot start with.
const NOT_START: &[&str] =
    &["và", "với", "tại", "của", "cho", "về", "là", "ở", "hoặc", "hay", "nhưng", "thì"];

const GENERIC: &[&str] = &[
    "các", "những", "mọi", "nhiều", "một", "số", "mỗi", "từng", "buổi", "cuộc", "hai", "ba", "này",
];

fn roman(w: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in w.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// "lần thứ 18", "lần thứ năm", "lần thứ XII", "khóa XV" at token `j`: (edition, end token).
fn edition_at(doc: &Doc, j: usize) -> Option<(u32, usize)> {
    let n = doc.tokens.len();
    let w = doc.tok_lower(j);
    let (k, num_tok) = if w == "lần" && j + 2 < n && doc.tok_lower(j + 1) == "thứ" {
        (j + 3, j + 2)
    } else if w == "khóa" && j + 1 < n {
        (j + 2, j + 1)
    } else {
        return None;
    };
    let t = doc.tok_text(num_tok);
    if let Some(v) = t.parse::<u32>().ok().or_else(|| roman(t)) {
        return Some((v, k));
    }
    // in words: "lần thứ tư", "lần thứ mười một", "lần thứ hai mươi"
    let line = doc.tline(num_tok);
    let words: Vec<&str> = (num_tok..n)
        .take_while(|&i| doc.tline(i) == line)
        .take(6)
        .map(|i| doc.tok_lower(i))
        .collect();
    crate::text::numerals::ordinal_prefix(&words).map(|(v, used)| (v, num_tok + used))
}

#[derive(Debug, Clone)]
pub struct EventMention {
    pub toks: Range<usize>,
    /// tokens of the name without a trailing edition or acronym
    pub name_toks: Range<usize>,
    pub kind: &'static str,
    pub edition: Option<u32>,
}

/// What one step of the scan of an event's name found.
enum Step {
    /// part of the name proper, up to the token
    Name(usize),
    /// a trailer (an edition, a term, an acronym) up to the token: not the name proper
    Trailer(usize),
    /// a link ("-" before a capital, "của" before a body) up to the token
    Link(usize),
    /// the last part of the name proper (a quoted title), up to the token
    Last(usize),
    /// the name ends here
    Stop,
}

/// The scan of one event's name on the line of its head.
struct NameScan<'a> {
    doc: &'a Doc<'a>,
    annot: &'a Annot,
    line: usize,
    head_kind: &'a str,
    /// a "giữa" was read: "với", "và" join its parties
    giua: bool,
}

impl NameScan<'_> {
    fn same_line(&self, j: usize) -> bool {
        j < self.doc.tokens.len() && self.doc.tline(j) == self.line
    }

    /// "nhiệm kỳ 2025 - 2030" at `j`: a term, like an edition, is not part of the name proper;
    /// its end.
    fn term_end(&self, j: usize) -> Option<usize> {
        let doc = self.doc;
        if doc.tok_lower(j) == "nhiệm" && self.same_line(j + 1) && doc.tok_lower(j + 1) == "kỳ"
        {
            let (_, e) = self.annot.date_at(j).or_else(|| self.annot.date_at(j + 2))?;
            return Some(e.max(j + 2));
        }
        None
    }

    /// A title in curly quotes at `j` ("Đêm hội “Biển gọi”", "Triển lãm ảnh “Hà Nội – Thành
    /// phố vì hòa bình”"): its closing mark, on the line and within 30 tokens.
    fn quoted_title(&self, j: usize) -> Option<usize> {
        let doc = self.doc;
        if doc.tok_text(j) != "“" {
            return None;
        }
        let close = (j + 1..j + 31)
            .take_while(|&k| self.same_line(k) && doc.tok_text(k) != "“")
            .find(|&k| doc.tok_text(k) == "”")?;
        (close > j + 1).then_some(close)
    }

    /// One step at `j` (not a term nor an edition); `after_trailer`: the last step read an
    /// edition, a term or an acronym.
    fn step(&mut self, j: usize, after_trailer: bool) -> Step {
        let (doc, annot) = (self.doc, self.annot);
        if let Some((it, e)) = annot.at(j).first().copied() {
            // a name of the lexicon's bodies may be inside ("Hội nghị Liên minh Nghị viện Thế
            // giới"); "(IPU)": an acronym after a body
            let k = e.max(j + 1);
            // a date followed by a capitalised word that names nothing ends the name: a new
            // clause or the next row of a table ("… giai đoạn 2017 - 2021 Phát biểu tại …")
            if matches!(it, Item::Date(_))
                && self.same_line(k)
                && doc.tokens[k].cap
                && doc.tokens[k].kind == TokKind::Word
                && annot.at(k).is_empty()
            {
                return Step::Last(k);
            }
            let acronym = self.same_line(k + 2)
                && doc.tok_text(k) == "("
                && doc.tok_text(k + 2) == ")"
                && doc.tokens[k + 1].upper;
            return Step::Name(if acronym { k + 3 } else { k });
        }
        let w = doc.tok_lower(j);
        if doc.tokens[j].kind == TokKind::Punct {
            if let Some(close) = self.quoted_title(j) {
                return Step::Last(close + 1);
            }
            if matches!(w, "-" | "–") && self.same_line(j + 1) && doc.tokens[j + 1].cap {
                return Step::Link(j + 1);
            }
            // a mark inside a word: "World Cup U-20", "U.20"
            let t = doc.tokens[j];
            let glued = j > 0
                && self.same_line(j + 1)
                && doc.tokens[j - 1].end == t.start
                && doc.tokens[j + 1].start == t.end;
            if glued && matches!(w, "-" | "." | "/") {
                return Step::Link(j + 1);
            }
            if w == "("
                && self.same_line(j + 2)
                && doc.tok_text(j + 2) == ")"
                && doc.tokens[j + 1].upper
            {
                // "Hội chợ Du lịch quốc tế (ITE)": the acronym is not part of the name proper
                return Step::Trailer(j + 3);
            }
            return Step::Stop;
        }
        if w == "giữa" {
            self.giua = true;
        }
        if w == "về" && after_trailer {
            // "Kỳ họp thứ 5 HĐND TP.HCM khóa IX về …": past its edition, a topic is no longer
            // the name
            return Step::Stop;
        }
        if w == "của" || w == "tại" {
            // "Đại hội XIV của Đảng", "Ngày TP.HCM tại Osaka": a body or a place after — not a
            // person ("Hội nghị … của Thủ tướng Nguyễn Xuân Phúc thành công")
            let person = annot.person_at(j + 1).is_some()
                || crate::entities::titles::TITLES.gaz.longest_at(doc, j + 1).is_some();
            let next_item = self.same_line(j + 1)
                && !person
                && (annot
                    .at(j + 1)
                    .iter()
                    .any(|(it, _)| matches!(it, Item::Org(_) | Item::Place(_)))
                    || w == "của" && doc.tokens[j + 1].cap);
            let allowed = w == "của" || self.head_kind == "other";
            return if next_item && allowed { Step::Link(j + 1) } else { Step::Stop };
        }
        if STOP.contains(&w) && !(self.giua && w == "với") {
            return Step::Stop;
        }
        if w == "và" && !self.giua && !self.parallel_part(j) && !self.parties_follow(j) {
            return Step::Stop;
        }
        if w == "và" && self.same_line(j + 1) && LEX.heads.longest_at(doc, j + 1).is_some() {
            return Step::Stop;
        }
        Step::Name(j + 1)
    }

    /// "Lễ ký Tuyên bố chung về phát triển toàn diện và sâu rộng giữa …": a "giữa" of the
    /// parties after a few lower-case words after the "và" at `j`: the name goes on.
    fn parties_follow(&self, j: usize) -> bool {
        let doc = self.doc;
        (j + 1..j + 6)
            .take_while(|&k| {
                self.same_line(k)
                    && doc.tokens[k].kind == TokKind::Word
                    && !doc.tokens[k].cap
                    && !STOP.contains(&doc.tok_lower(k))
            })
            .any(|k| doc.tok_lower(k) == "giữa")
    }

    /// "… năm 2025 và phương hướng nhiệm vụ năm 2026": the part coordinated by "và" at `j`
    /// continues the name only when it is parallel (dated too) and not another name.
    fn parallel_part(&self, j: usize) -> bool {
        let doc = self.doc;
        if self.same_line(j + 1) && doc.tokens[j + 1].cap {
            return false;
        }
        let mut k = j + 1;
        while self.same_line(k)
            && k < j + 12
            && doc.tokens[k].kind != TokKind::Punct
            && !STOP.contains(&doc.tok_lower(k))
        {
            if self.annot.date_covering(k).is_some() {
                return true;
            }
            k += 1;
        }
        false
    }
}

/// The end of an event name starting after its head at `i`; edition found on the way.
fn name_end(
    doc: &Doc,
    annot: &Annot,
    head: usize,
    i: usize,
    head_kind: &str,
) -> (usize, Option<u32>, usize) {
    let mut scan = NameScan { doc, annot, line: doc.tline(head), head_kind, giua: false };
    let mut j = i;
    let mut edition = None;
    let mut name_stop = None; // where the name proper ends (before a trailing edition)
                              // "Đại hội XIV"
    if scan.same_line(j) && doc.tokens[j].upper {
        if let Some(v) = roman(doc.tok_text(j)) {
            edition = Some(v);
            j += 1;
        }
    }
    while scan.same_line(j) && j < i + 25 {
        let step = if let Some(e) = scan.term_end(j) {
            Step::Trailer(e)
        } else if let Some((e, k)) = edition_at(doc, j) {
            edition = Some(e);
            Step::Trailer(k)
        } else {
            scan.step(j, name_stop.is_some())
        };
        match step {
            Step::Name(k) => {
                name_stop = None;
                j = k;
            }
            Step::Trailer(k) => {
                if name_stop.is_none() {
                    name_stop = Some(j);
                }
                j = k;
            }
            Step::Link(k) => j = k,
            Step::Last(k) => {
                name_stop = None;
                j = k;
                break;
            }
            Step::Stop => break,
        }
    }
    while j > i
        && matches!(
            doc.tok_lower(j - 1),
            "và" | "của" | "về" | "," | "-" | "–" | "tại" | "giữa" | "với"
        )
    {
        j -= 1;
    }
    let ns = name_stop.filter(|&s| s <= j && s > i).unwrap_or(j);
    (j, edition, ns)
}

/// Recognise event mentions (not merged).
pub fn mentions(doc: &Doc, annot: &Annot, ents: &Entities) -> Vec<EventMention> {
    let n = doc.tokens.len();
    let mut out: Vec<EventMention> = Vec::new();
    let mut i = 0;
    while i < n {
        match mention_at(doc, annot, ents, i) {
            Ok((m, next)) => {
                out.push(m);
                i = next;
            }
            Err(next) => match series_year_at(doc, i) {
                Some(m) => {
                    i = m.toks.end;
                    out.push(m);
                }
                None => i = next,
            },
        }
    }
    keep_outer(out)
}

/// The event mention whose head starts at `i` and the token to read on from (events inside
/// events are events too: "Ngày giải phóng miền Nam" in "Đại lễ kỷ niệm …"); else where to
/// read on.
fn mention_at(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    i: usize,
) -> Result<(EventMention, usize), usize> {
    let n = doc.tokens.len();
    let t = doc.tokens[i];
    if t.kind != TokKind::Word || !doc.tkind(i).is_content() || doc.tmasked(i) {
        return Err(i + 1);
    }
    let m = LEX.heads.longest_at(doc, i).ok_or(i + 1)?;
    let kind = LEX.kinds[m.hits[0].id as usize];
    let form = LEX.forms[m.hits[0].id as usize];
    if kind == "none" {
        return Err(m.end);
    }
    // an event head that starts a body of the lexicon is the body
    if let Some((o, e)) = annot.org_at(i) {
        if matches!(ents.org_mentions[o].org, crate::entities::orgs::OrgRef::Lex(_)) {
            return Err(e);
        }
    }
    let cap = t.cap;
    let whole =
        |toks: Range<usize>| EventMention { name_toks: toks.clone(), toks, kind, edition: None };
    match form {
        Form::Alone if cap && !inside_body(ents, i) => {
            let start = (i.saturating_sub(3)..i)
                .find(|&k| doc.tline(k) == doc.tline(i) && age_class_end(doc, k) == Some(i))
                .unwrap_or(i);
            return Ok((whole(start..series_end(doc, annot, m.end)), m.end));
        }
        Form::History => {
            let end = history_end(doc, annot, ents, i, m.end).ok_or(i + 1)?;
            return Ok((whole(i..end), end));
        }
        Form::Capital if cap => {
            if let Some(end) = day_of_a_place(doc, annot, i, m.end) {
                return Ok((whole(i..end), end));
            }
        }
        Form::Quoted => {
            let end = quoted_show_end(doc, m.end).ok_or(i + 1)?;
            return Ok((whole(i..end), end));
        }
        _ => {}
    }
    let prev = if i > 0 { doc.tok_lower(i - 1) } else { "" };
    if !cap && GENERIC.contains(&prev) {
        return Err(i + 1);
    }
    // "Tết Đinh Dậu": the new year of a year of the cycle is a holiday, not an event
    if doc.tok_lower(i) == "tết" && m.end == i + 1 && STEMS.contains(&doc.tok_lower(m.end)) {
        return Err(m.end);
    }
    if !named_after_head(doc, annot, i, m.end, form, cap) {
        return Err(i + 1);
    }
    if m.end < n && NOT_START.contains(&doc.tok_lower(m.end)) {
        return Err(i + 1);
    }
    let (end, edition, name_stop) = name_end(doc, annot, i, m.end, kind);
    if end <= m.end || !is_specific(doc, annot, m.end..end, edition, cap) {
        return Err(i + 1);
    }
    // the whole name is a lexicon body ("Diễn đàn Kinh tế Thế giới")
    if let Some((_, e)) = annot.org_at(i) {
        if e >= end {
            return Err(e);
        }
    }
    Ok((EventMention { toks: i..end, name_toks: i..name_stop, kind, edition }, m.end))
}

/// "Ngày", "Năm", "Tuần", "Cuộc thi" (a head that needs a capitalised name, or a bare "tết",
/// "lễ", "giải", "cúp") at [i, e): a capitalised name must follow, not a number — after a
/// lower-case day or year only a named place or body ("ngày TP.HCM tại Osaka"; a contest may
/// be written in lower case: "cuộc thi Tiếng hát …"); other heads need nothing here.
fn named_after_head(doc: &Doc, annot: &Annot, i: usize, e: usize, form: Form, cap: bool) -> bool {
    let calendar = form == Form::Capital;
    if !(calendar || (e == i + 1 && matches!(doc.tok_lower(i), "tết" | "lễ" | "giải" | "cúp")))
    {
        return true;
    }
    let next = doc.tokens.get(e);
    let named_next = annot.place_at(e).is_some() || annot.org_at(e).is_some();
    let contest = calendar && e > i + 1;
    let capital_next = next.map(|x| x.cap && x.kind == TokKind::Word).unwrap_or(false);
    if !((cap || named_next || contest) && capital_next) {
        return false;
    }
    !(annot.date_covering(i).is_some()
        || annot.date_covering(e).is_some()
            && calendar
            && doc.tok_lower(e) != "apec"
            && annot.org_at(e).is_none())
}

/// Words after which a name and a year is an event the text is about: "tại Cannes 2008",
/// "phục vụ APEC 2017", "tham gia The Face 2017" (a car of a model year is not: "chiếc Camry
/// 2018").
const SERIES_CUES: &[&[&str]] = &[
    &["tại"],
    &["dự"],
    &["tham", "dự"],
    &["tham", "gia"],
    &["phục", "vụ"],
    &["khuôn", "khổ"],
    &["vô", "địch"],
    &["“"],
];

/// A series named in Latin letters and its year at `i` after a cue ("tại Cannes 2008",
/// "phục vụ APEC 2017", "“Vietnam Foodexpo 2017”"): one to four capitalised words of ASCII
/// letters and digits, then a year (1950–2039) on the same line.
fn series_year_at(doc: &Doc, i: usize) -> Option<EventMention> {
    let latin = |k: usize| {
        let t = doc.tok_text(k);
        doc.tokens[k].kind == TokKind::Word
            && doc.tokens[k].cap
            && t.bytes().all(|b| b.is_ascii_alphanumeric())
    };
    if !latin(i) || i == 0 {
        return None;
    }
    // "quy định tại BLHS 2015": a code of law, not an event
    let cued = SERIES_CUES.iter().any(|cue| {
        i >= cue.len()
            && cue.iter().enumerate().all(|(n, w)| doc.tok_lower(i - cue.len() + n) == *w)
            && !(i > cue.len() && doc.tok_lower(i - cue.len() - 1) == "định")
    });
    let line = doc.tline(i);
    let mut j = i;
    while j < doc.tokens.len() && j < i + 4 && doc.tline(j) == line && latin(j) {
        j += 1;
    }
    let year = j < doc.tokens.len() && doc.tline(j) == line && {
        let t = doc.tok_text(j);
        t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1950..2040).contains(&y))
    };
    let quoted_end = doc.tok_text(i - 1) != "“"
        || doc.tokens.get(j + 1).is_some_and(|_| doc.tok_text(j + 1) == "”");
    (cued && year && quoted_end).then(|| EventMention {
        toks: i..j + 1,
        name_toks: i..j + 1,
        kind: "other",
        edition: None,
    })
}

/// Token `i` inside a body's name, not at its start ("Ủy ban Olympic Việt Nam", "Học viện
/// Chiến tranh Hải quân").
fn inside_body(ents: &Entities, i: usize) -> bool {
    ents.org_mentions.iter().any(|o| o.toks.start < i && i < o.toks.end)
}

/// An age class at `j` ("U20", "U-20", "U.23"): the token after it.
fn age_class_end(doc: &Doc, j: usize) -> Option<usize> {
    let t = doc.tok_text(j);
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if t.len() > 1 && t.starts_with('U') && digits(&t[1..]) {
        return Some(j + 1);
    }
    let glued = |k: usize| k + 1 < doc.tokens.len() && doc.tokens[k].end == doc.tokens[k + 1].start;
    if t != "U" || !glued(j) {
        return None;
    }
    if digits(doc.tok_text(j + 1)) {
        return Some(j + 2);
    }
    (matches!(doc.tok_text(j + 1), "-" | ".") && glued(j + 1) && digits(doc.tok_text(j + 2)))
        .then_some(j + 3)
}

/// The end of a series named by its head alone, from `j` past the head: a year or a number
/// ("SEA Games 30", "V-League 2019"), an age class ("World Cup U20"), a place ("Olympic Rio
/// 2016") — never a person or a clause after it ("World Cup U20 Hà Đức Chinh …").
fn series_end(doc: &Doc, annot: &Annot, mut j: usize) -> usize {
    let line = if j > 0 { doc.tline(j - 1) } else { 0 };
    let same_line = |k: usize| k < doc.tokens.len() && doc.tline(k) == line;
    // a year, or an edition that no counted noun follows ("SEA Games 30", not "… 2 lần")
    let number = |k: usize| {
        let t = doc.tok_text(k);
        same_line(k)
            && doc.tokens[k].kind == TokKind::Num
            && (t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1950..2040).contains(&y))
                || t.len() <= 2
                    && !(same_line(k + 1)
                        && doc.tokens[k + 1].kind == TokKind::Word
                        && !doc.tokens[k + 1].cap
                        && !STOP.contains(&doc.tok_lower(k + 1))
                        && !NOT_START.contains(&doc.tok_lower(k + 1))))
    };
    let mut taken = 0;
    while same_line(j) && taken < 3 {
        if let Some(k) = age_class_end(doc, j) {
            j = k;
        } else if number(j) {
            j += 1;
        } else if let Some((_, e)) = annot.place_at(j).filter(|&(_, e)| taken == 0 && number(e)) {
            // "Olympic Tokyo 2020": a place with the year of its games
            j = e;
        } else {
            break;
        }
        taken += 1;
    }
    j
}

/// The end of a war's or a revolution's name after its head at `i` ([i, j) is the head): a
/// name of capitalised words, places or a month ("Chiến tranh Triều Tiên", "Cách mạng tháng
/// Mười", "nội chiến Mỹ"), "thế giới" and an ordinal ("Chiến tranh thế giới thứ hai", "Thế
/// chiến thứ II"), "vĩ đại" after it; a lower-case syllable after a capitalised word only
/// where the name ends ("Chiến tranh Vệ quốc vĩ đại"; not "Chiến tranh Lạnh kết thúc"). A
/// revolution is written with a capital and named by a month or a place ("Cách mạng Công
/// nghiệp 4.0" is none); a head inside a body's name ("Học viện Chiến tranh Hải quân") is none.
fn history_end(doc: &Doc, annot: &Annot, ents: &Entities, i: usize, mut j: usize) -> Option<usize> {
    let revolution = doc.tok_lower(i) == "cách";
    if revolution && !doc.tokens[i].cap || inside_body(ents, i) {
        return None;
    }
    let line = doc.tline(i);
    let same_line = |k: usize| k < doc.tokens.len() && doc.tline(k) == line;
    let great =
        |k: usize| same_line(k + 1) && doc.tok_lower(k) == "vĩ" && doc.tok_lower(k + 1) == "đại";
    let ends_at = |k: usize| !same_line(k) || doc.tokens[k].kind == TokKind::Punct || great(k);
    let head_end = j;
    if revolution && !(doc.tok_lower(j) == "tháng" || annot.place_at(j).is_some()) {
        return None;
    }
    if same_line(j + 1) && doc.tok_lower(j) == "thế" && doc.tok_lower(j + 1) == "giới" {
        j += 2;
    }
    while same_line(j) && j < head_end + 6 {
        let t = doc.tokens[j];
        if annot.person_at(j).is_some() || GENERIC.contains(&doc.tok_lower(j)) {
            break;
        }
        if let Some((_, e)) = annot.place_at(j) {
            // a place ends the name ("Cách mạng Cuba", not "… Cuba Fidel Castro")
            j = e.max(j + 1);
            break;
        } else if let Some((_, e)) = annot.date_at(j) {
            j = e.max(j + 1);
        } else if doc.tok_lower(j) == "thứ" && same_line(j + 1) {
            let w = doc.tok_text(j + 1);
            let num = w.parse::<u32>().is_ok() || roman(w).is_some();
            let word = crate::text::numerals::ordinal_prefix(&[doc.tok_lower(j + 1)]).is_some();
            if !(num || word) {
                break;
            }
            j += 2;
        } else if t.kind == TokKind::Word && t.cap || t.kind == TokKind::Num {
            j += 1;
            let lower_next =
                same_line(j) && doc.tokens[j].kind == TokKind::Word && !doc.tokens[j].cap;
            if t.kind == TokKind::Word && lower_next && ends_at(j + 1) {
                j += 1;
            }
        } else if doc.tok_lower(j) == "tháng" && same_line(j + 1) {
            j += 2;
        } else {
            break;
        }
    }
    if j == head_end {
        return None;
    }
    if great(j) {
        j += 2;
    }
    Some(j)
}

/// A show's quoted title after its head, `j` past the head, up to three words between
/// ("chương trình “Mang âm nhạc đến bệnh viện”", "đêm nhạc “…”"): the token after the
/// closing mark.
fn quoted_show_end(doc: &Doc, j: usize) -> Option<usize> {
    let line = doc.tline(j.saturating_sub(1));
    let open = (j..j + 4)
        .take_while(|&k| k < doc.tokens.len() && doc.tline(k) == line)
        .find(|&k| doc.tok_text(k) == "“")?;
    let close = (open + 1..open + 20)
        .take_while(|&k| k < doc.tokens.len() && doc.tline(k) == line && doc.tok_text(k) != "“")
        .find(|&k| doc.tok_text(k) == "”")?;
    ((open + 1..close).all(|k| doc.tokens[k].kind != TokKind::Punct || doc.tok_text(k) != ".")
        && close > open + 1
        && (j..open).all(|k| {
            let w = doc.tok_lower(k);
            doc.tokens[k].kind == TokKind::Word
                && !doc.tokens[k].cap
                && !STOP.contains(&w)
                && w != "sự"
        }))
    .then_some(close + 1)
}

/// "Ngày giải phóng Hải Phòng", "Ngày thành lập Quân đội nhân dân Việt Nam": a capitalised
/// "Ngày" inside a sentence ([i, e) the head), one or two lower-case words, then a place or a
/// body, which ends the name: its end.
fn day_of_a_place(doc: &Doc, annot: &Annot, i: usize, e: usize) -> Option<usize> {
    let line = doc.tline(i);
    let inside = i > 0 && doc.tline(i - 1) == line && doc.tokens[i - 1].kind == TokKind::Word;
    let lower = |k: usize| {
        k < doc.tokens.len()
            && doc.tline(k) == line
            && doc.tokens[k].kind == TokKind::Word
            && !doc.tokens[k].cap
    };
    let named = |k: usize| annot.place_at(k).or_else(|| annot.org_at(k)).map(|(_, end)| end);
    if !(doc.tok_lower(i) == "ngày" && inside && lower(e)) {
        return None;
    }
    named(e + 1).or_else(|| if lower(e + 1) { named(e + 2) } else { None })
}

/// Something specific in the name `r` after the head: a capitalised word, a date, an edition,
/// a body, a place — and after a lower-case head, a date, a named item or an edition.
fn is_specific(doc: &Doc, annot: &Annot, r: Range<usize>, edition: Option<u32>, cap: bool) -> bool {
    let specific = r.clone().any(|j| {
        (doc.tokens[j].cap && doc.tokens[j].kind == TokKind::Word)
            || annot.date_covering(j).is_some()
            || !annot.at(j).is_empty()
            || doc.tokens[j].kind == TokKind::Num
    }) || edition.is_some();
    // a place only after "của" does not name a lower-case head ("lễ hội truyền thống đặc
    // trưng của thành phố Hải Phòng" describes a festival)
    let owner_place =
        |j: usize| j > 0 && doc.tok_lower(j - 1) == "của" && annot.place_at(j).is_some();
    let named =
        cap || r.into_iter().any(|j| {
            annot.date_covering(j).is_some() || !annot.at(j).is_empty() && !owner_place(j)
        }) || edition.is_some();
    specific && named
}

/// Keep the outer event when one is inside another's name with the same head position.
fn keep_outer(mut out: Vec<EventMention>) -> Vec<EventMention> {
    out.sort_by_key(|e| (e.toks.start, std::cmp::Reverse(e.toks.end)));
    let mut kept: Vec<EventMention> = Vec::new();
    for e in out {
        if let Some(last) = kept.last() {
            if e.toks.start < last.toks.end && e.toks.end <= last.toks.end {
                // nested: keep only congresses inside documents and different kinds
                continue;
            }
        }
        kept.push(e);
    }
    kept
}

fn key_of(doc: &Doc, annot: &Annot, ents: &Entities, r: &Range<usize>) -> String {
    let mut s = String::new();
    let mut j = r.start;
    while j < r.end {
        if let Some((k, e)) = annot.place_at(j) {
            s.push_str(&format!("#{} ", ents.location_of[k].map(|x| x as i64).unwrap_or(-1)));
            j = e.max(j + 1);
            continue;
        }
        if doc.tokens[j].kind == TokKind::Word || doc.tokens[j].kind == TokKind::Num {
            s.push_str(doc.tok_lower(j));
            s.push(' ');
        }
        j += 1;
    }
    s
}

/// Merge event mentions into events and give each its date.
pub fn resolve(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    mentions: &[EventMention],
    dates: &[Resolved],
    scope: &YearScope,
) -> (Vec<EventRef>, Vec<usize>) {
    let mut out: Vec<EventRef> = Vec::new();
    let mut keys: Map<String, usize> = Map::default();
    let mut of = Vec::with_capacity(mentions.len());
    for m in mentions {
        let key = key_of(doc, annot, ents, &m.name_toks);
        let name = doc
            .slice(doc.tokens[m.name_toks.start].start..doc.tokens[m.name_toks.end - 1].end)
            .to_string();
        let span = doc.span(doc.tokens[m.toks.start].start..doc.tokens[m.toks.end - 1].end);
        let idx = match keys.get(&key).copied().or_else(|| shorter_or_longer(&keys, &key)) {
            Some(i) => i,
            None => {
                keys.insert(key, out.len());
                out.push(EventRef {
                    name: name.clone(),
                    kind: EventKind::from_name(m.kind).unwrap_or(EventKind::Other),
                    edition: None,
                    date: event_date(doc, annot, m, dates, scope),
                    mentions: Vec::new(),
                });
                out.len() - 1
            }
        };
        let e = &mut out[idx];
        if e.edition.is_none() {
            e.edition = m.edition;
        }
        if name.chars().count() > e.name.chars().count() {
            e.name = name;
        }
        e.mentions.push(span);
        of.push(idx);
    }
    (out, of)
}

/// The event already read that is this one named more or less fully ("Hội nghị G20" and "Hội
/// nghị Thượng đỉnh G20", "Lễ hội Hoa Phượng đỏ" and "… 2017", a caption "Lễ ký kết hợp tác
/// tuyên truyền Chương trình …" of "Lễ ký kết Chương trình … giữa …"): both open with the same
/// word, the shorter has three words at least, three in four of them in the longer in order
/// (or it is two words at least found as they are in the longer: "World Cup" and "U20 World
/// Cup"), and no number the longer lacks ("Đại hội 12 của Đảng" is not "Đại hội 15 của Đảng bộ").
fn shorter_or_longer(keys: &Map<String, usize>, key: &str) -> Option<usize> {
    let words: Vec<&str> = key.split_whitespace().collect();
    let same = |a: &[&str], b: &[&str]| {
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        let numeric = |w: &&&str| w.bytes().next().is_some_and(|c| c.is_ascii_digit());
        let run = short.len() >= 2 && long.windows(short.len()).any(|w| w == short);
        short.iter().filter(numeric).all(|w| long.contains(w))
            && (run
                || short.len() >= 3
                    && short.first() == long.first()
                    && 4 * common_in_order(short, long) >= 3 * short.len())
    };
    keys.iter()
        .filter(|(k, _)| same(&words, &k.split_whitespace().collect::<Vec<_>>()))
        .map(|(_, &i)| i)
        .min()
}

/// The length of the longest sequence of words of `a` found in `b` in the same order.
fn common_in_order(a: &[&str], b: &[&str]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diag = 0;
        for (j, y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    row[b.len()]
}

/// The date the text ties to an event: a date in its sentence, a year in its name, else the
/// year of its passage.
fn event_date(
    doc: &Doc,
    annot: &Annot,
    m: &EventMention,
    dates: &[Resolved],
    scope: &YearScope,
) -> Option<String> {
    // a year written in the name ("Năm APEC 2017", "Teqball thế giới 2024")
    for j in m.toks.clone() {
        if let Some(k) = annot.date_covering(j) {
            let d = &dates[k];
            if d.grain == Grain::Year && !d.piece.target {
                return Some(d.value.clone());
            }
        }
    }
    let pos = doc.tokens[m.toks.start].start;
    let sent =
        doc.seg.sentence_of(pos).and_then(|i| doc.seg.sentences.get(i)).map(|s| s.range.clone())?;
    // a day in the same sentence ("Ngày 22/12, Sở … tổ chức Hội nghị …", "hội thảo … (12.1)")
    let first = dates.partition_point(|d| d.range.start < sent.start);
    let in_sentence: Vec<&Resolved> = dates[first..]
        .iter()
        .take_while(|d| d.range.end <= sent.end)
        .filter(|d| !d.piece.target)
        .collect();
    if let Some(d) = in_sentence
        .iter()
        .find(|d| matches!(d.grain, Grain::Day | Grain::Hour | Grain::Minute | Grain::Second))
    {
        return Some(d.value.clone());
    }
    if let Some(d) = in_sentence
        .iter()
        .find(|d| matches!(d.grain, Grain::Month | Grain::Year) && d.range.end <= pos)
    {
        return Some(d.value.clone());
    }
    scope.year_for_figure(doc, pos).map(|y| y.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::calendar::parse_iso_date;
    use crate::time::dates::Reference;

    /// An event mention: its name as written, its kind, its edition.
    type Seen = (String, &'static str, Option<u32>);

    /// The event mentions and the events of `text`.
    fn run(text: &str) -> (Vec<Seen>, Vec<EventRef>) {
        let doc = Doc::new(text);
        let pieces = crate::time::dates::recognise(&doc);
        let reference = Reference { date: parse_iso_date("2025-06-15").map(|x| x.0) };
        let scope = YearScope::new(&doc, &pieces, reference, None);
        let dates = crate::time::resolve::resolve(&doc, &pieces, reference, &scope);
        let ents = crate::entities::recognise(&doc);
        let annot = Annot::new(&doc, &dates, &ents);
        let ms = mentions(&doc, &annot, &ents);
        let (events, _) = resolve(&doc, &annot, &ents, &ms, &dates, &scope);
        let name = |m: &EventMention| {
            let t = &doc.tokens;
            doc.slice(t[m.name_toks.start].start..t[m.name_toks.end - 1].end).to_string()
        };
        (ms.iter().map(|m| (name(m), m.kind, m.edition)).collect(), events)
    }

    #[test]
    fn head_kind_and_edition() {
        let (ms, _) = run("Thành phố tổ chức Diễn đàn Kinh tế Hà Nội lần thứ năm.");
        assert_eq!(ms, [("Diễn đàn Kinh tế Hà Nội".to_string(), "forum", Some(5))]);
        let (ms, _) = run("Quán triệt Nghị quyết Đại hội XIV của Đảng.");
        assert_eq!(ms, [("Đại hội XIV của Đảng".to_string(), "congress", Some(14))]);
    }

    #[test]
    fn holidays_and_bodies_are_not_events() {
        assert!(run("Người dân đón Tết Nguyên đán vui tươi.").0.is_empty());
        assert!(run("Thành phố hợp tác với Diễn đàn Kinh tế Thế giới (WEF).").0.is_empty());
    }

    #[test]
    fn an_event_takes_the_date_of_its_sentence() {
        let (ms, events) = run("Sáng 13/5, Bộ tổ chức Hội nghị Ngoại giao lần thứ 32.");
        assert_eq!(ms, [("Hội nghị Ngoại giao".to_string(), "conference", Some(32))]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].kind, EventKind::Conference);
        assert_eq!(events[0].mentions.len(), 1);
        assert_eq!(events[0].date.as_deref(), Some("2025-05-13"));
    }
}
