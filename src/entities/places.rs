//! Places: countries (ISO 3166-1, CLDR Vietnamese names and the press's other names),
//! Vietnamese provinces and centrally-run cities (the 34 after the 2025 merger and the 63
//! before), foreign cities and provinces, world and Vietnamese regions (`src/lexicons/`), and
//! districts and wards by pattern ("Quận 1", "Q.1", "P.Bến Nghé", "xã Tân Phú").
//!
//! Names that are also common words or given names ("Anh", "Đức", "Mỹ", "Nhật", "Việt") are
//! weak: they count only with context ("tại Mỹ", "Tổng thống Đức", "Mỹ và Úc", "Việt - Nhật").
//! A capitalised "Thành phố" or "TP" standing alone refers to the article's city.

use crate::lexicon::{list, rows, Gazetteer};
use crate::model::LocationKind;
use crate::text::document::{Doc, Map, TokKind};
use std::ops::Range;
use std::sync::LazyLock;

/// A place of the lexicons.
#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub kind: LocationKind,
    pub country: Option<String>,
    /// An entry of a long list read bare (districts, world cities and units): a match glued
    /// into a longer capitalised name ("Phạm Bình Minh", "John F. Kennedy") is not this place.
    pub loose: bool,
}

pub struct Places {
    pub places: Vec<Place>,
    pub gaz: Gazetteer,
}

fn kind_of(s: &str) -> LocationKind {
    LocationKind::from_name(s).unwrap_or(LocationKind::Other)
}

pub static PLACES: LazyLock<Places> = LazyLock::new(|| {
    let mut places = Vec::new();
    let mut gaz = Gazetteer::new(true);
    let mut add = |p: Place, strong: Vec<&str>, weak: Vec<&str>, places: &mut Vec<Place>| {
        let id = places.len() as u32;
        places.push(p);
        for s in strong {
            gaz.add(s, id, false);
        }
        for s in weak {
            gaz.add(s, id, true);
        }
    };
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/countries.tsv"))) {
        if r.len() < 2 {
            continue;
        }
        let weak: Vec<&str> = r.get(3).map(|f| list(f).collect()).unwrap_or_default();
        let mut strong: Vec<&str> = r.get(2).map(|f| list(f).collect()).unwrap_or_default();
        if !weak.contains(&r[1]) {
            strong.push(r[1]);
        }
        add(
            Place {
                name: r[1].to_string(),
                kind: LocationKind::Country,
                country: Some(r[0].to_string()),
                loose: false,
            },
            strong,
            weak,
            &mut places,
        );
    }
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/vn_provinces.tsv"))) {
        if r.len() < 3 {
            continue;
        }
        let mut strong: Vec<&str> = r.get(5).map(|f| list(f).collect()).unwrap_or_default();
        strong.push(r[1]);
        add(
            Place {
                name: r[1].to_string(),
                kind: kind_of(r[2]),
                country: Some("VN".into()),
                loose: false,
            },
            strong,
            vec![],
            &mut places,
        );
    }
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/foreign_places.tsv"))) {
        if r.len() < 3 {
            continue;
        }
        let weak = r.get(4).map(|w| *w == "1").unwrap_or(false);
        let mut forms: Vec<&str> = r.get(3).map(|f| list(f).collect()).unwrap_or_default();
        forms.push(r[0]);
        let country = Some(r[2].to_string()).filter(|c| !c.is_empty());
        let p = Place { name: r[0].to_string(), kind: kind_of(r[1]), country, loose: false };
        if weak {
            add(p, vec![], forms, &mut places);
        } else {
            add(p, forms, vec![], &mut places);
        }
    }
    // district-level units before the 2025 reform (quận, huyện, thị xã, provincial cities),
    // written bare ("Hoàn Kiếm", "Củ Chi"); one entry per name. A one-word name ("Vinh") needs
    // context; numbered districts ("Quận 1") are read by pattern.
    let mut seen = std::collections::HashSet::new();
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/vn_districts.tsv"))) {
        if r.len() < 2 || r[0].chars().all(|c| c.is_ascii_digit()) || !seen.insert(r[0]) {
            continue;
        }
        let kind = if r[1] == "thành phố" { LocationKind::City } else { LocationKind::District };
        let p = Place { name: r[0].to_string(), kind, country: Some("VN".into()), loose: true };
        if r[0].contains(' ') {
            add(p, vec![r[0]], vec![], &mut places);
        } else {
            add(p, vec![], vec![r[0]], &mut places);
        }
    }
    // foreign cities (GeoNames) and first/second-level units (ISO 3166-2) in their Latin
    // spelling; short names ("Ba", "Trang", "Mon") read like Vietnamese words or given names
    // and need context, as do names the generator marked weak.
    for (file, short, city) in [
        (include_str!(concat!(env!("OUT_DIR"), "/lexicons/world_cities.tsv")), 4, true),
        (include_str!(concat!(env!("OUT_DIR"), "/lexicons/world_subdivisions.tsv")), 5, false),
    ] {
        for r in rows(file) {
            if r.len() < 3 {
                continue;
            }
            // world_cities: name, country, kind, aliases, weak; world_subdivisions: name,
            // country, aliases, weak
            let (kind, at) =
                if city { (LocationKind::City, 3) } else { (LocationKind::Province, 2) };
            let aliases = r.get(at).copied().unwrap_or("");
            let weak = r.get(at + 1) == Some(&"1");
            // names of three letters or fewer ("Ba", "Mon", "Gao") are Vietnamese syllables
            if r[0].chars().count() <= 3 {
                continue;
            }
            let weak = weak || r[0].chars().count() <= short;
            let mut forms: Vec<&str> = list(aliases).collect();
            forms.push(r[0]);
            let p = Place {
                name: r[0].to_string(),
                kind,
                country: Some(r[1].to_string()),
                loose: true,
            };
            if weak {
                add(p, vec![], forms, &mut places);
            } else {
                add(p, forms, vec![], &mut places);
            }
        }
    }
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/regions.tsv"))) {
        if r.is_empty() {
            continue;
        }
        let mut forms: Vec<&str> = r.get(2).map(|f| list(f).collect()).unwrap_or_default();
        forms.push(r[0]);
        let country = r.get(1).filter(|c| !c.is_empty()).map(|c| c.to_string());
        add(
            Place { name: r[0].to_string(), kind: LocationKind::Region, country, loose: false },
            forms,
            vec![],
            &mut places,
        );
    }
    Places { places, gaz }
});

