//! A token-level index of what earlier stages recognised (dates, places, bodies, people), for
//! the recognisers that read phrases made of them: documents, events, quotes and actions.

use crate::entities::Entities;
use crate::text::document::Doc;
use crate::time::resolve::Resolved;
use std::ops::Range;

/// What starts at a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// index into the resolved dates
    Date(usize),
    /// index into `Entities::place_mentions`
    Place(usize),
    /// index into `Entities::org_mentions`
    Org(usize),
    /// index into `Entities::person_mentions`
    Person(usize),
}

pub struct Annot {
    /// Items by first token, flat (the items starting at token `i` are
    /// `items[first[i]..first[i + 1]]`, longest first): a few bytes per token, not a list each.
    first: Vec<u32>,
    items: Vec<(Item, usize)>,
    /// The resolved date covering each token, as index + 1 (0: none).
    date_of: Vec<u32>,
}

impl Annot {
    pub fn new(doc: &Doc, dates: &[Resolved], ents: &Entities) -> Annot {
        let n = doc.tokens.len();
        // (first token, item, end token), in the order items are listed at a token
        let mut all: Vec<(usize, Item, usize)> = Vec::new();
        let mut date_of = vec![0u32; n];
        let tok_range =
            |r: &Range<usize>| doc.token_at_or_after(r.start)..doc.token_at_or_after(r.end);
        for (k, d) in dates.iter().enumerate() {
            let t = tok_range(&d.range);
            for x in t.clone() {
                if x < n {
                    date_of[x] = k as u32 + 1;
                }
            }
            all.push((t.start, Item::Date(k), t.end));
        }
        for (k, p) in ents
            .place_mentions
            .iter()
            .enumerate()
            .filter(|(k, _)| ents.location_of.get(*k).copied().flatten().is_some())
        {
            all.push((p.toks.start, Item::Place(k), p.toks.end));
        }
        for (k, o) in ents.org_mentions.iter().enumerate() {
            all.push((o.toks.start, Item::Org(k), o.toks.end));
        }
        for (k, p) in ents.person_mentions.iter().enumerate() {
            all.push((p.toks.start, Item::Person(k), p.toks.end));
        }
        // by token, longest first; a stable sort keeps the listing order on ties
        all.retain(|x| x.0 <= n);
        all.sort_by_key(|&(s, _, e)| (s, std::cmp::Reverse(e)));
        let mut first = vec![0u32; n + 2];
        for &(s, _, _) in &all {
            first[s + 1] += 1;
        }
        for i in 1..first.len() {
            first[i] += first[i - 1];
        }
        let items = all.into_iter().map(|(_, it, e)| (it, e)).collect();
        Annot { first, items, date_of }
    }

    pub fn at(&self, i: usize) -> &[(Item, usize)] {
        match (self.first.get(i), self.first.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }

    pub fn date_at(&self, i: usize) -> Option<(usize, usize)> {
        self.at(i)
            .iter()
            .find_map(|(it, e)| if let Item::Date(k) = it { Some((*k, *e)) } else { None })
    }

    pub fn place_at(&self, i: usize) -> Option<(usize, usize)> {
        self.at(i)
            .iter()
            .find_map(|(it, e)| if let Item::Place(k) = it { Some((*k, *e)) } else { None })
    }

    pub fn org_at(&self, i: usize) -> Option<(usize, usize)> {
        self.at(i)
            .iter()
            .find_map(|(it, e)| if let Item::Org(k) = it { Some((*k, *e)) } else { None })
    }

    pub fn person_at(&self, i: usize) -> Option<(usize, usize)> {
        self.at(i)
            .iter()
            .find_map(|(it, e)| if let Item::Person(k) = it { Some((*k, *e)) } else { None })
    }

    /// The resolved date covering token `i`.
    pub fn date_covering(&self, i: usize) -> Option<usize> {
        self.date_of.get(i).and_then(|&k| (k as usize).checked_sub(1))
    }
}
