//! People: names in name position — after a title ("Phó Chủ tịch UBND TP.HCM Võ Văn Hoan",
//! "Tổng thống Rumen Radev"), after an honorific ("ông Nguyễn Lộc Hà", "bà X", "đồng chí Y"),
//! led by a Vietnamese family name ("Lê Quang Long cho biết"), or a Sino-Vietnamese name of
//! the press ("Tập Cận Bình") — with the titles around them: before the name, chained by
//! commas or dashes ("Ủy viên Trung ương Đảng, Chủ tịch UBND … Nguyễn Thành Phong"), or in
//! apposition after it ("ông Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Phó Thủ tướng …;").
//!
//! Coreference: the same name is one person; a short form ("ông Hoan", "Chủ tịch Được",
//! "ông Radev") is the person whose given (or family) name it is, when only one fits.

use crate::entities::orgs::OrgMention;
use crate::entities::places::{PlaceMention, PlaceRef};
use crate::entities::titles::title_at;
use crate::lexicon::names::SURNAMES;
use crate::lexicon::{rows, Gazetteer};
use crate::model::Person;
use crate::text::document::Map;
use crate::text::document::{Doc, TokKind};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Honorifics (lower case) from `honorifics.tsv`; multi-word ones as written ("đồng chí").
static HONORIFICS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/honorifics.tsv")))
        .filter_map(|r| r.first().map(|w| w.split(' ').map(str::to_lowercase).collect()))
        .collect()
});

/// First words of the honorifics, for a quick test.
static HONORIFIC_FIRST: LazyLock<HashSet<String, crate::text::document::FxBuild>> =
    LazyLock::new(|| HONORIFICS.iter().filter_map(|h| h.first().cloned()).collect());

/// Sino-Vietnamese names of Chinese leaders as the press writes them (`sino_names.tsv`).
static SINO: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut g = Gazetteer::new(true);
    for (i, r) in
        rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/sino_names.tsv"))).enumerate()
    {
        if let Some(n) = r.first() {
            g.add(n, i as u32, false);
        }
    }
    g
});

/// Family names that also start titles, honorifics or common capitalised phrases: they lead
/// a name only after a title or an honorific.
const NOT_NAME_START: &[&str] = &[
    "phó",
    "ông",
    "văn",
    "đoàn",
    "công",
    "đồng",
    "châu",
    "quan",
    "danh",
    "chung",
    "cung",
    "tôn",
    "thân",
    "đường",
];

/// Words before a capitalised run that make it a street, a prize or a school, not a person.
const NOT_PERSON_BEFORE: &[&str] = &[
    "đường",
    "phố",
    "số",
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "cầu",
    "chợ",
    "giải",
    "trường",
    "quận",
    "phường",
    "huyện",
    "xã",
    "tỉnh",
    "thôn",
    "ấp",
    "tàu",
    "sân",
    "bến",
    "lăng",
    "đền",
    "chùa",
    "nhà",
    "hầm",
    "đại",
    "lộ",
    "tượng",
    "công",
    "viên",
    // places and facilities named after people or with name-like names ("vịnh Phan Thiết",
    // "bệnh viện Bạch Mai", "ở Hà Đông", "khu công nghiệp An Hiệp", "trường mẫu giáo Lương Hòa")
    "ở",
    "tại",
    "vịnh",
    "viện",
    "bv",
    "ga",
    "sông",
    "núi",
    "hồ",
    "đảo",
    "biển",
    "bãi",
    "mũi",
    "đèo",
    "cảng",
    "hòn",
    "kênh",
    "đầm",
    "thác",
    "làng",
    "bản",
    "xóm",
    "khu",
    "cụm",
    "tuyến",
    "trạm",
    "bay",
    "động",
    "tốc",
    "nghiệp",
    "giáo",
    "hội",
    "tết",
    "xuân",
];

/// Capitalised function words that start a sentence glued to a name ("… Hà Kim Ngọc Tại các
/// buổi …"): before a lower-case word they end the name.
const SENTENCE_STARTERS: &[&str] = &[
    "tại", "theo", "trong", "sau", "trước", "với", "khi", "về", "từ", "ở", "do", "vì", "nhưng",
    "và", "cũng", "đã", "sẽ", "đang", "là", "có", "được", "bị", "cho", "để", "nếu", "dù", "tuy",
    "ngoài", "trên", "dưới", "giữa", "nhằm", "còn", "các", "những", "mỗi", "một", "ngày", "tối",
    "đêm", "hôm", "trưa", "đây", "đó", "này", "thay", "qua",
];

/// The ten heavenly stems and twelve earthly branches: a stem and a branch name a year of the
/// sexagenary cycle ("Đinh Dậu", "Giáp Thìn"), never a person.
const STEMS: &[&str] =
    &["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "kỉ", "canh", "tân", "nhâm", "quý"];
const BRANCHES: &[&str] = &[
    "tý", "tí", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu",
    "tuất", "hợi",
];

/// Is `name` a year of the sexagenary cycle?
pub fn is_year_name(name: &str) -> bool {
    let w: Vec<String> = name.split_whitespace().map(|x| x.to_lowercase()).collect();
    w.len() == 2 && STEMS.contains(&w[0].as_str()) && BRANCHES.contains(&w[1].as_str())
}

/// An initial: one or two letters, the first upper case ("V", "J", "Ph", "Th").
fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_uppercase() => {
            let rest: Vec<char> = cs.collect();
            rest.len() <= 1 && rest.iter().all(|c| c.is_lowercase())
        }
        _ => false,
    }
}

/// Is the name only initials ("T", "N.V.A", "T.Đ.L")?
fn only_initials(name: &str) -> bool {
    name.split(|c: char| c == '.' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().count() <= 2)
}

/// Pairs of syllables that start a word or a phrase of the lexicons of titles, bodies, fields
/// and countries ("công an", "hội đồng", "cộng hòa", "trung tâm"): a capitalised syllable
/// followed by its partner in lower case starts a body's name, not a person's.
static COMPOUND_STARTS: LazyLock<HashSet<(String, String), crate::text::document::FxBuild>> =
    LazyLock::new(|| {
        let mut set: HashSet<(String, String), crate::text::document::FxBuild> = HashSet::default();
        let mut add = |phrase: &str| {
            let w: Vec<String> = phrase.split_whitespace().map(|x| x.to_lowercase()).collect();
            for p in w.windows(2) {
                set.insert((p[0].clone(), p[1].clone()));
            }
        };
        for h in &crate::entities::titles::TITLES.heads {
            add(h);
        }
        let orgs = &*crate::entities::orgs::ORGS;
        for h in &orgs.heads {
            add(&h.head);
        }
        for e in &orgs.entries {
            add(&e.name);
        }
        for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/org_fields.tsv"))) {
            if let Some(f) = r.first() {
                add(f);
            }
        }
        for p in &crate::entities::places::PLACES.places {
            add(&p.name);
        }
        set
    });

/// One-word heads of bodies ("sở", "bộ", "hội", "cục") from the organisation patterns.
static BODY_HEADS: LazyLock<HashSet<String, crate::text::document::FxBuild>> =
    LazyLock::new(|| {
        crate::entities::orgs::ORGS
            .heads
            .iter()
            .filter(|h| !h.head.contains(' ') && h.head.chars().any(|c| c.is_lowercase()))
            .map(|h| h.head.to_lowercase())
            .collect()
    });

