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
use crate::lexicon::{rows, Gazetteer};
use crate::model::Person;
use crate::text::document::Map;
use crate::text::document::{Doc, TokKind};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Vietnamese family names (lower case), from `surnames.tsv`.
pub static SURNAMES: LazyLock<HashSet<String, crate::text::document::FxBuild>> =
    LazyLock::new(|| {
        rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/surnames.tsv")))
            .filter_map(|r| r.first().map(|s| s.split(' ').next().unwrap_or("").to_lowercase()))
            .collect()
    });

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
    "phó", "ông", "văn", "đoàn", "công", "đồng", "châu", "quan", "danh", "chung", "cung", "tôn",
    "thân",
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
];

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
        base[n] = u32::from(tone_base(crate::text::document::lower_char(c)));
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

    /// A run of capitalised words from `i` (hyphenated parts and foreign particles inside).
    fn name_run(&self, i: usize, max: usize) -> usize {
        let doc = self.doc;
        let n = doc.tokens.len();
        if !self.cap_word(i) {
            return i;
        }
        let line = self.line_of(i);
        let mut j = i;
        let mut words = 0;
        while j < n && words < max && self.line_of(j) == line {
            if self.cap_word(j) {
                // a strong place right after a name ends it ("… Võ Văn Hoan Hà Nội")
                if words >= 2 && self.places_at.contains_key(&j) {
                    break;
                }
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
                && self.cap_word(j + 1)
            {
                j += 1;
                continue;
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
        places_at: crate::entities::orgs::place_index(places),
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
    out.retain(|m| !doc.seg.is_masked(&m.range));
    (out, roles)
}

fn scan_line(ctx: &Ctx, a: usize, b: usize, out: &mut Vec<PersonMention>, roles: &mut Vec<Role>) {
    let doc = ctx.doc;
    let mut i = a;
    // the person just read and whether a comma follows it (apposition)
    let mut last: Option<usize> = None;
    let mut appos = false;
    while i < b {
        // a chain of titles
        if let Some(t) = title_start(ctx, i) {
            let mut chain = vec![extend_unknown(ctx, t)];
            let mut k = chain[0].end;
            loop {
                if k < b && matches!(doc.tok_lower(k), "," | "-" | "–" | "kiêm") {
                    if let Some(t2) = title_start(ctx, k + 1) {
                        let t2 = extend_unknown(ctx, t2);
                        k = t2.end;
                        chain.push(t2);
                        continue;
                    }
                }
                break;
            }
            let titles: Vec<Range<usize>> = chain.iter().map(|t| t.start..t.end).collect();
            let mut honorific = None;
            let mut name_start = k;
            if let Some((h, e)) = ctx.honorific_at(k) {
                honorific = Some(h);
                name_start = e;
            }
            let name_end = ctx.name_run(name_start, 6);
            let ok = name_end > name_start
                && name_start < b
                && (honorific.is_some() && !ctx.overlaps_entity(name_start..name_end)
                    || ctx.plausible_after_title(name_start, name_end));
            if ok {
                out.push(PersonMention {
                    titles: titles.iter().map(|r| ctx.text(r.clone())).collect(),
                    title_ranges: titles,
                    ..ctx.mention(name_start..name_end, honorific, Cue::Title)
                });
                last = Some(out.len() - 1);
                appos = false;
                i = name_end;
                continue;
            }
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
        if let Some((h, e)) = ctx.honorific_at(i) {
            let end = ctx.name_run(e, 5);
            if end > e && !ctx.overlaps_entity(e..end) {
                out.push(ctx.mention(e..end, Some(h), Cue::Honorific));
                last = Some(out.len() - 1);
                appos = false;
                i = end;
                continue;
            }
        }
        if let Some(m) = SINO.longest_at(doc, i) {
            out.push(ctx.mention(i..m.end, None, Cue::Sino));
            last = Some(out.len() - 1);
            appos = false;
            i = m.end;
            continue;
        }
        if ctx.cap_word(i) {
            let w = doc.tok_lower(i);
            let prev_cap =
                i > a && ctx.cap_word(i - 1) && doc.tokens[i - 1].end + 1 >= doc.tokens[i].start;
            let mut prev_word = if i > a { doc.tok_lower(i - 1) } else { "" };
            if prev_word == "phố" && i > a + 1 && doc.tok_lower(i - 2) == "thành" {
                prev_word = ""; // "thành phố" is the city, not a street ("phố")
            }
            let candidate = SURNAMES.contains(w)
                && !NOT_NAME_START.contains(&w)
                && !prev_cap
                && !NOT_PERSON_BEFORE.contains(&prev_word)
                && !doc.tokens[i].upper;
            let end = if candidate { ctx.name_run(i, 4) } else { i };
            if candidate
                && end - i >= 2
                && !ctx.overlaps_entity(i..end)
                && (i..end).all(|k| is_viet_syllable(doc.tok_text(k)))
                && !is_place_name(doc, i, end)
            {
                out.push(ctx.mention(i..end, None, Cue::FamilyName));
                last = Some(out.len() - 1);
                appos = false;
                i = end;
                continue;
            }
        }
        if doc.tok_text(i) == "," && last.map(|l| out[l].toks.end == i).unwrap_or(false) {
            appos = true;
        } else if !matches!(doc.tok_text(i), ",") {
            appos = false;
        }
        i += 1;
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
        return None;
    }
    Some(span)
}

/// Merge mentions into people: same name → one person; a short form joins the one person
/// whose given name (last word) or family name (first word) it is.
pub fn resolve(doc: &Doc, mentions: &[PersonMention]) -> (Vec<Person>, Vec<Option<usize>>) {
    #[derive(Default)]
    struct P {
        name: String,
        titles: Vec<String>,
        honorific: Option<String>,
        mentions: Vec<Range<usize>>,
        first: usize,
    }
    let mut people: Vec<P> = Vec::new();
    let mut assign: Vec<Option<usize>> = vec![None; mentions.len()];
    let words_of =
        |s: &str| s.split_whitespace().map(|w| w.to_lowercase()).collect::<Vec<String>>();
    // indexes (linear work however many people): full name, trailing words, first word
    let mut by_full: Map<String, usize> = Map::default();
    let mut by_suffix: Map<String, Vec<usize>> = Map::default();
    let mut by_first: Map<String, Vec<usize>> = Map::default();
    // full names first (two words or more, or a foreign single word)
    let words: Vec<Vec<String>> = mentions.iter().map(|m| words_of(&m.name)).collect();
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&k| (std::cmp::Reverse(words[k].len()), mentions[k].range.start));
    for &k in &order {
        let m = &mentions[k];
        let w = &words[k];
        let full = w.join(" ");
        let found = by_full.get(&full).copied().or_else(|| {
            // a shorter form: the trailing words (given name) or the first word (family name
            // of a foreign or Sino-Vietnamese name) of exactly one person
            let mut cands: Vec<usize> = by_suffix.get(&full).cloned().unwrap_or_default();
            if m.cue != Cue::FamilyName && w.len() == 1 && !SURNAMES.contains(&w[0]) {
                cands.extend(by_first.get(&w[0]).into_iter().flatten().copied());
            }
            cands.sort_unstable();
            cands.dedup();
            if cands.len() == 1 {
                Some(cands[0])
            } else {
                None
            }
        });
        let idx = match found {
            Some(i) => i,
            None => {
                // a lone given name with no person to join and no title is not kept
                if w.len() == 1
                    && m.cue == Cue::Honorific
                    && is_viet_syllable(&w[0])
                    && m.titles.is_empty()
                {
                    continue;
                }
                let i = people.len();
                people.push(P { name: m.name.clone(), first: m.range.start, ..Default::default() });
                by_full.insert(full.clone(), i);
                for n in 1..w.len() {
                    by_suffix.entry(w[w.len() - n..].join(" ")).or_default().push(i);
                }
                if w.len() > 1 {
                    by_first.entry(w[0].clone()).or_default().push(i);
                }
                i
            }
        };
        assign[k] = Some(idx);
    }
    for (k, m) in mentions.iter().enumerate() {
        let idx = match assign[k] {
            Some(i) => i,
            None => continue,
        };
        let p = &mut people[idx];
        p.first = p.first.min(m.range.start);
        p.mentions.push(m.range.clone());
        if p.honorific.is_none() {
            p.honorific = m
                .honorific
                .clone()
                .filter(|h| matches!(h.as_str(), "ông" | "bà" | "đồng chí" | "ngài"));
        }
        for t in &m.titles {
            p.titles.push(t.clone());
        }
    }
    let mut order: Vec<usize> =
        (0..people.len()).filter(|&i| !people[i].mentions.is_empty()).collect();
    order.sort_by_key(|&i| people[i].first);
    let remap: Map<usize, usize> = order.iter().enumerate().map(|(new, &old)| (old, new)).collect();
    let out = order
        .iter()
        .map(|&i| {
            let p = &people[i];
            let mut ms = p.mentions.clone();
            ms.sort_by_key(|r| r.start);
            ms.dedup();
            Person {
                name: p.name.clone(),
                titles: clean_titles(&p.titles),
                honorific: p.honorific.clone(),
                mentions: ms.into_iter().map(|r| doc.span(r)).collect(),
            }
        })
        .collect();
    (out, assign.into_iter().map(|a| a.and_then(|i| remap.get(&i).copied())).collect())
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
