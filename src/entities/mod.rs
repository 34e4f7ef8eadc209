//! Who and where: recognise places, organisations and people, settle their conflicts, and
//! merge mentions into entities (coreference).
//!
//! - Places first (lexicons and patterns), then organisations (which may contain places:
//!   "UBND TP.HCM" is also a mention of TP.HCM), then people (titles take bodies and places as
//!   their complements).
//! - A capitalised "Thành phố"/"TP" alone is the article's city: the Vietnamese city (or
//!   province) the text names most.
//! - Bodies: the same head, field and place are one body; a body named without its place
//!   ("Sở Ngoại vụ") joins the one body of that name with a place; "Bộ Ngoại giao Việt Nam"
//!   is the lexicon's "Bộ Ngoại giao"; a bare "Sở", "Bộ" joins the latest body of that head.

pub(crate) mod orgs;
pub(crate) mod people;
pub(crate) mod places;
pub(crate) mod titles;

use crate::entities::orgs::{OrgMention, OrgRef, ORGS};
use crate::entities::people::PersonMention;
use crate::entities::places::{PlaceMention, PlaceRef, PLACES};
use crate::model::{Location, LocationKind, Organization, OrganizationKind, Person};
use crate::text::document::Doc;
use crate::text::document::Map;
use std::ops::Range;

/// Everything recognised, with the links later stages (actions) need.
pub struct Entities {
    pub people: Vec<Person>,
    pub organizations: Vec<Organization>,
    pub locations: Vec<Location>,
    pub person_mentions: Vec<PersonMention>,
    /// person index for each person mention
    pub person_of: Vec<Option<usize>>,
    pub place_mentions: Vec<PlaceMention>,
    pub location_of: Vec<Option<usize>>,
    pub org_mentions: Vec<OrgMention>,
    pub org_of: Vec<Option<usize>>,
    /// titles standing without a name ("Tổng thống Đức")
    pub roles: Vec<crate::entities::people::Role>,
    /// The article's city: the location of the Vietnamese city or province the text names
    /// most (first named on a tie). A capitalised "Thành phố"/"TP" alone refers to it, and
    /// actions without a named actor are the city's.
    pub main_city: Option<usize>,
}

