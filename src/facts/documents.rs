//! Legal and policy documents.
//!
//! - Numbered documents: a kind ("Nghị quyết", "Quyết định", "Chỉ thị", "Nghị định", …,
//!   `doc_kinds.tsv`) with "[số] N[/YYYY]-TYPE/ISSUER" or "N/TYPE-ISSUER". The number is
//!   canonical in the format of its issuer (`doc_codes.tsv`): Party documents "59-NQ/TW",
//!   State documents "153/NQ-CP", so "153-NQ/CP" is the same document. The issuer comes from
//!   "của Bộ Chính trị / Chính phủ / …" after it, else from the number's code.
//! - Named documents: a kind with a description ("Chiến lược đối ngoại TP. Hồ Chí Minh đến năm
//!   2030, tầm nhìn 2045", "Kế hoạch triển khai Nghị quyết 153/NQ-CP", "văn kiện Đại hội Đảng bộ
//!   Thành phố nhiệm kỳ 2025 - 2030"): the name runs to where the noun phrase ends — a
//!   punctuation mark (a comma only when "tầm nhìn" does not follow), a clause word
//!   ("được", "nhằm", "với" …), "và" before another capitalised item, or "của" + the issuing
//!   body. A description must hold something specific (a date, a name, a number).
//! - "Nghị quyết 59" and "Nghị quyết 59-NQ/TW" are one document.

use crate::entities::Entities;
use crate::facts::annot::{Annot, Item};
use crate::lexicon::{rows, Gazetteer};
use crate::model::{DocumentRef, OrganizationKind};
use crate::text::document::Map;
use crate::text::document::{Doc, TokKind};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

struct DocLexicon {
    kinds: Gazetteer,
    /// kind name per id, and its category
    kind_names: Vec<(&'static str, &'static str)>,
    /// type code → kind name
    type_codes: Map<String, &'static str>,
    /// issuer code → [(issuer, format)]
    issuers: Map<String, Vec<(&'static str, &'static str)>>,
}

static LEX: LazyLock<DocLexicon> = LazyLock::new(|| {
    let mut kinds = Gazetteer::new(false);
    let mut kind_names = Vec::new();
    let mut type_codes = Map::default();
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/doc_kinds.tsv"))) {
        if r.len() < 3 {
            continue;
        }
        kinds.add(r[0], kind_names.len() as u32, false);
        kind_names.push((r[0], r[2]));
    }
    let mut issuers: Map<String, Vec<(&'static str, &'static str)>> = Map::default();
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/doc_codes.tsv"))) {
        if r.len() < 4 {
            continue;
        }
        match r[1] {
            "type" => {
                type_codes.insert(r[0].to_string(), r[2]);
            }
            _ => issuers.entry(r[0].to_string()).or_default().push((r[2], r[3])),
        }
    }
    DocLexicon { kinds, kind_names, type_codes, issuers }
});

static RE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Ss]ố )?([0-9]{1,5})(?:/([0-9]{4}))?(?:([/-])([A-ZĐa-zđƯư]{1,8}(?:[-/][A-ZĐa-zđƯư0-9]{1,10}){0,3}))?").expect("valid number pattern")
});

/// A parsed document number.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Number {
    n: String,
    year: Option<String>,
    type_code: Option<String>,
    issuer_code: Option<String>,
}

impl Number {
    fn canonical(&self) -> Option<String> {
        let t = self.type_code.as_ref()?;
        let iss = self.issuer_code.as_ref()?;
        let party = LEX
            .issuers
            .get(iss)
            .map(|v| v.iter().all(|(_, f)| *f == "party"))
            .unwrap_or(iss.ends_with("TW") || iss.ends_with("TU"));
        Some(match (&self.year, party) {
            (Some(y), _) => format!("{}/{}/{}-{}", self.n, y, t, iss),
            (None, true) => format!("{}-{}/{}", self.n, t, iss),
            (None, false) => format!("{}/{}-{}", self.n, t, iss),
        })
    }

