//! Organisations: named bodies from the lexicon (international organisations, Vietnamese
//! central bodies, media, companies; `organizations.tsv`) and from patterns — a head word
//! (`org_patterns.tsv`: "Sở", "Bộ", "UBND", "Thành ủy", "Đảng", "Đại sứ quán" …) followed by
//! what it needs: a field ("Ngoại vụ", `org_fields.tsv`, or a capitalised phrase), a place
//! ("TP.HCM", "Việt Nam"), another body ("Ban Thường vụ Thành ủy TPHCM") — and optionally
//! "tại" + place and an acronym ("(WEF)", "C4IR").
//!
//! A bare "Sở", "Bộ", "Ban", "Cục" standing for a body named earlier is a mention of it.

use crate::entities::places::{place_index, PlaceMention, PlaceRef};
use crate::lexicon::{list, rows, Gazetteer, Match};
use crate::model::OrganizationKind;
use crate::text::document::Map;
use crate::text::document::{Doc, TokKind};
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct OrgEntry {
    pub name: String,
    pub acronym: Option<String>,
    pub kind: OrganizationKind,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Field,
    Place,
    FieldOrPlace,
    Name,
    Org,
    Nothing,
}

#[derive(Debug, Clone)]
pub struct Head {
    pub head: String,
    pub kind: OrganizationKind,
    pub needs: Needs,
}

pub struct OrgLexicon {
    pub entries: Vec<OrgEntry>,
    pub names: Gazetteer,
    /// acronyms and all-capital aliases, matched exactly (case-sensitive)
    pub acronyms: Map<String, u32>,
    pub heads: Vec<Head>,
    pub head_gaz: Gazetteer,
    pub fields: Gazetteer,
}

fn kind_of(s: &str) -> OrganizationKind {
    OrganizationKind::from_name(s).unwrap_or(OrganizationKind::Other)
}

fn is_acronym(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    !s.contains(' ') && letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

pub static ORGS: LazyLock<OrgLexicon> = LazyLock::new(|| {
    let mut entries = Vec::new();
    let mut names = Gazetteer::new(true);
    let mut acronyms = Map::default();
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/organizations.tsv"))) {
        if r.len() < 3 {
            continue;
        }
        let id = entries.len() as u32;
        let acronym = r.get(1).filter(|a| !a.is_empty()).map(|a| a.to_string());
        let country = r.get(3).filter(|c| !c.is_empty()).map(|c| c.to_string());
        let mut forms: Vec<&str> = r.get(4).map(|f| list(f).collect()).unwrap_or_default();
        forms.push(r[0]);
        if let Some(a) = &acronym {
            acronyms.insert(a.clone(), id);
        }
        for f in forms {
            if is_acronym(f) {
                acronyms.insert(f.to_string(), id);
            } else {
                names.add(f, id, false);
            }
        }
        entries.push(OrgEntry { name: r[0].to_string(), acronym, kind: kind_of(r[2]), country });
    }
    let mut heads = Vec::new();
    let mut head_gaz = Gazetteer::new(true);
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/org_patterns.tsv"))) {
        if r.len() < 3 {
            continue;
        }
        let needs = match r[2] {
            "field" => Needs::Field,
            "place" => Needs::Place,
            "field_or_place" => Needs::FieldOrPlace,
            "name" => Needs::Name,
            "org" => Needs::Org,
            _ => Needs::Nothing,
        };
        head_gaz.add(r[0], heads.len() as u32, false);
        let lower = r[0].to_lowercase();
        if LOWER_HEADS.contains(&lower.as_str()) {
            head_gaz.add(&lower, heads.len() as u32, false);
        }
        heads.push(Head { head: r[0].to_string(), kind: kind_of(r[1]), needs });
    }
    let mut fields = Gazetteer::new(true);
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/org_fields.tsv"))) {
        if let Some(f) = r.first() {
            fields.add(f, 0, false);
        }
    }
    OrgLexicon { entries, names, acronyms, heads, head_gaz, fields }
});

/// What an organisation mention refers to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrgRef {
    /// An entry of organizations.tsv.
    Lex(u32),
    /// A body read by pattern: head, field (lower case), and the index of its place mention.
    Pattern { head: u32, field: String, place: Option<usize> },
    /// A bare head ("Sở", "Bộ") standing for a body named earlier.
    Bare { head: u32 },
}

#[derive(Debug, Clone)]
pub struct OrgMention {
    pub range: Range<usize>,
    pub toks: Range<usize>,
    pub org: OrgRef,
    pub acronym: Option<String>,
}

