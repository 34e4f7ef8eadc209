//! The document every recogniser reads: the normalised text, a lower-cased copy with the
//! same byte layout, the tokens, the segmentation, and the conversion of internal byte
//! ranges into the contract's UTF-16 [`Span`]s of the original input.

use crate::model::Span;
use crate::normalize::Normalized;
use crate::segment::{self, Segmentation};
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
        let mut next = 512usize;
        for (i, c) in s.char_indices() {
            if i >= next {
                checkpoints.push((i, u16pos));
                next = i + 512;
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
}

fn lower_same_len(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mut it = c.to_lowercase();
        let l = match (it.next(), it.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
            _ => c,
        };
        out.push(l);
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
        if c.is_alphabetic() || is_mark(c) {
            let mut end = i + c.len_utf8();
            let mut n_letters = 1usize;
            let mut n_upper = usize::from(c.is_uppercase());
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphabetic() || is_mark(d) {
                    if d.is_alphabetic() {
                        n_letters += 1;
                        n_upper += usize::from(d.is_uppercase());
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
                cap: c.is_uppercase(),
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
            toks.push(Token { start: i, end: i + c.len_utf8(), kind: TokKind::Punct, cap: false, upper: false });
        }
    }
    toks
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

impl<'a> Doc<'a> {
    pub fn new(orig: &'a str) -> Doc<'a> {
        let norm = Normalized::new(orig);
        let lower = lower_same_len(&norm.text);
        let tokens = tokenize(&norm.text);
        let seg = segment::segment(&norm.text);
        let utf16 = Utf16Index::new(orig);
        Doc { orig, norm, lower, tokens, seg, utf16 }
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
        Span { start: self.utf16.to_utf16(self.orig, a), end: self.utf16.to_utf16(self.orig, b), text }
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