/// Words that introduce a list of streets or places.
const PLACE_LIST_WORDS: &[&str] = &[
    "đường",
    "phố",
    "tuyến",
    "ngõ",
    "hẻm",
    "kiệt",
    "quận",
    "phường",
    "huyện",
    "xã",
    "tỉnh",
    "ở",
    "tại",
    "sông",
    "cầu",
    "chợ",
    "ga",
    // junctions: "ngã tư Nguyễn Kiệm - Hoàng Minh Giám", "nút giao Lê Văn Lương - Tố Hữu"
    "tư",
    "ba",
    "giao",
    "lộ",
];

/// Is the capitalised run at `i` an item of a list that a place word introduces ("các tuyến
/// đường như Xã Đàn, Láng Hạ, Lê Duẩn", "tuyến phố Yên Lãng, Hoàng Cầu")?
fn in_place_list(ctx: &Ctx, a: usize, i: usize) -> bool {
    let doc = ctx.doc;
    let mut k = i;
    let mut items = 0;
    loop {
        // the word before the run starting at k
        if k <= a {
            return false;
        }
        let p = k - 1;
        let pw = doc.tok_lower(p);
        let place_word = |q: usize| {
            PLACE_LIST_WORDS.contains(&doc.tok_lower(q))
                && !(doc.tok_lower(q) == "phố" && q > a && doc.tok_lower(q - 1) == "thành")
        };
        if items > 0 && place_word(p) || pw == "như" && p > a && place_word(p - 1) {
            return true;
        }
        if !matches!(pw, "," | "-" | "–" | "và") || items > 12 {
            return false;
        }
        // go back over the previous item: a run of capitalised words
        let mut s = p;
        while s > a && ctx.cap_word(s - 1) {
            s -= 1;
        }
        if s == p {
            return false;
        }
        k = s;
        items += 1;
    }
}

/// Words before a country's name that belong to it ("Cộng hòa Cu Ba", "Liên bang Nga").
const STATE_PREFIXES: &[&[&str]] = &[&["cộng", "hòa"], &["liên", "bang"], &["vương", "quốc"]];

/// Lower-case particles inside foreign names ("Alexandre de Rhodes", "Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "bin", "binti", "al", "da", "dos", "das", "del", "di", "du",
    "la", "le", "y",
];

/// True when `w` reads as one Vietnamese syllable (initial, vowels, final). Names that do
/// not ("Radev", "Putin", "Castañeda", "Jong") are foreign.
pub fn is_viet_syllable(w: &str) -> bool {
    // the base letters: lower case, tone marks dropped, vowel qualities (ă â ê ô ơ ư) kept
    let mut base = [0u32; 12];
    let mut n = 0;
    for c in w.chars() {
        if n == base.len() {
            return false;
        }
        base[n] = u32::from(tone_base(crate::text::chars::lower_char(c)));
        n += 1;
    }
    let base: Vec<char> = base[..n].iter().filter_map(|&u| char::from_u32(u)).collect();
    const INITIALS: &[&str] = &[
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
        "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];
    const FINALS: &[&str] = &["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
    const VOWELS: &str = "aăâeêioôơuưy";
    let starts_with = |v: &[char], p: &str| {
        p.chars().count() <= v.len() && v.iter().zip(p.chars()).all(|(a, b)| *a == b)
    };
    for ini in INITIALS {
        if !starts_with(&base, ini) {
            continue;
        }
        let rest = &base[ini.chars().count()..];
        let nv = rest.iter().take_while(|c| VOWELS.contains(**c)).count();
        if nv == 0 || nv > 3 {
            continue;
        }
        let tail = &rest[nv..];
        if FINALS.iter().any(|f| f.chars().count() == tail.len() && starts_with(tail, f)) {
            return true;
        }
    }
    false
}

/// A lower-case Vietnamese vowel without its tone mark ("ố" → "ô", "ạ" → "a"); other letters as they are.
fn tone_base(c: char) -> char {
    const GROUPS: &[(char, &str)] = &[
        ('a', "àáảãạ"),
        ('ă', "ằắẳẵặ"),
        ('â', "ầấẩẫậ"),
        ('e', "èéẻẽẹ"),
        ('ê', "ềếểễệ"),
        ('i', "ìíỉĩị"),
        ('o', "òóỏõọ"),
        ('ô', "ồốổỗộ"),
        ('ơ', "ờớởỡợ"),
        ('u', "ùúủũụ"),
        ('ư', "ừứửữự"),
        ('y', "ỳýỷỹỵ"),
    ];
    if c.is_ascii() {
        return c;
    }
    GROUPS.iter().find(|(_, toned)| toned.contains(c)).map(|(b, _)| *b).unwrap_or(c)
}

/// How a name was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Title,
    Honorific,
    FamilyName,
    Sino,
    /// a foreign name standing alone, without a title or an honorific
    Foreign,
}

#[derive(Debug, Clone)]
pub struct PersonMention {
    pub range: Range<usize>,
    pub toks: Range<usize>,
    pub name: String,
    pub titles: Vec<String>,
    pub honorific: Option<String>,
    pub cue: Cue,
    /// token ranges of the titles attached to this mention (for highlighting and actions)
    pub title_ranges: Vec<Range<usize>>,
}

struct Ctx<'a> {
    doc: &'a Doc<'a>,
    places: &'a [PlaceMention],
    places_at: Map<usize, usize>,
    orgs: &'a [OrgMention],
    orgs_at: Map<usize, usize>,
    /// token → covered by a place or organisation mention
    covered: Vec<bool>,
}

impl<'a> Ctx<'a> {
    fn line_of(&self, i: usize) -> usize {
        self.doc.tline(i)
    }