/// Lower-case words that end a name's lower-case continuation (verbs and function words).
const STOP: &[&str] = &[
    "đã", "đang", "sẽ", "vừa", "mới", "cũng", "vẫn", "còn", "là", "có", "được", "bị", "và", "với",
    "của", "cho", "tại", "ở", "trong", "ngoài", "trên", "dưới", "về", "từ", "đến", "tới", "theo",
    "để", "khi", "nhằm", "cùng", "vào", "ra", "lên", "xuống", "qua", "này", "đó", "kia", "các",
    "những", "mọi", "một", "nhiều", "đều", "chỉ", "thì", "mà", "nên", "nhưng", "hay", "hoặc", "do",
    "bởi", "vì", "nếu", "tổ", "tham", "triển", "thực", "phối", "đánh", "ghi", "đề", "tiếp",
    "khẳng", "nhấn", "yêu", "kêu", "trao", "ký", "đón", "thăm", "làm", "gặp", "dự", "chào", "chủ",
    "nêu", "nói", "bày", "cảm", "chúc", "gửi", "nhận", "báo", "xây", "đẩy", "tăng", "giảm", "hỗ",
    "quyết", "đạt", "mở", "đưa", "tạo", "giữ", "góp", "nâng", "hoàn", "ủng", "trân", "lần", "số",
    "năm", "ngày", "tháng", "sau", "trước", "phát", "biểu", "cho", "ông", "bà", "đồng", "chí",
    "như", "gồm", "thuộc", "tôi", "chúng", "họ", "mình", "nhiệm", "dẫn", "kiểm", "cung", "gọi",
    "trị", "dù", "bỏ", "cử", "bầu", "hiện", "vùng", "bên", "phía", "ngay", "luôn",
];

/// Pairs of syllables (lower case) that occur in the names of the lexicons (organisations,
/// their fields and head words): "phát triển", "truyền thông", "tài nguyên".
static NAME_PAIRS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    let mut set = std::collections::HashSet::new();
    let mut add = |name: &str| {
        let words: Vec<String> = name.split_whitespace().map(|w| w.to_lowercase()).collect();
        for w in words.windows(2) {
            set.insert(format!("{} {}", w[0], w[1]));
        }
    };
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/organizations.tsv"))) {
        add(r[0]);
        if let Some(a) = r.get(4) {
            list(a).for_each(&mut add);
        }
    }
    for file in [
        include_str!(concat!(env!("OUT_DIR"), "/lexicons/org_fields.tsv")),
        include_str!(concat!(env!("OUT_DIR"), "/lexicons/org_patterns.tsv")),
    ] {
        for r in rows(file) {
            add(r[0]);
        }
    }
    set
});

fn name_pair(a: &str, b: &str) -> bool {
    let mut key = String::with_capacity(a.len() + b.len() + 1);
    key.push_str(a);
    key.push(' ');
    key.push_str(b);
    NAME_PAIRS.contains(&key)
}

/// Heads whose name may end with "tại" + place ("Văn phòng Lãnh sự Danh dự tại TP Hồ Chí Minh").
const AT_HEADS: &[&str] = &[
    "văn phòng",
    "trung tâm",
    "đại sứ quán",
    "tổng lãnh sự quán",
    "lãnh sự quán",
    "cơ quan",
    "phái đoàn",
    "phòng thương mại",
    "hiệp hội",
    "hội",
    "quỹ",
    "viện",
    "chi nhánh",
];