/// What a mention refers to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PlaceRef {
    /// An entry of the lexicons.
    Lex(u32),
    /// A district or ward read by pattern.
    Admin { name: String, kind: LocationKind },
    /// "Thành phố", "TP" standing alone: the article's city.
    MainCity,
}

#[derive(Debug, Clone)]
pub struct PlaceMention {
    pub range: Range<usize>,
    /// token range
    pub toks: Range<usize>,
    pub place: PlaceRef,
}

/// Words before a place that belong to its mention ("tỉnh Bình Dương", "thành phố Đà Nẵng").
const PREFIXES: &[&[&str]] = &[
    &["tỉnh"],
    &["thành", "phố"],
    &["tp"],
    &["thủ", "đô"],
    &["bang"],
    &["tiểu", "bang"],
    &["vùng"],
    &["đặc", "khu"],
    &["xứ"],
];

/// Words before a weak name that make it a place.
const WEAK_CUES: &[&str] = &[
    "nước",
    "tại",
    "ở",
    "sang",
    "đến",
    "tới",
    "giữa",
    "thăm",
    "từ",
    "với",
    "phía",
    "của",
    "cùng",
    "bạn",
    "người",
    "công",
    "dân",
    "kiều",
    "bào",
    "khách",
    "hàng",
    "thống",
    "tướng",
    "trưởng",
    "sứ",
    "quán",
    "vương",
    "vua",
    "gia",
    "phủ",
    "hội",
    "giao",
    "đoàn",
    "nghiệp",
    "tư",
    "tuyển",
    "thủ",
    "đội",
    "sự",
    "xứ",
    "tỉnh",
    "phố",
    "bang",
    "vùng",
    "quân",
    "viện",
    "quyền",
];

/// Cues of WEAK_CUES that introduce a place, not a nationality: after them a weak name followed
/// by a capitalised word is the start of a longer name ("tại Mỹ An", "ở Đức Trọng").
const PLACE_CUES: &[&str] = &[
    "nước", "tại", "ở", "sang", "đến", "tới", "giữa", "thăm", "từ", "phía", "tỉnh", "phố", "bang",
    "vùng",
];

/// Words that may follow a place name without making a compound with it.
const FUNCTION_WORDS: &[&str] = &[
    "và", "với", "của", "cho", "tại", "ở", "là", "đã", "sẽ", "đang", "trong", "từ", "đến", "tới",
    "về", "để", "thì", "mà", "nhưng", "cũng", "vẫn", "hay", "hoặc", "nay", "này", "đó", "sang",
    "qua", "được", "bị", "có", "cùng", "vừa", "như",
];

fn lower<'d>(doc: &'d Doc, i: usize) -> &'d str {
    doc.tok_lower(i)
}

/// Best entry among a match's hits: strong before weak; countries, then Vietnamese
/// provinces, then other places.
fn best_hit(m: &crate::lexicon::Match) -> (u32, bool) {
    let p = &PLACES.places;
    let rank = |id: u32| match p[id as usize].kind {
        LocationKind::Country => 0,
        _ if p[id as usize].country.as_deref() == Some("VN") => 1,
        LocationKind::Province | LocationKind::City => 2,
        _ => 3,
    };
    let mut hits = m.hits.to_vec();
    hits.sort_by_key(|h| (h.weak, rank(h.id)));
    (hits[0].id, hits[0].weak)
}