    fn cap_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).map(|t| t.kind == TokKind::Word && t.cap).unwrap_or(false)
    }

    /// Does a name that has read `words` words end before token `j` (a capitalised word)? A
    /// title, a body, a place of several words or a sentence glued to the name ends it.
    fn ends_name_at(&self, j: usize, words: usize) -> bool {
        let doc = self.doc;
        if words == 0 {
            return false;
        }
        // "… Nguyễn Văn A Công ty …"; after one word a body's head may be a given name
        // ("Phạm Trường Long")
        if words >= 2 && self.orgs_at.contains_key(&j) {
            return true;
        }
        if let Some(&p) = self.places_at.get(&j) {
            let t = &self.places[p].toks;
            // "… Võ Văn Hoan Hà Nội"; a one-word place ("Anh" of "Bùi Vương Anh") may be a given name
            if words >= 2 && (t.len() >= 2 || !is_viet_syllable(doc.tok_text(j))) {
                return true;
            }
        }
        let next_lower = doc
            .tokens
            .get(j + 1)
            .map(|t| t.kind == TokKind::Word && !t.cap && doc.tline(j + 1) == doc.tline(j))
            .unwrap_or(false);
        let w = doc.tok_lower(j);
        if next_lower && SENTENCE_STARTERS.contains(&w) {
            return true;
        }
        // "Trần Văn Bình Phó Giám đốc …", "… Nguyễn Văn A Giám đốc Sở …"
        if title_here(doc, j) || w == "phó" && self.cap_word(j + 1) && title_here(doc, j + 1) {
            return true;
        }
        false
    }

    /// A run of capitalised words from `i` (hyphenated parts, initials and foreign particles
    /// inside: "Jong-un", "V. Putin", "T.Đ.L", "Bashar al-Assad", "Ursula von der Leyen").
    fn name_run(&self, i: usize, max: usize) -> usize {
        let doc = self.doc;
        let n = doc.tokens.len();
        if !self.cap_word(i) {
            return i;
        }
        let line = self.line_of(i);
        let glued = |a: usize, b: usize| doc.tokens[b].start == doc.tokens[a].end;
        let mut j = i;
        let mut words = 0;
        let mut foreign = false;
        // every word so far an initial ("H.R. McMaster")
        let mut initials = true;
        while j < n && words < max && self.line_of(j) == line {
            if self.cap_word(j) {
                if self.ends_name_at(j, words) {
                    break;
                }
                let w = doc.tok_text(j);
                // an initial and its dot: "V. Putin", "Antony J. Blinken", "T.Đ.L", "V.Soi-blơ"
                if is_initial(w)
                    && j + 2 < n
                    && doc.tok_text(j + 1) == "."
                    && glued(j, j + 1)
                    && self.cap_word(j + 2)
                    && self.line_of(j + 2) == line
                {
                    let next_glued = glued(j + 1, j + 2);
                    let spaced_ok = w.chars().count() == 1
                        && (words == 0 || foreign || initials)
                        && self.honorific_at(j + 2).is_none()
                        && !self.ends_name_at(j + 2, 1);
                    if next_glued || spaced_ok {
                        j += 2;
                        words += 1;
                        continue;
                    }
                }
                if !is_viet_syllable(w) {
                    foreign = true;
                }
                initials = false;
                j += 1;
                words += 1;
                // glued hyphenated or apostrophe parts: "Jong-un", "O'Neill"
                while j + 1 < n
                    && matches!(doc.tok_text(j), "-" | "'" | "’")
                    && doc.tokens[j].start == doc.tokens[j - 1].end
                    && doc.tokens[j + 1].start == doc.tokens[j].end
                    && doc.tokens[j + 1].kind == TokKind::Word
                {
                    j += 2;
                }
                continue;
            }
            if words > 0
                && doc.tokens[j].kind == TokKind::Word
                && PARTICLES.contains(&doc.tok_lower(j))
            {
                if self.cap_word(j + 1) && !self.ends_name_at(j + 1, words) {
                    j += 1;
                    continue;
                }
                // "al-Assad", "bin-Salman"
                if j + 2 < n
                    && matches!(doc.tok_text(j + 1), "-")
                    && glued(j, j + 1)
                    && glued(j + 1, j + 2)
                    && self.cap_word(j + 2)
                {
                    j += 3;
                    words += 1;
                    continue;
                }
            }
            break;
        }
        j
    }

    fn text(&self, r: Range<usize>) -> String {
        self.doc.slice(self.doc.tokens[r.start].start..self.doc.tokens[r.end - 1].end).to_string()
    }

    /// A mention of the name at tokens `toks` (not empty), read by `cue`, without titles.
    fn mention(&self, toks: Range<usize>, honorific: Option<String>, cue: Cue) -> PersonMention {
        PersonMention {
            range: self.doc.tokens[toks.start].start..self.doc.tokens[toks.end - 1].end,
            name: self.text(toks.clone()),
            toks,
            titles: Vec::new(),
            honorific,
            cue,
            title_ranges: Vec::new(),
        }
    }

    fn honorific_at(&self, i: usize) -> Option<(String, usize)> {
        let doc = self.doc;
        let first = doc.tok_lower(i);
        if !HONORIFIC_FIRST.contains(first) {
            return None;
        }
        for h in HONORIFICS.iter() {
            let n = h.len();
            if i + n > doc.tokens.len() || !(0..n).all(|k| doc.tok_lower(i + k) == h[k]) {
                continue;
            }
            let t = doc.tokens[i];
            // "ông", "bà", "ngài", "đồng chí" may be capitalised (sentence start); the others
            // ("anh", "chị", "cô", "em"…) only in lower case ("Anh" is also Britain)
            let strong = matches!(h[0].as_str(), "ông" | "bà" | "ngài" | "đồng" | "phu");
            if t.cap && !strong {
                // "Anh Nguyễn Văn Nam, 35 tuổi, …": at a sentence start, before a full name
                let at_start = i == 0
                    || matches!(doc.tok_text(i - 1), "." | "!" | "?" | "\n")
                    || doc.seg.line_start(t.start) == t.start;
                let full_name = doc.tokens.get(i + n).map(|u| u.cap).unwrap_or(false)
                    && SURNAMES.contains(doc.tok_lower(i + n))
                    && self.cap_word(i + n + 1);
                if !(at_start && full_name) {
                    continue;
                }
            }
            return Some((h.join(" "), i + n));
        }
        None
    }

    fn overlaps_entity(&self, r: Range<usize>) -> bool {
        r.clone().any(|k| self.covered.get(k).copied().unwrap_or(false))
    }

    /// Is the run [i, j) a plausible name after a title (no surname needed)?
    fn plausible_after_title(&self, i: usize, j: usize) -> bool {
        if j <= i || self.overlaps_entity(i..j) {
            return false;
        }
        let doc = self.doc;
        let words: Vec<&str> = (i..j)
            .filter(|&k| doc.tokens[k].kind == TokKind::Word)
            .map(|k| doc.tok_text(k))
            .collect();
        if words.iter().all(|w| w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
            && words.len() == 1
            && words[0].chars().count() > 1
        {
            return false; // an acronym: "Chủ tịch WEF"
        }
        if (i..j).any(|k| doc.tokens[k].upper) {
            return false; // "UBND Thành": an acronym is not part of a name
        }
        let first = doc.tok_lower(i);
        if SURNAMES.contains(first) && j - i >= 2 {
            return true;
        }
        // a single word ending like a country or region name is a place ("Tartastan")
        if j - i == 1 {
            let w = first;
            if w.ends_with("stan") || w.ends_with("land") {
                return false;
            }
        }
        words.iter().any(|w| !is_viet_syllable(w)) || j - i >= 2 || words.len() == 1
    }
}

/// Recognise person mentions with their titles and honorifics.
pub fn recognise(
    doc: &Doc,
    places: &[PlaceMention],
    orgs: &[OrgMention],
) -> (Vec<PersonMention>, Vec<Role>) {
    let n = doc.tokens.len();
    let mut covered = vec![false; n];
    for p in places {
        if !matches!(p.place, PlaceRef::MainCity) {
            for k in p.toks.clone() {
                covered[k] = true;
            }
        }
    }
    for o in orgs {
        for k in o.toks.clone() {
            if k < n {
                covered[k] = true;
            }
        }
    }
    let ctx = Ctx {
        doc,
        places,
        places_at: crate::entities::places::place_index(places),
        orgs,
        orgs_at: orgs.iter().enumerate().map(|(k, o)| (o.toks.start, k)).rev().collect(),
        covered,
    };
    let mut out: Vec<PersonMention> = Vec::new();
    let mut roles: Vec<Role> = Vec::new();
    for line in &doc.seg.lines {
        if matches!(
            line.kind,
            crate::text::segment::LineKind::Blank
                | crate::text::segment::LineKind::Credit
                | crate::text::segment::LineKind::Byline
                | crate::text::segment::LineKind::Dateline
        ) {
            continue;
        }
        let a = doc.token_at_or_after(line.range.start);
        let b = doc.token_at_or_after(line.range.end);
        scan_line(&ctx, a, b, &mut out, &mut roles);
    }
    let first_words = only_first_words(doc, &out);
    out.retain(|m| {
        let initials = only_initials(&m.name);
        let rejected = doc.seg.is_masked(&m.range)
            || is_year_name(&m.name)
            // a single letter never names a person; initials only after a person word
            || m.name.chars().filter(|c| c.is_alphabetic()).count() <= 1
            || initials && m.cue == Cue::FamilyName
            // one initial ("Tr.") is a single letter of the alphabet of names
            || initials && m.name.split(['.', ' ']).filter(|w| !w.is_empty()).count() == 1
            || web_address_at(doc, m.toks.end)
            || m.toks.len() == 1 && (after_plural_title(doc, m) || first_words.contains(&doc.tok_hash[m.toks.start]));
        !rejected
    });
    (out, roles)
}