/// Heads that name a known body without a complement ("Thành ủy", "Quốc hội", "Chính phủ").
const BARE_OK: &[&str] =
    &["thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "thị ủy", "quốc hội", "chính phủ", "đảng ủy"];

/// Heads that name a body even in lower case when their complement follows ("các đảng Cộng
/// hòa", "chính phủ Israel", "bệnh viện Bạch Mai"): nouns that, with a capitalised name or a
/// place after them, are that body's name.
const LOWER_HEADS: &[&str] = &[
    "đảng",
    "chính phủ",
    "bệnh viện",
    "đại học",
    "trường đại học",
    "bảo tàng",
    "hải quân",
    "không quân",
    "lục quân",
    "nhạc viện",
];

/// Heads a bare mention ("Sở", "Bộ") may stand for a body named earlier.
const BARE_BACKREF: &[&str] = &["sở", "bộ", "cục", "ban", "viện", "tổng cục", "vụ"];

/// Vietnamese administrative heads: bodies of Vietnam unless a foreign place is named.
const VN_HEADS: &[&str] = &[
    "sở",
    "bộ",
    "cục",
    "tổng cục",
    "chi cục",
    "vụ",
    "ban",
    "ủy ban nhân dân",
    "ubnd",
    "hội đồng nhân dân",
    "hđnd",
    "thành ủy",
    "tỉnh ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "đảng bộ",
    "đảng ủy",
    "công an",
    "ban cán sự đảng",
    "ban thường vụ",
    "ban chấp hành",
    "đảng đoàn",
    "ủy ban mặt trận tổ quốc",
    "ủy ban mttq",
    "bộ chỉ huy quân sự",
    "quân khu",
];

pub fn head_is(h: &Head, names: &[&str]) -> bool {
    names.contains(&h.head.to_lowercase().as_str())
}

fn is_surname(w: &str) -> bool {
    crate::lexicon::names::SURNAMES.contains(w)
}

/// Is token `j` on line `line`?
fn on_line(doc: &Doc, j: usize, line: usize) -> bool {
    j < doc.tokens.len() && doc.tline(j) == line
}

/// Parse a capitalised name phrase starting at `pos`: capitalised words each followed by at
/// most three lower-case words (not stop words), joined by "và" or " - ", with numbers,
/// acronyms glued to digits ("CP72") and "lần thứ N". Stops at a place mention and at a
/// person's name after the first chunk. Returns the end token.
fn name_phrase(doc: &Doc, pos: usize, places_at: &Map<usize, usize>) -> usize {
    let line = doc.tline(pos.min(doc.tokens.len().saturating_sub(1)));
    let same_line = |j: usize| on_line(doc, j, line);
    let mut j = pos;
    let mut chunks = 0;
    while same_line(j) {
        let t = doc.tokens[j];
        if places_at.contains_key(&j) && chunks > 0 {
            break;
        }
        if t.kind == TokKind::Word && t.cap {
            let next_cap =
                doc.tokens.get(j + 1).map(|u| u.cap && u.kind == TokKind::Word).unwrap_or(false);
            if chunks > 0 && is_surname(doc.tok_lower(j)) && next_cap {
                break;
            }
            if chunks == 0 && is_surname(doc.tok_lower(j)) && next_cap {
                // a body named after a person: "Trường Đại học Nguyễn Tất Thành"
                while same_line(j)
                    && j < pos + 4
                    && doc.tokens[j].kind == TokKind::Word
                    && doc.tokens[j].cap
                {
                    j += 1;
                }
                break;
            }
            j = chunk_end(doc, j, line);
            chunks += 1;
            continue;
        }
        match joined_after(doc, j, chunks, line, places_at) {
            Some(next) => j = next,
            None if chunks == 0 && t.kind == TokKind::Num => {
                j += 1;
                chunks += 1;
            }
            None => break,
        }
    }
    // do not end on a joiner
    while j > pos && matches!(doc.tok_lower(j - 1), "và" | "-" | "–") {
        j -= 1;
    }
    j
}

/// Words that end a name's lower-case run even inside a pair of name syllables.
const FUNCTION_WORDS: &[&str] = &[
    "và", "với", "của", "cho", "tại", "trong", "về", "từ", "đến", "theo", "để", "các", "những",
    "là", "có", "được",
];

/// The end of one chunk of a name phrase that starts with the capitalised word `j`: glued
/// digits ("CP72", "C4IR"), then lower-case words — none after an acronym ("Sở GTVT kiểm
/// tra"); a pair of syllables that names bodies in the lexicons continues the name even past
/// a stop word ("Phát triển", "truyền thông"); other words at most three, none a stop word.
fn chunk_end(doc: &Doc, j: usize, line: usize) -> usize {
    let same_line = |j: usize| on_line(doc, j, line);
    let mut j = j + 1;
    // glued parts: "TP.HCM"-like words and acronyms joined by "&" ("KH&CN", "TT&TT")
    let amp = |j: usize| {
        doc.tok_text(j) == "&"
            && same_line(j + 1)
            && doc.tokens[j + 1].start == doc.tokens[j].end
            && doc.tokens[j + 1].kind == TokKind::Word
    };
    while same_line(j)
        && doc.tokens[j].start == doc.tokens[j - 1].end
        && (doc.tokens[j].kind != TokKind::Punct || amp(j))
    {
        j += 1;
    }
    let after_acronym = doc.tokens[j - 1].upper;
    let mut lowers = 0;
    while same_line(j)
        && lowers < 4
        && doc.tokens[j].kind == TokKind::Word
        && !doc.tokens[j].cap
        && !after_acronym
    {
        let lower_at = |k: usize| {
            if same_line(k) && doc.tokens[k].kind == TokKind::Word && !doc.tokens[k].cap {
                doc.tok_lower(k)
            } else {
                ""
            }
        };
        // "Doanh nghiệp nhỏ và vừa"; "và" before a pair of syllables that names bodies in the
        // lexicons ("Ban Cải cách và hiện đại hóa", "… và phát triển nông thôn")
        if matches!(
            (lower_at(j), lower_at(j + 1), lower_at(j + 2)),
            ("vừa", "và", "nhỏ") | ("nhỏ", "và", "vừa")
        ) {
            j += 3;
            lowers += 1;
            continue;
        }
        // (inside a run of lower-case words already, and not before a stop word: "Phạm
        // Trường Long và đoàn …", "… và các tổ chức")
        if lower_at(j) == "và"
            && (1..3).contains(&lowers)
            && !STOP.contains(&lower_at(j + 1))
            && name_pair(lower_at(j + 1), lower_at(j + 2))
        {
            j += 3;
            lowers = 3;
            continue;
        }
        let pair = name_pair(doc.tok_lower(j - 1), doc.tok_lower(j));
        let function_word = FUNCTION_WORDS.contains(&doc.tok_lower(j));
        if (!pair || function_word) && (lowers >= 3 || STOP.contains(&doc.tok_lower(j))) {
            break;
        }
        // past a word's second syllable, a lower-case word that pairs with none of the names'
        // syllables goes on only towards a capitalised word ("Ban Quản lý dự án Xây dựng") or
        // as a last word of two syllables ("Ban Liên lạc hưu trí"), not into a one-syllable
        // verb after the name ("đảng Cộng hòa thắng")
        if lowers >= 1 && !pair && !capital_ahead(doc, j, 3 - lowers, line) {
            if two_syllables_end(doc, j, line) {
                j += 2;
            }
            break;
        }
        j += 1;
        lowers += 1;
    }
    j
}

/// Is there a capitalised word within `budget` lower-case words (none a stop word) from `j`?
fn capital_ahead(doc: &Doc, j: usize, budget: usize, line: usize) -> bool {
    let mut k = j;
    while on_line(doc, k, line) && k <= j + budget && doc.tokens[k].kind == TokKind::Word {
        if doc.tokens[k].cap {
            return true;
        }
        if STOP.contains(&doc.tok_lower(k)) {
            return false;
        }
        k += 1;
    }
    false
}

/// Are tokens `j` and `j + 1` the last two lower-case words of a run (a known pair of name
/// syllables, or two words, none a stop word, before a stop word or no lower-case word)?
fn two_syllables_end(doc: &Doc, j: usize, line: usize) -> bool {
    let lower_word = |k: usize| {
        on_line(doc, k, line) && doc.tokens[k].kind == TokKind::Word && !doc.tokens[k].cap
    };
    if !lower_word(j + 1) || STOP.contains(&doc.tok_lower(j + 1)) {
        return false;
    }
    name_pair(doc.tok_lower(j), doc.tok_lower(j + 1))
        || !lower_word(j + 2)
        || STOP.contains(&doc.tok_lower(j + 2))
}

/// Where a name phrase (of `chunks` chunks so far) goes on at a token `j` that starts no
/// chunk: a number right after the name ("Quân khu 7"), "lần thứ N", or a joiner ("và",
/// " - ") before a capitalised word that is no place (nor, after "và", a body's head).
fn joined_after(
    doc: &Doc,
    j: usize,
    chunks: usize,
    line: usize,
    places_at: &Map<usize, usize>,
) -> Option<usize> {
    if chunks == 0 {
        return None;
    }
    let same_line = |j: usize| on_line(doc, j, line);
    let w = doc.tok_lower(j);
    if doc.tokens[j].kind == TokKind::Num && doc.tokens[j - 1].kind == TokKind::Word {
        return Some(j + 1);
    }
    if w == "lần" && same_line(j + 2) && doc.tok_lower(j + 1) == "thứ" {
        return Some(j + 3);
    }
    if w == "," {
        return field_list_end(doc, j, line, places_at);
    }
    let joins = (w == "và" || w == "-" || w == "–")
        && same_line(j + 1)
        && doc.tokens[j + 1].cap
        && doc.tokens[j + 1].kind == TokKind::Word
        && !places_at.contains_key(&(j + 1))
        && !(w == "và" && ORGS.head_gaz.starts(doc, j + 1));
    joins.then_some(j + 1)
}

/// The end of a list of fields in a body's name, from the comma at `j`: items of one to
/// three words, parted by commas, the last after "và" ("Ủy ban Văn hóa, Giáo dục, Thanh
/// niên, thiếu niên và nhi đồng", "Bộ Nông nghiệp, cung ứng và chăn nuôi"). No item holds a
/// function word, an auxiliary or a place, nor starts with a body's head or a person's name;
/// without "và" it is no field list.
fn field_list_end(
    doc: &Doc,
    j: usize,
    line: usize,
    places_at: &Map<usize, usize>,
) -> Option<usize> {
    let word_ok = |k: usize| {
        on_line(doc, k, line)
            && doc.tokens[k].kind == TokKind::Word
            && !doc.tokens[k].upper
            && !FUNCTION_WORDS.contains(&doc.tok_lower(k))
            && !matches!(doc.tok_lower(k), "đã" | "đang" | "sẽ" | "vừa" | "bị" | "cũng" | "cùng")
            && !places_at.contains_key(&k)
    };
    let item_start_ok = |k: usize| {
        word_ok(k)
            && ORGS.head_gaz.longest_at(doc, k).is_none()
            && !(is_surname(doc.tok_lower(k))
                && doc.tokens[k].cap
                && doc.tokens.get(k + 1).is_some_and(|t| t.cap))
    };
    let mut k = j;
    for _ in 0..5 {
        // k is a comma: an item after it
        k += 1;
        if !item_start_ok(k) {
            return None;
        }
        let mut words = 0;
        while words < 3 && word_ok(k) {
            k += 1;
            words += 1;
        }
        match doc.tok_lower(k) {
            "," if on_line(doc, k, line) => continue,
            "và" if on_line(doc, k + 1, line) && item_start_ok(k + 1) => {
                // the last item: two words, more only as pairs of name syllables
                let mut e = k + 1;
                while word_ok(e)
                    && (e < k + 3 || e < k + 5 && name_pair(doc.tok_lower(e - 1), doc.tok_lower(e)))
                {
                    e += 1;
                }
                return Some(e);
            }
            _ => return None,
        }
    }
    None
}

/// "Tổ chức hội nghị …" at a sentence start (or the text's) is the verb "to organise".
fn organise_verb_at(doc: &Doc, i: usize) -> bool {
    let start = doc
        .seg
        .sentence_of(doc.tokens[i].start)
        .and_then(|k| doc.seg.sentences.get(k))
        .map(|s| s.range.start);
    start == Some(doc.tokens[i].start) || i == 0
}

/// The org pattern starting at token `i`, if any: a head, then its field, an inner body or
/// a place (and "tại" + place), as the head needs.
fn pattern_at(
    doc: &Doc,
    i: usize,
    places: &[PlaceMention],
    places_at: &Map<usize, usize>,
    depth: u8,
) -> Option<OrgMention> {
    let lex = &*ORGS;
    let m: Match<'_> = lex.head_gaz.longest_at(doc, i)?;
    let hid = m.hits[0].id;
    let head = &lex.heads[hid as usize];
    let lower = !doc.tokens[i].cap;
    if lower && !head_is(head, LOWER_HEADS)
        || head_is(head, &["tổ chức"]) && organise_verb_at(doc, i)
    {
        return None;
    }
    let line = doc.tline(i);
    let same_line = |j: usize| on_line(doc, j, line);
    let (field, mut pos) = field_after(doc, head, m.end, line, places_at);
    // an inner body: "Ban Thường vụ Thành ủy TPHCM", "Ban cán sự Đảng Chính phủ"
    let mut inner = false;
    if depth == 0
        && same_line(pos)
        && (head.needs == Needs::Org || !field.is_empty() && head_is(head, &["ban"]))
    {
        let lexm = lex.names.longest_at(doc, pos).map(|l| l.end);
        let pat = pattern_at(doc, pos, places, places_at, depth + 1).map(|p| p.toks.end);
        if let Some(e) = lexm.max(pat) {
            pos = e;
            inner = true;
        }
    }
    // place
    let mut place = None;
    if !inner && same_line(pos) {
        if let Some(&k) = places_at.get(&pos) {
            place = Some(k);
            pos = places[k].toks.end;
        }
    }
    // "tại" + place
    if head_is(head, AT_HEADS) && same_line(pos + 1) && doc.tok_lower(pos) == "tại" {
        if let Some(&k) = places_at.get(&(pos + 1)) {
            place = place.or(Some(k));
            pos = places[k].toks.end;
        }
    }
    // a lower-case head names a body only with its complement ("đảng Cộng hòa", "chính phủ Mỹ")
    let bare_ok = !lower && head_is(head, BARE_OK);
    let ok = match head.needs {
        Needs::Field | Needs::Name => !field.is_empty(),
        Needs::Place => place.is_some() || bare_ok,
        Needs::FieldOrPlace => !field.is_empty() || place.is_some() || bare_ok,
        Needs::Org => inner,
        Needs::Nothing => true,
    };
    // a pattern that is exactly a place ("Trường Sa") is the place; a head word that begins a
    // place's name is that place ("Đài Loan", "Hội An")
    let exactly_place = field.is_empty() && place.is_none() && !inner && places_at.contains_key(&i);
    let begins_place =
        places_at.get(&i).is_some_and(|&k| places[k].toks.end >= pos || places[k].toks.end > m.end);
    if !ok || exactly_place || begins_place {
        return None;
    }
    let field_key = if inner {
        format!("{field} + {}", doc.lslice(doc.tokens[m.end].start..doc.tokens[pos - 1].end))
    } else {
        field
    };
    Some(OrgMention {
        range: doc.tokens[i].start..doc.tokens[pos - 1].end,
        toks: i..pos,
        org: OrgRef::Pattern { head: hid, field: field_key, place },
        acronym: None,
    })
}

/// The field after a head ending at `pos` when the head takes one: a lexicon field, else a
/// name phrase (none where a place starts). The field (lower case, "" for none) and where
/// the pattern goes on.
fn field_after(
    doc: &Doc,
    head: &Head,
    pos: usize,
    line: usize,
    places_at: &Map<usize, usize>,
) -> (String, usize) {
    let takes_field = matches!(head.needs, Needs::Field | Needs::FieldOrPlace | Needs::Name);
    if !takes_field || !on_line(doc, pos, line) {
        return (String::new(), pos);
    }
    let end = match ORGS.fields.longest_at(doc, pos) {
        // a lexicon field, and a list of fields after it ("Bộ Nông nghiệp, cung ứng và chăn nuôi")
        Some(f) if !places_at.contains_key(&pos) => {
            match doc.tok_text(f.end.min(doc.tokens.len() - 1)) {
                "," if on_line(doc, f.end, line) => {
                    field_list_end(doc, f.end, line, places_at).unwrap_or(f.end)
                }
                _ => f.end,
            }
        }
        _ if places_at.contains_key(&pos) => pos,
        _ => name_phrase(doc, pos, places_at),
    };
    if end > pos {
        (doc.lslice(doc.tokens[pos].start..doc.tokens[end - 1].end).to_string(), end)
    } else {
        (String::new(), pos)
    }
}

/// An acronym right after a name: "(WEF)" or a glued code "C4IR".
fn acronym_after(doc: &Doc, end: usize) -> Option<(String, Range<usize>, usize)> {
    let n = doc.tokens.len();
    if end + 2 < n && doc.tok_text(end) == "(" && doc.tok_text(end + 2) == ")" {
        let a = doc.tok_text(end + 1);
        if is_acronym(a) || doc.tokens[end + 1].upper {
            return Some((
                a.to_string(),
                doc.tokens[end + 1].start..doc.tokens[end + 1].end,
                end + 3,
            ));
        }
    }
    if end < n && doc.tokens[end].kind == TokKind::Word && doc.tokens[end].upper {
        // "C4IR": letters and digits glued together
        let mut j = end + 1;
        while j < n
            && doc.tokens[j].start == doc.tokens[j - 1].end
            && doc.tokens[j].kind != TokKind::Punct
        {
            j += 1;
        }
        if j > end + 1 {
            let text = doc.slice(doc.tokens[end].start..doc.tokens[j - 1].end).to_string();
            return Some((text, doc.tokens[end].start..doc.tokens[j - 1].end, j));
        }
    }
    None
}

/// Recognise organisation mentions, given the place mentions: at each token the longest of a
/// lexicon name, an acronym and a pattern body (with an acronym after it), else a bare head
/// standing for a body named earlier; then the bodies inside bodies.
pub fn recognise(doc: &Doc, places: &[PlaceMention]) -> Vec<OrgMention> {
    let places_at = place_index(places);
    let mut out: Vec<OrgMention> = Vec::new();
    let mut seen_heads: std::collections::HashSet<u32> = std::collections::HashSet::new();
    let n = doc.tokens.len();
    // tokens inside a place's name after its first: no body starts there ("Ban Nha" of
    // "Tây Ban Nha")
    let mut inside_place = vec![false; n];
    for p in places {
        let (a, b) = ((p.toks.start + 1).min(n), p.toks.end.min(n));
        inside_place[a..b.max(a)].fill(true);
    }
    let mut i = 0;
    while i < n {
        if doc.tmasked(i) || inside_place[i] {
            i += 1;
            continue;
        }
        match best_at(doc, i, places, &places_at) {
            Some(mut m) => {
                if let OrgRef::Pattern { head, .. } = &m.org {
                    seen_heads.insert(*head);
                }
                i = m.toks.end;
                let acronym = acronym_after(doc, m.toks.end);
                if let Some((a, r, end)) = acronym {
                    m.acronym = Some(a.clone());
                    let org = m.org.clone();
                    out.push(m);
                    let toks = doc.token_at_or_after(r.start)..doc.token_at_or_after(r.end);
                    out.push(OrgMention { range: r, toks, org, acronym: Some(a) });
                    i = end;
                } else {
                    out.push(m);
                }
            }
            None => match bare_head_at(doc, i, &seen_heads) {
                Some(m) => {
                    i = m.toks.end;
                    out.push(m);
                }
                None => i += 1,
            },
        }
    }
    let inner = inner_bodies(doc, &out, places, &places_at);
    out.extend(inner);
    out.sort_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end)));
    out
}