/// Words before a district-level unit that belong to its mention ("quận Hoàn Kiếm",
/// "huyện Củ Chi", "thị xã Sơn Tây", "thành phố Biên Hòa").
const DISTRICT_PREFIXES: &[&[&str]] =
    &[&["quận"], &["huyện"], &["thị", "xã"], &["thành", "phố"], &["tp"]];

/// Extend a match leftwards over an administrative prefix ("tỉnh", "thành phố", "TP.").
fn with_prefix(doc: &Doc, start: usize, id: u32) -> usize {
    let p = &PLACES.places[id as usize];
    let prefixes = match p.kind {
        LocationKind::Province | LocationKind::City | LocationKind::Region => PREFIXES,
        LocationKind::District => DISTRICT_PREFIXES,
        _ => return start,
    };
    let first = lower(doc, start);
    if matches!(first, "tp" | "thành" | "tỉnh" | "thủ" | "quận" | "huyện") {
        return start;
    }
    let city_as_district = p.kind == LocationKind::City && p.country.as_deref() == Some("VN");
    for pre in prefixes.iter().chain(if city_as_district { DISTRICT_PREFIXES } else { &[] }) {
        let n = pre.len();
        // allow a dot after "TP"
        let dot = usize::from(start >= 1 && doc.tok_text(start - 1) == "." && pre == &["tp"]);
        if start < n + dot {
            continue;
        }
        let s = start - n - dot;
        if (0..n).all(|k| lower(doc, s + k) == pre[k]) && doc.tline(s) == doc.tline(start) {
            return s;
        }
    }
    start
}

/// Is the bare match [start, end) of a long-list entry part of a longer capitalised name: after
/// a capitalised word or an initial ("Phạm Bình Minh", "John F. Kennedy"), or before one when
/// it cannot end a name ("Vũ Quang Hùng": a surname first; "Victoria Beckham": a foreign one)?
fn glued_into_name(doc: &Doc, start: usize, end: usize, id: u32) -> bool {
    let line = doc.tline(start);
    let word_cap =
        |k: usize| doc.tokens[k].kind == TokKind::Word && doc.tokens[k].cap && doc.tline(k) == line;
    if start >= 1 && word_cap(start - 1) && !doc.tokens[start - 1].upper {
        // not after a place ("Hà Nội Củ Chi" does not occur; "Quận Thủ Đức" is a prefix)
        let w = lower(doc, start - 1);
        let prefix = matches!(w, "quận" | "huyện" | "thành" | "phố" | "tỉnh" | "bang" | "tp");
        if !prefix && !WEAK_CUES.contains(&w) && !FUNCTION_WORDS.contains(&w) {
            return true;
        }
    }
    if start >= 2
        && doc.tok_text(start - 1) == "."
        && word_cap(start - 2)
        && doc.tok_text(start - 2).chars().count() == 1
    {
        return true;
    }
    if end < doc.tokens.len() && word_cap(end) && doc.tokens[end].start > doc.tokens[end - 1].end {
        let p = &PLACES.places[id as usize];
        if p.country.as_deref() != Some("VN") {
            return true;
        }
        if crate::lexicon::names::SURNAMES.contains(lower(doc, start)) {
            return true;
        }
    }
    false
}

/// Is the token before `start` a capitalised surname on the same line ("Trương Hòa Bình")?
fn after_surname(doc: &Doc, start: usize) -> bool {
    start >= 1
        && doc.tline(start - 1) == doc.tline(start)
        && doc.tokens[start - 1].kind == TokKind::Word
        && doc.tokens[start - 1].cap
        && !doc.tokens[start - 1].upper
        && doc.tokens[start - 1].end < doc.tokens[start].start
        && crate::lexicon::names::SURNAMES.contains(lower(doc, start - 1))
}

/// Does the name at `start` follow a photo-credit label ("Ảnh: Thống Nhất/TTXVN")?
fn after_credit(doc: &Doc, start: usize) -> bool {
    start >= 2 && doc.tok_text(start - 1) == ":" && lower(doc, start - 2) == "ảnh"
}

/// A district-level name right after "phường", "xã", "thị trấn" is the ward of that name
/// (read by pattern), not the district.
fn after_ward_word(doc: &Doc, start: usize) -> bool {
    start >= 1
        && doc.tline(start - 1) == doc.tline(start)
        && match lower(doc, start - 1) {
            "phường" | "trấn" => true,
            "xã" => !(start >= 2 && lower(doc, start - 2) == "thị"),
            _ => false,
        }
}