    fn issuer(&self) -> Option<String> {
        let iss = self.issuer_code.as_ref()?;
        if iss == "TW" {
            let key = format!("TW:{}", self.type_code.as_deref().unwrap_or(""));
            return LEX
                .issuers
                .get(&key)
                .and_then(|v| v.first())
                .map(|(n, _)| n.to_string())
                .or(Some("Ban Chấp hành Trung ương".into()));
        }
        let v = LEX.issuers.get(iss)?;
        let party_format = self.year.is_none() && self.issuer_code.is_some();
        v.iter()
            .find(|(_, f)| (*f == "party") == party_format)
            .or(v.first())
            .map(|(n, _)| n.to_string())
    }
}

fn parse_number(text: &str) -> Option<(Number, usize)> {
    let c = RE_NUMBER.captures(crate::text::document::head(text, 96))?;
    let len = c.get(0)?.end();
    let n = c.get(1)?.as_str().to_string();
    let year = c.get(2).map(|y| y.as_str().to_string());
    let mut type_code = None;
    let mut issuer_code = None;
    if let Some(suffix) = c.get(4) {
        let parts: Vec<&str> = suffix.as_str().split(['-', '/']).collect();
        // the type code is the first known type; the issuer the rest
        if let Some(pos) = parts.iter().position(|p| LEX.type_codes.contains_key(*p)) {
            type_code = Some(parts[pos].to_string());
            let rest: Vec<&str> =
                parts.iter().enumerate().filter(|(i, _)| *i != pos).map(|(_, p)| *p).collect();
            if !rest.is_empty() {
                issuer_code = Some(rest.join("-"));
            }
        } else {
            return None;
        }
    }
    // a trailing separator is not part of the number
    Some((Number { n, year, type_code, issuer_code }, len))
}

/// Words that end a document's description.
const STOP: &[&str] = &[
    "được", "đã", "sẽ", "đang", "nhằm", "để", "cho", "cũng", "như", "khi", "nhưng", "mà", "thì",
    "nên", "vì", "bởi", "do", "theo", "tiếp", "góp", "tạo", "đồng", "gồm", "bao", "nêu", "đặt",
    "ra", "này", "đó", "nói", "có", "thay", "ông", "bà",
];

/// Determiners before a lower-case kind that make it generic ("các kế hoạch").
const GENERIC: &[&str] =
    &["các", "những", "mọi", "nhiều", "một", "số", "mỗi", "từng", "bản", "hai", "ba"];

/// Issuers a "của" may introduce.
fn is_issuer_org(ents: &Entities, k: usize) -> bool {
    let o = &ents.org_mentions[k];
    match ents.org_of.get(k).copied().flatten() {
        Some(i) => {
            matches!(
                ents.organizations[i].kind,
                OrganizationKind::Government | OrganizationKind::Party
            ) || o.toks.len() <= 3
        }
        None => false,
    }
}