/// A lexicon name at tokens [start, end).
fn lex_mention(doc: &Doc, m: &crate::lexicon::Match) -> OrgMention {
    OrgMention {
        range: doc.tokens[m.start].start..doc.tokens[m.end - 1].end,
        toks: m.start..m.end,
        org: OrgRef::Lex(m.hits[0].id),
        acronym: None,
    }
}

/// The longest body starting at token `i` — a lexicon name, an exact acronym token not glued
/// to letters or digits, a pattern body (a lexicon name wins a tie) — unless a place mention
/// there covers more ("Trường Sa", "Hồng Kông").
fn best_at(
    doc: &Doc,
    i: usize,
    places: &[PlaceMention],
    places_at: &Map<usize, usize>,
) -> Option<OrgMention> {
    let lex = &*ORGS;
    let n = doc.tokens.len();
    let lexm = lex.names.longest_at(doc, i).map(|m| lex_mention(doc, &m));
    let acr = if doc.tokens[i].kind == TokKind::Word {
        let glued = |a: usize, b: usize| {
            doc.tokens[a].end == doc.tokens[b].start && doc.tokens[b].kind != TokKind::Punct
        };
        let alone = (i == 0 || !glued(i - 1, i)) && (i + 1 >= n || !glued(i, i + 1));
        lex.acronyms.get(doc.tok_text(i)).filter(|_| alone).map(|&id| OrgMention {
            range: doc.tokens[i].start..doc.tokens[i].end,
            toks: i..i + 1,
            org: OrgRef::Lex(id),
            acronym: Some(doc.tok_text(i).to_string()),
        })
    } else {
        None
    };
    let pat =
        pattern_at(doc, i, places, places_at, 0).or_else(|| age_team_at(doc, i, places, places_at));
    let best = [lexm, acr, pat]
        .into_iter()
        .flatten()
        .max_by_key(|m| (m.toks.end, matches!(m.org, OrgRef::Lex(_))))?;
    let place_covers = places_at.get(&i).is_some_and(|&k| places[k].toks.end >= best.toks.end);
    if place_covers && !matches!(best.org, OrgRef::Lex(_)) {
        return None;
    }
    Some(best)
}