/// Does a web address's domain follow token `end` ("Phapluatplus.vn", "Dantri.com")?
fn web_address_at(doc: &Doc, end: usize) -> bool {
    let glued = |k: usize| k < doc.tokens.len() && doc.tokens[k].start == doc.tokens[k - 1].end;
    glued(end)
        && doc.tok_text(end) == "."
        && glued(end + 1)
        && matches!(doc.tok_lower(end + 1), "vn" | "com" | "net" | "org" | "info")
}

/// A one-word name after a plural title is a team or a group ("các cầu thủ Arsenal").
fn after_plural_title(doc: &Doc, m: &PersonMention) -> bool {
    m.title_ranges
        .first()
        .is_some_and(|t| t.start > 0 && matches!(doc.tok_lower(t.start - 1), "các" | "những"))
}

/// The one-word names among `mentions` that the text writes only as the first word of a
/// longer capitalised name, never after another capitalised word ("Real" of "Real Madrid":
/// a club's first word, where a person's one-word mention is the last word of their name).
/// Token keys, found in one pass over the text.
fn only_first_words(doc: &Doc, mentions: &[PersonMention]) -> HashSet<u64> {
    let n = doc.tokens.len();
    let keys: HashSet<u64> =
        mentions.iter().filter(|m| m.toks.len() == 1).map(|m| doc.tok_hash[m.toks.start]).collect();
    if keys.is_empty() {
        return keys;
    }
    let cap_word = |k: usize| k < n && doc.tokens[k].kind == TokKind::Word && doc.tokens[k].cap;
    let near = |a: usize, b: usize| doc.tokens[b].start <= doc.tokens[a].end + 1;
    let (mut first, mut last) = (HashSet::new(), HashSet::new());
    for k in (0..n).filter(|&k| cap_word(k) && keys.contains(&doc.tok_hash[k])) {
        if k > 0 && cap_word(k - 1) && near(k - 1, k) {
            last.insert(doc.tok_hash[k]);
        } else if cap_word(k + 1) && near(k, k + 1) {
            first.insert(doc.tok_hash[k]);
        }
    }
    first.difference(&last).copied().collect()
}

/// Read the people of tokens [a, b) of one line (and the roles: titles standing without a
/// name). A chain of titles comes first; then a name after an honorific, initials after a
/// person word, a Sino-Vietnamese name, a name that starts with a family name. Titles after
/// a person and a comma ("ông A, Chủ tịch …") are that person's (apposition).
fn scan_line(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<PersonMention>, roles: &mut Vec<Role>) {
    let doc = ctx.doc;
    let mut i = a;
    // the person just read and whether a comma follows it (apposition)
    let mut last: Option<usize> = None;
    let mut appos = false;
    while i < b {
        let found = if let Some(t) = title_start(ctx, i) {
            let (chain, mut k, city_name) = title_chain(ctx, t, b);
            let titles: Vec<Range<usize>> = chain.iter().map(|t| t.start..t.end).collect();
            match name_after_titles(ctx, k, b, city_name, &titles) {
                Some(found) => Some(found),
                None => {
                    if appos {
                        if let Some(l) = last {
                            for r in &titles {
                                out[l].titles.push(ctx.text(r.clone()));
                                out[l].title_ranges.push(r.clone());
                            }
                        }
                    } else {
                        k = push_roles(ctx, &chain, k, b, roles);
                    }
                    appos = false;
                    i = k.max(i + 1);
                    continue;
                }
            }
        } else {
            honorific_name(ctx, i)
                .or_else(|| initials_name(ctx, a, i))
                .or_else(|| {
                    SINO.longest_at(doc, i).map(|m| (ctx.mention(i..m.end, None, Cue::Sino), m.end))
                })
                .or_else(|| family_name(ctx, a, i))
                .or_else(|| foreign_name(ctx, a, i))
        };
        if let Some((m, end)) = found {
            out.push(m);
            last = Some(out.len() - 1);
            appos = false;
            i = end;
            continue;
        }
        // "ông A, Chủ tịch …", "ông A - Giám đốc Sở … -"
        if matches!(doc.tok_text(i), "," | "-" | "–")
            && last.map(|l| out[l].toks.end == i).unwrap_or(false)
        {
            appos = true;
        } else if !matches!(doc.tok_text(i), ",") {
            appos = false;
        }
        i += 1;
    }
}

/// A chain of titles from `t` ("Phó Thủ tướng, Bộ trưởng …", "… kiêm …") with the complements
/// that follow the last: the titles, where the name may start, and whether a foreign city
/// taken as a complement is the name's first word.
fn title_chain(
    ctx: &Ctx,
    t: crate::entities::titles::TitleSpan,
    b: usize,
) -> (Vec<crate::entities::titles::TitleSpan>, usize, bool) {
    let doc = ctx.doc;
    let mut chain = vec![extend_unknown(ctx, t)];
    let mut k = chain[0].end;
    while k < b && matches!(doc.tok_lower(k), "," | "-" | "–" | "kiêm") {
        let Some(t2) = title_start(ctx, k + 1) else { break };
        let t2 = extend_unknown(ctx, t2);
        k = t2.end;
        chain.push(t2);
    }
    let mut city_name = false;
    if let Some(last) = chain.last_mut() {
        // "Tổng thống Vladimir Putin": a foreign city taken as the complement is the
        // first name of the person who follows
        if let Some(ps) = foreign_city_first_name(ctx, last) {
            city_name = true;
            last.end = ps;
            last.has_complement = (last.start..ps).any(|x| ctx.orgs_at.contains_key(&x));
            k = ps;
        }
        // "Tổng thống Mỹ", "Ngoại trưởng Nga Sergei Lavrov", "Chủ tịch Quốc hội Cộng
        // hòa Cu Ba Juan …": a country after the title is its complement, not a name
        if let Some(pe) = country_after(ctx, k) {
            last.end = pe;
            last.has_complement = true;
            k = pe;
        }
    }
    // "Phó cảnh sát trưởng Pattani ông Rewat Srichantub": a word between the title and
    // an honorific that introduces the name is the title's complement
    if ctx.honorific_at(k).is_none() {
        let e = ctx.name_run(k, 3);
        if e > k && ctx.honorific_at(e).map(|(_, e2)| ctx.cap_word(e2)).unwrap_or(false) {
            if let Some(last) = chain.last_mut() {
                last.end = e;
                last.has_complement = true;
                k = e;
            }
        }
    }
    (chain, k, city_name)
}

