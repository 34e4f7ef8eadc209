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
use crate::model::{Action, ActionType, EventKind, EventRef, Grain, OrganizationKind};
use crate::text::document::Map;
use crate::text::document::{Doc, TokKind};
use crate::text::segment::LineKind;
use crate::time::resolve::Resolved;
use crate::time::scope::YearScope;
use std::ops::Range;
use std::sync::LazyLock;

struct Verbs {
    gaz: Gazetteer,
    info: Vec<(ActionType, &'static str)>,
}

static VERBS: LazyLock<Verbs> = LazyLock::new(|| {
    let mut gaz = Gazetteer::new(false);
    let mut info = Vec::new();
    for r in rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/action_verbs.tsv"))) {
        if r.len() < 3 {
            continue;
        }
        let Some(kind) = ActionType::from_name(r[1]) else { continue };
        gaz.add(r[0], info.len() as u32, false);
        info.push((kind, r[2]));
    }
    Verbs { gaz, info }
});

/// Words between a verb and its other side ("tiếp xã giao đoàn …", "đón các đoàn …").
const FILLER: &[&str] = &[
    "đoàn", "các", "những", "đại", "diện", "chuyến", "thăm", "của", "xã", "giao", "thân", "mật",
    "ngài", "bà", "ông", "cấp", "cao", "lãnh", "đạo", "với", "đồng", "chí", "biểu", "phái", "và",
    "làm", "việc", "tại", "chính", "thức", "tới", "đến", "sang", "hữu", "nghị", "nhà", "nước",
    "trực", "tuyến", "riêng", "song", "phương", "ngắn", "buổi", "lễ", "kết", "hợp", "tác",
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
        speaking_for(&mut at, doc);
        let dels = delegations(doc, ents, annot);
        if !dels.is_empty() {
            by_body_leader(&mut at, doc, ents, annot, &dels);
            by_same_words(&mut at, doc, &dels);
        }
        Parties { at }
    }

    fn at(&self, i: usize) -> Option<&(Party, usize)> {
        self.at.get(&i)
    }
}

/// "Bộ trưởng X thay mặt Chính phủ Việt Nam": the person acts, for the body — the person's
/// party runs over "thay mặt" and the body, which is then no party of its own.
fn speaking_for(at: &mut Map<usize, (Party, usize)>, doc: &Doc) {
    let n = doc.tokens.len();
    let mut starts: Vec<usize> = at
        .iter()
        .filter(|(_, (p, e))| {
            matches!(p, Party::Person(_))
                && e + 2 < n
                && doc.tok_lower(*e) == "thay"
                && doc.tok_lower(e + 1) == "mặt"
        })
        .map(|(&s, _)| s)
        .collect();
    starts.sort_unstable();
    for s in starts {
        let Some((p, e)) = at.get(&s).cloned() else { continue };
        if let Some((_, e2)) = at.get(&(e + 2)).cloned() {
            at.remove(&(e + 2));
            at.insert(s, (p, e2));
        }
    }
}

/// A delegation acts through its named leader: "Đoàn … do [title] X dẫn đầu / làm Trưởng
/// đoàn"; the bodies a delegation is named after ("Đoàn Ủy ban Quân vụ Hạ viện Hoa Kỳ", led by
/// the "Chủ nhiệm Ủy ban Quân vụ Hạ viện Hoa Kỳ"): their delegation ("Đoàn" + body) is that
/// leader too.
fn by_body_leader(
    at: &mut Map<usize, (Party, usize)>,
    doc: &Doc,
    ents: &Entities,
    annot: &Annot,
    dels: &[(usize, usize, usize)],
) {
    let mut body_leader: Map<usize, Option<usize>> = Map::default();
    // the person mentions by start, read once for all delegations
    let mut by_start: Vec<(usize, usize)> =
        ents.person_mentions.iter().enumerate().map(|(k, m)| (m.toks.start, k)).collect();
    by_start.sort_unstable();
    for &(s, d, leader) in dels {
        let from = by_start.partition_point(|x| x.0 <= d);
        let to = by_start.partition_point(|x| x.0 < d + 28);
        let in_title = by_start[from..to]
            .iter()
            .filter(|&&(_, k)| ents.person_of[k] == Some(leader))
            .flat_map(|&(_, k)| ents.person_mentions[k].title_ranges.clone());
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
            && matches!(doc.tok_lower(k), "đại" | "biểu" | "cấp" | "cao" | "công" | "tác" | "của")
        {
            k += 1;
        }
        let hit = annot.at(k).iter().find_map(|(it, e)| match *it {
            Item::Org(m) => {
                ents.org_of[m].and_then(|o| body_leader.get(&o).copied().flatten()).map(|l| (l, *e))
            }
            _ => None,
        });
        if let Some((leader, e)) = hit {
            at.insert(j, (Party::Person(leader), e));
        }
    }
}

/// Each delegation's "Đoàn", and every later "Đoàn" followed by the same words, is its leader;
/// where several delegations say so, the last one read — found in one pass, the words looked
/// up by their length (at most 13, the delegation word being within 14 tokens of "do").
fn by_same_words(at: &mut Map<usize, (Party, usize)>, doc: &Doc, dels: &[(usize, usize, usize)]) {
    let n = doc.tokens.len();
    let low: Vec<&str> = (0..n).map(|j| doc.tok_lower(j)).collect();
    let mut own: Map<usize, usize> = Map::default();
    for (i, &(s, _, _)) in dels.iter().enumerate() {
        own.insert(s, i);
    }
    let max_len = dels.iter().map(|&(s, e, _)| e - s - 1).max().unwrap_or(0);
    let mut active: Map<&[&str], usize> = Map::default();
    let mut next_del = 0;
    for j in 0..n {
        while next_del < dels.len() && dels[next_del].1 <= j {
            let (s, e, _) = dels[next_del];
            if e > s + 1 {
                active.insert(&low[s + 1..e], next_del);
            }
            next_del += 1;
        }
        if low[j] != "đoàn" {
            continue;
        }
        // (the delegation, the end of its party here)
        let mut best: Option<(usize, usize)> = own.get(&j).map(|&i| (i, dels[i].1));
        for len in 1..=max_len.min(n - j - 1) {
            if let Some(&i) = active.get(&low[j + 1..j + 1 + len]) {
                if best.map_or(true, |(bi, _)| i > bi) {
                    best = Some((i, j + 1 + len));
                }
            }
        }
        if let Some((i, e)) = best {
            at.insert(j, (Party::Person(dels[i].2), e));
        }
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
                .is_some_and(|x| x.kind != OrganizationKind::Media && !one_syllable(&x.name)),
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
}

impl Ctx<'_> {
    /// Can this party be the actor before a verb? A usable party not named as the one who
    /// invites ("Y nhận lời mời của X sẽ thăm …": X invites, Y acts).
    fn actor_candidate(&self, s: usize, p: &Party) -> bool {
        let invited_by =
            s >= 2 && self.doc.tok_lower(s - 1) == "của" && self.doc.tok_lower(s - 2) == "mời";
        self.usable(p) && !invited_by
    }

    /// The actor before token `t` in the clause [a, t): the nearest person, else the nearest
    /// body, place or role — past a lead phrase ([`Ctx::after_lead_phrase`]), only usable
    /// parties, not the one who invites. (The verbs of a sentence read it through a [`Walk`];
    /// this direct reading serves the rare passive whose lead phrase differs.)
    fn actor_before(&self, a: usize, t: usize) -> Option<Party> {
        let a = self.after_lead_phrase(a, t);
        let ps: Vec<_> = self
            .parties_in(a, t)
            .into_iter()
            .filter(|(s, p, _)| self.actor_candidate(*s, p))
            .collect();
        if let Some((_, p, _)) = ps.iter().rev().find(|(_, p, _)| matches!(p, Party::Person(_))) {
            return Some(p.clone());
        }
        ps.iter().rev().find(|(_, p, _)| !matches!(p, Party::Event(_))).map(|(_, p, _)| p.clone())
    }

    /// Past a leading phrase that names the host or the sender, not the actor: "Nhận lời mời
    /// của X, …", "Theo lời mời của X, …", "Theo sự phân công của X, …", "Thay mặt X, …" —
    /// the clause proper starts after its comma.
    fn after_lead_phrase(&self, a: usize, t: usize) -> usize {
        let doc = self.doc;
        let lead = (a..t).rev().find(|&j| is_lead_word(doc, a, j));
        match lead.and_then(|l| (l..t).find(|&j| doc.tok_text(j) == ",")) {
            Some(c) => c + 1,
            None => a,
        }
    }
}