/// An age team: "U" glued to a two-digit age, then a place on the same line ("U22 Việt Nam",
/// "U19 Hà Nội"; not a region: "U23 châu Á" is a tournament), read as a club ("Câu lạc bộ") of that place with the age as its field.
fn age_team_at(
    doc: &Doc,
    i: usize,
    places: &[PlaceMention],
    places_at: &Map<usize, usize>,
) -> Option<OrgMention> {
    let age = i + 1;
    let is_age = doc.tok_text(i) == "U"
        && age < doc.tokens.len()
        && doc.tokens[age].kind == TokKind::Num
        && doc.tokens[age].start == doc.tokens[i].end
        && doc.tok_text(age).len() == 2;
    if !is_age || !on_line(doc, age + 1, doc.tline(i)) {
        return None;
    }
    let &k = places_at.get(&(age + 1))?;
    // "U23 châu Á" is a tournament's name, not a team
    if let PlaceRef::Lex(id) = places[k].place {
        let kind = crate::entities::places::PLACES.places[id as usize].kind;
        if kind == crate::model::LocationKind::Region {
            return None;
        }
    }
    let head = ORGS.heads.iter().position(|h| h.head == "Câu lạc bộ")? as u32;
    let end = places[k].toks.end;
    Some(OrgMention {
        range: doc.tokens[i].start..doc.tokens[end - 1].end,
        toks: i..end,
        org: OrgRef::Pattern {
            head,
            field: doc.lslice(doc.tokens[i].start..doc.tokens[age].end).to_string(),
            place: Some(k),
        },
        acronym: None,
    })
}