/// Where a description starting at `i` ends (exclusive), given the kind's line.
fn description_end(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    i: usize,
    max: usize,
) -> (usize, Option<usize>) {
    let n = doc.tokens.len();
    let line = doc.tline(i.min(doc.tokens.len().saturating_sub(1)));
    let same_line = |j: usize| j < n && doc.tline(j) == line;
    let mut j = i;
    let mut giua = false;
    let mut issuer = None;
    while same_line(j) && j < i + max {
        // recognised items are taken whole
        if let Some((it, e)) = annot.at(j).first().copied() {
            // a person is no part of a document's name ("… ghi ông Tập", "… Richard Ferrand")
            if matches!(it, Item::Person(_)) {
                break;
            }
            // a date of a day, or one after "từ", "vào", is when, not the name ("lệnh đóng
            // cửa … chiều 22/5", "chiến lược toàn diện từ năm 2012")
            if matches!(it, Item::Date(_)) && when_not_name(doc, i, j) {
                if j > i && WHEN_BEFORE.contains(&doc.tok_lower(j - 1)) {
                    j -= 1;
                }
                // "… ký ngày 3/5", "… ban hành trước ngày 5/6": the act is no part of the name
                while j > i + 1
                    && matches!(
                        doc.tok_lower(j - 1),
                        "ký" | "ban" | "hành" | "trước" | "sau" | "kể"
                    )
                {
                    j -= 1;
                }
                break;
            }
            if let Item::Org(k) = it {
                if j > i && doc.tok_lower(j - 1) == "của" && is_issuer_org(ents, k) {
                    issuer = Some(k);
                    j -= 1;
                    break;
                }
            }
            j = e.max(j + 1);
            // a date ends the name ("… giai đoạn 2017 - 2021 giữa A và B", "… 2021 Phát biểu
            // tại …"), but for ", tầm nhìn 2045" and the issuer ("của Bộ Chính trị")
            if matches!(it, Item::Date(_)) && !date_continues(doc, annot, ents, j, &same_line) {
                break;
            }
            continue;
        }
        let w = doc.tok_lower(j);
        if doc.tokens[j].kind == TokKind::Punct {
            if punct_inside(doc, i, j, &same_line) {
                j += 1;
                continue;
            }
            break;
        }
        if w == "giữa" {
            giua = true;
        }
        if word_ends(doc, i, j, giua, &same_line) {
            break;
        }
        if w == "của"
            && same_line(j + 1)
            && annot.org_at(j + 1).map(|(k, _)| is_issuer_org(ents, k)).unwrap_or(false)
        {
            issuer = annot.org_at(j + 1).map(|(k, _)| k);
            break;
        }
        j += 1;
    }
    // an acronym after the name is not part of it: "Hiệp định … (TPP)"
    if j >= i + 3 && doc.tok_text(j - 1) == ")" && doc.tok_text(j - 3) == "(" {
        j -= 3;
    }
    // do not end on a joining word
    while j > i
        && matches!(
            doc.tok_lower(j - 1),
            "và" | "của" | "về" | "," | "-" | "–" | "tại" | "trong" | "giữa" | "với"
        )
    {
        j -= 1;
    }
    (j, issuer)
}

/// Words before a date that make it the time of an act, not part of a name.
const WHEN_BEFORE: &[&str] =
    &["từ", "vào", "hồi", "lúc", "chiều", "sáng", "tối", "trưa", "đêm", "hôm", "trong"];

/// The date at `j` in a description starting at `i` tells when, not what: after a word of
/// [`WHEN_BEFORE`], or a day ("ngày 3/5", "chiều 22/5") — not "năm 2020", "giai đoạn 2021 -
/// 2025", "đến năm 2030".
fn when_not_name(doc: &Doc, i: usize, j: usize) -> bool {
    let before = j > i && WHEN_BEFORE.contains(&doc.tok_lower(j - 1));
    let first = doc.tok_lower(j);
    before || first == "ngày" || WHEN_BEFORE.contains(&first)
}

/// After a date in a description, does the name go on at `j`: ", tầm nhìn …", "của" + an
/// issuer?
fn date_continues(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    j: usize,
    same_line: &dyn Fn(usize) -> bool,
) -> bool {
    if !same_line(j + 1) {
        return false;
    }
    match doc.tok_lower(j) {
        "," => doc.tok_lower(j + 1) == "tầm",
        "của" => annot.org_at(j + 1).is_some_and(|(k, _)| is_issuer_org(ents, k)),
        _ => false,
    }
}

