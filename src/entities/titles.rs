//! Titles (positions): "[nguyên|quyền …] [Phó] HEAD [Thường trực] [body | place [tại place]]"
//! — "Phó Chủ tịch Thường trực UBND TP.HCM", "Bộ trưởng Bộ Ngoại giao", "Tổng thống Đức",
//! "Thứ trưởng Bộ Ngoại giao Cộng hòa El Salvador", "Đại sứ Việt Nam tại Nhật Bản".
//! Heads come from `titles.tsv` (the positions of the Vietnamese party and state system,
//! foreign governments, diplomacy, the military and police ranks, academia…).

use crate::entities::orgs::OrgMention;
use crate::entities::places::PlaceMention;
use crate::lexicon::{rows, Gazetteer};
use crate::text::document::Map;
use crate::text::document::{Doc, TokKind};
use std::sync::LazyLock;

pub struct TitleLexicon {
    pub gaz: Gazetteer,
    /// the heads as written in the lexicon, per head id
    pub heads: Vec<&'static str>,
}

pub static TITLES: LazyLock<TitleLexicon> = LazyLock::new(|| {
    let mut gaz = Gazetteer::new(false);
    let mut heads = Vec::new();
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/titles.tsv"))) {
        if r.len() < 2 {
            continue;
        }
        gaz.add(r[0], heads.len() as u32, false);
        heads.push(r[0]);
    }
    TitleLexicon { gaz, heads }
});

/// Words before a head that belong to the title.
const MODIFIERS: &[&str] = &["nguyên", "cố", "cựu", "quyền", "tân", "phó"];
/// Words after a head that belong to the title.
const QUALIFIERS: &[&[&str]] =
    &[&["thường", "trực"], &["thứ", "nhất"], &["danh", "dự"], &["đặc", "mệnh", "toàn", "quyền"]];

/// A title phrase found in the text.
#[derive(Debug, Clone)]
pub struct TitleSpan {
    /// token range
    pub start: usize,
    pub end: usize,
    /// a body or place follows the head ("Tổng thống Đức"), so the title may stand alone as a role
    pub has_complement: bool,
}

/// The title starting at token `i`, if any. `orgs_at` / `places_at` map a token index to
/// the org / place mention starting there.
pub fn title_at(
    doc: &Doc,
    i: usize,
    orgs: &[OrgMention],
    orgs_at: &Map<usize, usize>,
    places: &[PlaceMention],
    places_at: &Map<usize, usize>,
) -> Option<TitleSpan> {
    let n = doc.tokens.len();
    if i >= n || doc.tokens[i].kind != TokKind::Word {
        return None;
    }
    let line = doc.tline(i);
    let same_line = |j: usize| j < n && doc.tline(j) == line;
    let mut j = i;
    while same_line(j) && MODIFIERS.contains(&doc.tok_lower(j)) && j < i + 3 {
        j += 1;
    }
    // "Phó Tổng thống": the head itself may start with a modifier word
    let head = TITLES.gaz.longest_at(doc, j).or_else(|| {
        if j > i {
            TITLES.gaz.longest_at(doc, j - 1)
        } else {
            None
        }
    })?;
    if head.start < i {
        return None;
    }
    let mut k = head.end;
    // the head must not swallow a body: "Trưởng Ban Đối ngoại Trung ương" = "Trưởng" + body
    for t in head.start + 1..head.end {
        if orgs_at.contains_key(&t) {
            k = t;
            break;
        }
    }
    if k == head.end {
        for q in QUALIFIERS {
            if same_line(k + q.len() - 1) && (0..q.len()).all(|x| doc.tok_lower(k + x) == q[x]) {
                k += q.len();
                break;
            }
        }
    }
    let mut has_complement = false;
    if same_line(k) {
        if let Some(&o) = orgs_at.get(&k) {
            k = orgs[o].toks.end;
            has_complement = true;
            if let Some(&p) = places_at.get(&k).filter(|_| same_line(k)) {
                k = places[p].toks.end;
            }
        } else if let Some(&p) = places_at.get(&k) {
            k = places[p].toks.end;
            has_complement = true;
        } else if doc.tok_lower(k) == "nước" && places_at.contains_key(&(k + 1)) && same_line(k + 1)
        {
            // "Chủ tịch nước Lào" when only "Chủ tịch" matched
            k = places[places_at[&(k + 1)]].toks.end;
            has_complement = true;
        }
        // "Đại sứ Việt Nam tại Nhật Bản", "Tổng Lãnh sự Hoa Kỳ tại TP.HCM"
        if has_complement && same_line(k + 1) && doc.tok_lower(k) == "tại" {
            if let Some(&p) = places_at.get(&(k + 1)) {
                k = places[p].toks.end;
            }
        }
        if has_complement {
            k = paren_after(doc, k, orgs, orgs_at).unwrap_or(k);
        }
    }
    Some(TitleSpan { start: i, end: k, has_complement })
}

