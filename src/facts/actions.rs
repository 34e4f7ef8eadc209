//! Diplomatic actions: who visited, received, held talks with, signed with, awarded, twinned
//! with or attended what — read from clauses around the verbs of `action_verbs.tsv`, using the
//! people, bodies, places, roles and events already resolved.
//!
//! - The actor is the nearest person (else body, place or role) before the verb in its clause;
//!   after a leading phrase ("Phát biểu tại hội nghị, ông X …") the first person after it;
//!   in "Tham dự hội nghị có A, B, C" each listed person; with no subject at all ("Thứ hai,
//!   đón hơn 40 đoàn …") the article's city.
//! - The other side comes after the verb: a place for a visit (one action per place: "tại Chile
//!   và Venezuela"), a person, body, role or delegation for a reception or talks ("với", "giữa
//!   A và B"), the recipient after "cho" for an award, an event for attendance (a bare "hội
//!   nghị" is the article's conference).
//! - Precision first: an aggregate ("đón 155 đoàn khách quốc tế", "ký kết 6 thỏa thuận") is a
//!   figure, not an action — unless the sentence (or the next, "Tiêu biểu …") lists the
//!   delegations, each of which is then received; a verb that is part of another word ("tiếp
//!   tục", "dự án", "đăng ký", "thăm hỏi") is not an action.

use crate::entities::Entities;
use crate::facts::annot::{Annot, Item};
use crate::facts::events::EventMention;
use crate::lexicon::{rows, Gazetteer};
use crate::model::{Action, EventRef};
use crate::text::document::Map;
use crate::text::document::{Doc, TokKind};
use crate::text::segment::LineKind;
use crate::time::dates::Resolved;
use crate::time::scope::YearScope;
use std::ops::Range;
use std::sync::LazyLock;

struct Verbs {
    gaz: Gazetteer,
    info: Vec<(&'static str, &'static str)>,
}

static VERBS: LazyLock<Verbs> = LazyLock::new(|| {
    let mut gaz = Gazetteer::new(false);
    let mut info = Vec::new();
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/action_verbs.tsv"))) {
        if r.len() < 3 {
            continue;
        }
        gaz.add(r[0], info.len() as u32, false);
        info.push((r[1], r[2]));
    }
    Verbs { gaz, info }
});

/// Words between a verb and its other side ("tiếp xã giao đoàn …", "đón các đoàn …").
const FILLER: &[&str] = &[
    "đoàn", "các", "những", "đại", "diện", "chuyến", "thăm", "của", "xã", "giao", "thân", "mật",
    "ngài", "bà", "ông", "cấp", "cao", "lãnh", "đạo", "với", "đồng", "chí", "biểu", "phái", "và",
    "làm", "việc", "tại", "chính", "thức", "tới", "đến", "sang", "hữu", "nghị", "nhà", "nước",
    "trực", "tuyến", "riêng", "song", "phương", "ngắn", "buổi", "lễ", "kết",
];

/// Words right after a verb that make it part of another word.
fn compound_after(verb: &str, next: &str) -> bool {
    match verb {
        "tiếp" => matches!(
            next,
            "tục"
                | "nhận"
                | "cận"
                | "xúc"
                | "theo"
                | "thu"
                | "diễn"
                | "nối"
                | "sức"
                | "tế"
                | "quản"
                | "tay"
                | "liệu"
                | "viên"
                | "đó"
                | "đến"
                | "tới"
                | "thị"
        ),
        "đón" => matches!(next, "nhận" | "chào" | "xem" | "đầu" | "năm" | "tết" | "đợi" | "lõng"),
        "thăm" => matches!(next, "hỏi" | "dò" | "khám" | "viếng" | "nom" | "quan" | "thẳm"),
        "dự" => matches!(
            next,
            "kiến"
                | "án"
                | "báo"
                | "thảo"
                | "toán"
                | "định"
                | "trữ"
                | "bị"
                | "phòng"
                | "đoán"
                | "tính"
                | "luật"
                | "thi"
                | "tuyển"
                | "khuyết"
        ),
        "ký" => matches!(
            next,
            "ức" | "hiệu"
                | "túc"
                | "giả"
                | "sinh"
                | "tên"
                | "quỹ"
                | "gửi"
                | "nhận"
                | "sự"
                | "lục"
        ),
        "gặp" => matches!(next, "khó" | "nhiều" | "phải" | "sự" | "rủi" | "nạn" | "trở" | "vấn"),
        "trao" => matches!(next, "đổi" | "trả" | "quyền" | "cho" | "lại"),
        "tặng" => matches!(next, "quà"),
        _ => false,
    }
}

fn compound_before(verb: &str, prev: &str) -> bool {
    match verb {
        "ký" => matches!(prev, "đăng" | "thư" | "nhật" | "phiếu" | "tốc" | "chữ"),
        "dự" => matches!(prev, "can"),
        "tiếp" => matches!(prev, "trực" | "gián" | "kế"),
        "đón" => matches!(prev, "chào" | "đưa"),
        "thăm" => matches!(prev, "tham"),
        _ => false,
    }
}

/// Who or what can take part in an action.
#[derive(Debug, Clone, PartialEq)]
enum Party {
    Person(usize),
    Org(usize),
    Place(usize),
    Role(String),
    Event(usize),
}

struct Parties {
    /// longest party starting at a token, with its end token
    at: Map<usize, (Party, usize)>,
}