/// The person named at `k` after a chain of titles (at `titles`), with an optional
/// honorific; `city_name`: the name's first word was read as a foreign city.
fn name_after_titles(
    ctx: &Ctx,
    k: usize,
    b: usize,
    city_name: bool,
    titles: &[Range<usize>],
) -> Option<(PersonMention, usize)> {
    let (honorific, name_start) = match ctx.honorific_at(k) {
        Some((h, e)) => (Some(h), e),
        None => (None, k),
    };
    let name_end = ctx.name_run(name_start, 6);
    let ok = name_end > name_start
        && name_start < b
        && !starts_compound(ctx, name_start, name_end)
        && !title_here(ctx.doc, name_start)
        && (honorific.is_some() && !ctx.overlaps_entity(name_start..name_end)
            || city_name && !ctx.overlaps_entity(name_start + 1..name_end)
            || ctx.plausible_after_title(name_start, name_end));
    ok.then(|| {
        let m = PersonMention {
            titles: titles.iter().map(|r| ctx.text(r.clone())).collect(),
            title_ranges: titles.to_vec(),
            ..ctx.mention(name_start..name_end, honorific, Cue::Title)
        };
        (m, name_end)
    })
}

/// A name after an honorific at `i` ("ông Nguyễn Văn A"), not inside another entity.
fn honorific_name(ctx: &Ctx, i: usize) -> Option<(PersonMention, usize)> {
    let (h, e) = ctx.honorific_at(i)?;
    let end = ctx.name_run(e, 5);
    (end > e && !ctx.overlaps_entity(e..end))
        .then(|| (ctx.mention(e..end, Some(h), Cue::Honorific), end))
}

/// "bệnh nhân N.V.T", "bị cáo L.T.H": initials at `i` after a person word.
fn initials_name(ctx: &Ctx, a: usize, i: usize) -> Option<(PersonMention, usize)> {
    let doc = ctx.doc;
    if !(ctx.cap_word(i) && i > a && PERSON_NOUNS.iter().any(|p| ends_with_words(doc, a, i, p))) {
        return None;
    }
    let end = ctx.name_run(i, 4);
    (end > i + 1 && only_initials(&ctx.text(i..end)))
        .then(|| (ctx.mention(i..end, None, Cue::Honorific), end))
}

/// A name of Vietnamese syllables that starts with a family name at `i` (line from `a`),
/// not after a capitalised word or a word that makes it a place or a street, and not a place,
/// a district, or a club's or company's name run on by a place.
fn family_name(ctx: &Ctx, a: usize, i: usize) -> Option<(PersonMention, usize)> {
    let doc = ctx.doc;
    if !ctx.cap_word(i) {
        return None;
    }
    let w = doc.tok_lower(i);
    let prev_cap = i > a && ctx.cap_word(i - 1) && doc.tokens[i - 1].end + 1 >= doc.tokens[i].start;
    let mut prev_word = if i > a { doc.tok_lower(i - 1) } else { "" };
    if prev_word == "phố" && i > a + 1 && doc.tok_lower(i - 2) == "thành" {
        prev_word = ""; // "thành phố" is the city, not a street ("phố")
    }
    let candidate = SURNAMES.contains(w)
        && !NOT_NAME_START.contains(&w)
        && !prev_cap
        && !NOT_PERSON_BEFORE.contains(&prev_word)
        && !doc.tokens[i].upper;
    if !candidate {
        return None;
    }
    let end = ctx.name_run(i, 4);
    let ok = end - i >= 2
        && !ctx.overlaps_entity(i..end)
        && (i..end).all(|k| is_viet_syllable(doc.tok_text(k)))
        && !is_place_name(doc, i, end)
        && !in_place_list(ctx, a, i)
        && !DISTRICTS.contains(&ctx.text(i..end).to_lowercase())
        // "Hoàng Anh Gia Lai", "Than Quảng Ninh": a name run on by a place is a club's
        // or a company's
        && !(ctx.places_at.contains_key(&end) && doc.tline(end) == doc.tline(i));
    ok.then(|| (ctx.mention(i..end, None, Cue::FamilyName), end))
}

/// Words before a run of foreign words that make it the name of a thing, not of a person
/// ("phim Pretty Woman", "hãng General Motors", "tờ Foreign Policy", "ứng dụng Google Maps").
const THING_BEFORE: &[&str] = &[
    "phim",
    "album",
    "ca",
    "khúc",
    "hát",
    "hãng",
    "hiệu",
    "dòng",
    "mẫu",
    "phẩm",
    "dụng",
    "game",
    "chơi",
    "tàu",
    "hạm",
    "lửa",
    "bay",
    "sạn",
    "hàng",
    "tờ",
    "báo",
    "chí",
    "kênh",
    "trình",
    "án",
    "dịch",
    "cúp",
    "sách",
    "cuốn",
    "thuyết",
    "vở",
    "show",
    "đội",
    "clb",
    "bộ",
    "đoàn",
    "ty",
    "xe",
    "thoại",
    "nhóm",
    "nhạc",
    "thống",
    "mềm",
    "mạng",
    "trang",
    "website",
    "quỹ",
    "động",
    "cảng",
    "đảo",
    "bang",
    "vùng",
    "khu",
    "tỉnh",
    "hạt",
    "mang",
    "tên",
    "gọi",
    "dự",
    "chiến",
    "tổ",
    "chức",
    "liên",
    "minh",
    "hội",
    "thương",
    "vịnh",
    "sông",
    "hồ",
    "núi",
    "tuyến",
    "giải",
    "festival",
    "lhp",
    "tế",
    "giống",
    "mại",
    "tấn",
    "xã",
    "kinh",
    "doanh",
    "nghiệp",
    "hiệp",
    "trường",
    "viện",
    "tâm",
    "quan",
    "ban",
    "sở",
    "cục",
    "vụ",
    "đài",
    "hình",
    "thông",
    "màu",
    "số",
];

/// English words of the names of things, not of people ("Samsung Electronics", "Premier
/// League", "National Interest", "General Motors"): a run holding one names no person. The
/// head nouns and modifiers of company, media, sport, product and place names, curated by hand.
const THING_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "for",
    "in",
    "on",
    "at",
    "to",
    "with",
    "a",
    "an",
    "league",
    "cup",
    "club",
    "united",
    "city",
    "times",
    "post",
    "news",
    "daily",
    "journal",
    "review",
    "interest",
    "policy",
    "force",
    "air",
    "airlines",
    "airways",
    "play",
    "watch",
    "office",
    "note",
    "galaxy",
    "electronics",
    "group",
    "bank",
    "motor",
    "motors",
    "energy",
    "oil",
    "gas",
    "capital",
    "partners",
    "holdings",
    "international",
    "global",
    "media",
    "press",
    "street",
    "square",
    "park",
    "tower",
    "center",
    "centre",
    "hall",
    "house",
    "palace",
    "bridge",
    "road",
    "avenue",
    "university",
    "college",
    "school",
    "institute",
    "foundation",
    "council",
    "party",
    "army",
    "navy",
    "guard",
    "police",
    "agency",
    "service",
    "services",
    "company",
    "corporation",
    "inc",
    "ltd",
    "corp",
    "general",
    "national",
    "royal",
    "new",
    "north",
    "south",
    "east",
    "west",
    "grand",
    "prix",
    "open",
    "championship",
    "world",
    "tour",
    "festival",
    "awards",
    "award",
    "prize",
    "film",
    "films",
    "pictures",
    "studio",
    "studios",
    "records",
    "music",
    "games",
    "sports",
    "football",
    "fc",
    "network",
    "online",
    "mobile",
    "phone",
    "pro",
    "max",
    "plus",
    "mini",
    "edition",
    "series",
    "model",
    "system",
    "systems",
    "technology",
    "technologies",
    "tech",
    "software",
    "digital",
    "cloud",
    "store",
    "shop",
    "mall",
    "market",
    "hotel",
    "resort",
    "tv",
    "radio",
    "channel",
    "magazine",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "guardian",
    "economist",
    "financial",
    "wall",
    "forum",
    "summit",
    "program",
    "programme",
    "project",
    "fund",
    "trust",
    "alliance",
    "union",
    "association",
    "federation",
    "committee",
    "commission",
    "ministry",
    "department",
    "court",
    "senate",
    "congress",
    "parliament",
    "assembly",
    "white",
    "red",
    "blue",
    "green",
    "black",
    "gold",
    "golden",
    "star",
    "stars",
    "sun",
    "moon",
    "day",
    "night",
    "love",
    "life",
    "man",
    "woman",
    "men",
    "women",
    "boy",
    "girl",
    "queen",
    "prince",
    "princess",
    "lady",
    "lord",
    "saint",
    "san",
    "santa",
    "fort",
    "port",
    "lake",
    "river",
    "island",
    "islands",
    "bay",
    "beach",
    "valley",
    "hills",
    "heights",
    "los",
    "las",
    "el",
    "old",
    "business",
    "insider",
    "auto",
    "villa",
    "real",
    "atletico",
    "athletic",
    "sporting",
    "inter",
    "borussia",
    "olympique",
    "dynamo",
    "dinamo",
    "rovers",
    "wanderers",
    "hotspur",
    "albion",
    "rangers",
    "celtic",
    "fi",
    "asset",
    "publisher",
];

