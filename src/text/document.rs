//! The document every recogniser reads: the normalised text, a lower-cased copy with the
//! same byte layout, the tokens, the segmentation, and the conversion of internal byte
//! ranges into the contract's UTF-16 [`Span`]s of the original input.

use crate::model::Span;
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
    /// Tokens inside a masked range (a byline, a photo credit): set by [`Doc::set_masks`].
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

/// The canonical form of a punctuation mark in match keys.
pub fn canon_punct(c: char) -> char {
    match c {
        '–' | '—' | '−' | '‐' | '‑' => '-',
        '’' | '‘' | 'ʼ' => '\'',
        _ => c,
    }
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
    toks
}

fn is_mark(c: char) -> bool {
    !c.is_ascii()
        && matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Letters, with fast paths for ASCII and the Vietnamese letters (Latin-1, Latin Extended-A/B
/// and Latin Extended Additional): most characters of Vietnamese text.
#[inline]
pub fn is_letter(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_alphabetic();
    }
    if (0xC0..=0x24F).contains(&u) {
        return u != 0xD7 && u != 0xF7;
    }
    if (0x1E00..=0x1EFF).contains(&u) {
        return true;
    }
    c.is_alphabetic()
}

#[inline]
pub fn is_upper(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_uppercase();
    }
    if (0x1EA0..=0x1EF9).contains(&u) {
        return u % 2 == 0; // Vietnamese letters with tones: upper case at even code points
    }
    if (0xC0..=0xDE).contains(&u) {
        return u != 0xD7;
    }
    if (0xDF..=0xFF).contains(&u) {
        return false;
    }
    c.is_uppercase()
}

/// Lower case of one character when it keeps its UTF-8 length (fast paths as above).
#[inline]
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    if u < 0x80 {
        return c.to_ascii_lowercase();
    }
    if (0x1EA0..=0x1EF9).contains(&u) {
        return char::from_u32(u | 1).unwrap_or(c);
    }
    if (0xC0..=0xDE).contains(&u) && u != 0xD7 {
        return char::from_u32(u + 0x20).unwrap_or(c);
    }
    if matches!(u, 0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF) {
        return char::from_u32(u + 1).unwrap_or(c);
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

impl<'a> Doc<'a> {
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
        let mut buf = String::new();
        let tok_hash = tokens
            .iter()
            .map(|t| match t.kind {
                TokKind::Punct => {
                    buf.clear();
                    buf.extend(norm.text[t.start..t.end].chars().map(canon_punct));
                    key_hash(&buf)
                }
                _ => key_hash(&lower[t.start..t.end]),
            })
            .collect();
        let tok_masked = vec![false; tokens.len()];
        Doc { orig, norm, lower, tokens, seg, utf16, tok_line, tok_hash, tok_masked }
    }

    /// Set the masked ranges (bylines, credits) that recognisers of names skip.
    pub fn set_masks(&mut self, mut masks: Vec<Range<usize>>) {
        masks.sort_by_key(|r| r.start);
        for (i, t) in self.tokens.iter().enumerate() {
            let k = masks.partition_point(|m| m.start < t.end);
            self.tok_masked[i] = masks[..k].iter().rev().take(8).any(|m| t.start < m.end);
        }
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
        let mut buf = String::new();
        let hashes = tokens
            .iter()
            .map(|t| match t.kind {
                TokKind::Punct => {
                    buf.clear();
                    buf.extend(norm.text[t.start..t.end].chars().map(canon_punct));
                    key_hash(&buf)
                }
                _ => key_hash(&lower[t.start..t.end]),
            })
            .collect();
        (hashes, tokens.iter().map(|t| t.cap).collect())
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

    /// Byte range in the original input for a range of the normalised text.
    pub fn orig_range(&self, r: Range<usize>) -> Range<usize> {
        let (a, b) = self.norm.orig_range(r.start, r.end);
        a..b
    }

    /// Index of the first token starting at or after `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }

    /// Index of the last token ending at or before `pos`, if any.
    pub fn token_before(&self, pos: usize) -> Option<usize> {
        let k = self.tokens.partition_point(|t| t.end <= pos);
        k.checked_sub(1)
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

    /// Up to `n` lower-cased words immediately before `pos` within the same line, nearest last.
    pub fn words_before(&self, pos: usize, n: usize) -> Vec<&str> {
        let line_start = self.seg.line_start(pos);
        let mut out = Vec::new();
        let mut k = self.token_before(pos);
        while let Some(i) = k {
            let t = self.tokens[i];
            if t.start < line_start || out.len() >= n {
                break;
            }
            out.push(self.lslice(t.start..t.end));
            k = i.checked_sub(1);
        }
        out.reverse();
        out
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