impl Parties {
    fn new(
        ents: &Entities,
        annot: &Annot,
        doc: &Doc,
        events: &[EventMention],
        event_of: &[usize],
    ) -> Parties {
        let mut at: Map<usize, (Party, usize)> = Map::default();
        let mut put = |s: usize, e: usize, p: Party| {
            let better = at.get(&s).map(|(_, oe)| e > *oe).unwrap_or(true);
            if better {
                at.insert(s, (p, e));
            }
        };
        // roles first: at a tie ("Campuchia" as a role and as a place) the role wins; a role
        // that only one person holds ("Chủ tịch UBND tỉnh Quảng Ninh", "Thủ tướng" when one
        // person in the text is Prime Minister) is that person; a bare title that no one named
        // holds ("Đại biểu", "Chủ tịch") is no party at all
        for r in &ents.roles {
            match role_holder(ents, &r.text) {
                Some(k) => put(r.toks.start, r.toks.end, Party::Person(k)),
                None if is_bare_role(&r.text) => {}
                None => put(r.toks.start, r.toks.end, Party::Role(r.text.clone())),
            }
        }
        for i in 0..doc.tokens.len() {
            for (it, e) in annot.at(i) {
                let p = match *it {
                    Item::Person(k) => ents.person_of[k].map(Party::Person),
                    Item::Org(k) => ents.org_of[k].map(Party::Org),
                    Item::Place(k) => ents.location_of[k].map(Party::Place),
                    Item::Date(_) => None,
                };
                if let Some(p) = p {
                    put(i, *e, p);
                }
            }
        }
        // a person with the titles written before the name: "Tổng thống Chile Gabriel Boric"
        for (k, m) in ents.person_mentions.iter().enumerate() {
            let first_title =
                m.title_ranges.iter().map(|r| r.start).filter(|&s| s < m.toks.start).min();
            if let (Some(s), Some(p)) = (first_title, ents.person_of.get(k).copied().flatten()) {
                if m.toks.start - s <= 25 {
                    put(s, m.toks.end, Party::Person(p));
                }
            }
        }
        for (k, m) in events.iter().enumerate() {
            if let Some(&e) = event_of.get(k) {
                put(m.toks.start, m.toks.end, Party::Event(e));
            }
        }
        // a delegation acts through its named leader: "Đoàn … do [title] X dẫn đầu / làm
        // Trưởng đoàn" — that "Đoàn …" and every later "Đoàn …" with the same words is X
        // the bodies a delegation is named after ("Đoàn Ủy ban Quân vụ Hạ viện Hoa Kỳ", led by
        // the "Chủ nhiệm Ủy ban Quân vụ Hạ viện Hoa Kỳ"): their delegation is that leader too
        let dels = delegations(doc, ents, annot);
        let mut body_leader: Map<usize, Option<usize>> = Map::default();
        for &(s, d, leader) in &dels {
            let in_title = ents
                .person_mentions
                .iter()
                .enumerate()
                .filter(|(k, m)| {
                    ents.person_of[*k] == Some(leader) && m.toks.start > d && m.toks.start < d + 28
                })
                .flat_map(|(_, m)| m.title_ranges.clone());
            for r in in_title.chain(std::iter::once(s + 1..d)) {
                for j in r {
                    for (it, _) in annot.at(j) {
                        if let Item::Org(k) = *it {
                            if let Some(o) = ents.org_of[k] {
                                let v = body_leader.entry(o).or_insert(Some(leader));
                                if *v != Some(leader) {
                                    *v = None;
                                }
                            }
                        }
                    }
                }
            }
        }
        for j in 0..doc.tokens.len() {
            if doc.tok_lower(j) != "đoàn" {
                continue;
            }
            let mut k = j + 1;
            while k < j + 5
                && matches!(
                    doc.tok_lower(k),
                    "đại" | "biểu" | "cấp" | "cao" | "công" | "tác" | "của"
                )
            {
                k += 1;
            }
            let hit = annot.at(k).iter().find_map(|(it, e)| match *it {
                Item::Org(m) => ents.org_of[m]
                    .and_then(|o| body_leader.get(&o).copied().flatten())
                    .map(|l| (l, *e)),
                _ => None,
            });
            if let Some((leader, e)) = hit {
                at.insert(j, (Party::Person(leader), e));
            }
        }
        for (s, e, leader) in dels {
            at.insert(s, (Party::Person(leader), e));
            let words: Vec<&str> = (s + 1..e).map(|j| doc.tok_lower(j)).collect();
            if words.is_empty() {
                continue;
            }
            for j in e..doc.tokens.len() {
                if doc.tok_lower(j) == "đoàn"
                    && j + 1 + words.len() <= doc.tokens.len()
                    && words.iter().enumerate().all(|(k, w)| doc.tok_lower(j + 1 + k) == *w)
                {
                    at.insert(j, (Party::Person(leader), j + 1 + words.len()));
                }
            }
        }
        Parties { at }
    }

    fn at(&self, i: usize) -> Option<&(Party, usize)> {
        self.at.get(&i)
    }
}

fn words_of(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// The one person with a title that holds the words of `role` in order, beginning with its
/// first word: "Bộ trưởng Bộ Quốc phòng" is held by the "Bộ trưởng Bộ Quốc phòng", not by the
/// "Thứ trưởng Bộ Quốc phòng"; "Thư ký Bộ Quốc phòng Thái Lan" by the "Thư ký Thường trực Bộ
/// Quốc phòng Thái Lan".
fn role_holder(ents: &Entities, role: &str) -> Option<usize> {
    let rw = words_of(role);
    if rw.len() < 2 {
        return None;
    }
    let holds = |t: &str| {
        let tw = words_of(t);
        if tw.first() != rw.first() {
            return false;
        }
        let mut k = 0;
        for w in &tw {
            if k < rw.len() && *w == rw[k] {
                k += 1;
            }
        }
        k == rw.len()
    };
    let holders: Vec<usize> = ents
        .people
        .iter()
        .enumerate()
        .filter(|(_, p)| p.titles.iter().any(|t| holds(t)))
        .map(|(i, _)| i)
        .collect();
    (holders.len() == 1).then(|| holders[0])
}

/// A title with nothing that says whose ("Thủ tướng", "Đại biểu", "Chủ tịch nước"): every
/// word after the first is lower-case.
fn is_bare_role(role: &str) -> bool {
    role.split_whitespace().skip(1).all(|w| !w.chars().next().is_some_and(char::is_uppercase))
}

/// Delegations with a named leader: (start token of "Đoàn", end of the delegation's name, the
/// leader) for "Đoàn … do [title] X dẫn đầu" and "Đoàn … do [title] X làm Trưởng đoàn".
fn delegations(doc: &Doc, ents: &Entities, annot: &Annot) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    for d in 0..n {
        if doc.tok_lower(d) != "do" {
            continue;
        }
        // the delegation word within the 14 tokens before "do", in the same sentence
        let s = match (d.saturating_sub(14)..d)
            .rev()
            .take_while(|&j| !matches!(doc.tok_text(j), "." | ";" | ":" | "!" | "?"))
            .find(|&j| doc.tok_lower(j) == "đoàn")
        {
            Some(s) => s,
            None => continue,
        };
        // "do" + up to 25 tokens of title and name + "dẫn đầu" / "làm trưởng đoàn"
        let lead = (d + 1..(d + 28).min(n)).find(|&j| {
            let w = doc.tok_lower(j);
            (w == "dẫn" && doc.tok_lower(j + 1) == "đầu")
                || (w == "làm"
                    && doc.tok_lower(j + 1) == "trưởng"
                    && doc.tok_lower(j + 2) == "đoàn")
        });
        let lead = match lead {
            Some(l) => l,
            None => continue,
        };
        // the first person named between "do" and that verb
        let leader = (d + 1..lead).find_map(|j| {
            annot.at(j).iter().find_map(|(it, _)| match *it {
                Item::Person(k) => ents.person_of[k],
                _ => None,
            })
        });
        if let Some(p) = leader {
            out.push((s, d, p));
        }
    }
    out
}