/// The word at `j` opens a lead phrase of a clause starting at `a` ("lời mời", "phân công",
/// "thay mặt").
fn is_lead_word(doc: &Doc, a: usize, j: usize) -> bool {
    let w = doc.tok_lower(j);
    (w == "mời" && j > a && doc.tok_lower(j - 1) == "lời")
        || (w == "phân" && doc.tok_lower(j + 1) == "công")
        || (w == "thay" && doc.tok_lower(j + 1) == "mặt")
}

/// [`Ctx::after_lead_phrase`]`(a, t)` for a fixed `a` as `t` moves right: the last lead word is
/// found once, the comma after it through the sentence index.
struct LeadScan {
    a: usize,
    scan: usize,
    last: Option<usize>,
}

impl LeadScan {
    fn new(a: usize) -> LeadScan {
        LeadScan { a, scan: a, last: None }
    }

    fn start(&mut self, doc: &Doc, ix: &mut SentIndex, t: usize) -> usize {
        while self.scan < t {
            if is_lead_word(doc, self.a, self.scan) {
                self.last = Some(self.scan);
            }
            self.scan += 1;
        }
        match self.last.map(|l| ix.next(doc, ",", l)).filter(|&c| c < t) {
            Some(c) => c + 1,
            None => self.a,
        }
    }
}

/// The parties of [`Ctx::parties_in`] from a fixed start, read once for every verb of a clause:
/// the walk from `start` bounded by the sentence end `b`, extended as the verbs move right.
/// Bounded by a verb at `t` instead, the walk is the same up to its first party ending after
/// `t`; from there only a short stretch (inside that party) is read again.
struct Walk {
    start: usize,
    b: usize,
    pos: usize,
    /// (start, end) of each party taken; starts and ends increase
    elems: Vec<(usize, usize)>,
    /// for each prefix of `elems`, among the actor candidates ([`Ctx::actor_candidate`]): the
    /// last person in it, the last party that is not an event
    last_person: Vec<Option<usize>>,
    last_other: Vec<Option<usize>>,
    /// the first usable person; the first usable party that is not an event
    first_person: Option<usize>,
    first_other: Option<usize>,
}

impl Walk {
    fn new(start: usize, b: usize) -> Walk {
        Walk {
            start,
            b,
            pos: start,
            elems: Vec::new(),
            last_person: vec![None],
            last_other: vec![None],
            first_person: None,
            first_other: None,
        }
    }

    /// Take the parties starting before `t`.
    fn extend(&mut self, ctx: &Ctx, t: usize) {
        while self.pos < t.min(self.b) {
            let j = self.pos;
            match ctx.parties.at(j) {
                Some((p, e)) if *e <= self.b => {
                    let k = self.elems.len();
                    self.elems.push((j, *e));
                    let person = matches!(p, Party::Person(_));
                    let other = !matches!(p, Party::Event(_));
                    let cand = ctx.actor_candidate(j, p);
                    let lp = if person && cand { Some(k) } else { self.last_person[k] };
                    let lo = if other && cand { Some(k) } else { self.last_other[k] };
                    self.last_person.push(lp);
                    self.last_other.push(lo);
                    let usable = ctx.usable(p);
                    if person && usable && self.first_person.is_none() {
                        self.first_person = Some(k);
                    }
                    if other && usable && self.first_other.is_none() {
                        self.first_other = Some(k);
                    }
                    self.pos = (*e).max(j + 1);
                }
                _ => self.pos += 1,
            }
        }
    }

    /// How many parties of the walk `parties_in(start, t)` shares, and where its own tail starts.
    fn split(&mut self, ctx: &Ctx, t: usize) -> (usize, Option<usize>) {
        self.extend(ctx, t);
        let n = self.elems.partition_point(|x| x.1 <= t);
        let tail = self.elems.get(n).filter(|x| x.0 < t).map(|x| x.0 + 1);
        (n, tail)
    }

    fn party(&self, ctx: &Ctx, k: usize) -> Party {
        ctx.parties.at(self.elems[k].0).map(|x| x.0.clone()).expect("a party of the walk")
    }

    /// The parties of `parties_in(start, t)` that end at `lo` or later, in order.
    fn since(&mut self, ctx: &Ctx, t: usize, lo: usize) -> Vec<(usize, Party, usize)> {
        let (n, tail) = self.split(ctx, t);
        let k0 = self.elems[..n].partition_point(|x| x.1 < lo);
        let mut out: Vec<(usize, Party, usize)> =
            (k0..n).map(|k| (self.elems[k].0, self.party(ctx, k), self.elems[k].1)).collect();
        if let Some(s) = tail {
            out.extend(ctx.parties_in(s, t).into_iter().filter(|x| x.2 >= lo));
        }
        out
    }

    /// [`Ctx::actor_before`]`(start, t)`, `start` being past the lead phrase.
    fn actor_before(&mut self, ctx: &Ctx, t: usize) -> Option<Party> {
        let (n, tail) = self.split(ctx, t);
        let tail: Vec<_> = tail
            .map(|s| ctx.parties_in(s, t))
            .unwrap_or_default()
            .into_iter()
            .filter(|(s, p, _)| ctx.actor_candidate(*s, p))
            .collect();
        if let Some((_, p, _)) = tail.iter().rev().find(|(_, p, _)| matches!(p, Party::Person(_))) {
            return Some(p.clone());
        }
        if let Some(k) = self.last_person[n] {
            return Some(self.party(ctx, k));
        }
        if let Some((_, p, _)) = tail.iter().rev().find(|(_, p, _)| !matches!(p, Party::Event(_))) {
            return Some(p.clone());
        }
        self.last_other[n].map(|k| self.party(ctx, k))
    }

