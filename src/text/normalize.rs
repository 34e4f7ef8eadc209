//! Text normalisation with a map back to the original offsets.
//!
//! Everything downstream reads one canonical form of the text:
//! - Unicode NFC (NFD input from some editors and PDF copies is composed);
//! - one tone placement: the tone mark sits on the first vowel of a syllable-final
//!   "oa", "oe", "uy" ("hoà" → "hòa", "thuỷ" → "thủy", "khoẻ" → "khỏe"), the placement
//!   of most Vietnamese newsrooms;
//! - line breaks are `\n` (CRLF, CR, NEL, LS and PS become `\n`);
//! - every other space-like character (no-break space, thin space, ideographic space, tab…)
//!   becomes an ASCII space, other control characters become a space;
//! - zero-width characters (ZWSP, ZWJ, ZWNJ, word joiner, BOM, soft hyphen) are removed.
//!
//! The normalised text keeps a sparse list of [`Edit`]s, so that any byte range in it maps
//! back to a byte range of the original input. A range that starts or ends inside an edited
//! unit (a word whose form changed, a CRLF pair) widens to the whole unit, so the mapped range
//! always lies on character boundaries of the original.

use crate::text::chars::{is_letter, is_mark};
use crate::text::unicode::{combining_class, is_nfc, nfc, nfd};

/// One place where the normalised text differs from the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    norm_start: usize,
    norm_end: usize,
    orig_start: usize,
    orig_end: usize,
}

/// The normalised text and its offset map.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    edits: Vec<Edit>,
    orig_len: usize,
}

fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_odd_space(c: char) -> bool {
    c == '\t'
        || c == '\u{A0}'
        || c == '\u{1680}'
        || ('\u{2000}'..='\u{200A}').contains(&c)
        || c == '\u{202F}'
        || c == '\u{205F}'
        || c == '\u{3000}'
}

/// Letters and combining marks make up words; a word is normalised as a unit.
fn is_word_char(c: char) -> bool {
    is_letter(c) || !c.is_ascii() && (combining_class(c) != 0 || is_mark(c))
}

const GRAVE: char = '\u{0300}';
const ACUTE: char = '\u{0301}';
const TILDE: char = '\u{0303}';
const HOOK: char = '\u{0309}';
const DOT: char = '\u{0323}';

fn is_tone(c: char) -> bool {
    matches!(c, GRAVE | ACUTE | TILDE | HOOK | DOT)
}

/// Move a tone mark placed on the second vowel of a syllable-final "oa", "oe" or "uy"
/// onto the first vowel ("hoà" → "hòa", "thuỷ" → "thủy"). "qu" + "y" keeps its tone on
/// the "y" ("quý"), since the "u" of "qu" is part of the consonant.
/// Works on the NFD form of one word; returns None when nothing moves.
fn fix_tone_placement(nfd: &[char]) -> Option<Vec<char>> {
    let mut out: Vec<char> = nfd.to_vec();
    let mut changed = false;
    // find pattern: V1 V2 TONE END, where (V1,V2) in (o,a),(o,e),(u,y) and END is end of word
    let n = out.len();
    if n < 3 {
        return None;
    }
    let last = n - 1;
    if is_tone(out[last]) {
        let v2 = out[last - 1];
        let v1 = out[last - 2];
        let (l1, l2) = (v1.to_ascii_lowercase(), v2.to_ascii_lowercase());
        let pair_ok = matches!((l1, l2), ('o', 'a') | ('o', 'e') | ('u', 'y'));
        let after_q = l1 == 'u' && last >= 3 && out[last - 3].eq_ignore_ascii_case(&'q');
        // the first vowel must not carry another mark (e.g. "ươ" is not "oa")
        if pair_ok && !after_q {
            let tone = out[last];
            out.remove(last);
            out.insert(last - 1, tone);
            changed = true;
        }
    }
    if changed {
        Some(out)
    } else {
        None
    }
}