struct Ctx<'a> {
    doc: &'a Doc<'a>,
    ents: &'a Entities,
    events: &'a [EventRef],
    parties: Parties,
    main_city: Option<usize>,
    main_event: Option<usize>,
}

impl<'a> Ctx<'a> {
    fn name(&self, p: &Party) -> Option<String> {
        match p {
            Party::Person(k) => self.ents.people.get(*k).map(|x| x.name.clone()),
            Party::Org(k) => self.ents.organizations.get(*k).map(|x| x.name.clone()),
            Party::Place(k) => self.ents.locations.get(*k).map(|x| x.name.clone()),
            Party::Role(t) => Some(t.clone()),
            Party::Event(k) => self.events.get(*k).map(|x| x.name.clone()),
        }
    }

    /// Can this party be an actor or the other side? Not a fragment read as a name ("Cộng",
    /// "Tổng": a person or body named by one Vietnamese syllable) nor a news outlet.
    fn usable(&self, p: &Party) -> bool {
        let one_syllable = |n: &str| {
            !n.contains(char::is_whitespace)
                && (n.chars().count() <= 2 || crate::entities::people::is_viet_syllable(n))
        };
        match p {
            Party::Person(k) => self.ents.people.get(*k).is_some_and(|x| !one_syllable(&x.name)),
            Party::Org(k) => self
                .ents
                .organizations
                .get(*k)
                .is_some_and(|x| x.kind != "media" && !one_syllable(&x.name)),
            Party::Role(t) => !is_bare_role(t),
            _ => true,
        }
    }

    /// Parties in [a, b), longest first at each start, in order.
    fn parties_in(&self, a: usize, b: usize) -> Vec<(usize, Party, usize)> {
        let mut out = Vec::new();
        let mut j = a;
        while j < b {
            if let Some((p, e)) = self.parties.at(j) {
                if *e <= b {
                    out.push((j, p.clone(), *e));
                    j = (*e).max(j + 1);
                    continue;
                }
            }
            j += 1;
        }
        out
    }

    /// The actor before token `t` in the clause [a, t): the nearest person, else the nearest
    /// body, place or role.
    fn actor_before(&self, a: usize, t: usize) -> Option<Party> {
        let a = self.after_lead_phrase(a, t);
        let ps: Vec<_> = self
            .parties_in(a, t)
            .into_iter()
            .filter(|(s, p, _)| {
                // "Y nhận lời mời của X sẽ thăm …": X invites, Y acts
                let invited_by = *s >= 2
                    && self.doc.tok_lower(s - 1) == "của"
                    && self.doc.tok_lower(s - 2) == "mời";
                self.usable(p) && !invited_by
            })
            .collect();
        if let Some((_, p, _)) = ps.iter().rev().find(|(_, p, _)| matches!(p, Party::Person(_))) {
            return Some(p.clone());
        }
        ps.iter().rev().find(|(_, p, _)| !matches!(p, Party::Event(_))).map(|(_, p, _)| p.clone())
    }
}

impl Ctx<'_> {
    /// Past a leading phrase that names the host or the sender, not the actor: "Nhận lời mời
    /// của X, …", "Theo lời mời của X, …", "Theo sự phân công của X, …", "Thay mặt X, …" —
    /// the clause proper starts after its comma.
    fn after_lead_phrase(&self, a: usize, t: usize) -> usize {
        let doc = self.doc;
        let lead = (a..t).rev().find(|&j| {
            let w = doc.tok_lower(j);
            (w == "mời" && j > a && doc.tok_lower(j - 1) == "lời")
                || (w == "phân" && doc.tok_lower(j + 1) == "công")
                || (w == "thay" && doc.tok_lower(j + 1) == "mặt")
        });
        match lead.and_then(|l| (l..t).find(|&j| doc.tok_text(j) == ",")) {
            Some(c) => c + 1,
            None => a,
        }
    }
}

/// Where a clause starts, looking back from `t` within the sentence starting at `a`.
fn clause_start(doc: &Doc, a: usize, t: usize) -> usize {
    (a..t).rev().find(|&j| matches!(doc.tok_text(j), ";" | ":")).map(|j| j + 1).unwrap_or(a)
}