    /// The first usable person of `parties_in(start, t)`.
    fn first_person(&mut self, ctx: &Ctx, t: usize) -> Option<Party> {
        let (n, tail) = self.split(ctx, t);
        if let Some(k) = self.first_person.filter(|&k| k < n) {
            return Some(self.party(ctx, k));
        }
        let s = tail?;
        ctx.parties_in(s, t)
            .into_iter()
            .map(|x| x.1)
            .find(|p| matches!(p, Party::Person(_)) && ctx.usable(p))
    }

    /// The first usable party of `parties_in(start, t)` that is not an event.
    fn first_other(&mut self, ctx: &Ctx, t: usize) -> Option<Party> {
        let (n, tail) = self.split(ctx, t);
        if let Some(k) = self.first_other.filter(|&k| k < n) {
            return Some(self.party(ctx, k));
        }
        let s = tail?;
        ctx.parties_in(s, t)
            .into_iter()
            .map(|x| x.1)
            .find(|p| !matches!(p, Party::Event(_)) && ctx.usable(p))
    }
}

/// Per sentence [a, b): what the verbs of a long sentence would otherwise each look up again by
/// reading on to the sentence end — the next token of a kind, the first party (or person) of
/// the walk from a token — built on first use, each in one pass over the sentence.
struct SentIndex {
    a: usize,
    b: usize,
    next: Map<&'static str, Vec<u32>>,
    first_party: Option<Vec<u32>>,
    first_person: Option<Vec<u32>>,
    first_usable_person: Option<Vec<u32>>,
    listed: Map<usize, Vec<Party>>,
}

impl SentIndex {
    fn new(a: usize, b: usize) -> SentIndex {
        SentIndex {
            a,
            b,
            next: Map::default(),
            first_party: None,
            first_person: None,
            first_usable_person: None,
            listed: Map::default(),
        }
    }

    /// The first token at or after `j` (within the sentence) that `key` names: a word ("và",
    /// "tại"), "listing" (là, như, :, gồm) or "nonfiller" (a word not in [`FILLER`]); `b` if none.
    fn next(&mut self, doc: &Doc, key: &'static str, j: usize) -> usize {
        let (a, b) = (self.a, self.b);
        if j >= b {
            return b;
        }
        let v = self.next.entry(key).or_insert_with(|| {
            let mut v = vec![b as u32; b - a + 1];
            for x in (a..b).rev() {
                let w = doc.tok_lower(x);
                let hit = match key {
                    "listing" => matches!(w, "là" | "như" | ":" | "gồm"),
                    "nonfiller" => !FILLER.contains(&w),
                    _ => w == key,
                };
                v[x - a] = if hit { x as u32 } else { v[x - a + 1] };
            }
            v
        });
        v[j.max(a) - a] as usize
    }

    /// The first party of `parties_in(j, b)`: (start, end), if any.
    fn first_party(&mut self, ctx: &Ctx, j: usize) -> Option<(usize, usize)> {
        let (a, b) = (self.a, self.b);
        if j >= b {
            return None;
        }
        let v = self.first_party.get_or_insert_with(|| {
            let mut v = vec![b as u32; b - a + 1];
            for x in (a..b).rev() {
                let here = ctx.parties.at(x).is_some_and(|(_, e)| *e <= b);
                v[x - a] = if here { x as u32 } else { v[x - a + 1] };
            }
            v
        });
        let s = v[j.max(a) - a] as usize;
        (s < b).then(|| (s, ctx.parties.at(s).map(|x| x.1).unwrap_or(s + 1)))
    }

    /// The first person of `parties_in(j, b)`.
    fn first_person(&mut self, ctx: &Ctx, j: usize) -> Option<Party> {
        let (a, b) = (self.a, self.b);
        let v = self.first_person.get_or_insert_with(|| person_index(ctx, a, b, false));
        person_at(ctx, v, a, b, j)
    }

    /// The first usable person ([`Ctx::usable`]) of `parties_in(j, b)`.
    fn first_usable_person(&mut self, ctx: &Ctx, j: usize) -> Option<Party> {
        let (a, b) = (self.a, self.b);
        let v = self.first_usable_person.get_or_insert_with(|| person_index(ctx, a, b, true));
        person_at(ctx, v, a, b, j)
    }
}

/// For each token of [a, b), the start of the first person along the walk from it (`b` if
/// none) — only usable persons if `usable`.
fn person_index(ctx: &Ctx, a: usize, b: usize, usable: bool) -> Vec<u32> {
    // along the walk: at a party, the person is it or the first after its end
    let mut v = vec![b as u32; b - a + 1];
    for x in (a..b).rev() {
        v[x - a] = match ctx.parties.at(x) {
            Some((p, e)) if *e <= b => {
                if matches!(p, Party::Person(_)) && (!usable || ctx.usable(p)) {
                    x as u32
                } else {
                    v[(*e).max(x + 1) - a]
                }
            }
            _ => v[x - a + 1],
        };
    }
    v
}

fn person_at(ctx: &Ctx, v: &[u32], a: usize, b: usize, j: usize) -> Option<Party> {
    if j >= b {
        return None;
    }
    let s = v[j.max(a) - a] as usize;
    if s < b {
        ctx.parties.at(s).map(|x| x.0.clone())
    } else {
        None
    }
}

/// The date of a sentence from its own dates (the part of [`date_for`] that does not depend on
/// the verb's position).
fn sentence_date(dates: &[Resolved], sent: &Range<usize>) -> Option<String> {
    let first = dates.partition_point(|d| d.range.start < sent.start);
    let ds: Vec<&Resolved> = dates[first..]
        .iter()
        .take_while(|d| d.range.end <= sent.end)
        .filter(|d| !d.piece.target && d.grain != Grain::Period)
        .collect();
    if let Some(d) = ds
        .iter()
        .find(|d| matches!(d.grain, Grain::Day | Grain::Hour | Grain::Minute | Grain::Second))
    {
        return Some(d.value.split('T').next().unwrap_or(&d.value).to_string());
    }
    ds.first().map(|d| d.value.clone())
}

