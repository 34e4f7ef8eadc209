//! Places: countries (ISO 3166-1, CLDR Vietnamese names and the press's other names),
//! Vietnamese provinces and centrally-run cities (the 34 after the 2025 merger and the 63
//! before), foreign cities and provinces, world and Vietnamese regions (`src/lexicons/`), and
//! districts and wards by pattern ("Quận 1", "Q.1", "P.Bến Nghé", "xã Tân Phú").
//!
//! Names that are also common words or given names ("Anh", "Đức", "Mỹ", "Nhật", "Việt") are
//! weak: they count only with context ("tại Mỹ", "Tổng thống Đức", "Mỹ và Úc", "Việt - Nhật").
//! A capitalised "Thành phố" or "TP" standing alone refers to the article's city.

use crate::lexicon::{list, rows, Gazetteer};
use crate::text::document::{Doc, TokKind};
use std::ops::Range;
use std::sync::LazyLock;

/// A place of the lexicons.
#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    /// "country" | "province" | "city" | "district" | "ward" | "region" | "other"
    pub kind: &'static str,
    pub country: Option<String>,
    /// For a former Vietnamese province: the province it became part of in 2025.
    pub successor: Option<String>,
}

pub struct Places {
    pub places: Vec<Place>,
    pub gaz: Gazetteer,
}

fn kind_of(s: &str) -> &'static str {
    match s {
        "country" => "country",
        "province" => "province",
        "city" => "city",
        "district" => "district",
        "ward" => "ward",
        "region" => "region",
        _ => "other",
    }
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
                kind: "country",
                country: Some(r[0].to_string()),
                successor: None,
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
        let successor = r.get(4).filter(|s| !s.is_empty()).map(|s| s.to_string());
        add(
            Place {
                name: r[1].to_string(),
                kind: kind_of(r[2]),
                country: Some("VN".into()),
                successor,
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
        let p = Place { name: r[0].to_string(), kind: kind_of(r[1]), country, successor: None };
        if weak {
            add(p, vec![], forms, &mut places);
        } else {
            add(p, forms, vec![], &mut places);
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
            Place { name: r[0].to_string(), kind: "region", country, successor: None },
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
    Admin { name: String, kind: &'static str },
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
        "country" => 0,
        _ if p[id as usize].country.as_deref() == Some("VN") => 1,
        "province" | "city" => 2,
        _ => 3,
    };
    let mut hits = m.hits.to_vec();
    hits.sort_by_key(|h| (h.weak, rank(h.id)));
    (hits[0].id, hits[0].weak)
}

/// Extend a match leftwards over an administrative prefix ("tỉnh", "thành phố", "TP.").
fn with_prefix(doc: &Doc, start: usize, id: u32) -> usize {
    let p = &PLACES.places[id as usize];
    if !matches!(p.kind, "province" | "city" | "region") {
        return start;
    }
    let first = lower(doc, start);
    if matches!(first, "tp" | "thành" | "tỉnh" | "thủ") {
        return start;
    }
    for pre in PREFIXES {
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

/// Districts and wards: "Quận 1", "Q.1", "quận Bình Thạnh", "Phường Bến Nghé", "P.Bến Nghé",
/// "huyện Cần Giờ", "xã Tân Phú", "thị xã Sơn Tây", "thị trấn X".
fn admin_units(doc: &Doc, taken: &[bool]) -> Vec<PlaceMention> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let w = lower(doc, i);
        let (kind, canon, body) = match w {
            "quận" => ("district", "Quận", i + 1),
            "huyện" => ("district", "Huyện", i + 1),
            "phường" => ("ward", "Phường", i + 1),
            "xã" => ("ward", "Xã", i + 1),
            "thị" if i + 1 < n && matches!(lower(doc, i + 1), "xã" | "trấn") => {
                if lower(doc, i + 1) == "xã" {
                    ("district", "Thị xã", i + 2)
                } else {
                    ("ward", "Thị trấn", i + 2)
                }
            }
            "q" | "p"
                if doc.tokens[i].cap
                    && i + 1 < n
                    && doc.tok_text(i + 1) == "."
                    && doc.tokens[i].end == doc.tokens[i + 1].start =>
            {
                if w == "q" {
                    ("district", "Quận", i + 2)
                } else {
                    ("ward", "Phường", i + 2)
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
        if j == body {
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
            t.kind == TokKind::Word && crate::entities::people::SURNAMES.contains(lower(doc, end));
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

/// Recognise place mentions (weak names need context).
pub fn recognise(doc: &Doc) -> Vec<PlaceMention> {
    let matches = PLACES.gaz.find_all(doc);
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
    let mut out: Vec<PlaceMention> = Vec::new();
    let all_starts: Vec<usize> = cands.iter().map(|c| c.0.start).collect();
    let all_ends: Vec<usize> = cands.iter().map(|c| c.0.end).collect();
    for (m, id, weak) in &cands {
        if *weak && !weak_ok(doc, m, &strong_ends, &strong_starts, &all_starts, &all_ends) {
            continue;
        }
        let s = with_prefix(doc, m.start, *id);
        out.push(PlaceMention {
            range: doc.tokens[s].start..doc.tokens[m.end - 1].end,
            toks: s..m.end,
            place: PlaceRef::Lex(*id),
        });
    }
    let taken = |out: &[PlaceMention]| {
        let mut t = vec![false; doc.tokens.len()];
        for p in out {
            for k in p.toks.clone() {
                t[k] = true;
            }
        }
        t
    };
    let t = taken(&out);
    out.extend(admin_units(doc, &t));
    let taken = taken(&out);
    for i in 0..doc.tokens.len() {
        if let Some(b) = bare_city(doc, i, &taken) {
            out.push(b);
        }
    }
    out.sort_by_key(|p| p.range.start);
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
        if WEAK_CUES.contains(&pw) && !compound {
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

#[cfg(test)]
mod tests {
    use super::*;

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