/// The resolved date of a sentence, or the year its passage is about.
fn date_for(
    doc: &Doc,
    dates: &[Resolved],
    scope: &YearScope,
    sent: &Range<usize>,
    pos: usize,
) -> Option<String> {
    let first = dates.partition_point(|d| d.range.start < sent.start);
    let ds: Vec<&Resolved> = dates[first..]
        .iter()
        .take_while(|d| d.range.end <= sent.end)
        .filter(|d| !d.piece.target && d.grain != "period")
        .collect();
    if let Some(d) = ds.iter().find(|d| matches!(d.grain, "day" | "hour" | "minute" | "second")) {
        return Some(d.value.split('T').next().unwrap_or(&d.value).to_string());
    }
    if let Some(d) = ds.first() {
        return Some(d.value.clone());
    }
    scope.year_for_figure(doc, pos).map(|y| y.to_string())
}

/// Bare nouns that refer to the article's event.
const EVENT_NOUNS: &[&[&str]] = &[
    &["hội", "nghị"],
    &["buổi", "lễ"],
    &["hội", "thảo"],
    &["tọa", "đàm"],
    &["lễ"],
    &["sự", "kiện"],
    &["diễn", "đàn"],
];

fn event_noun_at(doc: &Doc, j: usize) -> Option<usize> {
    for w in EVENT_NOUNS {
        if (0..w.len()).all(|k| doc.tok_lower(j + k) == w[k]) {
            return Some(j + w.len());
        }
    }
    None
}