/// A capitalised bare head at token `i` standing for a body named earlier ("Sở", "Bộ"), not
/// followed by a capitalised word.
fn bare_head_at(
    doc: &Doc,
    i: usize,
    seen_heads: &std::collections::HashSet<u32>,
) -> Option<OrgMention> {
    let lex = &*ORGS;
    let hm = lex.head_gaz.longest_at(doc, i)?;
    let head = &lex.heads[hm.hits[0].id as usize];
    let next_cap =
        doc.tokens.get(hm.end).map(|t| t.cap && t.kind == TokKind::Word).unwrap_or(false);
    let hid = hm.hits[0].id;
    (doc.tokens[i].cap && head_is(head, BARE_BACKREF) && !next_cap && seen_heads.contains(&hid))
        .then(|| OrgMention {
            range: doc.tokens[i].start..doc.tokens[hm.end - 1].end,
            toks: i..hm.end,
            org: OrgRef::Bare { head: hid },
            acronym: None,
        })
}

/// Inner bodies are mentions too: "Thành ủy TPHCM" inside "Ban Thường vụ Thành ủy TPHCM" —
/// the first pattern body or lexicon name after the head of a body that needs one.
fn inner_bodies(
    doc: &Doc,
    out: &[OrgMention],
    places: &[PlaceMention],
    places_at: &Map<usize, usize>,
) -> Vec<OrgMention> {
    let lex = &*ORGS;
    let mut inner = Vec::new();
    for m in out {
        let OrgRef::Pattern { head, .. } = &m.org else { continue };
        let h = &lex.heads[*head as usize];
        if !(h.needs == Needs::Org || head_is(h, &["ban"])) {
            continue;
        }
        let head_end =
            lex.head_gaz.longest_at(doc, m.toks.start).map(|x| x.end).unwrap_or(m.toks.start + 1);
        for j in head_end..m.toks.end {
            if let Some(p) = pattern_at(doc, j, places, places_at, 1) {
                if p.toks.end <= m.toks.end {
                    inner.push(p);
                    break;
                }
            }
            if let Some(l) = lex.names.longest_at(doc, j) {
                if l.end <= m.toks.end {
                    inner.push(lex_mention(doc, &l));
                    break;
                }
            }
        }
    }
    inner
}