/// Does token `k` read as a foreign word of a name: Latin letters, capitalised but not all
/// capitals, not a Vietnamese syllable and not an English word of things?
fn foreign_name_word(ctx: &Ctx, k: usize) -> bool {
    let doc = ctx.doc;
    let w = doc.tok_text(k);
    let latin = w.chars().all(|c| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c));
    latin
        && w.chars().count() >= 2
        && !doc.tokens[k].upper
        && !is_viet_syllable(w)
        && !THING_WORDS.contains(&doc.tok_lower(k))
}

/// A foreign name standing alone ("Nicole Kidman và Kirsten Dunst", "theo Adam Mount"): two
/// to four capitalised foreign words (hyphenated parts and particles inside), not after a
/// capitalised word or a word that makes it a street, a thing or a place, and not a place's
/// or an organisation's name. "Mount" alone, or a name one of whose words is a Vietnamese
/// syllable ("Kim Jong-un"), needs a title or an honorific.
fn foreign_name(ctx: &Ctx, a: usize, i: usize) -> Option<(PersonMention, usize)> {
    let doc = ctx.doc;
    if !ctx.cap_word(i) || !foreign_name_word(ctx, i) {
        return None;
    }
    // after a capitalised word only when that word opens the sentence ("Theo Adam Mount")
    if i > a && ctx.cap_word(i - 1) {
        let p = doc.tokens[i - 1].start;
        let opens =
            doc.seg.sentence_of(p).and_then(|k| doc.seg.sentences.get(k)).is_some_and(|se| {
                doc.slice(se.range.start..p).chars().all(|c| !c.is_alphanumeric())
            });
        if !(opens && is_viet_syllable(doc.tok_text(i - 1))) {
            return None;
        }
    }
    let prev_word = if i > a { doc.tok_lower(i - 1) } else { "" };
    if NOT_PERSON_BEFORE.contains(&prev_word) || THING_BEFORE.contains(&prev_word) {
        return None;
    }
    // "số 6 Alexandre de Rhodes": after a number, an address
    if i > a && doc.tokens[i - 1].kind == TokKind::Num {
        return None;
    }
    let end = ctx.name_run(i, 4);
    let caps: Vec<usize> = (i..end).filter(|&k| ctx.cap_word(k)).collect();
    // words apart, not the parts of one hyphenated word ("Wi-Fi", "Al-Qaeda", "Mar-a-Lago")
    let spaced = caps.iter().filter(|&&k| k == i || doc.tokens[k].start > doc.tokens[k - 1].end);
    let ok = spaced.count() >= 2
        && caps.iter().all(|&k| foreign_name_word(ctx, k))
        && !ctx.overlaps_entity(i..end)
        && !is_place_name(doc, i, end)
        // the run ends at a word boundary: not glued to a number or a capitalised word
        && !(end < doc.tokens.len() && doc.tokens[end].start == doc.tokens[end - 1].end
            && doc.tokens[end].kind != TokKind::Punct);
    ok.then(|| (ctx.mention(i..end, None, Cue::Foreign), end))
}

/// Words for a person that may introduce initials ("bệnh nhân N.V.T").
const PERSON_NOUNS: &[&[&str]] = &[
    &["bệnh", "nhân"],
    &["người", "bệnh"],
    &["bị", "cáo"],
    &["bị", "can"],
    &["nạn", "nhân"],
    &["đối", "tượng"],
    &["nghi", "phạm"],
    &["tài", "xế"],
    &["học", "sinh"],
    &["sinh", "viên"],
    &["nữ", "sinh"],
    &["nam", "sinh"],
    &["sản", "phụ"],
    &["thai", "phụ"],
    &["người", "phụ", "nữ"],
    &["người", "đàn", "ông"],
    &["phạm", "nhân"],
    &["chủ", "hộ"],
];

/// Do the tokens right before `i` (not before `a`) read `words`?
fn ends_with_words(doc: &Doc, a: usize, i: usize, words: &[&str]) -> bool {
    i >= a + words.len()
        && words.iter().enumerate().all(|(k, w)| doc.tok_lower(i - words.len() + k) == *w)
}

/// Does a title of two words or more start at token `k` ("Giám đốc", "Tổng Bí thư")?
fn title_here(doc: &Doc, k: usize) -> bool {
    crate::entities::titles::TITLES
        .gaz
        .longest_at(doc, k)
        .map(|m| m.end - m.start >= 2)
        .unwrap_or(false)
}

/// Vietnamese districts (lower case) from `vn_districts.tsv`: "Hà Đông", "Thạch Hà" written
/// bare are places, not people found by their family name.
static DISTRICTS: LazyLock<HashSet<String, crate::text::document::FxBuild>> = LazyLock::new(|| {
    rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/vn_districts.tsv")))
        .filter_map(|r| r.first().copied())
        .filter(|n| n.contains(' '))
        .map(str::to_lowercase)
        .collect()
});

/// A one-word "name" that, with the lower-case word after it, starts a body, a field or a
/// country ("Giám đốc Công an tỉnh", "Chủ tịch Hội đồng tuyển sinh", "Chủ tịch Ủy ban …").
fn starts_compound(ctx: &Ctx, i: usize, end: usize) -> bool {
    let doc = ctx.doc;
    if end != i + 1 || !is_viet_syllable(doc.tok_text(i)) {
        return false;
    }
    // a bare head of a body: "Giám đốc Sở", "Chủ tịch Hội"
    if BODY_HEADS.contains(doc.tok_lower(i)) {
        return true;
    }
    match doc.tokens.get(end) {
        Some(t) if t.kind == TokKind::Word && !t.cap && doc.tline(end) == doc.tline(i) => {
            COMPOUND_STARTS
                .contains(&(doc.tok_lower(i).to_string(), doc.tok_lower(end).to_string()))
        }
        _ => false,
    }
}