/// The end of a bracket at `k` that names the complement just read, by its acronym or the
/// body it belongs to: "Giám đốc Cục Điều tra liên bang Mỹ (FBI)", "Cục trưởng Cục Khám
/// chữa bệnh (Bộ Y tế)". One acronym or one organisation, closed on the same line.
fn paren_after(
    doc: &Doc,
    k: usize,
    orgs: &[OrgMention],
    orgs_at: &Map<usize, usize>,
) -> Option<usize> {
    let n = doc.tokens.len();
    if k + 2 >= n || doc.tok_text(k) != "(" || doc.tline(k + 2) != doc.tline(k) {
        return None;
    }
    let inner_end = match orgs_at.get(&(k + 1)) {
        Some(&o) => orgs[o].toks.end,
        None => {
            let w = doc.tok_text(k + 1);
            let acronym = w.chars().count() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&');
            if !acronym {
                return None;
            }
            k + 2
        }
    };
    (inner_end < n && doc.tok_text(inner_end) == ")" && doc.tline(inner_end) == doc.tline(k))
        .then_some(inner_end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(text: &str) -> Option<String> {
        let d = Doc::new(text);
        let places = crate::entities::places::recognise(&d);
        let orgs = crate::entities::orgs::recognise(&d, &places);
        let pat = crate::entities::places::place_index(&places);
        let oat: Map<usize, usize> =
            orgs.iter().enumerate().map(|(k, o)| (o.toks.start, k)).collect();
        title_at(&d, 0, &orgs, &oat, &places, &pat)
            .map(|t| d.slice(d.tokens[t.start].start..d.tokens[t.end - 1].end).to_string())
    }

    #[test]
    fn titles_with_bodies_and_places() {
        assert_eq!(
            title("Phó Chủ tịch Thường trực UBND TP.HCM Nguyễn Lộc Hà").as_deref(),
            Some("Phó Chủ tịch Thường trực UBND TP.HCM")
        );
        assert_eq!(
            title("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn").as_deref(),
            Some("Bộ trưởng Bộ Ngoại giao")
        );
        assert_eq!(
            title("Phó Trưởng Ban Đối ngoại Trung ương Nguyễn Tuấn Phong").as_deref(),
            Some("Phó Trưởng Ban Đối ngoại Trung ương")
        );
        assert_eq!(title("Tổng thống Đức").as_deref(), Some("Tổng thống Đức"));
        assert_eq!(title("Chủ tịch nước Lào").as_deref(), Some("Chủ tịch nước Lào"));
        assert_eq!(
            title("Thứ trưởng Bộ Ngoại giao Cộng hòa El Salvador Carlos Castañeda").as_deref(),
            Some("Thứ trưởng Bộ Ngoại giao Cộng hòa El Salvador")
        );
        assert_eq!(
            title("Phó bí thư thường trực Thành ủy Nguyễn Hồ Hải").as_deref(),
            Some("Phó bí thư thường trực Thành ủy")
        );
        assert_eq!(
            title("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu").as_deref(),
            Some("Đại sứ Việt Nam tại Nhật Bản")
        );
    }
}