/// The resolved date of a sentence (its own, [`sentence_date`], read once per sentence), or the
/// year its passage is about.
fn date_for(doc: &Doc, own: &Option<String>, scope: &YearScope, pos: usize) -> Option<String> {
    own.clone().or_else(|| scope.year_for_figure(doc, pos).map(|y| y.to_string()))
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

/// What makes two actions one: type, actor, other side, and the place when there is no other
/// side.
type ActionKey = (ActionType, String, Option<String>, Option<String>);

/// The actions read so far, each fact once.
#[derive(Default)]
struct Found {
    out: Vec<Action>,
    /// one action per fact: the same action read again later is not repeated
    seen: std::collections::HashMap<ActionKey, usize, crate::text::document::FxBuild>,
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
    let main_city = main_city(ents);
    let parties = Parties::new(ents, annot, doc, event_mentions, event_of);
    let main_event = main_event(doc, &parties, events, event_mentions, event_of);
    let ctx = Ctx { doc, ents, events, parties, main_city, main_event };
    let mut found = Found::default();
    let sentences = &doc.seg.sentences;
    for (si, s) in sentences.iter().enumerate() {
        let line = &doc.seg.lines[s.line];
        if !matches!(
            line.kind,
            LineKind::Body | LineKind::Caption | LineKind::Heading | LineKind::Title
        ) {
            continue;
        }
        let next_sentence = sentences
            .get(si + 1)
            .filter(|n| n.line == s.line || doc.seg.lines[n.line].kind == LineKind::Body)
            .map(|n| (doc.token_at_or_after(n.range.start), doc.token_at_or_after(n.range.end)));
        let mut scan = SentScan::new(doc, s.range.clone(), next_sentence);
        scan.read(&ctx, annot, dates, scope, &mut found);
    }
    found.out
}

/// The article's city, as the entities settled it — if the article is about it (named three
/// times or more, and at least half as often as the place named most).
fn main_city(ents: &Entities) -> Option<usize> {
    let most = ents.locations.iter().map(|l| l.mentions.len()).max().unwrap_or(0);
    ents.main_city.filter(|&c| {
        let n = ents.locations.get(c).map_or(0, |l| l.mentions.len());
        n >= 3 && 2 * n >= most
    })
}

/// The article's event: the first conference, ceremony or forum — if it is named before the
/// text first refers to "hội nghị" / "buổi lễ" bare (else the article's event has no name).
fn main_event(
    doc: &Doc,
    parties: &Parties,
    events: &[EventRef],
    event_mentions: &[EventMention],
    event_of: &[usize],
) -> Option<usize> {
    let first_bare = (0..doc.tokens.len())
        .find(|&j| {
            event_noun_at(doc, j).is_some() && !matches!(parties.at(j), Some((Party::Event(_), _)))
        })
        .map(|j| doc.tokens[j].start);
    let first_named = event_mentions.iter().enumerate().find(|(k, _)| {
        event_of
            .get(*k)
            .map(|&e| {
                matches!(
                    events[e].kind,
                    EventKind::Conference | EventKind::Ceremony | EventKind::Forum
                )
            })
            .unwrap_or(false)
    });
    match (first_named, first_bare) {
        (Some((k, m)), Some(bare)) if doc.tokens[m.toks.start].start < bare => Some(event_of[k]),
        (Some((k, _)), None) => Some(event_of[k]),
        _ => None,
    }
}

/// One verb's reading: its type, its sides and where its phrase ends.
struct Reading {
    kind: ActionType,
    /// what the verb's other side is (`action_verbs.tsv`): "place", "party", "recipient", "event"
    needs: &'static str,
    actors: Vec<Party>,
    targets: Vec<Party>,
    places: Vec<Party>,
    end: usize,
}

impl Reading {
    /// Does the reading have its other side (a place for a visit to a place, else a party)?
    fn has_other(&self) -> bool {
        if self.kind == ActionType::Visit && self.needs == "place" {
            !self.places.is_empty()
        } else {
            !self.targets.is_empty()
        }
    }
}

/// The reading of one sentence [a, b), kept as the verbs move right.
struct SentScan {
    range: Range<usize>,
    a: usize,
    b: usize,
    next_sentence: Option<(usize, usize)>,
    consumed_to: usize,
    ix: SentIndex,
    next_ix: Option<SentIndex>,
    own_date: std::cell::OnceCell<Option<String>>,
    sent_span: std::cell::OnceCell<crate::model::Span>,
    /// the clause of the verb: after the last ";" or ":" before it, found as `t` moves right;
    /// in it, the last "mời" that is not "mời của"
    sep_scan: usize,
    clause: usize,
    invite: Option<usize>,
    /// where the clause and the sentence proper start: past a lead phrase
    clause_lead: LeadScan,
    sentence_lead: LeadScan,
    /// the walks from those starts, and from the last "mời" of the clause
    clause_walk: Walk,
    raw_walk: Walk,
    sentence_walk: Walk,
    invite_walk: Walk,
    /// the actors of the last act read in this sentence, where it ended, its other side
    last_act: Option<(Vec<Party>, usize, Vec<Party>)>,
    /// where the last reception read in this sentence ended, and whom it received
    last_verb: Option<(usize, Vec<Party>)>,
}

impl SentScan {
    fn new(doc: &Doc, range: Range<usize>, next_sentence: Option<(usize, usize)>) -> SentScan {
        let a = doc.token_at_or_after(range.start);
        let b = doc.token_at_or_after(range.end);
        SentScan {
            range,
            a,
            b,
            next_sentence,
            consumed_to: a,
            ix: SentIndex::new(a, b),
            next_ix: None,
            own_date: Default::default(),
            sent_span: Default::default(),
            sep_scan: a,
            clause: a,
            invite: None,
            clause_lead: LeadScan::new(a),
            sentence_lead: LeadScan::new(a),
            clause_walk: Walk::new(a, b),
            raw_walk: Walk::new(a, b),
            sentence_walk: Walk::new(a, b),
            invite_walk: Walk::new(a, b),
            last_act: None,
            last_verb: None,
        }
    }

    /// Read every verb of the sentence into `found`.
    fn read(
        &mut self,
        ctx: &Ctx,
        annot: &Annot,
        dates: &[Resolved],
        scope: &YearScope,
        found: &mut Found,
    ) {
        let doc = ctx.doc;
        let mut t = self.a;
        while t < self.b {
            let m = match VERBS.gaz.longest_at(doc, t) {
                Some(m) if t >= self.consumed_to => m,
                _ => {
                    t += 1;
                    continue;
                }
            };
            if !self.is_action_verb(doc, annot, t, m.end) {
                t += 1;
                continue;
            }
            let (kind, needs) = VERBS.info[m.hits[0].id as usize];
            let own = self.own_date.get_or_init(|| sentence_date(dates, &self.range));
            let date = date_for(doc, own, scope, doc.tokens[t].start);
            // the sentence's span is cloned only into an action, never per verb (a sentence may
            // be the whole input)
            let r = self.read_verb(ctx, kind, needs, t, m.end);
            let span = self.sent_span.get_or_init(|| doc.span(self.range.clone()));
            emit(ctx, &r, date, span, found);
            if r.kind == ActionType::Receive {
                self.last_verb = Some((r.end.max(m.end), r.targets.clone()));
            }
            if !r.actors.is_empty() && r.has_other() {
                self.last_act = Some((r.actors.clone(), r.end.max(m.end), r.targets.clone()));
            }
            self.consumed_to = self.consumed_to.max(r.end);
            t = m.end.max(t + 1);
        }
    }

    /// Is the verb [t, e) an action — not part of another word ("tiếp tục", "dự án") nor
    /// inside a name?
    fn is_action_verb(&self, doc: &Doc, annot: &Annot, t: usize, e: usize) -> bool {
        let first = doc.tok_lower(t);
        let next = if e < self.b { doc.tok_lower(e) } else { "" };
        let prev = if t > self.a { doc.tok_lower(t - 1) } else { "" };
        let single = e == t + 1;
        !(single && (compound_after(first, next) || compound_before(first, prev))
            || annot
                .at(t)
                .iter()
                .any(|(it, _)| matches!(it, Item::Person(_) | Item::Org(_) | Item::Place(_))))
    }

    /// The steps of one verb's reading, [t, e) the verb.
    fn read_verb(
        &mut self,
        ctx: &Ctx,
        kind: ActionType,
        needs: &'static str,
        t: usize,
        e: usize,
    ) -> Reading {
        let doc = ctx.doc;
        self.advance_clause(doc, t);
        let actors = self.actor(ctx, kind, t);
        let relative_actor = self.relative_actor(doc, kind, t);
        let mut r =
            Reading { kind, needs, actors, targets: Vec::new(), places: Vec::new(), end: e };
        match needs {
            "place" => self.place_side(ctx, &mut r, t, e),
            "party" => self.party_side(ctx, &mut r, t, e),
            "recipient" => {
                let (ts, end) = recipients(ctx, &mut self.ix, e, self.b);
                r.targets = ts;
                r.end = end;
            }
            _ => self.event_side(ctx, &mut r, t, e),
        }
        self.chained_actor(ctx, &mut r, t);
        if let Some(ra) = relative_actor {
            r.actors = ra;
        }
        if r.kind != ActionType::Visit && r.places.is_empty() {
            r.places.extend(location_after(ctx, r.end.max(e), self.b));
        }
        self.listed_receivers(ctx, &mut r, t);
        // "Y được X tiếp": X receives Y
        if let Some((agent, patient)) = passive(ctx, &mut self.raw_walk, &mut self.clause_walk, t) {
            r.actors = vec![agent];
            r.targets = vec![patient];
        }
        self.pair_sides(ctx, &mut r, t);
        let prev = if t > self.a { doc.tok_lower(t - 1) } else { "" };
        // no subject: the article's city, when the article is about that city ("Thứ hai,
        // đón hơn 40 đoàn …") — not for a ceremony described by its verb ("lễ đón X")
        if r.actors.is_empty()
            && !matches!(r.kind, ActionType::Attend | ActionType::Award)
            && r.has_other()
            && !matches!(prev, "lễ" | "buổi" | "cuộc")
        {
            if let Some(c) = ctx.main_city {
                r.actors = vec![Party::Place(c)];
            }
        }
        // a ceremony told by its verb ("lễ đón Đoàn …", "buổi tiếp …") is held by the one
        // named as doing it, not by the building or the body where it takes place
        if matches!(prev, "lễ" | "buổi" | "cuộc") {
            r.actors.retain(|p| matches!(p, Party::Person(_)));
        }
        keep_usable(ctx, &mut r);
        r
    }

    /// Move the clause start (past ";" and ":") and the last invitation up to the verb at `t`.
    fn advance_clause(&mut self, doc: &Doc, t: usize) {
        while self.sep_scan < t {
            let j = self.sep_scan;
            if matches!(doc.tok_text(j), ";" | ":") {
                self.clause = j + 1;
                self.invite = None;
            } else if doc.tok_lower(j) == "mời" && doc.tok_lower(j + 1) != "của" {
                self.invite = Some(j);
            }
            self.sep_scan += 1;
        }
        if self.raw_walk.start != self.clause {
            self.raw_walk = Walk::new(self.clause, self.b);
        }
        if self.clause_lead.a != self.clause {
            self.clause_lead = LeadScan::new(self.clause);
        }
    }

    /// The actor before the verb at `t` in its clause; "X mời Y (sang) thăm Z": the one
    /// invited visits.
    fn actor(&mut self, ctx: &Ctx, kind: ActionType, t: usize) -> Vec<Party> {
        let actor_start = self.clause_lead.start(ctx.doc, &mut self.ix, t);
        if self.clause_walk.start != actor_start {
            self.clause_walk = Walk::new(actor_start, self.b);
        }
        let mut actors: Vec<Party> = self.clause_walk.actor_before(ctx, t).into_iter().collect();
        if kind == ActionType::Visit {
            if let Some(w) = self.invite {
                if self.invite_walk.start != w + 1 {
                    self.invite_walk = Walk::new(w + 1, self.b);
                }
                if let Some(p) = self.invite_walk.first_other(ctx, t) {
                    actors = vec![p];
                }
            }
        }
        actors
    }

    /// "X tiếp Y(,) đang (có chuyến) thăm Z", "… Y nhân chuyến thăm Z": Y visits — the one
    /// received; if it is not a usable party, no one known.
    fn relative_actor(&self, doc: &Doc, kind: ActionType, t: usize) -> Option<Vec<Party>> {
        if kind != ActionType::Visit {
            return None;
        }
        let (le, lt) = self.last_verb.as_ref()?;
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
        relative.then(|| lt.last().cloned().into_iter().collect())
    }

    /// A visit's places after the verb [t, e); "chuyến thăm của X tới Y", "chuyến thăm chính
    /// thức Việt Nam của X": X visits; "(trong khuôn khổ) chuyến thăm … tới Y": the subject of
    /// the sentence visits, before the phrase or right after its comma.
    fn place_side(&mut self, ctx: &Ctx, r: &mut Reading, t: usize, e: usize) {
        let (doc, b) = (ctx.doc, self.b);
        let (ps, end) = places_after(ctx, e, b);
        r.places = ps;
        r.end = end;
        let prev = if t > self.a { doc.tok_lower(t - 1) } else { "" };
        if prev != "chuyến" {
            return;
        }
        let of = [e, end].into_iter().find(|&j| j < b && doc.tok_lower(j) == "của");
        let after = |from: usize, to: usize| {
            ctx.parties_in(from, to.min(b))
                .into_iter()
                .find(|x| !matches!(x.1, Party::Place(_) | Party::Event(_)) && ctx.usable(&x.1))
                .map(|x| x.1)
        };
        if let Some(c) = of {
            if let Some(p) = after(c + 1, c + 12) {
                r.actors = vec![p];
            }
        } else if let Some(p) = {
            let start = self.sentence_lead.start(doc, &mut self.ix, t);
            if self.sentence_walk.start != start {
                self.sentence_walk = Walk::new(start, b);
            }
            self.sentence_walk.first_person(ctx, t)
        } {
            r.actors = vec![p];
        } else if let Some(c) = Some(self.ix.next(doc, ",", end.max(e))).filter(|&c| c < b) {
            if let Some(p) = self.ix.first_usable_person(ctx, c + 1) {
                r.actors = vec![p];
            }
        }
    }

    /// The other party of a reception, talks, signing or twinning after the verb [t, e):
    /// "giữa A và B", "quan hệ Việt Nam - Chile", the parties after the verb, the delegations
    /// listed after an aggregate, the parties inside a signed document's name.
    fn party_side(&mut self, ctx: &Ctx, r: &mut Reading, t: usize, e: usize) {
        let (doc, b) = (ctx.doc, self.b);
        let kind = r.kind;
        let symmetric =
            matches!(kind, ActionType::Talks | ActionType::Sign | ActionType::EstablishRelations);
        // "giữa A và B": actor A, other side B
        let (giua_a, giua_b) = between(ctx, &mut self.ix, e, b, 3);
        if let (Some(x), Some(y)) = (giua_a, giua_b) {
            if r.actors.is_empty() || symmetric {
                r.actors = vec![x];
            }
            r.targets = vec![y];
            r.end = b;
            return;
        }
        if let Some((x, y, end)) = pair_after(ctx, e, b).filter(|_| symmetric) {
            // "nâng cấp quan hệ Việt Nam - Chile"
            r.actors = vec![x];
            r.targets = vec![y];
            r.end = end;
            return;
        }
        let (mut ts, end, aggregate) = parties_after(ctx, e, b, kind);
        // "cuộc hội đàm của (các ông) A và B": both sides after "của"
        let prev = if t > self.a { doc.tok_lower(t - 1) } else { "" };
        if symmetric && matches!(prev, "cuộc" | "buổi") && e < b && doc.tok_lower(e) == "của"
        {
            if let [x, rest @ ..] = ts.as_slice() {
                if !rest.is_empty() && rest.iter().all(|y| y != x) {
                    r.actors = vec![x.clone()];
                    r.targets = rest.to_vec();
                    r.end = end;
                    return;
                }
            }
        }
        // "gặp", "làm việc với" a country is a match or a trip, not talks
        let weak_verb = matches!(doc.tok_lower(t), "gặp" | "làm" | "trao" | "buổi");
        if kind == ActionType::Talks && weak_verb {
            ts.retain(|p| !matches!(p, Party::Place(_)));
        }
        r.targets = ts;
        r.end = end;
        if r.targets.is_empty() && aggregate && kind == ActionType::Receive {
            r.targets = self.listed_delegations(ctx, end);
        }
        if r.targets.is_empty() && matches!(kind, ActionType::Sign | ActionType::EstablishRelations)
        {
            // "ký kết Biên bản ghi nhớ … giữa A và B": inside the document's name
            let (x, y) = between(ctx, &mut self.ix, e, b, 20);
            if let (Some(x), Some(y)) = (x, y) {
                r.actors = vec![x];
                r.targets = vec![y];
            }
        }
    }

    /// "đón hơn 40 đoàn …, nổi bật là các đoàn Tổng thống Đức, …" or the next sentence
    /// "Tiêu biểu trong đó có các đoàn cấp cao như: …": the delegations listed after an
    /// aggregate ending at `end`.
    fn listed_delegations(&mut self, ctx: &Ctx, end: usize) -> Vec<Party> {
        let targets = listed_roles(ctx, &mut self.ix, end);
        if !targets.is_empty() {
            return targets;
        }
        let Some((na, nb)) = self.next_sentence else { return targets };
        let lead = ctx.doc.tok_lower(na);
        if !matches!(lead, "tiêu" | "nổi" | "trong" | "đặc" | "điển") {
            return targets;
        }
        // read once per sentence, however many verbs ask
        let next_ix = self.next_ix.get_or_insert_with(|| SentIndex::new(na, nb));
        self.consumed_to = nb;
        listed_roles(ctx, next_ix, na)
    }

    /// Attendance after the verb [t, e): an event named after the verb, or "hội nghị" = the
    /// article's event; "dự tọa đàm với X và Y": talks with X and with Y; "Tham dự hội nghị có
    /// A, B, C": each listed person attends; "Phát biểu tại hội nghị, ông X …": X.
    fn event_side(&mut self, ctx: &Ctx, r: &mut Reading, t: usize, e: usize) {
        let (doc, a, b) = (ctx.doc, self.a, self.b);
        let (ev, end) = event_after(ctx, e, b);
        r.end = end;
        if let Some(ev) = ev {
            r.targets = vec![ev];
        }
        if matches!(r.targets.first(), Some(Party::Role(_)))
            && r.end < b
            && doc.tok_lower(r.end) == "với"
        {
            let (ts, end, _) = parties_after(ctx, r.end + 1, b, ActionType::Talks);
            if !ts.is_empty() {
                r.kind = ActionType::Talks;
                r.targets = ts;
                r.end = end;
            }
        }
        if r.targets.is_empty() {
            return;
        }
        let lead = t == a || (t == a + 1 && doc.tokens[a].kind == TokKind::Punct);
        if lead && r.end < b && doc.tok_lower(r.end) == "có" {
            let listed: Vec<Party> = ctx
                .parties_in(r.end + 1, b)
                .into_iter()
                .map(|x| x.1)
                .filter(|p| matches!(p, Party::Person(_)))
                .collect();
            if !listed.is_empty() {
                r.actors = listed;
                r.end = b;
            }
        } else if r.actors.is_empty() {
            if let Some(p) = self.ix.first_person(ctx, r.end) {
                r.actors = vec![p];
            }
        }
    }

    /// A series of acts by one actor: "X đã hội đàm với A; đến chào B; gặp C", "X chào xã giao
    /// A, hội đàm với B" — a verb right after the previous act takes its actor.
    fn chained_actor(&self, ctx: &Ctx, r: &mut Reading, t: usize) {
        let doc = ctx.doc;
        let Some((la, le, _)) = &self.last_act else { return };
        // only links between, or the place of the last act ("tại Hà Nội; …")
        let mut j = *le;
        while j < t {
            let w = doc.tok_lower(j);
            let link = matches!(
                w,
                "," | ";" | "và" | "đồng" | "thời" | "sau" | "đó" | "cũng" | "đã" | "rồi" | "tiếp"
            );
            match ctx.parties.at(j + 1) {
                _ if link => j += 1,
                Some((Party::Place(_), e)) if w == "tại" => j = *e,
                _ => break,
            }
        }
        if j >= t && !la.is_empty() {
            r.actors = la.clone();
        }
    }

    /// "(Tới) đón X tại sân bay có A, B và C": the listed persons receive X.
    fn listed_receivers(&mut self, ctx: &Ctx, r: &mut Reading, t: usize) {
        let (doc, a, b) = (ctx.doc, self.a, self.b);
        let lead = (a..t).all(|j| {
            doc.tokens[j].kind == TokKind::Punct || matches!(doc.tok_lower(j), "tới" | "ra" | "đến")
        });
        if !(lead && r.kind == ActionType::Receive && !r.targets.is_empty()) {
            return;
        }
        if let Some(c) = Some(self.ix.next(doc, "có", r.end)).filter(|&c| c < b) {
            let listed: Vec<Party> = ctx
                .parties_in(c + 1, b)
                .into_iter()
                .map(|x| x.1)
                .filter(|p| !matches!(p, Party::Place(_) | Party::Event(_)) && ctx.usable(p))
                .collect();
            if !listed.is_empty() {
                r.actors = listed;
                r.end = b;
            }
        }
    }

    /// "X và Y ký …", "X và Y hội đàm", "X và Y chứng kiến lễ ký": both sides.
    fn pair_sides(&mut self, ctx: &Ctx, r: &mut Reading, t: usize) {
        if !matches!(
            r.kind,
            ActionType::Sign
                | ActionType::Talks
                | ActionType::EstablishRelations
                | ActionType::Attend
        ) {
            return;
        }
        let Some((x, y)) = pair_before(ctx, &mut self.clause_walk, t) else { return };
        if r.kind == ActionType::Attend {
            r.actors = vec![x, y];
        } else if r.targets.is_empty() || r.targets.iter().all(|p| matches!(p, Party::Place(_))) {
            if let Some(p) = r.targets.first().filter(|p| matches!(p, Party::Place(_))) {
                r.places = vec![p.clone()];
            }
            r.actors = vec![x];
            r.targets = vec![y];
        }
    }
}

/// Keep the parties that can act: usable ones; a place visits only as the article's city (its
/// delegation: not "Malaysia" in "thăm Malaysia trong chuyến công du châu Á"); a company's deal
/// with a company is business, not diplomacy; a bare "hội nghị" is attended by a person; a
/// sports event is attended by players, not in diplomacy.
fn keep_usable(ctx: &Ctx, r: &mut Reading) {
    let kind = r.kind;
    r.actors.retain(|p| ctx.usable(p));
    // a country or city attends nothing (its people do)
    if kind == ActionType::Attend {
        r.actors.retain(|p| !matches!(p, Party::Place(_)));
    }
    if kind == ActionType::Visit {
        r.actors.retain(|p| !matches!(p, Party::Place(k) if Some(*k) != ctx.main_city));
    }
    let company = |p: &Party| match p {
        Party::Org(k) => {
            ctx.ents.organizations.get(*k).is_some_and(|o| o.kind == OrganizationKind::Company)
        }
        _ => false,
    };
    if r.actors.iter().all(company) {
        r.targets.retain(|p| !company(p));
    }
    r.targets
        .retain(|p| ctx.usable(p) || matches!(p, Party::Role(_)) && kind == ActionType::Attend);
    // a player at a tournament is sport, not diplomacy ("vừa dự World Cup U20")
    let sport = |p: &Party| matches!(p, Party::Event(k) if ctx.events.get(*k).is_some_and(|e| e.kind == EventKind::Sport));
    r.targets.retain(|p| !sport(p));
    if kind == ActionType::Attend && r.targets.iter().all(|p| matches!(p, Party::Role(_))) {
        r.actors.retain(|p| matches!(p, Party::Person(_)));
    }
}

/// The actions of one reading: one per actor and other side (or place of a visit), each fact
/// once — the same act with the same other side is one, whether or not this mention says where.
fn emit(
    ctx: &Ctx,
    r: &Reading,
    date: Option<String>,
    span: &crate::model::Span,
    found: &mut Found,
) {
    let kind = r.kind;
    let actor_names: Vec<String> = r.actors.iter().filter_map(|p| ctx.name(p)).collect();
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
            let key = (
                kind,
                actor.clone(),
                counterpart.clone(),
                if counterpart.is_none() { location.clone() } else { None },
            );
            if let Some(&k) = found.seen.get(&key) {
                let known: &mut Action = &mut found.out[k];
                if known.location.is_none() {
                    known.location = location;
                }
            } else {
                found.seen.insert(key, found.out.len());
                found.out.push(Action {
                    kind,
                    actor: Some(actor.clone()),
                    counterpart,
                    location,
                    date: date.clone(),
                    span: span.clone(),
                });
            }
        };
        if kind == ActionType::Visit && r.needs == "place" {
            for p in &r.places {
                push(None, ctx.name(p));
            }
        } else {
            for p in &r.targets {
                let loc = r.places.first().and_then(|x| ctx.name(x));
                push(ctx.name(p), loc);
            }
        }
    }
}