/// Districts and wards: "Quận 1", "Q.1", "quận Bình Thạnh", "Phường Bến Nghé", "P.Bến Nghé",
/// "huyện Cần Giờ", "xã Tân Phú", "thị xã Sơn Tây", "thị trấn X".
fn admin_units(doc: &Doc, taken: &[bool]) -> Vec<PlaceMention> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let w = lower(doc, i);
        let (kind, canon, body) = match w {
            "quận" => (LocationKind::District, "Quận", i + 1),
            "huyện" => (LocationKind::District, "Huyện", i + 1),
            "phường" => (LocationKind::Ward, "Phường", i + 1),
            "xã" => (LocationKind::Ward, "Xã", i + 1),
            "thị" if i + 1 < n && matches!(lower(doc, i + 1), "xã" | "trấn") => {
                if lower(doc, i + 1) == "xã" {
                    (LocationKind::District, "Thị xã", i + 2)
                } else {
                    (LocationKind::Ward, "Thị trấn", i + 2)
                }
            }
            "q" | "p"
                if doc.tokens[i].cap
                    && i + 1 < n
                    && doc.tok_text(i + 1) == "."
                    && doc.tokens[i].end == doc.tokens[i + 1].start =>
            {
                if w == "q" {
                    (LocationKind::District, "Quận", i + 2)
                } else {
                    (LocationKind::Ward, "Phường", i + 2)
                }
            }
            _ => {
                i += 1;
                continue;
            }
        };
        if body >= n || taken[i] {
            i += 1;
            continue;
        }
        let line = doc.tline(i);
        let mut j = body;
        if doc.tokens[body].kind == TokKind::Num {
            j = body + 1;
        } else {
            while j < n
                && j < body + 4
                && doc.tokens[j].kind == TokKind::Word
                && doc.tokens[j].cap
                && doc.tline(j) == line
                && !taken[j]
            {
                j += 1;
            }
        }
        if j == body || !admin_body_ok(doc, i, body, j) {
            i += 1;
            continue;
        }
        let name_part = doc.slice(doc.tokens[body].start..doc.tokens[j - 1].end).to_string();
        let name = format!("{canon} {name_part}");
        out.push(PlaceMention {
            range: doc.tokens[i].start..doc.tokens[j - 1].end,
            toks: i..j,
            place: PlaceRef::Admin { name, kind },
        });
        i = j;
    }
    out
}

/// Is tokens [body, end) after the admin word at `i` a unit's name? Not initials ("P.T",
/// "P.T.H" are a person's) and not a transliterated foreign name ("P.Gen-ti-lô-ni").
fn admin_body_ok(doc: &Doc, i: usize, body: usize, end: usize) -> bool {
    let n = doc.tokens.len();
    let glued = |a: usize| a + 1 < n && doc.tokens[a].end == doc.tokens[a + 1].start;
    // "Gen-ti-lô-ni": a hyphen glued to a lower-case syllable
    if glued(end - 1)
        && matches!(doc.tok_text(end), "-" | "‐")
        && glued(end)
        && doc.tokens[end + 1].kind == TokKind::Word
        && !doc.tokens[end + 1].cap
    {
        return false;
    }
    let abbreviated = doc.tok_text(i + 1) == "." && body == i + 2;
    if abbreviated && doc.tokens[body].kind == TokKind::Word {
        let letters = doc.tok_text(body).chars().filter(|c| c.is_alphabetic()).count();
        // "P.T", "P.T." and "P.T.H": initials
        if letters < 2 || end < n && doc.tok_text(end) == "." && glued(end - 1) && glued(end) {
            return false;
        }
    }
    true
}

/// "Thành phố" / "TP" capitalised and standing alone.
fn bare_city(doc: &Doc, i: usize, taken: &[bool]) -> Option<PlaceMention> {
    // lower-case "thành phố" right after "UBND", "HĐND", "Ủy ban nhân dân" is the city too
    let after_council = i > 0 && matches!(lower(doc, i - 1), "ubnd" | "hđnd" | "dân");
    if taken[i] || !(doc.tokens[i].cap || after_council) {
        return None;
    }
    let w = lower(doc, i);
    let end = if w == "thành"
        && i + 1 < doc.tokens.len()
        && lower(doc, i + 1) == "phố"
        && (!doc.tokens[i + 1].cap || doc.tokens[i].upper)
    {
        i + 2
    } else if (w == "tp") && doc.tok_text(i) != "tp" {
        i + 1
    } else {
        return None;
    };
    // not followed by a name ("Thành phố Hồ Chí Minh" is in the lexicon; "TP Thủ Đức" is a name)
    if let Some(t) = doc.tokens.get(end) {
        let same_line = doc.tline(end) == doc.tline(i);
        let surname_next =
            t.kind == TokKind::Word && crate::lexicon::names::SURNAMES.contains(lower(doc, end));
        if same_line
            && (t.kind == TokKind::Word && t.cap && !surname_next || t.kind == TokKind::Num)
        {
            return None;
        }
        if same_line
            && doc.tok_text(end) == "."
            && doc
                .tokens
                .get(end + 1)
                .map(|u| u.cap && u.kind == TokKind::Word && u.start == t.end)
                .unwrap_or(false)
        {
            return None;
        }
    }
    Some(PlaceMention {
        range: doc.tokens[i].start..doc.tokens[end - 1].end,
        toks: i..end,
        place: PlaceRef::MainCity,
    })
}