/// Is the punctuation mark at `j` (in a description starting at `i`) inside the name:
/// ", tầm nhìn 2045", "-" before a capital, "/" or "." inside a word?
fn punct_inside(doc: &Doc, i: usize, j: usize, same_line: &dyn Fn(usize) -> bool) -> bool {
    let t = doc.tokens[j];
    match doc.tok_lower(j) {
        // ", tầm nhìn 2045"; two acts joined by a comma at the start of a law's name ("Luật
        // sửa đổi, bổ sung …", "Luật Quản lý, sử dụng vốn nhà nước …")
        "," => {
            same_line(j + 1)
                && (doc.tok_lower(j + 1) == "tầm"
                    || j > i
                        && j <= i + 2
                        && doc.tokens[j + 1].kind == TokKind::Word
                        && !doc.tokens[j + 1].cap
                        && !STOP.contains(&doc.tok_lower(j + 1)))
        }
        "-" | "–" => same_line(j + 1) && doc.tokens[j + 1].cap,
        // an acronym in brackets: "Bản ghi nhớ (MOU) về thương mại gạo"
        "(" => same_line(j + 2) && doc.tok_text(j + 2) == ")" && doc.tokens[j + 1].upper,
        ")" => j >= i + 2 && doc.tok_text(j - 2) == "(" && doc.tokens[j - 1].upper,
        "/" | "." => {
            j > i
                && doc.tokens[j - 1].end == t.start
                && same_line(j + 1)
                && doc.tokens[j + 1].start == t.end
        }
        _ => false,
    }
}

/// Does the word at `j` end a description starting at `i`: a clause word, "với" / "là"
/// (unless after "giữa"), "và" before a capitalised item or another kind?
fn word_ends(doc: &Doc, i: usize, j: usize, giua: bool, same_line: &dyn Fn(usize) -> bool) -> bool {
    let w = doc.tok_lower(j);
    // "tự do" (free) is not the conjunction "do"
    let compound = w == "do" && j > i && doc.tok_lower(j - 1) == "tự";
    if !compound && STOP.contains(&w) || (!giua && matches!(w, "với" | "là")) {
        return true;
    }
    // "bảo đảm" (ensure) is a verb, "bảo hộ đầu tư" a topic
    if w == "bảo" && doc.tok_lower(j + 1) == "đảm" {
        return true;
    }
    w == "và"
        && same_line(j + 1)
        && (doc.tokens[j + 1].cap || LEX.kinds.longest_at(doc, j + 1).is_some())
        && !giua
}

/// Does [a, b) hold something specific: a date, a place, a body, a number, a capitalised word?
fn specific(doc: &Doc, annot: &Annot, a: usize, b: usize) -> bool {
    (a..b).any(|j| {
        !annot.at(j).is_empty()
            || annot.date_covering(j).is_some()
            || doc.tokens[j].kind == TokKind::Num
            || (doc.tokens[j].cap && doc.tokens[j].kind == TokKind::Word)
    })
}

#[derive(Debug, Clone)]
struct Found {
    toks: Range<usize>,
    kind: &'static str,
    number: Option<Number>,
    issuer: Option<String>,
    /// the name of the mention (what the text calls it)
    text: String,
}

fn text_of(doc: &Doc, r: &Range<usize>) -> String {
    doc.slice(doc.tokens[r.start].start..doc.tokens[r.end - 1].end).to_string()
}

/// Recognise document mentions.
pub fn recognise(doc: &Doc, annot: &Annot, ents: &Entities) -> Vec<DocumentRef> {
    let n = doc.tokens.len();
    let mut found: Vec<Found> = Vec::new();
    let in_body = inside_bodies(doc, ents);
    for (i, &inside) in in_body.iter().enumerate().take(n) {
        if doc.tokens[i].kind != TokKind::Word || !doc.tkind(i).is_content() || inside {
            continue;
        }
        let Some(m) = LEX.kinds.longest_at(doc, i) else { continue };
        if another_word(doc, i, m.end) {
            continue;
        }
        let (kind, category) = LEX.kind_names[m.hits[0].id as usize];
        if let Some(f) = numbered_at(doc, annot, ents, i, m.end, kind, category) {
            found.push(f);
        } else if let Some(f) = named_at(doc, annot, ents, i, m.end, (kind, category)) {
            found.push(f);
        }
    }
    inner_issuers(&mut found);
    found.sort_by_key(|f| (f.toks.start, std::cmp::Reverse(f.toks.end)));
    let found = without_nested(found);
    merge(doc, annot, ents, found)
}