/// Country code of a pattern body.
pub fn pattern_country(head: &Head, place: Option<&PlaceRef>) -> Option<String> {
    use crate::entities::places::PLACES;
    let from_place = match place {
        Some(PlaceRef::Lex(id)) => PLACES.places[*id as usize].country.clone(),
        Some(PlaceRef::Admin { .. }) | Some(PlaceRef::MainCity) => Some("VN".to_string()),
        None => None,
    };
    match from_place {
        Some(c) => Some(c),
        None if head_is(head, VN_HEADS) || head.kind != OrganizationKind::International => {
            Some("VN".to_string())
        }
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The organisation mentions of `text`: (text as written, lexicon entry's name or the
    /// pattern head).
    fn orgs(text: &str) -> Vec<(String, String)> {
        let doc = Doc::new(text);
        let places = crate::entities::places::recognise(&doc);
        recognise(&doc, &places)
            .into_iter()
            .map(|m| {
                let what = match &m.org {
                    OrgRef::Lex(id) => ORGS.entries[*id as usize].name.clone(),
                    OrgRef::Pattern { head, .. } | OrgRef::Bare { head } => {
                        format!("head {}", ORGS.heads[*head as usize].head)
                    }
                };
                (doc.slice(m.range.clone()).to_string(), what)
            })
            .collect()
    }

    #[test]
    fn lexicon_entries_and_their_acronyms() {
        let v = orgs("Bộ Ngoại giao phối hợp với Liên hợp quốc (LHQ).");
        assert_eq!(v[0], ("Bộ Ngoại giao".to_string(), "Bộ Ngoại giao".to_string()));
        assert!(v.iter().any(|(t, _)| t == "Liên hợp quốc"), "{v:?}");
    }

    #[test]
    fn a_head_with_its_field_and_place() {
        let v = orgs("Sở Ngoại vụ Hà Nội tổ chức hội nghị.");
        assert_eq!(v, [("Sở Ngoại vụ Hà Nội".to_string(), "head Sở".to_string())]);
        let doc = Doc::new("Sở Ngoại vụ Hà Nội tổ chức hội nghị.");
        let places = crate::entities::places::recognise(&doc);
        let m = &recognise(&doc, &places)[0];
        match &m.org {
            OrgRef::Pattern { field, place, .. } => {
                assert_eq!(field, "ngoại vụ");
                let p = &places[place.expect("the body's place")];
                assert_eq!(doc.slice(p.range.clone()), "Hà Nội");
            }
            other => panic!("a pattern body, got {other:?}"),
        }
    }

    #[test]
    fn a_bare_head_after_the_full_name() {
        let v = orgs("Sở Ngoại vụ Hà Nội tổ chức hội nghị. Sở cũng cho biết kết quả.");
        assert_eq!(v.len(), 2, "{v:?}");
        assert_eq!(v[1], ("Sở".to_string(), "head Sở".to_string()));
    }

    #[test]
    fn no_body_in_lower_case_generic_phrases() {
        assert!(orgs("các sở ngành và cơ quan đại diện các nước").is_empty());
    }

    #[test]
    fn the_country_of_a_pattern_body() {
        let head = |h: &str| ORGS.heads.iter().find(|x| x.head == h).expect("head in the lexicon");
        assert_eq!(pattern_country(head("Sở"), None).as_deref(), Some("VN"));
    }
}