/// Head words of streets, roads, bridges, stations, airports, ports, parks, landmarks and
/// natural features: they name a location of kind "other" with the capitalised name that
/// follows ("đường Nguyễn Huệ", "cầu Nhật Tân", "sân bay Tân Sơn Nhất", "sông Hồng").
/// The flag: a number may be the name ("quốc lộ 1A", "đường số 7").
const LANDMARK_HEADS: &[(&[&str], bool)] = &[
    (&["đường"], true),
    (&["đường", "số"], true),
    (&["phố"], false),
    (&["đại", "lộ"], false),
    (&["quốc", "lộ"], true),
    (&["tỉnh", "lộ"], true),
    (&["cao", "tốc"], false),
    (&["đường", "cao", "tốc"], false),
    (&["cầu"], false),
    (&["ngã", "ba"], false),
    (&["ngã", "tư"], false),
    (&["ngã", "năm"], false),
    (&["ngã", "sáu"], false),
    (&["nút", "giao"], false),
    (&["giao", "lộ"], false),
    (&["hầm"], false),
    (&["ga"], false),
    (&["nhà", "ga"], false),
    (&["bến", "xe"], false),
    (&["sân", "bay"], false),
    (&["sân"], false),
    (&["cảng"], false),
    (&["cảng", "hàng", "không"], false),
    (&["sân", "vận", "động"], false),
    (&["svđ"], false),
    (&["sông"], false),
    (&["kênh"], false),
    (&["núi"], false),
    (&["dãy", "núi"], false),
    (&["đèo"], false),
    (&["thác"], false),
    (&["hồ"], false),
    (&["vịnh"], false),
    (&["mũi"], false),
    (&["đảo"], false),
    (&["quần", "đảo"], false),
    (&["bán", "đảo"], false),
    (&["bãi", "biển"], false),
    (&["khu", "công", "nghiệp"], false),
    (&["kcn"], false),
    (&["khu", "kinh", "tế"], false),
    (&["khu", "du", "lịch"], false),
    (&["khu", "bảo", "tồn"], false),
    (&["vườn", "quốc", "gia"], false),
    (&["công", "viên"], false),
    (&["quảng", "trường"], false),
    (&["chợ"], false),
    (&["tháp"], false),
    (&["cung", "điện"], false),
    (&["lâu", "đài"], false),
    (&["tu", "viện"], false),
    (&["nhà", "thờ"], false),
    (&["chùa"], false),
    (&["đền"], false),
    (&["căn", "cứ"], false),
];

/// Lower-case words between a landmark head and its name ("sân bay quốc tế Nội Bài", "căn cứ
/// không quân Hmeimim", "khu bảo tồn biển Hòn Cau").
const LANDMARK_QUALIFIERS: &[&[&str]] = &[
    &["quốc", "tế"],
    &["quân", "sự"],
    &["không", "quân"],
    &["hải", "quân"],
    &["thiên", "nhiên"],
    &["quốc", "gia"],
    &["biển"],
    &["cổ"],
];

/// Words before a head that make it another word ("nhu cầu", "đồng hồ", "thành phố"), or that
/// end a body's or a region's head, so that the head is part of that name ("Bệnh viện Chợ Rẫy",
/// "Ngân hàng …", "Công ty …", "Đồng bằng sông Cửu Long").
const LANDMARK_NOT_AFTER: &[&str] = &[
    "nhu",
    "yêu",
    "toàn",
    "địa",
    "hoàn",
    "khẩn",
    "đồng",
    "thành",
    "khu",
    "đường",
    "viện",
    "bằng",
    "ty",
    "hàng",
];

/// The landmark heads, matched as one gazetteer (ids index [`LANDMARK_HEADS`]).
static LANDMARK_GAZ: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut g = Gazetteer::new(false);
    for (k, (head, _)) in LANDMARK_HEADS.iter().enumerate() {
        g.add(&head.join(" "), k as u32, false);
    }
    g
});

/// Streets, bridges, stations, landmarks and natural features by their head word.
fn landmarks(doc: &Doc) -> Vec<PlaceMention> {
    let n = doc.tokens.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let Some((head_end, num_ok)) = landmark_head_at(doc, i) else {
            i += 1;
            continue;
        };
        let line = doc.tline(i);
        let same = |k: usize| k < n && doc.tline(k) == line;
        let mut body = head_end;
        if let Some(q) = LANDMARK_QUALIFIERS.iter().find(|q| {
            same(body + q.len() - 1) && (0..q.len()).all(|k| lower(doc, body + k) == q[k])
        }) {
            body += q.len();
        }
        let j = landmark_name_end(doc, body, num_ok, line);
        // a district written with a head-like word ("Cầu Giấy") is the district
        if let Some(e) = PLACES.gaz.longest_at(doc, i).map(|m| m.end).filter(|&e| e >= j) {
            i = e;
            continue;
        }
        // a channel is a canal only with a Vietnamese name ("kênh Ba Bò", not "kênh Youtube");
        // a body that is only a weak country ("sân bay Mỹ") is not a name
        let latin = j > body && doc.slice(doc.tokens[body].start..doc.tokens[j - 1].end).is_ascii();
        let weak_body = j > body
            && PLACES
                .gaz
                .longest_at(doc, body)
                .map(|m| m.end == j && m.hits.iter().all(|h| h.weak))
                .unwrap_or(false);
        if j == body || lower(doc, i) == "kênh" && latin || weak_body {
            i += 1;
            continue;
        }
        let head = doc.lslice(doc.tokens[i].start..doc.tokens[body - 1].end).to_string();
        out.push(landmark(doc, &head, i, body, j));
        let from = i;
        i = j;
        if is_street_head(&head) && plural_before(doc, from, line) {
            i = listed_streets(doc, &head, i, num_ok, line, &mut out);
        }
    }
    out
}