/// Recognise actions.
#[allow(clippy::too_many_arguments)]
pub fn recognise(
    doc: &Doc,
    annot: &Annot,
    ents: &Entities,
    events: &[EventRef],
    event_mentions: &[EventMention],
    event_of: &[usize],
    dates: &[Resolved],
    scope: &YearScope,
) -> Vec<Action> {
    // the article's city: the Vietnamese city or province named most — if the article is about
    // it (named three times or more, and at least half as often as the place named most)
    let most = ents.locations.iter().map(|l| l.mentions.len()).max().unwrap_or(0);
    let main_city = {
        let mut best: Option<(usize, usize)> = None;
        for (i, l) in ents.locations.iter().enumerate() {
            if l.country_code.as_deref() == Some("VN")
                && matches!(l.kind.as_str(), "city" | "province")
                && best.map(|(_, n)| l.mentions.len() > n).unwrap_or(true)
            {
                best = Some((i, l.mentions.len()));
            }
        }
        best.filter(|&(_, n)| n >= 3 && 2 * n >= most).map(|b| b.0)
    };
    // the article's event: the first conference, ceremony or forum — if it is named before the
    // text first refers to "hội nghị" / "buổi lễ" bare (else the article's event has no name)
    let parties = Parties::new(ents, annot, doc, event_mentions, event_of);
    let main_event = {
        let first_bare = (0..doc.tokens.len())
            .find(|&j| {
                event_noun_at(doc, j).is_some()
                    && !matches!(parties.at(j), Some((Party::Event(_), _)))
            })
            .map(|j| doc.tokens[j].start);
        let first_named = event_mentions.iter().enumerate().find(|(k, _)| {
            event_of
                .get(*k)
                .map(|&e| matches!(events[e].kind.as_str(), "conference" | "ceremony" | "forum"))
                .unwrap_or(false)
        });
        match (first_named, first_bare) {
            (Some((k, m)), Some(bare)) if doc.tokens[m.toks.start].start < bare => {
                Some(event_of[k])
            }
            (Some((k, _)), None) => Some(event_of[k]),
            _ => None,
        }
    };
    let ctx = Ctx { doc, ents, events, parties, main_city, main_event };
    let mut out: Vec<Action> = Vec::new();
    // one action per fact: the same action read again later is not repeated
    let mut seen: std::collections::HashMap<
        (&str, String, Option<String>, Option<String>),
        usize,
        crate::text::document::FxBuild,
    > = Default::default();
    let sentences = doc.seg.sentences.clone();
    for (si, s) in sentences.iter().enumerate() {
        let line = &doc.seg.lines[s.line];
        if !matches!(
            line.kind,
            LineKind::Body | LineKind::Caption | LineKind::Heading | LineKind::Title
        ) {
            continue;
        }
        let a = doc.token_at_or_after(s.range.start);
        let b = doc.token_at_or_after(s.range.end);
        let next_sentence = sentences
            .get(si + 1)
            .filter(|n| n.line == s.line || doc.seg.lines[n.line].kind == LineKind::Body)
            .map(|n| (doc.token_at_or_after(n.range.start), doc.token_at_or_after(n.range.end)));
        let mut t = a;
        let mut consumed_to = a;
        // the actors of the last act read in this sentence, and where it ended
        let mut last_act: Option<(Vec<Party>, usize, Vec<Party>)> = None;
        // where the last reception read in this sentence ended, and whom it received
        let mut last_verb: Option<(usize, Vec<Party>)> = None;
        while t < b {
            let m = match VERBS.gaz.longest_at(doc, t) {
                Some(m) if t >= consumed_to => m,
                _ => {
                    t += 1;
                    continue;
                }
            };
            let (mut kind, needs) = VERBS.info[m.hits[0].id as usize];
            let to_place = kind == "visit" && needs == "place";
            let has_other = |targets: &Vec<Party>, places: &Vec<Party>| {
                if to_place {
                    !places.is_empty()
                } else {
                    !targets.is_empty()
                }
            };
            let first = doc.tok_lower(t);
            let next = if m.end < b { doc.tok_lower(m.end) } else { "" };
            let prev = if t > a { doc.tok_lower(t - 1) } else { "" };
            let single = m.end == t + 1;
            if single && (compound_after(first, next) || compound_before(first, prev))
                || annot
                    .at(t)
                    .iter()
                    .any(|(it, _)| matches!(it, Item::Person(_) | Item::Org(_) | Item::Place(_)))
            {
                t += 1;
                continue;
            }
            let date = date_for(doc, dates, scope, &s.range, doc.tokens[t].start);
            let span = doc.span(s.range.clone());
            let before_clause = clause_start(doc, a, t);
            let mut actors: Vec<Party> = ctx.actor_before(before_clause, t).into_iter().collect();
            // "X mời Y (sang) thăm Z": the one invited visits
            if kind == "visit" {
                if let Some(w) = (before_clause..t)
                    .rev()
                    .find(|&j| doc.tok_lower(j) == "mời" && doc.tok_lower(j + 1) != "của")
                {
                    if let Some((_, p, _)) = ctx
                        .parties_in(w + 1, t)
                        .into_iter()
                        .find(|x| !matches!(x.1, Party::Event(_)) && ctx.usable(&x.1))
                    {
                        actors = vec![p];
                    }
                }
            }
            // "X tiếp Y(,) đang (có chuyến) thăm Z", "… Y nhân chuyến thăm Z": Y visits
            let mut relative_actor: Option<Vec<Party>> = None;
            if kind == "visit" {
                if let Some((le, lt)) = &last_verb {
                    let relative = (*le..t).all(|j| {
                        matches!(
                            doc.tok_lower(j),
                            "," | "đang"
                                | "có"
                                | "chuyến"
                                | "trong"
                                | "nhân"
                                | "dịp"
                                | "sang"
                                | "đến"
                                | "tới"
                                | "cuộc"
                        )
                    }) && *le < t;
                    if relative {
                        // the one received visits; if it is not a usable party, no one known
                        relative_actor = Some(lt.last().cloned().into_iter().collect());
                    }
                }
            }
            // "giữa A và B": actor A, other side B
            let (giua_a, giua_b) = between(&ctx, m.end, b, 3);
            let mut targets: Vec<Party> = Vec::new();
            let mut places: Vec<Party> = Vec::new();
            let mut end;
            match needs {
                "place" => {
                    let (ps, e) = places_after(&ctx, m.end, b);
                    places = ps;
                    end = e;
                    // "chuyến thăm của X tới Y", "chuyến thăm chính thức Việt Nam của X": X
                    // visits; "(trong khuôn khổ) chuyến thăm … tới Y": the subject of the
                    // sentence visits, before the phrase or right after its comma
                    if prev == "chuyến" {
                        let of =
                            [m.end, end].into_iter().find(|&j| j < b && doc.tok_lower(j) == "của");
                        let after = |from: usize, to: usize| {
                            ctx.parties_in(from, to.min(b))
                                .into_iter()
                                .find(|x| {
                                    !matches!(x.1, Party::Place(_) | Party::Event(_))
                                        && ctx.usable(&x.1)
                                })
                                .map(|x| x.1)
                        };
                        if let Some(c) = of {
                            if let Some(p) = after(c + 1, c + 12) {
                                actors = vec![p];
                            }
                        } else if let Some((_, p, _)) = ctx
                            .parties_in(ctx.after_lead_phrase(a, t), t)
                            .into_iter()
                            .find(|x| matches!(x.1, Party::Person(_)) && ctx.usable(&x.1))
                        {
                            actors = vec![p];
                        } else if let Some(c) =
                            (end.max(m.end)..b).find(|&j| doc.tok_text(j) == ",")
                        {
                            if let Some(p) = ctx
                                .parties_in(c + 1, b)
                                .into_iter()
                                .find(|x| matches!(x.1, Party::Person(_)) && ctx.usable(&x.1))
                                .map(|x| x.1)
                            {
                                actors = vec![p];
                            }
                        }
                    }
                }
                "party" => {
                    if let (Some(x), Some(y)) = (giua_a.clone(), giua_b.clone()) {
                        if actors.is_empty()
                            || matches!(kind, "talks" | "sign" | "establish_relations")
                        {
                            actors = vec![x];
                        }
                        targets = vec![y];
                        end = b;
                    } else if let Some((x, y, e)) = pair_after(&ctx, m.end, b)
                        .filter(|_| matches!(kind, "establish_relations" | "talks" | "sign"))
                    {
                        // "nâng cấp quan hệ Việt Nam - Chile"
                        actors = vec![x];
                        targets = vec![y];
                        end = e;
                    } else {
                        let (mut ts, e, aggregate) = parties_after(&ctx, m.end, b, kind);
                        // "gặp", "làm việc với" a country is a match or a trip, not talks
                        let weak_verb = matches!(first, "gặp" | "làm" | "trao" | "buổi");
                        if kind == "talks" && weak_verb {
                            ts.retain(|p| !matches!(p, Party::Place(_)));
                        }
                        targets = ts;
                        end = e;
                        if targets.is_empty() && aggregate && kind == "receive" {
                            // "đón hơn 40 đoàn …, nổi bật là các đoàn Tổng thống Đức, …" or the
                            // next sentence "Tiêu biểu trong đó có các đoàn cấp cao như: …"
                            targets = listed_roles(&ctx, e, b);
                            if targets.is_empty() {
                                if let Some((na, nb)) = next_sentence {
                                    let lead = doc.tok_lower(na);
                                    if matches!(lead, "tiêu" | "nổi" | "trong" | "đặc" | "điển")
                                    {
                                        targets = listed_roles(&ctx, na, nb);
                                        consumed_to = nb;
                                    }
                                }
                            }
                        }
                        if targets.is_empty() && matches!(kind, "sign" | "establish_relations") {
                            // "ký kết Biên bản ghi nhớ … giữa A và B": inside the document's name
                            let (x, y) = between(&ctx, m.end, b, 20);
                            if let (Some(x), Some(y)) = (x, y) {
                                actors = vec![x];
                                targets = vec![y];
                            }
                        }
                    }
                }
                "recipient" => {
                    let (ts, e) = recipients(&ctx, m.end, b);
                    targets = ts;
                    end = e;
                }
                _ => {
                    // attend: an event named after the verb, or "hội nghị" = the article's event
                    let (ev, e) = event_after(&ctx, m.end, b);
                    end = e;
                    if let Some(ev) = ev {
                        targets = vec![ev];
                    }
                    // "dự tọa đàm với X và Y": talks with X and with Y
                    if matches!(targets.first(), Some(Party::Role(_)))
                        && end < b
                        && doc.tok_lower(end) == "với"
                    {
                        let (ts, e, _) = parties_after(&ctx, end + 1, b, "talks");
                        if !ts.is_empty() {
                            kind = "talks";
                            targets = ts;
                            end = e;
                        }
                    }
                    if !targets.is_empty() {
                        let lead = t == a || (t == a + 1 && doc.tokens[a].kind == TokKind::Punct);
                        // "Tham dự hội nghị có A, B, C"
                        if lead && end < b && doc.tok_lower(end) == "có" {
                            let listed: Vec<Party> = ctx
                                .parties_in(end + 1, b)
                                .into_iter()
                                .map(|x| x.1)
                                .filter(|p| matches!(p, Party::Person(_)))
                                .collect();
                            if !listed.is_empty() {
                                actors = listed;
                                end = b;
                            }
                        } else if actors.is_empty() {
                            // "Phát biểu tại hội nghị, ông X …"
                            if let Some((_, p, _)) = ctx
                                .parties_in(end, b)
                                .into_iter()
                                .find(|x| matches!(x.1, Party::Person(_)))
                            {
                                actors = vec![p];
                            }
                        }
                    }
                }
            }
            // a series of acts by one actor: "X đã hội đàm với A; đến chào B; gặp C", "X chào
            // xã giao A, hội đàm với B" — a verb right after the previous act takes its actor
            if let Some((la, le, _)) = &last_act {
                // only links between, or the place of the last act ("tại Hà Nội; …")
                let mut j = *le;
                while j < t {
                    let w = doc.tok_lower(j);
                    let link = matches!(
                        w,
                        "," | ";"
                            | "và"
                            | "đồng"
                            | "thời"
                            | "sau"
                            | "đó"
                            | "cũng"
                            | "đã"
                            | "rồi"
                            | "tiếp"
                    );
                    match ctx.parties.at(j + 1) {
                        _ if link => j += 1,
                        Some((Party::Place(_), e)) if w == "tại" => j = *e,
                        _ => break,
                    }
                }
                if j >= t && !la.is_empty() {
                    actors = la.clone();
                }
            }
            if let Some(r) = relative_actor {
                actors = r;
            }
            if kind != "visit" && places.is_empty() {
                places.extend(location_after(&ctx, end.max(m.end), b));
            }
            // "(Tới) đón X tại sân bay có A, B và C": the listed persons receive X
            let lead = (a..t).all(|j| {
                doc.tokens[j].kind == TokKind::Punct
                    || matches!(doc.tok_lower(j), "tới" | "ra" | "đến")
            });
            if lead && kind == "receive" && !targets.is_empty() {
                if let Some(c) = (end..b).find(|&j| doc.tok_lower(j) == "có") {
                    let listed: Vec<Party> = ctx
                        .parties_in(c + 1, b)
                        .into_iter()
                        .map(|x| x.1)
                        .filter(|p| {
                            !matches!(p, Party::Place(_) | Party::Event(_)) && ctx.usable(p)
                        })
                        .collect();
                    if !listed.is_empty() {
                        actors = listed;
                        end = b;
                    }
                }
            }
            // "Y được X tiếp": X receives Y
            if let Some((agent, patient)) = passive(&ctx, before_clause, t) {
                actors = vec![agent];
                targets = vec![patient];
            }
            // "X và Y ký …", "X và Y hội đàm", "X và Y chứng kiến lễ ký": both sides
            if matches!(kind, "sign" | "talks" | "establish_relations" | "attend") {
                if let Some((x, y)) = pair_before(&ctx, before_clause, t) {
                    if kind == "attend" {
                        actors = vec![x, y];
                    } else if targets.is_empty()
                        || targets.iter().all(|p| matches!(p, Party::Place(_)))
                    {
                        if let Some(p) = targets.first().filter(|p| matches!(p, Party::Place(_))) {
                            places = vec![p.clone()];
                        }
                        actors = vec![x];
                        targets = vec![y];
                    }
                }
            }
            // no subject: the article's city, when the article is about that city ("Thứ hai,
            // đón hơn 40 đoàn …") — not for a ceremony described by its verb ("lễ đón X")
            if actors.is_empty()
                && !matches!(kind, "attend" | "award")
                && has_other(&targets, &places)
                && !matches!(prev, "lễ" | "buổi" | "cuộc")
            {
                if let Some(c) = ctx.main_city {
                    actors = vec![Party::Place(c)];
                }
            }
            actors.retain(|p| ctx.usable(p));
            // a place visits only as the article's city (its delegation): not "Malaysia" in
            // "thăm Malaysia trong chuyến công du châu Á"
            if kind == "visit" {
                actors.retain(|p| !matches!(p, Party::Place(k) if Some(*k) != ctx.main_city));
            }
            // a company's deal with a company is business, not diplomacy
            let company = |p: &Party| match p {
                Party::Org(k) => {
                    ctx.ents.organizations.get(*k).is_some_and(|o| o.kind == "company")
                }
                _ => false,
            };
            if actors.iter().all(company) {
                targets.retain(|p| !company(p));
            }
            targets.retain(|p| ctx.usable(p) || matches!(p, Party::Role(_)) && kind == "attend");
            if kind == "attend" && targets.iter().all(|p| matches!(p, Party::Role(_))) {
                // a bare "hội nghị" is attended by a person, not by a place or a body
                actors.retain(|p| matches!(p, Party::Person(_)));
            }
            let actor_names: Vec<String> = actors.iter().filter_map(|p| ctx.name(p)).collect();
            for actor in &actor_names {
                let mut push = |counterpart: Option<String>, location: Option<String>| {
                    if counterpart.is_none() && location.is_none() {
                        return;
                    }
                    if counterpart.as_deref() == Some(actor.as_str())
                        || location.as_deref() == Some(actor.as_str())
                    {
                        return;
                    }
                    // one action per fact: the same act with the same other side is one,
                    // whether or not this mention says where
                    let key = (
                        kind,
                        actor.clone(),
                        counterpart.clone(),
                        if counterpart.is_none() { location.clone() } else { None },
                    );
                    if let Some(&k) = seen.get(&key) {
                        let known: &mut Action = &mut out[k];
                        if known.location.is_none() {
                            known.location = location;
                        }
                    } else {
                        seen.insert(key, out.len());
                        out.push(Action {
                            kind: kind.to_string(),
                            actor: Some(actor.clone()),
                            counterpart,
                            location,
                            date: date.clone(),
                            span: span.clone(),
                        });
                    }
                };
                if kind == "visit" && needs == "place" {
                    for p in &places {
                        push(None, ctx.name(p));
                    }
                } else {
                    for p in &targets {
                        let loc = places.first().and_then(|x| ctx.name(x));
                        push(ctx.name(p), loc);
                    }
                }
            }
            if kind == "receive" {
                last_verb = Some((end.max(m.end), targets.clone()));
            }
            if !actors.is_empty() && has_other(&targets, &places) {
                last_act = Some((actors.clone(), end.max(m.end), targets.clone()));
            }
            consumed_to = consumed_to.max(end);
            t = m.end.max(t + 1);
        }
    }
    out
}

