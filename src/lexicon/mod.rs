//! Lexicon data (TSV files in `src/lexicons/`, compiled in) and the token gazetteer that
//! finds their entries in a document.
//!
//! Matching is on tokens, so it ignores letter case (except where an entry asks for capitals),
//! tone placement and NFC/NFD (both sides are normalised the same way), and spacing around
//! punctuation: "TP.HCM", "TP. HCM" and "Tp.HCM" are the same key; "Bà Rịa-Vũng Tàu" and
//! "Bà Rịa – Vũng Tàu" too.

use crate::text::document::{canon_punct, Doc, FxBuild, TokKind};
use std::collections::HashMap;

/// Data rows of a lexicon TSV: comment lines (`#`) and the header row are skipped.
pub fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// A `|`-separated list field.
pub fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// The key of one token as the gazetteer compares it.
pub fn token_key(doc: &Doc, i: usize) -> String {
    let t = doc.tokens[i];
    match t.kind {
        TokKind::Punct => doc.tok_text(i).chars().map(canon_punct).collect(),
        _ => doc.tok_lower(i).to_string(),
    }
}

/// Token keys of a lexicon surface form (their hashes), and which tokens start with a capital.
pub fn surface_keys(surface: &str) -> (Vec<u64>, Vec<bool>) {
    Doc::keys_of(surface)
}

/// One entry of a gazetteer for a surface form.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// Index of the entry in the gazetteer's owner table.
    pub id: u32,
    /// This surface form is weak: the text must give context before it counts.
    pub weak: bool,
}

/// A match of a gazetteer in a document.
#[derive(Debug, Clone)]
pub struct Match<'g> {
    /// Token range [start, end).
    pub start: usize,
    pub end: usize,
    pub hits: &'g [Hit],
}

/// A dictionary of token sequences, as a trie over token-key hashes: each step of a match is
/// one lookup of (node, token hash), so matching allocates nothing.
#[derive(Default)]
pub struct Gazetteer {
    edges: HashMap<(u32, u64), u32, FxBuild>,
    /// per node: the entries ending there and which tokens must be capitalised
    terminal: Vec<Option<(Vec<Hit>, Vec<bool>)>>,
    /// when true, capitals of the surface form must be capitals in the text
    case_sensitive: bool,
}

impl Gazetteer {
    pub fn new(case_sensitive: bool) -> Gazetteer {
        Gazetteer { edges: HashMap::default(), terminal: vec![None], case_sensitive }
    }

    /// Add a surface form for entry `id`.
    pub fn add(&mut self, surface: &str, id: u32, weak: bool) {
        let (keys, caps) = surface_keys(surface);
        if keys.is_empty() {
            return;
        }
        let mut node = 0u32;
        for k in keys {
            let next = self.terminal.len() as u32;
            node = *self.edges.entry((node, k)).or_insert_with(|| next);
            if node == next {
                self.terminal.push(None);
            }
        }
        let slot = self.terminal[node as usize].get_or_insert_with(|| (Vec::new(), caps.clone()));
        // a token must be capitalised only if every surface with this key capitalises it
        for (a, b) in slot.1.iter_mut().zip(caps.iter()) {
            *a = *a && *b;
        }
        if let Some(h) = slot.0.iter_mut().find(|h| h.id == id) {
            h.weak = h.weak && weak;
        } else {
            slot.0.push(Hit { id, weak });
        }
    }

    /// Can an entry start with token `i`?
    #[inline]
    pub fn starts(&self, doc: &Doc, i: usize) -> bool {
        doc.tok_hash.get(i).map(|h| self.edges.contains_key(&(0, *h))).unwrap_or(false)
    }

    /// The longest entry starting at token `i` (within its line), if any.
    pub fn longest_at(&self, doc: &Doc, i: usize) -> Option<Match<'_>> {
        let first = *doc.tok_hash.get(i)?;
        let mut node = *self.edges.get(&(0, first))?;
        let line = doc.tline(i);
        let mut j = i;
        let mut best: Option<(usize, &Vec<Hit>)> = None;
        loop {
            if let Some((hits, caps)) = &self.terminal[node as usize] {
                let case_ok = !self.case_sensitive
                    || caps.iter().enumerate().all(|(k, &c)| !c || doc.tokens[i + k].cap);
                // the match must end on a token boundary that is not glued to a following letter
                let glued = doc
                    .tokens
                    .get(j + 1)
                    .map(|t| {
                        t.start == doc.tokens[j].end
                            && t.kind != TokKind::Punct
                            && doc.tokens[j].kind != TokKind::Punct
                    })
                    .unwrap_or(false);
                if case_ok && !glued {
                    best = Some((j + 1, hits));
                }
            }
            j += 1;
            if j >= doc.tokens.len() || doc.tline(j) != line {
                break;
            }
            match self.edges.get(&(node, doc.tok_hash[j])) {
                Some(&n) => node = n,
                None => break,
            }
        }
        best.map(|(end, hits)| Match { start: i, end, hits: hits.as_slice() })
    }

    /// Does some entry read exactly `prefix` (surface keys, e.g. of "Thành phố") followed by the
    /// tokens [i, end) of the document?
    pub fn matches_exactly(&self, prefix: &[u64], doc: &Doc, i: usize, end: usize) -> bool {
        let mut node = 0u32;
        for h in prefix.iter().copied().chain((i..end).map(|j| doc.tok_hash[j])) {
            match self.edges.get(&(node, h)) {
                Some(&n) => node = n,
                None => return false,
            }
        }
        self.terminal[node as usize].is_some()
    }

    /// Leftmost-longest, non-overlapping matches over the whole document.
    pub fn find_all(&self, doc: &Doc) -> Vec<Match<'_>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            // an entry starts at a token not glued to a preceding letter
            let glued = i > 0
                && doc.tokens[i - 1].end == doc.tokens[i].start
                && doc.tokens[i - 1].kind == TokKind::Word
                && doc.tokens[i].kind == TokKind::Word;
            if !glued && self.starts(doc, i) {
                if let Some(m) = self.longest_at(doc, i) {
                    i = m.end;
                    out.push(m);
                    continue;
                }
            }
            i += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_spacing_case_and_tone_placement() {
        let mut g = Gazetteer::new(true);
        g.add("TP.HCM", 1, false);
        g.add("Khánh Hòa", 2, false);
        g.add("Bà Rịa - Vũng Tàu", 3, false);
        let d = Doc::new("Ở TP. HCM, Khánh Hoà và Bà Rịa–Vũng Tàu; khánh hòa thì không.");
        let ids: Vec<u32> = g.find_all(&d).iter().map(|m| m.hits[0].id).collect();
        assert_eq!(ids, [1, 2, 3]);
    }
}