/// A landmark mention: tokens `[from, end)`, named by `head` and the words `[body, end)`.
fn landmark(doc: &Doc, head: &str, from: usize, body: usize, end: usize) -> PlaceMention {
    let name_part = doc.slice(doc.tokens[body].start..doc.tokens[end - 1].end);
    PlaceMention {
        range: doc.tokens[from].start..doc.tokens[end - 1].end,
        toks: from..end,
        place: PlaceRef::Admin { name: format!("{head} {name_part}"), kind: LocationKind::Other },
    }
}

fn is_street_head(head: &str) -> bool {
    matches!(head, "đường" | "phố" | "tuyến đường" | "tuyến phố" | "đường số")
}

/// "các tuyến đường", "những con phố": a plural word just before the head at `i`.
fn plural_before(doc: &Doc, i: usize, line: usize) -> bool {
    (1..=3).any(|d| {
        i >= d
            && doc.tline(i - d) == line
            && matches!(lower(doc, i - d), "các" | "những" | "nhiều" | "hai" | "ba" | "bốn" | "5")
    })
}

/// The other streets of a list after the first ("các tuyến đường Hoàng Sa, Nguyễn Văn Linh,
/// Võ Văn Kiệt và 30/4"): each name after a comma or "và" is a street of the same head, as
/// long as it is not a place of the lexicons ("…, Hà Nội"). Returns where the list ends.
fn listed_streets(
    doc: &Doc,
    head: &str,
    mut i: usize,
    num_ok: bool,
    line: usize,
    out: &mut Vec<PlaceMention>,
) -> usize {
    let n = doc.tokens.len();
    while i + 1 < n && doc.tline(i) == line && matches!(lower(doc, i), "," | "và" | ";") {
        let body = i + 1;
        // "và đường 30/4": the head written again is read by the landmark scan itself
        let j = landmark_name_end(doc, body, num_ok, line);
        let place = PLACES.gaz.longest_at(doc, body).is_some_and(|m| m.end >= j);
        // "…, Quốc lộ 1A", "…, TP.HCM": another head or an acronym ends the list
        let other = LANDMARK_GAZ.starts(doc, body) || doc.tokens[body].upper;
        if j == body || place || other {
            break;
        }
        out.push(landmark(doc, head, body, body, j));
        i = j;
    }
    i
}

/// The longest landmark head at word `i`: where it ends and whether a number may name it
/// ("quốc lộ 1A"). A capitalised head only where a surname cannot be meant ("Hồ", "Đường"
/// are surnames); an upper-case single word is an acronym (but "KCN"); not after a word that
/// makes it something else ([`LANDMARK_NOT_AFTER`]).
fn landmark_head_at(doc: &Doc, i: usize) -> Option<(usize, bool)> {
    let t = doc.tokens[i];
    if t.kind != TokKind::Word || !LANDMARK_GAZ.starts(doc, i) {
        return None;
    }
    let m = LANDMARK_GAZ.longest_at(doc, i)?;
    let (head_end, num_ok) = (m.end, LANDMARK_HEADS[m.hits[0].id as usize].1);
    let first = lower(doc, i);
    let surname_head = matches!(first, "hồ" | "đường" | "đền" | "tháp" | "chùa");
    if t.cap && surname_head || t.upper && head_end == i + 1 && first != "kcn" {
        return None;
    }
    let line = doc.tline(i);
    if i >= 1 && doc.tline(i - 1) == line && LANDMARK_NOT_AFTER.contains(&lower(doc, i - 1)) {
        return None;
    }
    Some((head_end, num_ok))
}