/// "Y được X tiếp" (X the party right before the verb at `t`, "được" right before X): the
/// agent X and the one received, Y (the actor before "được").
fn passive(ctx: &Ctx, a: usize, t: usize) -> Option<(Party, Party)> {
    let ps = ctx.parties_in(a, t);
    let (s, agent, _) = ps.iter().rev().find(|(_, _, e)| {
        *e == t || *e + 1 == t && matches!(ctx.doc.tok_lower(t - 1), "đã" | "sẽ")
    })?;
    if *s == 0 || ctx.doc.tok_lower(s - 1) != "được" || !ctx.usable(agent) {
        return None;
    }
    let patient = ctx.actor_before(a, s - 1)?;
    Some((agent.clone(), patient))
}

/// "X và Y (đã) ký …" before the verb at `t`: X and Y, both persons or both bodies/places.
/// Y ends within two words of the verb; X ends right at the "và" before Y.
fn pair_before(ctx: &Ctx, a: usize, t: usize) -> Option<(Party, Party)> {
    let doc = ctx.doc;
    let a = ctx.after_lead_phrase(a, t);
    let ps: Vec<_> = ctx
        .parties_in(a, t)
        .into_iter()
        .filter(|(_, p, _)| !matches!(p, Party::Event(_)) && ctx.usable(p))
        .collect();
    let (s2, y, e2) = ps.last()?;
    if t - e2 > 2
        || (*e2..t).any(|j| !matches!(doc.tok_lower(j), "đã" | "sẽ" | "cùng" | "vừa" | "cũng"))
    {
        return None;
    }
    let person = |p: &Party| matches!(p, Party::Person(_));
    let va = (s2.saturating_sub(30).max(a)..*s2).rev().find(|&j| doc.tok_lower(j) == "và")?;
    if (va..*s2).any(|j| matches!(doc.tok_text(j), "." | ";" | ":")) {
        return None;
    }
    let (_, x, _) = ps.iter().find(|(_, _, e)| *e == va)?;
    (person(x) == person(y) && x != y).then(|| (x.clone(), y.clone()))
}