/// For each token, is it inside the name of a body (past its first word): "Trường ĐH Luật
/// TP.HCM", "Sở Kế hoạch và Đầu tư" hold no document.
fn inside_bodies(doc: &Doc, ents: &Entities) -> Vec<bool> {
    let mut v = vec![false; doc.tokens.len()];
    for m in &ents.org_mentions {
        for x in v.iter_mut().take(m.toks.end).skip(m.toks.start + 1) {
            *x = true;
        }
    }
    v
}

/// Is the kind at [i, e) part of another word: "luật sư" (a lawyer), "pháp luật" (law in
/// general, "Pháp Luật TP.HCM" a newspaper)?
fn another_word(doc: &Doc, i: usize, e: usize) -> bool {
    let first = doc.tok_lower(i);
    let prev = if i > 0 { doc.tok_lower(i - 1) } else { "" };
    e == i + 1 && first == "luật" && (doc.tok_lower(e) == "sư" || prev == "pháp")
}

/// A named document inside another document's name is that document's topic ("Công ước LHQ
/// về Luật biển năm 1982"), not one of its own; numbered ones stay ("Kế hoạch triển khai Nghị
/// quyết 153/NQ-CP"). `found` is sorted by start, longest first.
fn without_nested(found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    let mut reach = 0;
    for f in found {
        if f.number.is_none() && f.toks.end <= reach {
            continue;
        }
        reach = reach.max(f.toks.end);
        out.push(f);
    }
    out
}

/// A numbered document, its kind at [i, e): "Nghị quyết 59-NQ/TW", "Quyết định số
/// 1234/QĐ-UBND" — with a topic ("về hội nhập quốc tế trong tình hình mới") and an issuer
/// ("… ngày 24/1/2025 của Bộ Chính trị", else the number's code).
fn numbered_at(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    i: usize,
    me: usize,
    kind: &'static str,
    category: &str,
) -> Option<Found> {
    let n = doc.tokens.len();
    let after = doc.tokens.get(me).map(|t| t.start).unwrap_or(doc.text().len());
    let rest = doc.slice(after..doc.seg.lines[doc.tline(i)].range.end);
    let (num, len) = parse_number(rest)?;
    if !(doc.tokens[i].cap && (num.type_code.is_some() || category == "legal")) {
        return None;
    }
    let mut e = doc.token_at_or_after(after + len);
    // "về hội nhập quốc tế trong tình hình mới": a topic belongs to the name
    let mut issuer = None;
    if e < n && doc.tok_lower(e) == "về" {
        let (de, iss) = description_end(doc, annot, ents, e + 1, 25);
        if de > e + 1 {
            e = de;
            issuer = iss;
        }
    }
    // "… ngày 24/1/2025 của Bộ Chính trị"
    let mut k = e;
    if k < n && doc.tok_lower(k) == "ngày" {
        if let Some((_, de)) = annot.date_at(k) {
            k = de;
        }
    }
    if let Some((_, de)) = annot.date_at(k) {
        k = de;
    }
    if issuer.is_none() && k + 1 < n && doc.tok_lower(k) == "của" {
        if let Some((o, _)) = annot.org_at(k + 1) {
            if is_issuer_org(ents, o) {
                issuer = Some(o);
            }
        }
    }
    let issuer_name =
        issuer.and_then(|o| ents.org_of[o]).map(|i| ents.organizations[i].name.clone());
    let toks = i..e.max(me + 1);
    Some(Found {
        toks: toks.clone(),
        kind,
        issuer: issuer_name.or_else(|| num.issuer()),
        number: Some(num),
        text: text_of(doc, &toks),
    })
}