/// Does `r` overlap any of `sorted` (ranges sorted by start, not overlapping each other much)?
fn any_overlap(sorted: &[Range<usize>], r: &Range<usize>) -> bool {
    let k = sorted.partition_point(|x| x.start < r.end);
    sorted[..k].iter().rev().take(8).any(|x| x.end > r.start)
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum PlaceKey {
    Lex(u32),
    Admin(String),
}

fn canon_head(h: &str) -> String {
    match h.to_lowercase().as_str() {
        "ubnd" => "ủy ban nhân dân".into(),
        "hđnd" => "hội đồng nhân dân".into(),
        "ủy ban mttq" => "ủy ban mặt trận tổ quốc".into(),
        other => other.to_string(),
    }
}

/// Recognise places, organisations and people, settle their conflicts and merge their
/// mentions into entities.
pub fn recognise(doc: &Doc) -> Entities {
    let mut places = crate::entities::places::recognise(doc);
    places.retain(|p| !doc.seg.is_masked(&p.range));
    let places = places;
    let orgs = crate::entities::orgs::recognise(doc, &places);
    let (persons, roles) = crate::entities::people::recognise(doc, &places, &orgs);
    let keep = kept_places(&places, &orgs, &persons);
    // the main city as a lexicon id (bodies' places are keyed by it) and as a location
    let city = main_city_of(&places, &keep);
    let (locations, location_of, loc_index) = group_places(doc, &places, &keep, city);
    let main_city = city.and_then(|id| loc_index.get(&PlaceKey::Lex(id)).copied());
    let keys = org_keys(&orgs, &places, city);
    let (organizations, org_of) = group_orgs(doc, &orgs, &places, &keys);
    let (people, person_of) = crate::entities::people::resolve(doc, &persons);
    Entities {
        people,
        organizations,
        locations,
        person_mentions: persons,
        person_of,
        place_mentions: places,
        location_of,
        org_mentions: orgs,
        org_of,
        roles,
        main_city,
    }
}

/// Which place mentions stay places: not inside a brand ("Asia" of "Air Asia": the bodies
/// were read with these places as complements, and a brand's place is inside its own name, so
/// no body took it as one), and not inside a name found with a title or an honorific ("ông
/// Đức"). The place mentions keep their indices (bodies refer to them); dropped ones get no
/// location.
fn kept_places(
    places: &[PlaceMention],
    orgs: &[OrgMention],
    persons: &[PersonMention],
) -> Vec<bool> {
    let brands: Vec<Range<usize>> = orgs
        .iter()
        .filter(|o| matches!(o.org, OrgRef::Lex(id) if matches!(ORGS.entries[id as usize].kind, OrganizationKind::Company | OrganizationKind::Media)))
        .map(|o| o.range.clone())
        .collect();
    let mut person_ranges: Vec<Range<usize>> = persons.iter().map(|m| m.range.clone()).collect();
    person_ranges.sort_by_key(|r| r.start);
    places
        .iter()
        .map(|p| !any_overlap(&brands, &p.range) && !any_overlap(&person_ranges, &p.range))
        .collect()
}

/// The article's city: the Vietnamese city or province (lexicon id) the kept places name
/// most, the first named on a tie.
fn main_city_of(places: &[PlaceMention], keep: &[bool]) -> Option<u32> {
    let mut counts: Map<u32, (usize, usize)> = Map::default();
    for p in places.iter().zip(keep).filter(|x| *x.1).map(|x| x.0) {
        if let PlaceRef::Lex(id) = p.place {
            let pl = &PLACES.places[id as usize];
            if pl.country.as_deref() == Some("VN")
                && matches!(pl.kind, LocationKind::City | LocationKind::Province)
            {
                let e = counts.entry(id).or_insert((0, usize::MAX - p.range.start));
                e.0 += 1;
            }
        }
    }
    counts.into_iter().max_by_key(|(_, c)| *c).map(|(id, _)| id)
}

/// The key places are merged by (the main city for "Thành phố" alone).
fn place_key(p: &PlaceRef, main_city: Option<u32>) -> Option<PlaceKey> {
    match p {
        PlaceRef::Lex(id) => Some(PlaceKey::Lex(*id)),
        PlaceRef::Admin { name, .. } => Some(PlaceKey::Admin(name.clone())),
        PlaceRef::MainCity => main_city.map(PlaceKey::Lex),
    }
}

/// Locations from the kept place mentions, one a key: the locations, each mention's location,
/// and the location of each key.
fn group_places(
    doc: &Doc,
    places: &[PlaceMention],
    keep: &[bool],
    main_city: Option<u32>,
) -> (Vec<Location>, Vec<Option<usize>>, Map<PlaceKey, usize>) {
    let mut loc_index: Map<PlaceKey, usize> = Map::default();
    let mut locations: Vec<Location> = Vec::new();
    let mut location_of = vec![None; places.len()];
    for (k, p) in places.iter().enumerate() {
        if !keep[k] {
            continue;
        }
        let Some(key) = place_key(&p.place, main_city) else { continue };
        let idx = *loc_index.entry(key.clone()).or_insert_with(|| {
            let (name, kind, cc) = match &key {
                PlaceKey::Lex(id) => {
                    let pl = &PLACES.places[*id as usize];
                    (pl.name.clone(), pl.kind, pl.country.clone())
                }
                PlaceKey::Admin(name) => {
                    let kind = match &p.place {
                        PlaceRef::Admin { kind, .. } => *kind,
                        _ => LocationKind::Other,
                    };
                    (name.clone(), kind, Some("VN".into()))
                }
            };
            locations.push(Location { name, kind, country_code: cc, mentions: Vec::new() });
            locations.len() - 1
        });
        locations[idx].mentions.push(doc.span(p.range.clone()));
        location_of[k] = Some(idx);
    }
    (locations, location_of, loc_index)
}

/// The key organisation mentions are merged by.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
enum OrgKey {
    Lex(u32),
    Pat(String, String, Option<PlaceKey>),
}

/// The lexicon's organisations by lower-case name.
static LEX_BY_NAME: std::sync::LazyLock<Map<String, u32>> = std::sync::LazyLock::new(|| {
    ORGS.entries.iter().enumerate().map(|(i, e)| (e.name.to_lowercase(), i as u32)).collect()
});

/// Each organisation mention's key (none for a bare head, "Sở"): "Bộ Ngoại giao Việt Nam" is
/// the lexicon's "Bộ Ngoại giao"; a body named without its place joins the one body of that
/// name with a place.
fn org_keys(
    orgs: &[OrgMention],
    places: &[PlaceMention],
    main_city: Option<u32>,
) -> Vec<Option<OrgKey>> {
    let mut keys: Vec<Option<OrgKey>> =
        orgs.iter().map(|m| org_key(m, places, main_city)).collect();
    let mut with_place: Map<(String, String), Vec<OrgKey>> = Map::default();
    for k in keys.iter().flatten() {
        if let OrgKey::Pat(h, f, Some(_)) = k {
            let v = with_place.entry((h.clone(), f.clone())).or_default();
            if !v.contains(k) {
                v.push(k.clone());
            }
        }
    }
    for k in keys.iter_mut().flatten() {
        if let OrgKey::Pat(h, f, None) = k {
            if let Some(v) = with_place.get(&(h.clone(), f.clone())) {
                if v.len() == 1 {
                    *k = v[0].clone();
                }
            }
        }
    }
    keys
}

/// One mention's key before bodies without a place are joined.
fn org_key(m: &OrgMention, places: &[PlaceMention], main_city: Option<u32>) -> Option<OrgKey> {
    match &m.org {
        OrgRef::Lex(id) => Some(OrgKey::Lex(*id)),
        OrgRef::Pattern { head, field, place } => {
            let h = &ORGS.heads[*head as usize];
            let pk = place.and_then(|k| places.get(k)).and_then(|p| place_key(&p.place, main_city));
            let vn_or_none = match &pk {
                None => true,
                Some(PlaceKey::Lex(id)) => {
                    PLACES.places[*id as usize].country.as_deref() == Some("VN")
                        && PLACES.places[*id as usize].kind == LocationKind::Country
                }
                _ => false,
            };
            let full = format!("{} {}", h.head.to_lowercase(), field).trim().to_string();
            match LEX_BY_NAME.get(&full) {
                Some(&id) if vn_or_none => Some(OrgKey::Lex(id)),
                _ => Some(OrgKey::Pat(canon_head(&h.head), field.clone(), pk)),
            }
        }
        OrgRef::Bare { .. } => None,
    }
}

/// Organisations from the unmasked mentions, one a key (a bare head joins the latest earlier
/// body with that head), named by their longest mention that is not the acronym: the
/// organisations and each mention's organisation.
fn group_orgs(
    doc: &Doc,
    orgs: &[OrgMention],
    places: &[PlaceMention],
    keys: &[Option<OrgKey>],
) -> (Vec<Organization>, Vec<Option<usize>>) {
    let mut org_index: Map<OrgKey, usize> = Map::default();
    let mut organizations: Vec<Organization> = Vec::new();
    let mut org_of: Vec<Option<usize>> = vec![None; orgs.len()];
    let mut best_len: Vec<usize> = Vec::new();
    let mut latest_by_head: Map<u32, usize> = Map::default();
    for (k, m) in orgs.iter().enumerate() {
        if doc.seg.is_masked(&m.range) {
            continue;
        }
        let idx = match (&keys[k], &m.org) {
            (Some(key), _) => *org_index.entry(key.clone()).or_insert_with(|| {
                organizations.push(new_org(key, &m.org, places));
                best_len.push(0);
                organizations.len() - 1
            }),
            // the latest earlier body with this head
            (None, OrgRef::Bare { head }) => match latest_by_head.get(head) {
                Some(&i) => i,
                None => continue,
            },
            _ => continue,
        };
        org_of[k] = Some(idx);
        if let OrgRef::Pattern { head, .. } = &m.org {
            latest_by_head.insert(*head, idx);
        }
        let o = &mut organizations[idx];
        let text = doc.slice(m.range.clone());
        let is_acr = m.acronym.as_deref() == Some(text);
        if !is_acr && text.chars().count() > best_len[idx] {
            best_len[idx] = text.chars().count();
            o.name = text.to_string();
        }
        if o.acronym.is_none() {
            o.acronym = m.acronym.clone();
        }
        o.mentions.push(doc.span(m.range.clone()));
    }
    for o in organizations.iter_mut().filter(|o| o.name.is_empty()) {
        o.name = o.acronym.clone().unwrap_or_default();
    }
    (organizations, org_of)
}

/// A new organisation for `key` (first met as `org`), still without a name or mentions.
fn new_org(key: &OrgKey, org: &OrgRef, places: &[PlaceMention]) -> Organization {
    let (kind, country, acronym) = match (key, org) {
        (OrgKey::Lex(id), _) => {
            let e = &ORGS.entries[*id as usize];
            (e.kind, e.country.clone(), e.acronym.clone())
        }
        (_, OrgRef::Pattern { head, place, .. }) => {
            let h = &ORGS.heads[*head as usize];
            let pr = place.and_then(|p| places.get(p)).map(|p| &p.place);
            (h.kind, crate::entities::orgs::pattern_country(h, pr), None)
        }
        _ => (OrganizationKind::Other, None, None),
    };
    Organization { name: String::new(), acronym, kind, country, mentions: Vec::new() }
}