/// "giữa A và B" after token `i`: the first party after "giữa" and the first after its "và".
fn between(ctx: &Ctx, i: usize, b: usize, window: usize) -> (Option<Party>, Option<Party>) {
    let doc = ctx.doc;
    let g = match (i..b.min(i + window)).find(|&j| doc.tok_lower(j) == "giữa") {
        Some(g) => g,
        None => return (None, None),
    };
    let ps = ctx.parties_in(g + 1, b);
    let first = ps.first().cloned();
    let va = first.as_ref().and_then(|(_, _, e)| (*e..b).find(|&j| doc.tok_lower(j) == "và"));
    let second = va.and_then(|v| ps.iter().find(|(s, _, _)| *s > v).cloned());
    // "lãnh đạo TP.HCM": a place inside a group stands for it
    (first.map(|x| x.1), second.map(|x| x.1))
}

/// "Việt Nam - Chile" right after a verb (possibly after "quan hệ"): both sides.
fn pair_after(ctx: &Ctx, i: usize, b: usize) -> Option<(Party, Party, usize)> {
    let doc = ctx.doc;
    let mut j = i;
    while j < b
        && j < i + 3
        && ctx.parties.at(j).is_none()
        && matches!(doc.tok_lower(j), "quan" | "hệ" | "giữa" | "hai" | "nước")
    {
        j += 1;
    }
    let (p1, e1) = ctx.parties.at(j)?.clone();
    if e1 + 1 >= b || !matches!(doc.tok_text(e1), "-" | "–") {
        return None;
    }
    let (p2, e2) = ctx.parties.at(e1 + 1)?.clone();
    Some((p1, p2, e2))
}

/// The place of a meeting: "tại" + place within a few words after `i` ("hội đàm với X tại
/// Hà Nội").
fn location_after(ctx: &Ctx, i: usize, b: usize) -> Option<Party> {
    let doc = ctx.doc;
    let tai = (i..b.min(i + 12))
        .take_while(|&j| !matches!(doc.tok_text(j), ";" | ":"))
        .find(|&j| doc.tok_lower(j) == "tại")?;
    match ctx.parties.at(tai + 1) {
        Some((p @ Party::Place(_), _)) => Some(p.clone()),
        _ => None,
    }
}

/// Places after a visit verb, up to the clause end: "tại Mỹ và Úc", "Chile và Venezuela".
fn places_after(ctx: &Ctx, i: usize, b: usize) -> (Vec<Party>, usize) {
    let doc = ctx.doc;
    let mut out = Vec::new();
    let mut j = i;
    let mut end = i;
    let mut gap = 0;
    while j < b && gap <= 3 {
        if let Some((p, e)) = ctx.parties.at(j) {
            match p {
                Party::Place(_) => {
                    out.push(p.clone());
                    end = *e;
                    j = *e;
                    gap = 0;
                    // "Mỹ và Úc", "Campuchia, Lào và Thái Lan": go on after "và", and after a
                    // comma when a place follows
                    if j < b && doc.tok_lower(j) == "và" {
                        j += 1;
                        continue;
                    }
                    if j + 1 < b
                        && doc.tok_text(j) == ","
                        && matches!(ctx.parties.at(j + 1), Some((Party::Place(_), _)))
                    {
                        j += 1;
                        continue;
                    }
                    break;
                }
                Party::Org(_) | Party::Person(_) | Party::Role(_) if out.is_empty() => {
                    // "thăm Bộ Ngoại giao" — not a place; keep looking a little
                    j = *e;
                    gap += 1;
                    continue;
                }
                _ => break,
            }
        }
        let w = doc.tok_lower(j);
        // "thăm phái đoàn Việt Nam tại …": a delegation visited, not its country
        if matches!(w, "," | "." | ";" | ":" | "(" | ")" | "đoàn") {
            break;
        }
        if !FILLER.contains(&w) {
            gap += 1;
        }
        j += 1;
    }
    (out, end)
}