/// The end of a landmark's name starting at `body` on line `line`: a number ("1A") where the
/// head takes one, else up to five capitalised words, or two names of up to four joined by a
/// dash ("Tân Vũ - Lạch Huyện", "ngã tư Hoàng Minh Giám - Lê Văn Lương"), and a number
/// after them ("khu công nghiệp Sóng Thần 1").
fn landmark_name_end(doc: &Doc, body: usize, num_ok: bool, line: usize) -> usize {
    let n = doc.tokens.len();
    let same = |k: usize| k < n && doc.tline(k) == line;
    let word_cap = |k: usize| same(k) && doc.tokens[k].kind == TokKind::Word && doc.tokens[k].cap;
    let mut j = body;
    if num_ok && same(j) && doc.tokens[j].kind == TokKind::Num {
        j += 1;
        // a date as a name: "đường 30/4", "đường 3-2"
        let glued = |k: usize| same(k) && doc.tokens[k].start == doc.tokens[k - 1].end;
        if glued(j)
            && matches!(doc.tok_text(j), "/" | "-")
            && glued(j + 1)
            && doc.tokens[j + 1].kind == TokKind::Num
            && doc.tok_text(j - 1).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && doc.tok_text(j + 1).parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        {
            return j + 2;
        }
        if same(j)
            && doc.tokens[j].start == doc.tokens[j - 1].end
            && doc.tokens[j].kind == TokKind::Word
        {
            j += 1;
        }
        return j;
    }
    let (mut words, mut limit) = (0, 5);
    while word_cap(j) && words < limit {
        j += 1;
        words += 1;
        if same(j + 1) && matches!(doc.tok_text(j), "-" | "–") && word_cap(j + 1) && words < 4 {
            j += 1;
            limit = words + 4; // two names of up to four words ("Hoàng Minh Giám - Lê Văn Lương")
        }
    }
    if words > 0
        && same(j)
        && doc.tokens[j].kind == TokKind::Num
        && doc.tokens[j].start > doc.tokens[j - 1].end
    {
        j += 1;
    }
    j
}

/// Recognise place mentions (weak names need context).
pub fn recognise(doc: &Doc) -> Vec<PlaceMention> {
    let marks = landmarks(doc);
    let in_mark = covered(doc, &marks);
    let mut matches = PLACES.gaz.find_all(doc);
    // a place inside a landmark's name is part of it ("mũi Cà Mau", "cầu Nhật Tân")
    matches.retain(|m| !(m.start..m.end).any(|k| in_mark[k]));
    let mut out = lexicon_places(doc, matches);
    out.extend(marks);
    let t = covered(doc, &out);
    out.extend(admin_units(doc, &t));
    let taken = covered(doc, &out);
    for i in 0..doc.tokens.len() {
        if let Some(b) = bare_city(doc, i, &taken) {
            out.push(b);
        }
    }
    out.sort_by_key(|p| p.range.start);
    out
}

/// Which tokens the mentions cover.
fn covered(doc: &Doc, mentions: &[PlaceMention]) -> Vec<bool> {
    let mut t = vec![false; doc.tokens.len()];
    for p in mentions {
        for k in p.toks.clone() {
            t[k] = true;
        }
    }
    t
}