/// "Y được X tiếp" (X the party right before the verb at `t`, "được" right before X): the
/// agent X and the one received, Y (the actor before "được"). `raw` walks the clause from its
/// start, `actor` from past its lead phrase (as [`Ctx::actor_before`] reads).
fn passive(ctx: &Ctx, raw: &mut Walk, actor: &mut Walk, t: usize) -> Option<(Party, Party)> {
    let doc = ctx.doc;
    // the parties that end at `t` or one word before it: the last two of the walk at most
    let ps = raw.since(ctx, t, t.saturating_sub(1));
    let (s, agent, _) = ps
        .iter()
        .rev()
        .find(|(_, _, e)| *e == t || *e + 1 == t && matches!(doc.tok_lower(t - 1), "đã" | "sẽ"))?;
    if *s == 0 || doc.tok_lower(s - 1) != "được" || !ctx.usable(agent) {
        return None;
    }
    // the clause past its lead phrase is the same for `s - 1` as for `t` unless a lead word or
    // a comma lies between (then read it directly)
    let same_lead = actor.start < *s
        && (s - 1..t).all(|j| doc.tok_text(j) != "," && !is_lead_word(doc, raw.start, j));
    let patient = if same_lead {
        actor.actor_before(ctx, s - 1)?
    } else {
        ctx.actor_before(raw.start, s - 1)?
    };
    Some((agent.clone(), patient))
}

