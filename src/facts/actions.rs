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
use crate::model::{Action, ActionType, EventKind, EventRef, Grain};
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
        // that only one person holds ("Chủ tịch UBND tỉnh Quảng Ninh") is that person
        for r in &ents.roles {
            let p = role_holder(ents, &r.text)
                .map(Party::Person)
                .unwrap_or_else(|| Party::Role(r.text.clone()));
            put(r.toks.start, r.toks.end, p);
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

/// The one person with a title containing every word of `role`.
fn role_holder(ents: &Entities, role: &str) -> Option<usize> {
    let rw = words_of(role);
    if rw.len() < 2 {
        return None;
    }
    let holders: Vec<usize> = ents
        .people
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.titles.iter().any(|t| {
                let tw = words_of(t);
                rw.iter().all(|w| tw.contains(w))
            })
        })
        .map(|(i, _)| i)
        .collect();
    (holders.len() == 1).then(|| holders[0])
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
    /// for each prefix of `elems`: the last person in it, the last party that is not an event
    last_person: Vec<Option<usize>>,
    last_other: Vec<Option<usize>>,
    first_person: Option<usize>,
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
                    let lp = if person { Some(k) } else { self.last_person[k] };
                    let lo =
                        if !matches!(p, Party::Event(_)) { Some(k) } else { self.last_other[k] };
                    self.last_person.push(lp);
                    self.last_other.push(lo);
                    if person && self.first_person.is_none() {
                        self.first_person = Some(k);
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

    /// [`Ctx::actor_before`]`(start, t)`.
    fn actor_before(&mut self, ctx: &Ctx, t: usize) -> Option<Party> {
        let (n, tail) = self.split(ctx, t);
        let tail = tail.map(|s| ctx.parties_in(s, t)).unwrap_or_default();
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

    /// The first person of `parties_in(start, t)`.
    fn first_person(&mut self, ctx: &Ctx, t: usize) -> Option<Party> {
        let (n, tail) = self.split(ctx, t);
        if let Some(k) = self.first_person.filter(|&k| k < n) {
            return Some(self.party(ctx, k));
        }
        let s = tail?;
        ctx.parties_in(s, t).into_iter().map(|x| x.1).find(|p| matches!(p, Party::Person(_)))
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
        if j >= b {
            return None;
        }
        let v = self.first_person.get_or_insert_with(|| {
            // along the walk: at a party, the person is it or the first after its end
            let mut v = vec![b as u32; b - a + 1];
            for x in (a..b).rev() {
                v[x - a] = match ctx.parties.at(x) {
                    Some((p, e)) if *e <= b => {
                        if matches!(p, Party::Person(_)) {
                            x as u32
                        } else {
                            v[(*e).max(x + 1) - a]
                        }
                    }
                    _ => v[x - a + 1],
                };
            }
            v
        });
        let s = v[j.max(a) - a] as usize;
        if s < b {
            ctx.parties.at(s).map(|x| x.0.clone())
        } else {
            None
        }
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
    // the article's city, as the entities settled it
    let main_city = ents.main_city;
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
                .map(|&e| {
                    matches!(
                        events[e].kind,
                        EventKind::Conference | EventKind::Ceremony | EventKind::Forum
                    )
                })
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
    let mut seen: std::collections::HashSet<
        (ActionType, String, Option<String>, Option<String>),
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
        let mut ix = SentIndex::new(a, b);
        let mut next_ix: Option<SentIndex> = None;
        let own_date: std::cell::OnceCell<Option<String>> = Default::default();
        let sent_span: std::cell::OnceCell<crate::model::Span> = Default::default();
        // the clause of the verb: after the last ";" or ":" before it, found as `t` moves right
        let (mut sep_scan, mut clause) = (a, a);
        let mut clause_walk = Walk::new(a, b);
        let mut sentence_walk = Walk::new(a, b);
        while t < b {
            let m = match VERBS.gaz.longest_at(doc, t) {
                Some(m) if t >= consumed_to => m,
                _ => {
                    t += 1;
                    continue;
                }
            };
            let (kind, needs) = VERBS.info[m.hits[0].id as usize];
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
            let own = own_date.get_or_init(|| sentence_date(dates, &s.range));
            let date = date_for(doc, own, scope, doc.tokens[t].start);
            let span = sent_span.get_or_init(|| doc.span(s.range.clone()));
            while sep_scan < t {
                if matches!(doc.tok_text(sep_scan), ";" | ":") {
                    clause = sep_scan + 1;
                }
                sep_scan += 1;
            }
            if clause_walk.start != clause {
                clause_walk = Walk::new(clause, b);
            }
            let mut actors: Vec<Party> = clause_walk.actor_before(&ctx, t).into_iter().collect();
            // "giữa A và B": actor A, other side B
            let (giua_a, giua_b) = between(&ctx, &mut ix, m.end, b, 3);
            let mut targets: Vec<Party> = Vec::new();
            let mut places: Vec<Party> = Vec::new();
            let mut end;
            match needs {
                "place" => {
                    let (ps, e) = places_after(&ctx, m.end, b);
                    places = ps;
                    end = e;
                    // "chuyến thăm của X tới Y": X visits; "(trong khuôn khổ) chuyến thăm … tới Y":
                    // the subject of the sentence visits
                    if prev == "chuyến" {
                        if m.end < b && next == "của" {
                            if let Some((_, p, _)) =
                                ctx.parties_in(m.end + 1, (m.end + 8).min(b)).first()
                            {
                                actors = vec![p.clone()];
                            }
                        } else if let Some(p) = sentence_walk.first_person(&ctx, t) {
                            actors = vec![p];
                        }
                    }
                }
                "party" | "host" => {
                    if let (Some(x), Some(y)) = (giua_a.clone(), giua_b.clone()) {
                        if actors.is_empty()
                            || matches!(
                                kind,
                                ActionType::Talks
                                    | ActionType::Sign
                                    | ActionType::EstablishRelations
                            )
                        {
                            actors = vec![x];
                        }
                        targets = vec![y];
                        end = b;
                    } else if let Some((x, y, e)) = pair_after(&ctx, m.end, b).filter(|_| {
                        matches!(
                            kind,
                            ActionType::EstablishRelations | ActionType::Talks | ActionType::Sign
                        )
                    }) {
                        // "nâng cấp quan hệ Việt Nam - Chile"
                        actors = vec![x];
                        targets = vec![y];
                        end = e;
                    } else {
                        let (mut ts, e, aggregate) = parties_after(&ctx, m.end, b, kind);
                        // "gặp", "làm việc với" a country is a match or a trip, not talks
                        let weak_verb = matches!(first, "gặp" | "làm" | "trao" | "buổi");
                        if kind == ActionType::Talks && weak_verb {
                            ts.retain(|p| !matches!(p, Party::Place(_)));
                        }
                        targets = ts;
                        end = e;
                        if targets.is_empty() && aggregate && kind == ActionType::Receive {
                            // "đón hơn 40 đoàn …, nổi bật là các đoàn Tổng thống Đức, …" or the
                            // next sentence "Tiêu biểu trong đó có các đoàn cấp cao như: …"
                            targets = listed_roles(&ctx, &mut ix, e);
                            if targets.is_empty() {
                                if let Some((na, nb)) = next_sentence {
                                    let lead = doc.tok_lower(na);
                                    if matches!(lead, "tiêu" | "nổi" | "trong" | "đặc" | "điển")
                                    {
                                        // read once per sentence, however many verbs ask
                                        let next_ix =
                                            next_ix.get_or_insert_with(|| SentIndex::new(na, nb));
                                        targets = listed_roles(&ctx, next_ix, na);
                                        consumed_to = nb;
                                    }
                                }
                            }
                        }
                        if targets.is_empty()
                            && matches!(kind, ActionType::Sign | ActionType::EstablishRelations)
                        {
                            // "ký kết Biên bản ghi nhớ … giữa A và B": inside the document's name
                            let (x, y) = between(&ctx, &mut ix, m.end, b, 20);
                            if let (Some(x), Some(y)) = (x, y) {
                                actors = vec![x];
                                targets = vec![y];
                            }
                        }
                    }
                    if needs == "host" {
                        // "X chào xã giao Y": Y receives X
                        if let Some(h) = targets.first().cloned() {
                            targets = actors.clone();
                            actors = vec![h];
                        }
                    }
                }
                "recipient" => {
                    let (ts, e) = recipients(&ctx, &mut ix, m.end, b);
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
                            if let Some(p) = ix.first_person(&ctx, end) {
                                actors = vec![p];
                            }
                        }
                    }
                }
            }
            if actors.is_empty()
                && !matches!(kind, ActionType::Attend | ActionType::Award)
                && !(targets.is_empty() && places.is_empty())
            {
                if let Some(c) = ctx.main_city {
                    actors = vec![Party::Place(c)];
                }
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
                    let key = (kind, actor.clone(), counterpart.clone(), location.clone());
                    if seen.insert(key) {
                        out.push(Action {
                            kind,
                            actor: Some(actor.clone()),
                            counterpart,
                            location,
                            date: date.clone(),
                            span: span.clone(),
                        });
                    }
                };
                if kind == ActionType::Visit {
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
            consumed_to = consumed_to.max(end);
            t = m.end.max(t + 1);
        }
    }
    out
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
                    // "Mỹ và Úc": go on after "và"; stop at a comma
                    if j < b && doc.tok_lower(j) == "và" {
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
        if matches!(w, "," | "." | ";" | ":" | "(" | ")") {
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
        if t.kind == TokKind::Punct || !FILLER.contains(&w) {
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
    if kind == ActionType::Receive && out.iter().all(|p| matches!(p, Party::Place(_))) {
        out.clear();
    }
    (out, end, false)
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
            return match ctx.main_event {
                Some(k) => (Some(Party::Event(k)), e),
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
        let t = "TP.HCM là trung tâm kinh tế. TP.HCM có nhiều khách, Hà Nội cũng vậy.\nThứ hai, đã đón đoàn Tổng thống Đức.";
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