/// The end of a country (or a Vietnamese province) named at token `k`, even by a name that
/// counts as a place only in context ("Mỹ", "Nga"), with its state prefix ("Cộng hòa Cu Ba").
fn country_after(ctx: &Ctx, k: usize) -> Option<usize> {
    let doc = ctx.doc;
    if !ctx.cap_word(k) {
        return None;
    }
    let mut s = k;
    for p in STATE_PREFIXES {
        if (0..p.len()).all(|x| doc.tok_lower(k + x) == p[x] && doc.tline(k + x) == doc.tline(k)) {
            s = k + p.len();
            break;
        }
    }
    let m = crate::entities::places::PLACES.gaz.longest_at(doc, s)?;
    let is_state = m.hits.iter().any(|h| {
        let pl = &crate::entities::places::PLACES.places[h.id as usize];
        pl.kind == "country" || pl.kind == "province" && pl.country.as_deref() == Some("VN")
    });
    if !is_state {
        return None;
    }
    Some(m.end)
}

/// "Tổng thống Vladimir Putin": the title's last complement is a foreign city ("Vladimir")
/// directly followed by a foreign word; returns where the city starts.
fn foreign_city_first_name(ctx: &Ctx, t: &crate::entities::titles::TitleSpan) -> Option<usize> {
    let doc = ctx.doc;
    if !t.has_complement || !ctx.cap_word(t.end) || is_viet_syllable(doc.tok_text(t.end)) {
        return None;
    }
    let (ps, p) = (t.start + 1..t.end).find_map(|j| ctx.places_at.get(&j).map(|&p| (j, p)))?;
    let pm = &ctx.places[p];
    if pm.toks.end != t.end || pm.toks.len() != 1 || is_viet_syllable(doc.tok_text(ps)) {
        return None;
    }
    // only a name that is a place in context alone ("Vladimir"), not a city named as one
    // ("Thị trưởng Osaka Yokoyama Hideyuki")
    let weak = crate::entities::places::PLACES
        .gaz
        .longest_at(doc, ps)
        .map(|m| m.end == t.end && m.hits.iter().all(|h| h.weak))
        .unwrap_or(false);
    if !weak {
        return None;
    }
    match pm.place {
        PlaceRef::Lex(id) => {
            let pl = &crate::entities::places::PLACES.places[id as usize];
            (pl.kind != "country" && pl.country.as_deref() != Some("VN")).then_some(ps)
        }
        _ => None,
    }
}

/// A role without a name: "Tổng thống Đức", "Tổng Bí thư, Chủ tịch nước Lào" (one person
/// holding both), "Chủ tịch Quốc hội Campuchia" (from "Chủ tịch Quốc hội Myanmar, Campuchia").
#[derive(Debug, Clone)]
pub struct Role {
    pub toks: Range<usize>,
    pub text: String,
}

/// "Tổng thống Tartastan": a title followed by one capitalised word that is neither a name nor
/// a known place takes it as its complement.
fn extend_unknown(
    ctx: &Ctx,
    t: crate::entities::titles::TitleSpan,
) -> crate::entities::titles::TitleSpan {
    let doc = ctx.doc;
    let j = t.end;
    if t.has_complement
        || !ctx.cap_word(j)
        || ctx.cap_word(j + 1)
        || ctx.covered.get(j).copied().unwrap_or(true)
    {
        return t;
    }
    if ctx.plausible_after_title(j, j + 1) && !is_place_like(doc.tok_text(j)) {
        return t;
    }
    crate::entities::titles::TitleSpan { end: j + 1, has_complement: true, ..t }
}

fn is_place_like(w: &str) -> bool {
    let l = w.to_lowercase();
    l.ends_with("stan") || l.ends_with("land")
}

/// Split a title chain without a name into roles: a title with a complement ends a role
/// ("Tổng thống Đức, Tổng Bí thư, Chủ tịch nước Lào" → "Tổng thống Đức" and "Tổng Bí thư, Chủ
/// tịch nước Lào"); ", Campuchia" after "Chủ tịch Quốc hội Myanmar" is the same role for
/// another country. Returns the token where reading goes on.
fn push_roles(
    ctx: &Ctx,
    chain: &[crate::entities::titles::TitleSpan],
    mut k: usize,
    b: usize,
    roles: &mut Vec<Role>,
) -> usize {
    let doc = ctx.doc;
    let mut start = None;
    for t in chain {
        let s = *start.get_or_insert(t.start);
        if t.has_complement {
            roles.push(Role { toks: s..t.end, text: ctx.text(s..t.end) });
            start = None;
        }
    }
    if let (Some(s), Some(last)) = (start, chain.last()) {
        roles.push(Role { toks: s..last.end, text: ctx.text(s..last.end) });
    }
    // ", Campuchia": the last role again, for another country
    let last = match chain.last() {
        Some(t) if t.has_complement => t.clone(),
        _ => return k,
    };
    let inner_place =
        (last.start..last.end).rev().find_map(|j| ctx.places_at.get(&j).map(|&p| (j, p)));
    let (pj, _) = match inner_place {
        Some(x) => x,
        None => return k,
    };
    while k + 1 < b && matches!(doc.tok_lower(k), "," | "và") {
        let p = match ctx.places_at.get(&(k + 1)) {
            Some(&p) => p,
            None => break,
        };
        let pe = ctx.places[p].toks.end;
        let ends = pe >= b || matches!(doc.tok_lower(pe), "," | ";" | "." | "và" | ")");
        if !ends {
            break;
        }
        let text = format!("{} {}", ctx.text(last.start..pj), ctx.text(k + 1..pe));
        roles.push(Role { toks: k + 1..pe, text });
        k = pe;
    }
    k
}

/// A run that is also a place's name ("Hồ Chí Minh" of "Thành phố Hồ Chí Minh") is not a
/// person without a title or an honorific.
fn is_place_name(doc: &Doc, i: usize, end: usize) -> bool {
    static CITY: LazyLock<Vec<u64>> = LazyLock::new(|| crate::lexicon::surface_keys("Thành phố").0);
    let p = &crate::entities::places::PLACES.gaz;
    p.matches_exactly(&[], doc, i, end) || p.matches_exactly(&CITY, doc, i, end)
}

/// A title that can start at `i` in running text: capitalised (or led by a lower-case
/// modifier such as "nguyên").
fn title_start(ctx: &Ctx, i: usize) -> Option<crate::entities::titles::TitleSpan> {
    let doc = ctx.doc;
    let t = doc.tokens.get(i)?;
    if t.kind != TokKind::Word {
        return None;
    }
    let span = title_at(doc, i, ctx.orgs, &ctx.orgs_at, ctx.places, &ctx.places_at)?;
    let first_cap = doc.tokens[i].cap
        || matches!(doc.tok_lower(i), "nguyên" | "cố" | "cựu" | "quyền" | "tân")
            && doc.tokens.get(i + 1).map(|u| u.cap).unwrap_or(false);
    if !first_cap {
        // a title in lower case ("ca sĩ Thái Thùy Linh", "…, người phát ngôn Bộ Ngoại giao
        // Nga"): a head of two words or more, before a name or in apposition after one
        let head_len =
            crate::entities::titles::TITLES.gaz.longest_at(doc, i).map(|m| m.end - m.start);
        let name_next = ctx.cap_word(span.end)
            && doc.tline(span.end) == doc.tline(i)
            && !ctx.covered.get(span.end).copied().unwrap_or(true);
        let appos = i >= 2 && doc.tok_text(i - 1) == "," && ctx.cap_word(i - 2);
        if head_len.unwrap_or(0) < 2 || !(name_next || appos) {
            return None;
        }
    }
    Some(span)
}