/// "X và Y (đã) ký …" before the verb at `t`: X and Y, both persons or both bodies/places.
/// Y ends within two words of the verb; X ends right at the "và" before Y. `walk` reads the
/// clause past its lead phrase.
fn pair_before(ctx: &Ctx, walk: &mut Walk, t: usize) -> Option<(Party, Party)> {
    let doc = ctx.doc;
    let a = walk.start;
    let keep = |p: &Party| !matches!(p, Party::Event(_)) && ctx.usable(p);
    // the last kept party must end within two words of `t`
    let ps: Vec<_> =
        walk.since(ctx, t, t.saturating_sub(2)).into_iter().filter(|x| keep(&x.1)).collect();
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
    let (_, x, _) = walk.since(ctx, t, va).into_iter().find(|(_, p, e)| *e == va && keep(p))?;
    (person(&x) == person(y) && x != *y).then(|| (x, y.clone()))
}

/// "giữa A và B" after token `i`: the first party after "giữa" and the first after its "và".
fn between(
    ctx: &Ctx,
    ix: &mut SentIndex,
    i: usize,
    b: usize,
    window: usize,
) -> (Option<Party>, Option<Party>) {
    let doc = ctx.doc;
    let g = match (i..b.min(i + window)).find(|&j| doc.tok_lower(j) == "giữa") {
        Some(g) => g,
        None => return (None, None),
    };
    // the walk of `parties_in(g + 1, b)`, read only up to the first party after "và"
    let party = |j: usize| ctx.parties.at(j).map(|x| x.0.clone());
    let first = ix.first_party(ctx, g + 1);
    let va = first.map(|(_, e)| ix.next(doc, "và", e)).filter(|&v| v < b);
    let mut second = None;
    if let (Some((mut s, mut e)), Some(v)) = (first, va) {
        while s <= v {
            match ix.first_party(ctx, e.max(s + 1)) {
                Some(x) => (s, e) = x,
                None => break,
            }
        }
        if s > v {
            second = Some(s);
        }
    }
    // "lãnh đạo TP.HCM": a place inside a group stands for it
    (first.and_then(|x| party(x.0)), second.and_then(party))
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
    // the body right after the verb: visited when no place follows ("thăm Bảo tàng …"; not
    // "thăm các bệnh nhân tại Bệnh viện …", where the people are visited)
    let mut body: Option<(Party, usize)> = None;
    while j < b && gap <= 3 {
        if let Some((p, e)) = ctx.parties.at(j) {
            if out.is_empty() && body.is_none() && gap == 0 && matches!(p, Party::Org(_)) {
                body = Some((p.clone(), *e));
            }
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
    if out.is_empty() {
        if let Some((p, e)) = body {
            return (vec![p], e);
        }
    }
    (out, end)
}

/// The other side after a verb: persons, bodies, roles; `aggregate` when a number comes first.
fn parties_after(ctx: &Ctx, i: usize, b: usize, kind: ActionType) -> (Vec<Party>, usize, bool) {
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
        // "hợp tác" is a filler, "hợp đồng" (a contract) is business
        let contract = w == "hợp" && (j + 1 >= b || doc.tok_lower(j + 1) != "tác");
        if t.kind == TokKind::Punct || !FILLER.contains(&w) || w == "tại" || contract {
            return (Vec::new(), j, false);
        }
        j += 1;
        skipped += 1;
    }
    let mut out = Vec::new();
    let mut end = j;
    while j < b {
        match ctx.parties.at(j) {
            Some((p, e)) if !matches!(p, Party::Event(_)) || kind == ActionType::Attend => {
                // the place in "Đại sứ Hàn Quốc tại Việt Nam" belongs to the role or person before
                out.push(p.clone());
                end = *e;
                j = *e;
                // "Đại sứ A và Đại sứ B", "A, B"; in a list of places, "thành phố B, tỉnh C"
                // and a name not known as a place passed over ("Moskva, thành phố X, Y")
                let places = out.iter().all(|x| matches!(x, Party::Place(_)));
                match next_in_list(ctx, j, b, places) {
                    Some(k) => {
                        j = k;
                        continue;
                    }
                    None => break,
                }
            }
            _ => break,
        }
    }
    // a place alone after "tiếp" is not the other side of a reception ("đón … tại Hà Nội")
    if kind == ActionType::Receive && out.iter().all(|p| matches!(p, Party::Place(_))) {
        out.clear();
    }
    (out, end, false)
}

/// The start of the next party of a list after the party ending at `j` ("A và B", "A, B"):
/// after a separator, a place only in a list of places (`places`), which may name its kind
/// first ("thành phố", "tỉnh", "thủ đô") and pass over up to two items not known as places
/// (capitalised words up to the next separator).
fn next_in_list(ctx: &Ctx, mut j: usize, b: usize, places: bool) -> Option<usize> {
    let doc = ctx.doc;
    let sep = |k: usize| k < b && matches!(doc.tok_lower(k), "và" | ",");
    let kind_word = |k: usize| {
        k < b && matches!(doc.tok_lower(k), "thành" | "phố" | "tỉnh" | "thủ" | "đô" | "bang")
    };
    for _ in 0..3 {
        if !sep(j) {
            return None;
        }
        let mut k = j + 1;
        if places {
            while kind_word(k) && ctx.parties.at(k).is_none() {
                k += 1;
            }
        }
        match ctx.parties.at(k) {
            Some((p, _)) if !matches!(p, Party::Place(_)) || places => return Some(k),
            Some(_) => return None,
            None if places => {
                // an unknown name in the list: capitalised words up to the next separator
                let mut m = k;
                while m < b && doc.tokens[m].kind == TokKind::Word && doc.tokens[m].cap {
                    m += 1;
                }
                if m == k || m - k > 4 {
                    return None;
                }
                j = m;
            }
            None => return None,
        }
    }
    None
}

/// Roles and persons listed after "là", "như", ":" from token `i` to the end of the sentence of
/// `ix`: the delegations received (read once per list).
fn listed_roles(ctx: &Ctx, ix: &mut SentIndex, i: usize) -> Vec<Party> {
    let b = ix.b;
    let start = match ix.next(ctx.doc, "listing", i) {
        s if s < b => s + 1,
        _ => return Vec::new(),
    };
    ix.listed
        .entry(start)
        .or_insert_with(|| {
            ctx.parties_in(start, b)
                .into_iter()
                .filter(|(_, p, _)| matches!(p, Party::Role(_) | Party::Person(_)))
                .map(|x| x.1)
                .collect()
        })
        .clone()
}

/// Recipients of an award: "cho" + person or body; "cho các cá nhân … tại Sở Ngoại vụ" → the body.
fn recipients(ctx: &Ctx, ix: &mut SentIndex, i: usize, b: usize) -> (Vec<Party>, usize) {
    let doc = ctx.doc;
    let cho = match (i..b.min(i + 20)).find(|&j| doc.tok_lower(j) == "cho") {
        Some(c) => c,
        None => return (Vec::new(), i),
    };
    if let Some((s, e)) = ix.first_party(ctx, cho + 1) {
        let p = ctx.parties.at(s).map(|x| &x.0);
        let direct = ix.next(doc, "nonfiller", cho + 1) >= s;
        if let Some(p) =
            p.filter(|p| direct && matches!(p, Party::Person(_) | Party::Org(_) | Party::Role(_)))
        {
            return (vec![p.clone()], e);
        }
    }
    // "cho các cá nhân, tập thể tại Sở Ngoại vụ"
    if let Some(tai) = Some(ix.next(doc, "tại", cho)).filter(|&x| x < b) {
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

#[cfg(test)]
mod tests {
    use crate::model::ActionType;
    use crate::{extract, Options};

    /// (type, actor, counterpart or location) of every action of `text`.
    fn actions(text: &str) -> Vec<(ActionType, String, String)> {
        let options = Options { reference_date: Some("2025-06-15".into()) };
        extract(text, &options)
            .actions
            .into_iter()
            .map(|a| {
                let other = a.counterpart.or(a.location).unwrap_or_default();
                (a.kind, a.actor.unwrap_or_default(), other)
            })
            .collect()
    }

    #[test]
    fn verbs_of_the_lexicon_with_their_sides() {
        let a = actions("Chủ tịch nước Lương Cường tiếp Đại sứ Hoa Kỳ Marc Knapper.");
        assert_eq!(a, [(ActionType::Receive, "Lương Cường".into(), "Marc Knapper".into())]);
        let a = actions("Bộ trưởng Bùi Thanh Sơn thăm chính thức Mông Cổ.");
        assert_eq!(a, [(ActionType::Visit, "Bùi Thanh Sơn".into(), "Mông Cổ".into())]);
    }

    #[test]
    fn a_verb_inside_another_word_is_no_action() {
        assert!(actions("Thủ tướng Phạm Minh Chính tiếp tục chỉ đạo các bộ ngành.").is_empty());
    }

    #[test]
    fn without_a_subject_the_actor_is_the_article_city() {
        // named three times (the article is about it), more than any other place
        let t = "TP.HCM là trung tâm kinh tế, TP.HCM là thành phố lớn. TP.HCM có nhiều khách, Hà Nội cũng vậy.\nThứ hai, đã đón đoàn Tổng thống Đức.";
        let a = actions(t);
        assert_eq!(
            a,
            [(ActionType::Receive, "Thành phố Hồ Chí Minh".into(), "Tổng thống Đức".into())]
        );
    }

    #[test]
    fn the_same_action_once() {
        let a =
            actions("Thủ tướng Phạm Minh Chính tiếp Đại sứ Ito Naoki và tiếp Đại sứ Ito Naoki.");
        assert_eq!(a.len(), 1, "{a:?}");
    }
}