/// The lexicon's places among the gazetteer's matches: a weak name needs context; a name
/// glued into a person's name is not a place, and a loose name the text uses inside a
/// person's name ("Lương Xuân Trường") stands for that person when written bare ("Xuân
/// Trường ghi bàn"), as after a credit; a Vietnamese district or city after a ward word is
/// not that place.
fn lexicon_places(doc: &Doc, matches: Vec<crate::lexicon::Match<'_>>) -> Vec<PlaceMention> {
    let mut strong_ends: Vec<usize> = Vec::new(); // token index after each strong match
    let mut strong_starts: Vec<usize> = Vec::new();
    let mut cands: Vec<(crate::lexicon::Match<'_>, u32, bool)> = Vec::new();
    for m in matches {
        let (id, weak) = best_hit(&m);
        if !weak {
            strong_ends.push(m.end);
            strong_starts.push(m.start);
        }
        cands.push((m, id, weak));
    }
    let all_starts: Vec<usize> = cands.iter().map(|c| c.0.start).collect();
    let all_ends: Vec<usize> = cands.iter().map(|c| c.0.end).collect();
    let mut person_names: Vec<u32> = Vec::new();
    let mut glued = vec![false; cands.len()];
    for (k, (m, id, _)) in cands.iter().enumerate() {
        let p = &PLACES.places[*id as usize];
        let vn = p.country.as_deref() == Some("VN");
        if p.loose && glued_into_name(doc, m.start, m.end, *id)
            || vn && p.kind != LocationKind::Country && after_surname(doc, m.start)
        {
            glued[k] = true;
            if p.loose && after_surname(doc, m.start) {
                person_names.push(*id);
            }
        }
    }
    let mut out: Vec<PlaceMention> = Vec::new();
    for (k, (m, id, weak)) in cands.iter().enumerate() {
        if *weak && !weak_ok(doc, m, &strong_ends, &strong_starts, &all_starts, &all_ends)
            || glued[k]
        {
            continue;
        }
        let p = &PLACES.places[*id as usize];
        let s = with_prefix(doc, m.start, *id);
        let stands_for_person =
            p.loose && (person_names.contains(id) || after_credit(doc, m.start)) && s == m.start;
        let after_ward = matches!(p.kind, LocationKind::District | LocationKind::City)
            && p.country.as_deref() == Some("VN")
            && after_ward_word(doc, m.start);
        if stands_for_person || after_ward {
            continue;
        }
        out.push(PlaceMention {
            range: doc.tokens[s].start..doc.tokens[m.end - 1].end,
            toks: s..m.end,
            place: PlaceRef::Lex(*id),
        });
    }
    out
}

fn weak_ok(
    doc: &Doc,
    m: &crate::lexicon::Match,
    strong_ends: &[usize],
    strong_starts: &[usize],
    all_starts: &[usize],
    all_ends: &[usize],
) -> bool {
    let line = doc.tline(m.start);
    let same_line = |i: usize| doc.tline(i) == line;
    // "Việt - Nhật", "Mỹ và Úc", "Nga, Mỹ": a neighbour is a place
    let prev = m.start.checked_sub(1).filter(|&p| same_line(p));
    let next = Some(m.end).filter(|&n| n < doc.tokens.len() && same_line(n));
    // a weak name glued into a compound ("Trung ương", "Áo dài", "Pháp luật") is a word
    let compound = next
        .map(|n| {
            doc.tokens[n].kind == TokKind::Word
                && !doc.tokens[n].cap
                && !FUNCTION_WORDS.contains(&lower(doc, n))
        })
        .unwrap_or(false);
    if let Some(p) = prev {
        let pw = lower(doc, p);
        let longer_name = next
            .map(|n| {
                let cap = |k: usize| {
                    k < doc.tokens.len()
                        && doc.tokens[k].kind == TokKind::Word
                        && doc.tokens[k].cap
                        && same_line(k)
                };
                // not a person's name after the country ("tại Mỹ Phạm Quang Vinh")
                cap(n) && all_starts.binary_search(&n).is_err() && !cap(n + 1)
            })
            .unwrap_or(false);
        if WEAK_CUES.contains(&pw) && !compound && !(longer_name && PLACE_CUES.contains(&pw)) {
            return true;
        }
        if matches!(pw, "-" | "–" | "và" | "," | "/") && strong_ends.binary_search(&p).is_ok() {
            return true;
        }
        // "Việt - Nhật": the word before the dash ends a match
        if matches!(pw, "-" | "–" | "/") && p >= 1 && all_ends.binary_search(&p).is_ok() {
            return true;
        }
    }
    if let Some(n) = next {
        let nw = lower(doc, n);
        if matches!(nw, "-" | "–" | "/") && all_starts.binary_search(&(n + 1)).is_ok() {
            return true;
        }
        if nw == "và" && strong_starts.binary_search(&(n + 1)).is_ok() {
            return true;
        }
    }
    false
}

/// Token index → place mention index starting there.
pub fn place_index(places: &[PlaceMention]) -> Map<usize, usize> {
    places.iter().enumerate().map(|(k, p)| (p.toks.start, k)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text that ends with a landmark's head (its qualifier too), with no name after it.
    #[test]
    fn a_head_at_the_end_of_the_text() {
        for (head, _) in LANDMARK_HEADS {
            for tail in ["", " quốc tế"] {
                let text = format!("Người dân đi qua {}{tail}", head.join(" "));
                crate::extract(&text, &crate::Options::default());
            }
        }
    }

    fn names(text: &str) -> Vec<(String, String)> {
        let d = Doc::new(text);
        recognise(&d)
            .into_iter()
            .map(|p| {
                let n = match &p.place {
                    PlaceRef::Lex(id) => PLACES.places[*id as usize].name.clone(),
                    PlaceRef::Admin { name, .. } => name.clone(),
                    PlaceRef::MainCity => "*city".into(),
                };
                (d.slice(p.range.clone()).to_string(), n)
            })
            .collect()
    }

    #[test]
    fn countries_provinces_cities() {
        let v = names(
            "Đoàn thăm và làm việc tại Mỹ và Úc, sau đó tới tỉnh Aichi (Nhật Bản) và TP.HCM.",
        );
        let got: Vec<&str> = v.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(got, ["Hoa Kỳ", "Úc", "Aichi", "Nhật Bản", "Thành phố Hồ Chí Minh"]);
        assert_eq!(v[2].0, "tỉnh Aichi");
    }

    #[test]
    fn weak_names_need_context() {
        assert!(names("Anh Nguyễn Văn Đức cho biết ý kiến.").is_empty());
        assert!(names("Ý kiến của ông rất rõ.").is_empty());
        let v = names("Tổng thống Đức và lễ hội Việt - Nhật.");
        let got: Vec<&str> = v.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(got, ["Đức", "Việt Nam", "Nhật Bản"]);
    }

    #[test]
    fn districts_wards_and_bare_city() {
        let v =
            names("Hội trường số 6 Alexandre de Rhodes, P.Bến Nghé, Q.1. Thành phố đã đón khách.");
        let got: Vec<&str> = v.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(got, ["Phường Bến Nghé", "Quận 1", "*city"]);
    }
}