/// A person being gathered from mentions.
#[derive(Default)]
struct Gathered {
    name: String,
    titles: Vec<String>,
    honorific: Option<String>,
    mentions: Vec<Range<usize>>,
    first: usize,
}

/// The people found so far, indexed (linear work however many people) by full name, by
/// trailing words, and by first word.
#[derive(Default)]
struct Roster {
    people: Vec<Gathered>,
    by_full: Map<String, usize>,
    by_suffix: Map<String, Vec<usize>>,
    by_first: Map<String, Vec<usize>>,
}

/// The lower-case words of a name.
fn name_words(s: &str) -> Vec<String> {
    s.split_whitespace().map(|w| w.to_lowercase()).collect()
}

/// A lower-case word that is an initial with its dot ("v.", "j.", "ph.").
fn is_dotted_initial(w: &str) -> bool {
    w.ends_with('.') && w.chars().count() <= 3
}

impl Roster {
    /// The one person a mention (of words `w`) names: the same full name, else a shorter
    /// form — the trailing words (given name) or the first word (family name of a foreign or
    /// Sino-Vietnamese name) of exactly one person, or initials and the words after them
    /// ("V. Putin" is "Vladimir Putin").
    fn find(&self, m: &PersonMention, w: &[String]) -> Option<usize> {
        let full = w.join(" ");
        if let Some(&i) = self.by_full.get(&full) {
            return Some(i);
        }
        let mut cands: Vec<usize> = self.by_suffix.get(&full).cloned().unwrap_or_default();
        if m.cue != Cue::FamilyName && w.len() == 1 && !SURNAMES.contains(&w[0]) {
            cands.extend(self.by_first.get(&w[0]).into_iter().flatten().copied());
        }
        // the words after the initials, and each initial the first letter of the word it
        // stands for
        let lead = w.iter().take_while(|x| is_dotted_initial(x)).count();
        if lead > 0 && lead < w.len() {
            let rest = w[lead..].join(" ");
            let fits = |p: &usize| {
                let pw = name_words(&self.people[*p].name);
                pw.len() >= w.len()
                    && (0..lead).all(|x| pw[x].chars().next() == w[x].chars().next())
            };
            cands.extend(self.by_full.get(&rest).into_iter().copied().filter(fits));
            cands.extend(self.by_suffix.get(&rest).into_iter().flatten().copied().filter(fits));
        }
        cands.sort_unstable();
        cands.dedup();
        if cands.len() == 1 {
            Some(cands[0])
        } else {
            None
        }
    }

    /// A new person for a mention (of words `w`) that names no one known yet — unless it is a
    /// lone given name with no title, or a lone Vietnamese word after a title ("Chủ tịch Phúc"
    /// is a short form of a name given in full; "Trưởng khoa Hồi sức", "Giám đốc Xí nghiệp"
    /// are bodies).
    fn add(&mut self, m: &PersonMention, w: &[String]) -> Option<usize> {
        let lone_viet = w.len() == 1 && is_viet_syllable(&w[0]);
        if lone_viet && (m.cue == Cue::Honorific && m.titles.is_empty() || m.cue == Cue::Title) {
            return None;
        }
        let i = self.people.len();
        self.people.push(Gathered {
            name: m.name.clone(),
            first: m.range.start,
            ..Default::default()
        });
        self.by_full.insert(w.join(" "), i);
        for n in 1..w.len() {
            self.by_suffix.entry(w[w.len() - n..].join(" ")).or_default().push(i);
        }
        if w.len() > 1 {
            self.by_first.entry(w[0].clone()).or_default().push(i);
        }
        Some(i)
    }
}

/// Merge mentions into people: same name → one person; a short form joins the one person
/// whose given name (last word) or family name (first word) it is.
pub fn resolve(doc: &Doc, mentions: &[PersonMention]) -> (Vec<Person>, Vec<Option<usize>>) {
    let mut roster = Roster::default();
    let mut assign: Vec<Option<usize>> = vec![None; mentions.len()];
    // full names first (two words or more, or a foreign single word); a name with initials
    // is read after the full forms
    let words: Vec<Vec<String>> = mentions.iter().map(|m| name_words(&m.name)).collect();
    let full_words = |w: &[String]| w.iter().filter(|x| !is_dotted_initial(x)).count();
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&k| (std::cmp::Reverse(full_words(&words[k])), mentions[k].range.start));
    for &k in &order {
        let (m, w) = (&mentions[k], &words[k]);
        assign[k] = roster.find(m, w).or_else(|| roster.add(m, w));
    }
    let mut people = roster.people;
    for (m, idx) in mentions.iter().zip(&assign) {
        let Some(idx) = *idx else { continue };
        let p = &mut people[idx];
        p.first = p.first.min(m.range.start);
        p.mentions.push(m.range.clone());
        if p.honorific.is_none() {
            p.honorific = m
                .honorific
                .clone()
                .filter(|h| matches!(h.as_str(), "ông" | "bà" | "đồng chí" | "ngài"));
        }
        p.titles.extend(m.titles.iter().cloned());
    }
    let mut order: Vec<usize> =
        (0..people.len()).filter(|&i| !people[i].mentions.is_empty()).collect();
    order.sort_by_key(|&i| people[i].first);
    let remap: Map<usize, usize> = order.iter().enumerate().map(|(new, &old)| (old, new)).collect();
    let out = order.iter().map(|&i| finish_person(doc, &people[i])).collect();
    (out, assign.into_iter().map(|a| a.and_then(|i| remap.get(&i).copied())).collect())
}

/// The contract's person from what was gathered: mentions in text order, titles cleaned.
fn finish_person(doc: &Doc, p: &Gathered) -> Person {
    let mut ms = p.mentions.clone();
    ms.sort_by_key(|r| r.start);
    ms.dedup();
    Person {
        name: p.name.clone(),
        titles: clean_titles(&p.titles),
        honorific: p.honorific.clone(),
        mentions: ms.into_iter().map(|r| doc.span(r)).collect(),
    }
}

/// Deduplicate titles (case-insensitively) and drop a title that only repeats the start of a
/// longer one ("Phó Chủ tịch" beside "Phó Chủ tịch UBND TP.HCM").
fn clean_titles(titles: &[String]) -> Vec<String> {
    let norm = |s: &str| s.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: Vec<String> = Vec::new();
    for t in titles {
        let k = norm(t);
        if out.iter().any(|o| norm(o) == k) {
            continue;
        }
        out.push(t.clone());
    }
    let keys: Vec<String> = out.iter().map(|t| norm(t)).collect();
    out.into_iter()
        .enumerate()
        .filter(|(i, _)| {
            !keys.iter().enumerate().any(|(j, o)| {
                j != *i && o.len() > keys[*i].len() && o.starts_with(&format!("{} ", keys[*i]))
            })
        })
        .map(|(_, t)| t)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for w in ["Nguyễn", "Lộc", "Hà", "thường", "trực", "Khuê", "Quyết", "giữ", "Ngô", "Hoan"]
        {
            assert!(is_viet_syllable(w), "{w}");
        }
        for w in ["Radev", "Rumen", "Putin", "Castañeda", "Carlos", "Jong", "Kishida", "Steinmeier"]
        {
            assert!(!is_viet_syllable(w), "{w}");
        }
    }
}
