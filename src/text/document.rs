//! The document every recogniser reads: the normalised text, a lower-cased copy with the
//! same byte layout, the tokens, the segmentation, and the conversion of internal byte
//! ranges into the contract's UTF-16 [`Span`]s of the original input.

use crate::model::Span;
use crate::text::chars::{canon_punct, is_letter, is_mark, is_upper, lower_char};
use crate::text::normalize::Normalized;
use crate::text::segment::{self, Segmentation};
use std::hash::Hasher;
use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and combining marks).
    Word,
    /// ASCII digits.
    Num,
    /// One punctuation or symbol character.
    Punct,
}

/// A token of the normalised text. Whitespace is not a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// First character is upper case (words only).
    pub cap: bool,
    /// Every letter is upper case and there are at least two (words only).
    pub upper: bool,
}

/// Converts byte offsets of the original text into UTF-16 offsets, with checkpoints every
/// 512 bytes so that memory stays small and each lookup scans at most one block.
#[derive(Debug)]
struct Utf16Index {
    /// (byte offset, utf16 offset) at char boundaries, increasing.
    checkpoints: Vec<(usize, usize)>,
}

impl Utf16Index {
    fn new(s: &str) -> Utf16Index {
        let mut checkpoints = vec![(0usize, 0usize)];
        let mut u16pos = 0usize;
        let mut next = 64usize;
        for (i, c) in s.char_indices() {
            if i >= next {
                checkpoints.push((i, u16pos));
                next = i + 64;
            }
            u16pos += c.len_utf16();
        }
        Utf16Index { checkpoints }
    }

    fn to_utf16(&self, s: &str, byte: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(b, _)| b <= byte);
        let (b0, u0) = if k == 0 { (0, 0) } else { self.checkpoints[k - 1] };
        let end = byte.min(s.len());
        let mut u = u0;
        if let Some(seg) = s.get(b0..end) {
            for c in seg.chars() {
                u += c.len_utf16();
            }
        }
        u
    }
}

/// The analysed document.
pub struct Doc<'a> {
    /// The original input.
    pub orig: &'a str,
    norm: Normalized,
    /// Lower-cased normalised text; same byte length and char boundaries as `text()`.
    pub lower: String,
    pub tokens: Vec<Token>,
    pub seg: Segmentation,
    utf16: Utf16Index,
    /// Line index of each token.
    tok_line: Vec<u32>,
    /// Hash of each token's match key (see [`key_hash`]), for the gazetteers.
    pub tok_hash: Vec<u64>,
    /// Tokens inside a masked range (a byline, a photo credit): set by [`Doc::set_masks`];
    /// empty when nothing is masked.
    tok_masked: Vec<bool>,
}

/// A fast non-cryptographic hash (the Fx hash of rustc) of a token's match key: the lower-case
/// text of a word or number, the canonical form of a punctuation mark.
pub fn key_hash(key: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(key.as_bytes());
    h.finish()
}

/// The Fx hash (rustc-hash): fast for short keys, good enough for lookup tables.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(FX_SEED);
    }
}

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 56));
        }
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// `BuildHasher` for [`FxHasher`].
pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// A hash map with the Fx hash (the crate's lookup tables are not exposed to untrusted keys
/// in a way that matters: inputs only decide which keys are looked up).
pub type Map<K, V> = std::collections::HashMap<K, V, FxBuild>;

/// At most the first `n` bytes of `s`, cut at a character boundary: the window an anchored
/// pattern can match in (the regex engine's backtracker costs the haystack's length even when
/// the match is short).
pub fn head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn lower_same_len(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(lower_char(c));
    }
    out
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_letter(c) || is_mark(c) {
            let mut end = i + c.len_utf8();
            let mut n_letters = 1usize;
            let mut n_upper = usize::from(is_upper(c));
            while let Some(&(j, d)) = it.peek() {
                if is_letter(d) || is_mark(d) {
                    if !is_mark(d) {
                        n_letters += 1;
                        n_upper += usize::from(is_upper(d));
                    }
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            toks.push(Token {
                start: i,
                end,
                kind: TokKind::Word,
                cap: is_upper(c),
                upper: n_letters >= 2 && n_upper == n_letters,
            });
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            toks.push(Token { start: i, end, kind: TokKind::Num, cap: false, upper: false });
        } else {
            toks.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: TokKind::Punct,
                cap: false,
                upper: false,
            });
        }
    }
    // the guess above is rarely right: keep one token's bytes per token, not the growth slack
    toks.shrink_to_fit();
    toks
}

/// The match key of each token: the hash of its lower-cased text, or of its canonical
/// punctuation.
fn token_keys(text: &str, lower: &str, tokens: &[Token]) -> Vec<u64> {
    let mut buf = String::new();
    tokens
        .iter()
        .map(|t| match t.kind {
            TokKind::Punct => {
                buf.clear();
                buf.extend(text[t.start..t.end].chars().map(canon_punct));
                key_hash(&buf)
            }
            _ => key_hash(&lower[t.start..t.end]),
        })
        .collect()
}