/// A named document, its kind at [i, me) followed by a description that holds something
/// specific (or a kind capitalised inside a sentence: "… ký Hiệp định miễn thị thực"); a
/// lower-case kind must be pinned down by a date ("kế hoạch … giai đoạn 2025 - 2030").
fn named_at(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    i: usize,
    me: usize,
    (kind, category): (&'static str, &str),
) -> Option<Found> {
    let n = doc.tokens.len();
    if me >= n {
        return None;
    }
    let cap = doc.tokens[i].cap;
    // a lower-case agreement named by the place it was made: "thỏa thuận Minsk", "hiệp ước
    // Maastricht" — the name is the kind and the place ("tuyên bố" is also the verb "declare")
    if !cap
        && category == "agreement"
        && !kind.starts_with("Tuyên bố")
        && !GENERIC.contains(&(if i > 0 { doc.tok_lower(i - 1) } else { "" }))
    {
        if let Some((_, e)) = annot.place_at(me) {
            let toks = i..e;
            return Some(Found {
                toks: toks.clone(),
                kind,
                number: None,
                issuer: None,
                text: text_of(doc, &toks),
            });
        }
    }
    let prev = if i > 0 { doc.tok_lower(i - 1) } else { "" };
    if !cap && GENERIC.contains(&prev)
        || i > 0
            && (doc.tokens[i - 1].kind == TokKind::Num
                || crate::text::numerals::is_number_word(prev))
    {
        return None;
    }
    // a description does not start with a preposition ("Báo cáo tại Hội nghị" is a verb)
    if matches!(
        doc.tok_lower(me),
        "tại" | "trước" | "với" | "cho" | "của" | "và" | "là" | "lên" | "ra"
    ) {
        return None;
    }
    let (end, issuer) = description_end(doc, annot, ents, me, 35);
    let sentence_start = doc
        .seg
        .sentence_of(doc.tokens[i].start)
        .and_then(|k| doc.seg.sentences.get(k))
        .map(|se| se.range.start == doc.tokens[i].start)
        .unwrap_or(true);
    // (three words at least: "Thỏa thuận hợp tác", "Báo cáo giải trình" are generic)
    let named_by_case = cap && !sentence_start && end >= me + 3;
    if end <= me || !(specific(doc, annot, me, end) || named_by_case) {
        return None;
    }
    // a description that is only a date ("Kế hoạch năm 2025") is not a name
    if annot.date_at(me).map(|(_, e)| e >= end).unwrap_or(false) {
        return None;
    }
    if !cap && !(me..end).any(|j| annot.date_covering(j).is_some()) {
        return None;
    }
    let toks = i..end;
    let issuer_name =
        issuer.and_then(|o| ents.org_of[o]).map(|x| ents.organizations[x].name.clone());
    Some(Found {
        toks: toks.clone(),
        kind,
        number: None,
        issuer: issuer_name,
        text: text_of(doc, &toks),
    })
}

/// "Kế hoạch triển khai Nghị quyết 153/NQ-CP của Chính phủ": the issuer is the inner numbered
/// document's, not the plan's.
fn inner_issuers(found: &mut [Found]) {
    let mut numbered: Vec<usize> =
        found.iter().filter(|f| f.number.is_some()).map(|f| f.toks.start).collect();
    numbered.sort_unstable();
    for f in found.iter_mut().filter(|f| f.number.is_none()) {
        // a numbered document starting inside this one: the first start after its own
        let k = numbered.partition_point(|&s| s <= f.toks.start);
        if numbered.get(k).is_some_and(|&s| s < f.toks.end) {
            f.issuer = None;
        }
    }
}

/// The name with places replaced by their entity, lower case.
fn place_key(doc: &Doc, annot: &Annot, ents: &Entities, f: &Found) -> String {
    let mut s = String::new();
    let mut j = f.toks.start;
    while j < f.toks.end {
        if let Some((k, e)) = annot.place_at(j) {
            s.push_str(&format!("#{} ", ents.location_of[k].map(|x| x as i64).unwrap_or(-1)));
            j = e.max(j + 1);
            continue;
        }
        s.push_str(doc.tok_lower(j));
        s.push(' ');
        j += 1;
    }
    s
}

/// What makes two mentions one document: the kind and canonical number (a bare number with the
/// one full number of its kind that all mentions agree on), else the name.
fn merge_key(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    full: &Map<(String, String), (String, bool)>,
    f: &Found,
) -> String {
    match &f.number {
        Some(num) => match num.canonical() {
            Some(c) => format!("{}|{}", f.kind, c),
            None => match full.get(&(f.kind.to_string(), num.n.clone())) {
                Some((c, true)) => format!("{}|{}", f.kind, c),
                _ => format!("{}|{}", f.kind, num.n),
            },
        },
        None => format!("name|{}", place_key(doc, annot, ents, f)),
    }
}

/// Merge mentions into documents: same canonical number, a bare number with one full number
/// of the same kind, the same name (places compared by entity).
fn merge(doc: &Doc, annot: &Annot, ents: &Entities, found: Vec<Found>) -> Vec<DocumentRef> {
    let mut out: Vec<DocumentRef> = Vec::new();
    let mut keys: Map<String, usize> = Map::default();
    // the canonical numbers by (kind, bare number): the first, and whether all agree
    let mut full: Map<(String, String), (String, bool)> = Map::default();
    for f in &found {
        if let Some((n, c)) = f.number.as_ref().and_then(|n| n.canonical().map(|c| (n, c))) {
            full.entry((f.kind.to_string(), n.n.clone()))
                .and_modify(|(first, same)| *same &= *first == c)
                .or_insert((c, true));
        }
    }
    for f in &found {
        let key = merge_key(doc, annot, ents, &full, f);
        let span = doc.span(doc.tokens[f.toks.start].start..doc.tokens[f.toks.end - 1].end);
        match keys.get(&key).copied() {
            Some(i) => {
                let d = &mut out[i];
                if f.text.chars().count() > d.name.chars().count()
                    && f.number.as_ref().map(|n| n.canonical().is_some()).unwrap_or(true)
                {
                    d.name = f.text.clone();
                }
                if d.issuer.is_none() {
                    d.issuer = f.issuer.clone();
                }
                if d.number.is_none() {
                    d.number = f.number.as_ref().and_then(|n| n.canonical());
                }
                d.mentions.push(span);
            }
            None => {
                keys.insert(key.clone(), out.len());
                let number = f.number.as_ref().and_then(|n| n.canonical()).or_else(|| {
                    key.split_once('|')
                        .map(|x| x.1.to_string())
                        .filter(|c| f.number.is_some() && c.contains(['-', '/']))
                });
                out.push(DocumentRef {
                    name: f.text.clone(),
                    kind: f.kind.to_string(),
                    number,
                    issuer: f.issuer.clone(),
                    mentions: vec![span],
                });
            }
        }
    }
    // a name written "Nghị quyết số 59-NQ/TW" is called "Nghị quyết 59-NQ/TW"
    for d in &mut out {
        d.name = d.name.replacen(" số ", " ", 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let c = |s: &str| parse_number(s).and_then(|(n, _)| n.canonical());
        assert_eq!(c("59-NQ/TW và"), Some("59-NQ/TW".into()));
        assert_eq!(c("153/NQ-CP của"), Some("153/NQ-CP".into()));
        assert_eq!(c("153-NQ/CP"), Some("153/NQ-CP".into()));
        assert_eq!(c("số 1234/QĐ-UBND"), Some("1234/QĐ-UBND".into()));
        assert_eq!(c("15/2020/NĐ-CP"), Some("15/2020/NĐ-CP".into()));
        assert_eq!(c("12-CT/TW"), Some("12-CT/TW".into()));
        assert_eq!(c("59 của"), None);
        let iss = |s: &str| parse_number(s).and_then(|(n, _)| n.issuer());
        assert_eq!(iss("59-NQ/TW").as_deref(), Some("Bộ Chính trị"));
        assert_eq!(iss("12-CT/TW").as_deref(), Some("Ban Bí thư"));
        assert_eq!(iss("153/NQ-CP").as_deref(), Some("Chính phủ"));
        assert_eq!(iss("1234/QĐ-TTg").as_deref(), Some("Thủ tướng Chính phủ"));
    }
}