/// Normalise one word (letters and combining marks): NFC plus tone placement.
/// In NFC: does the word end in "oà", "oé", "uỷ"… (tone on the second vowel of a final oa/oe/uy)?
fn tone_on_second_vowel(word: &str) -> bool {
    let mut it = word.chars().rev();
    let (last, prev) = match (it.next(), it.next()) {
        (Some(a), Some(b)) => (a, b),
        _ => return false,
    };
    let base = match last {
        'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'À' | 'Á' | 'Ả' | 'Ã' | 'Ạ' => 'a',
        'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'È' | 'É' | 'Ẻ' | 'Ẽ' | 'Ẹ' => 'e',
        'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' | 'Ỳ' | 'Ý' | 'Ỷ' | 'Ỹ' | 'Ỵ' => 'y',
        _ => return false,
    };
    match base {
        'a' | 'e' => matches!(prev, 'o' | 'O'),
        _ => matches!(prev, 'u' | 'U') && !matches!(it.next(), Some('q' | 'Q')),
    }
}

fn normalize_word(word: &str) -> Option<String> {
    // the common case: already NFC, tone placement already the canonical one. Letters below
    // U+0300 and of Latin Extended Additional (all Vietnamese letters) are NFC starters: a
    // word of them alone is NFC without looking anything up.
    let plain = word.chars().all(|c| (c as u32) < 0x300 || (0x1E00..=0x1EFF).contains(&(c as u32)));
    if plain && !tone_on_second_vowel(word) {
        return None;
    }
    let nfc_already = is_nfc(word);
    if nfc_already && !tone_on_second_vowel(word) {
        return None;
    }
    let decomposed = nfd(word);
    let out: String = match fix_tone_placement(&decomposed) {
        Some(chars) => nfc(chars),
        None if nfc_already => return None,
        None => nfc(decomposed),
    };
    if out == word {
        None
    } else {
        Some(out)
    }
}

/// The normalised text being written, with its edits.
struct Writer {
    text: String,
    edits: Vec<Edit>,
}

impl Writer {
    /// Write what `write` writes in place of the original bytes `orig`, recording the edit.
    fn edit(&mut self, orig: std::ops::Range<usize>, write: impl FnOnce(&mut String)) {
        let ns = self.text.len();
        write(&mut self.text);
        let e = Edit {
            norm_start: ns,
            norm_end: self.text.len(),
            orig_start: orig.start,
            orig_end: orig.end,
        };
        self.edits.push(e);
    }

    /// Write the word starting at byte `i` of `orig`, normalised; returns where it ends.
    fn word(&mut self, orig: &str, i: usize) -> usize {
        let len: usize =
            orig[i..].chars().take_while(|&ch| is_word_char(ch)).map(char::len_utf8).sum();
        let word = &orig[i..i + len];
        match if word.is_ascii() { None } else { normalize_word(word) } {
            None => self.text.push_str(word),
            Some(w) => self.edit(i..i + len, |t| t.push_str(&w)),
        }
        i + len
    }

    /// Write a character that is not part of a word (at byte `i` of `orig`): "\r\n" and
    /// "\r" become "\n", zero-width characters go, other line breaks become "\n", odd spaces
    /// and controls a space; returns where it ends.
    fn other(&mut self, orig: &str, i: usize, c: char) -> usize {
        if c == '\r' {
            let oe = if orig.as_bytes().get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
            self.edit(i..oe, |t| t.push('\n'));
            return oe;
        }
        let replacement: Option<Option<char>> = if is_zero_width(c) {
            Some(None)
        } else if c == '\n' {
            None
        } else if is_line_break(c) {
            Some(Some('\n'))
        } else if is_odd_space(c) || c.is_control() {
            Some(Some(' '))
        } else {
            None
        };
        match replacement {
            None => self.text.push(c),
            Some(r) => self.edit(i..i + c.len_utf8(), |t| t.extend(r)),
        }
        i + c.len_utf8()
    }
}

