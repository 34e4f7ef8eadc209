//! A token-level index of what earlier stages recognised (dates, places, bodies, people), for
//! the recognisers that read phrases made of them: documents, events, quotes and actions.

use crate::entities::Entities;
use crate::text::document::Doc;
use crate::time::dates::Resolved;
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
    /// items starting at each token, with their end token, longest first
    at: Vec<Vec<(Item, usize)>>,
    /// per token: the resolved date covering it
    date_of: Vec<Option<usize>>,
}

impl Annot {
    pub fn new(doc: &Doc, dates: &[Resolved], ents: &Entities) -> Annot {
        let n = doc.tokens.len();
        let mut at: Vec<Vec<(Item, usize)>> = vec![Vec::new(); n + 1];
        let mut date_of = vec![None; n];
        let tok_range =
            |r: &Range<usize>| doc.token_at_or_after(r.start)..doc.token_at_or_after(r.end);
        for (k, d) in dates.iter().enumerate() {
            let t = tok_range(&d.range);
            for x in t.clone() {
                if x < n {
                    date_of[x] = Some(k);
                }
            }
            if let Some(v) = at.get_mut(t.start) {
                v.push((Item::Date(k), t.end));
            }
        }
        for (k, p) in ents
            .place_mentions
            .iter()
            .enumerate()
            .filter(|(k, _)| ents.location_of.get(*k).copied().flatten().is_some())
        {
            if let Some(v) = at.get_mut(p.toks.start) {
                v.push((Item::Place(k), p.toks.end));
            }
        }
        for (k, o) in ents.org_mentions.iter().enumerate() {
            if let Some(v) = at.get_mut(o.toks.start) {
                v.push((Item::Org(k), o.toks.end));
            }
        }
        for (k, p) in ents.person_mentions.iter().enumerate() {
            if let Some(v) = at.get_mut(p.toks.start) {
                v.push((Item::Person(k), p.toks.end));
            }
        }
        for v in at.iter_mut().filter(|v| v.len() > 1) {
            v.sort_by_key(|(_, e)| std::cmp::Reverse(*e));
        }
        Annot { at, date_of }
    }

    /// The items starting at token `i`, longest first.
    pub fn at(&self, i: usize) -> &[(Item, usize)] {
        self.at.get(i).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// The end of the longest item starting at `i` (or `i` when none).
    pub fn item_end(&self, i: usize) -> usize {
        self.at(i).first().map(|x| x.1).unwrap_or(i)
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
        self.date_of.get(i).copied().flatten()
    }
}