/// The other side after a verb: persons, bodies, roles; `aggregate` when a number comes first.
fn parties_after(ctx: &Ctx, i: usize, b: usize, kind: &str) -> (Vec<Party>, usize, bool) {
    let doc = ctx.doc;
    let mut j = i;
    let mut skipped = 0;
    while j < b && skipped < 6 {
        if ctx.parties.at(j).is_some() {
            break;
        }
        let t = doc.tokens[j];
        let w = doc.tok_lower(j);
        if t.kind == TokKind::Num
            || crate::text::numerals::is_number_word(w) && w != "một"
            || matches!(w, "hơn" | "gần" | "khoảng" | "trên" | "nhiều" | "hàng")
        {
            return (Vec::new(), j, true);
        }
        // "hội đàm tại Paris": the place after "tại" is where, not with whom
        if t.kind == TokKind::Punct || !FILLER.contains(&w) || w == "tại" {
            return (Vec::new(), j, false);
        }
        j += 1;
        skipped += 1;
    }
    let mut out = Vec::new();
    let mut end = j;
    while j < b {
        match ctx.parties.at(j) {
            Some((p, e)) if !matches!(p, Party::Event(_)) || kind == "attend" => {
                // the place in "Đại sứ Hàn Quốc tại Việt Nam" belongs to the role or person before
                out.push(p.clone());
                end = *e;
                j = *e;
                // "Đại sứ A và Đại sứ B", "A, B"
                if j + 1 < b
                    && matches!(doc.tok_lower(j), "và" | ",")
                    && ctx
                        .parties
                        .at(j + 1)
                        .map(|(p, _)| {
                            !matches!(p, Party::Place(_))
                                || out.iter().all(|x| matches!(x, Party::Place(_)))
                        })
                        .unwrap_or(false)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    // a place alone after "tiếp" is not the other side of a reception ("đón … tại Hà Nội")
    if kind == "receive" && out.iter().all(|p| matches!(p, Party::Place(_))) {
        out.clear();
    }
    (out, end, false)
}

/// Roles and persons listed after "là", "như", ":" in [i, b): the delegations received.
fn listed_roles(ctx: &Ctx, i: usize, b: usize) -> Vec<Party> {
    let doc = ctx.doc;
    let start = match (i..b).find(|&j| matches!(doc.tok_lower(j), "là" | "như" | ":" | "gồm")) {
        Some(s) => s + 1,
        None => return Vec::new(),
    };
    ctx.parties_in(start, b)
        .into_iter()
        .filter(|(_, p, _)| matches!(p, Party::Role(_) | Party::Person(_)))
        .map(|x| x.1)
        .collect()
}

/// Recipients of an award: "cho" + person or body; "cho các cá nhân … tại Sở Ngoại vụ" → the body.
fn recipients(ctx: &Ctx, i: usize, b: usize) -> (Vec<Party>, usize) {
    let doc = ctx.doc;
    let cho = match (i..b.min(i + 20)).find(|&j| doc.tok_lower(j) == "cho") {
        Some(c) => c,
        None => return (Vec::new(), i),
    };
    let ps = ctx.parties_in(cho + 1, b);
    if let Some((s, p, e)) = ps.first() {
        let direct = (cho + 1..*s).all(|j| FILLER.contains(&doc.tok_lower(j)));
        if direct && matches!(p, Party::Person(_) | Party::Org(_) | Party::Role(_)) {
            return (vec![p.clone()], *e);
        }
    }
    // "cho các cá nhân, tập thể tại Sở Ngoại vụ"
    if let Some(tai) = (cho..b).find(|&j| doc.tok_lower(j) == "tại") {
        if let Some((Party::Org(k), e)) = ctx.parties.at(tai + 1) {
            return (vec![Party::Org(*k)], *e);
        }
    }
    (Vec::new(), cho)
}

/// The event attended: a named event after the verb, or a bare "hội nghị", "buổi lễ" (the
/// article's event).
fn event_after(ctx: &Ctx, i: usize, b: usize) -> (Option<Party>, usize) {
    let doc = ctx.doc;
    let mut j = i;
    while j < b && j < i + 4 {
        if let Some((Party::Event(k), e)) = ctx.parties.at(j) {
            return (Some(Party::Event(*k)), *e);
        }
        if let Some(e) = event_noun_at(doc, j) {
            // a bare "hội nghị" is the article's event; with no named event, the noun itself
            // stands for it — but not "lễ" or "sự kiện" alone, which say nothing of what it was
            return match ctx.main_event {
                Some(k) => (Some(Party::Event(k)), e),
                None if e - j < 2 || doc.tok_lower(j) == "sự" => (None, e),
                None => {
                    let text = doc.slice(doc.tokens[j].start..doc.tokens[e - 1].end);
                    let mut cs = text.chars();
                    let cap: String = cs
                        .next()
                        .map(|c| c.to_uppercase().collect::<String>() + cs.as_str())
                        .unwrap_or_default();
                    (Some(Party::Role(cap)), e)
                }
            };
        }
        if !matches!(doc.tok_lower(j), "các" | "buổi" | "cuộc" | "lễ" | "tại") {
            break;
        }
        j += 1;
    }
    (None, i)
}