impl Normalized {
    /// Normalise `orig`. Linear in the input size; never panics.
    pub fn new(orig: &str) -> Normalized {
        let mut w = Writer { text: String::with_capacity(orig.len()), edits: Vec::new() };
        let bytes = orig.as_bytes();
        let mut i = 0;
        while i < orig.len() {
            // Fast path for ASCII that needs no change (letters take the word path: they may
            // be followed by combining marks)
            let b = bytes[i];
            let plain =
                b.is_ascii() && b != b'\r' && b != b'\t' && !(b < 0x20 && b != b'\n') && b != 0x7F;
            if plain && !b.is_ascii_alphabetic() {
                w.text.push(b as char);
                i += 1;
                continue;
            }
            let Some(c) = orig[i..].chars().next() else { break };
            i = if is_word_char(c) { w.word(orig, i) } else { w.other(orig, i, c) };
        }
        Normalized { text: w.text, edits: w.edits, orig_len: orig.len() }
    }

    /// Map a start offset in the normalised text to the original text.
    pub fn orig_start(&self, pos: usize) -> usize {
        let k = self.edits.partition_point(|e| e.norm_start <= pos);
        let r = if k == 0 {
            pos
        } else {
            let e = &self.edits[k - 1];
            if pos < e.norm_end {
                e.orig_start
            } else {
                e.orig_end + (pos - e.norm_end)
            }
        };
        r.min(self.orig_len)
    }

    /// Map an end offset in the normalised text to the original text.
    pub fn orig_end(&self, pos: usize) -> usize {
        let k = self.edits.partition_point(|e| e.norm_start < pos);
        let r = if k == 0 {
            pos
        } else {
            let e = &self.edits[k - 1];
            if pos <= e.norm_end {
                e.orig_end
            } else {
                e.orig_end + (pos - e.norm_end)
            }
        };
        r.min(self.orig_len)
    }

    /// Map a range; the result is never inverted.
    pub fn orig_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.orig_start(start);
        let e = self.orig_end(end).max(s);
        (s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(orig: &str, norm_sub: &str) -> String {
        let n = Normalized::new(orig);
        let s = n.text.find(norm_sub).expect("substring present");
        let (a, b) = n.orig_range(s, s + norm_sub.len());
        orig[a..b].to_string()
    }

    #[test]
    fn nfc_and_tone_placement() {
        let nfd: String = crate::text::unicode::nfd("Hòa bình thủy lợi khỏe").into_iter().collect();
        assert_eq!(Normalized::new(&nfd).text, "Hòa bình thủy lợi khỏe");
        assert_eq!(
            Normalized::new("Khánh Hoà, thuỷ sản, khoẻ mạnh").text,
            "Khánh Hòa, thủy sản, khỏe mạnh"
        );
        // qu + y keeps the tone on y; non-final pairs are untouched
        assert_eq!(Normalized::new("quý hoàng thuyền").text, "quý hoàng thuyền");
        assert_eq!(Normalized::new("Ủy viên").text, "Ủy viên");
    }

    #[test]
    fn spaces_and_line_breaks() {
        let n = Normalized::new("a\u{A0}b\r\nc\rd\u{200B}e\tf");
        assert_eq!(n.text, "a b\nc\nde f");
    }

    #[test]
    fn offsets_map_back() {
        let orig = "Ông X ở Khánh Hoà\r\nngày 2/9";
        assert_eq!(roundtrip(orig, "Khánh Hòa"), "Khánh Hoà");
        assert_eq!(roundtrip(orig, "ngày 2/9"), "ngày 2/9");
        let nfd: String = crate::text::unicode::nfd("Thủ tướng Nguyễn").into_iter().collect();
        let orig2 = format!("{nfd} nói");
        assert_eq!(roundtrip(&orig2, "nói"), "nói");
        assert_eq!(roundtrip(&orig2, "Nguyễn"), "Nguy\u{65}\u{302}\u{303}n");
        // zero-width chars inside a span stay in the original slice
        assert_eq!(roundtrip("a\u{200B}b c", "ab"), "a\u{200B}b");
    }

    #[test]
    fn ranges_are_on_char_boundaries() {
        let orig = "x\u{200B}\u{200B}y hoà\r\n\u{A0}z";
        let n = Normalized::new(orig);
        for s in 0..=n.text.len() {
            for e in s..=n.text.len() {
                let (a, b) = n.orig_range(s, e);
                assert!(orig.is_char_boundary(a) && orig.is_char_boundary(b) && a <= b);
            }
        }
    }
}