impl<'a> Doc<'a> {
    /// Analyse `orig`: normalise, lower-case, tokenise, segment, and index tokens by line.
    pub fn new(orig: &'a str) -> Doc<'a> {
        let norm = Normalized::new(orig);
        let lower = lower_same_len(&norm.text);
        let tokens = tokenize(&norm.text);
        let seg = segment::segment(&norm.text, &lower);
        let utf16 = Utf16Index::new(orig);
        // token → line, in one pass (tokens and lines are both in text order)
        let mut tok_line = Vec::with_capacity(tokens.len());
        let mut l = 0usize;
        for t in &tokens {
            while l + 1 < seg.lines.len() && seg.lines[l + 1].range.start <= t.start {
                l += 1;
            }
            tok_line.push(l as u32);
        }
        let tok_hash = token_keys(&norm.text, &lower, &tokens);
        let tok_masked = Vec::new();
        Doc { orig, norm, lower, tokens, seg, utf16, tok_line, tok_hash, tok_masked }
    }

    /// Set the masked ranges (bylines, credits) that recognisers of names skip.
    pub fn set_masks(&mut self, mut masks: Vec<Range<usize>>) {
        masks.sort_by_key(|r| r.start);
        // a flag per token only when something is masked (most texts: nothing)
        self.tok_masked = if masks.is_empty() {
            Vec::new()
        } else {
            let masked = |t: &Token| {
                let k = masks.partition_point(|m| m.start < t.end);
                masks[..k].iter().rev().take(8).any(|m| t.start < m.end)
            };
            self.tokens.iter().map(masked).collect()
        };
        self.seg.masked = masks;
    }

    /// Is token `i` inside a masked range?
    #[inline]
    pub fn tmasked(&self, i: usize) -> bool {
        self.tok_masked.get(i).copied().unwrap_or(false)
    }

    /// The match keys of a short text (a lexicon entry): token key hashes and whether each token
    /// starts with a capital — the same keys [`Doc::new`] computes, without segmenting.
    pub fn keys_of(text: &str) -> (Vec<u64>, Vec<bool>) {
        let norm = Normalized::new(text);
        let lower = lower_same_len(&norm.text);
        let tokens = tokenize(&norm.text);
        (token_keys(&norm.text, &lower, &tokens), tokens.iter().map(|t| t.cap).collect())
    }

    /// The line of token `i`.
    #[inline]
    pub fn tline(&self, i: usize) -> usize {
        self.tok_line.get(i).map(|&l| l as usize).unwrap_or(usize::MAX)
    }

    /// The kind of the line of token `i`.
    #[inline]
    pub fn tkind(&self, i: usize) -> crate::text::segment::LineKind {
        self.seg
            .lines
            .get(self.tline(i))
            .map(|l| l.kind)
            .unwrap_or(crate::text::segment::LineKind::Blank)
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// A slice of the normalised text (empty when the range is not on char boundaries).
    pub fn slice(&self, r: Range<usize>) -> &str {
        self.norm.text.get(r).unwrap_or("")
    }

    /// A slice of the lower-cased text.
    pub fn lslice(&self, r: Range<usize>) -> &str {
        self.lower.get(r).unwrap_or("")
    }

    /// The contract span for a range of the normalised text.
    pub fn span(&self, r: Range<usize>) -> Span {
        let (a, b) = self.norm.orig_range(r.start, r.end);
        let text = self.orig.get(a..b).unwrap_or("").to_string();
        Span {
            start: self.utf16.to_utf16(self.orig, a),
            end: self.utf16.to_utf16(self.orig, b),
            text,
        }
    }

    /// Index of the first token starting at or after `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }

    /// The lower-cased text of a token.
    pub fn tok_lower(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) => self.lslice(t.start..t.end),
            None => "",
        }
    }

    /// The text of a token.
    pub fn tok_text(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) => self.slice(t.start..t.end),
            None => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_case() {
        let d = Doc::new("Sở Ngoại vụ TP.HCM, 22/12");
        let words: Vec<&str> = (0..d.tokens.len()).map(|i| d.tok_text(i)).collect();
        assert_eq!(words, ["Sở", "Ngoại", "vụ", "TP", ".", "HCM", ",", "22", "/", "12"]);
        assert!(d.tokens[0].cap && !d.tokens[0].upper);
        assert!(d.tokens[5].upper);
        assert_eq!(d.lower.len(), d.text().len());
    }

    #[test]
    fn utf16_spans() {
        let s = "😀 Hà Nội";
        let d = Doc::new(s);
        let p = d.text().find("Hà").unwrap();
        let sp = d.span(p..d.text().len());
        assert_eq!(sp.start, 3);
        assert_eq!(sp.text, "Hà Nội");
        let long = format!("{}{}", "ả".repeat(1000), " Huế");
        let d = Doc::new(&long);
        let p = d.text().find("Huế").unwrap();
        let sp = d.span(p..p + "Huế".len());
        assert_eq!(sp.start, 1001);
        assert_eq!(sp.end, 1004);
    }
}
