//! Unicode canonical normalisation (NFD, NFC) and combining classes, from two compiled-in
//! tables generated from the Unicode Character Database (`scripts/lexicons/unicode_nfc.py`):
//! `unicode_decompositions.tsv` (every canonical decomposition, one step) and
//! `unicode_combining.tsv` (canonical combining classes). Hangul syllables decompose and
//! compose by arithmetic.
//!
//! Guarantees: [`nfd`] and [`nfc`] follow UAX #15 (full canonical decomposition, canonical
//! ordering, canonical composition with blocking and composition exclusions) for the Unicode
//! version of the tables; [`is_nfc`] is exact (a quick check, then the full test when the
//! quick check cannot tell). Checked against Python's `unicodedata` on every decomposable
//! character and thousands of mixed strings (`tests/data/conformance/nfc.tsv`).
//!
//! Most Vietnamese text never reaches the tables: the normaliser skips words of precomposed
//! letters without looking anything up.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

struct Tables {
    /// one step of canonical decomposition: one or two characters
    decomposition: HashMap<char, (char, Option<char>)>,
    /// primary composites by their two parts
    composition: HashMap<(char, char), char>,
    /// characters that never appear in NFC (singletons, excluded composites)
    not_nfc: HashSet<char>,
    /// characters that may combine with the character before them (NFC_QC = Maybe)
    may_combine: HashSet<char>,
    /// (first, last, class) ranges of non-zero combining class, sorted
    classes: Vec<(u32, u32, u8)>,
}

/// Data rows of one of the two TSV files (the text layer sits below `crate::lexicon`).
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

fn hex_char(field: &str) -> Option<char> {
    u32::from_str_radix(field, 16).ok().and_then(char::from_u32)
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables {
            decomposition: HashMap::new(),
            composition: HashMap::new(),
            not_nfc: HashSet::new(),
            may_combine: HashSet::new(),
            classes: Vec::new(),
        };
        let tsv = include_str!(concat!(env!("OUT_DIR"), "/lexicons/unicode_decompositions.tsv"));
        for r in rows(tsv) {
            let (Some(c), Some(parts)) = (r.first().and_then(|f| hex_char(f)), r.get(1)) else {
                continue;
            };
            let mut parts = parts.split(' ').filter_map(hex_char);
            let Some(first) = parts.next() else { continue };
            let second = parts.next();
            t.decomposition.insert(c, (first, second));
            match (second, r.get(2) == Some(&"1")) {
                (Some(second), true) => {
                    t.composition.insert((first, second), c);
                    t.may_combine.insert(second);
                }
                _ => {
                    t.not_nfc.insert(c);
                }
            }
        }
        let tsv = include_str!(concat!(env!("OUT_DIR"), "/lexicons/unicode_combining.tsv"));
        for r in rows(tsv) {
            let field = |i: usize| r.get(i).and_then(|f| u32::from_str_radix(f, 16).ok());
            if let (Some(first), Some(last), Some(class)) =
                (field(0), field(1), r.get(2).and_then(|f| f.parse().ok()))
            {
                t.classes.push((first, last, class));
            }
        }
        t.classes.sort_unstable();
        t
    })
}

/// The canonical combining class of `c` (0 for starters).
pub(crate) fn combining_class(c: char) -> u8 {
    let u = c as u32;
    if u < 0x300 {
        return 0;
    }
    let classes = &tables().classes;
    let k = classes.partition_point(|&(first, _, _)| first <= u);
    match k.checked_sub(1).map(|k| classes[k]) {
        Some((_, last, class)) if u <= last => class,
        _ => 0,
    }
}

fn is_hangul_vowel_or_trailing(c: char) -> bool {
    let u = c as u32;
    (V_BASE..V_BASE + V_COUNT).contains(&u) || (T_BASE + 1..T_BASE + T_COUNT).contains(&u)
}

/// Whether `s` is in NFC.
pub(crate) fn is_nfc(s: &str) -> bool {
    let t = tables();
    let (mut last_class, mut maybe) = (0u8, false);
    for c in s.chars() {
        let class = combining_class(c);
        if class != 0 && last_class > class || t.not_nfc.contains(&c) {
            return false;
        }
        maybe |= t.may_combine.contains(&c) || is_hangul_vowel_or_trailing(c);
        last_class = class;
    }
    !maybe || nfc(nfd(s)) == s
}

fn decompose_into(c: char, t: &Tables, out: &mut Vec<char>) {
    let u = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&u) {
        let s = u - S_BASE;
        let jamo = [L_BASE + s / N_COUNT, V_BASE + (s % N_COUNT) / T_COUNT, T_BASE + s % T_COUNT];
        let n = if jamo[2] == T_BASE { 2 } else { 3 };
        out.extend(jamo[..n].iter().filter_map(|&j| char::from_u32(j)));
        return;
    }
    match t.decomposition.get(&c) {
        Some(&(first, second)) => {
            decompose_into(first, t, out);
            if let Some(second) = second {
                decompose_into(second, t, out);
            }
        }
        None => out.push(c),
    }
}

/// The NFD of `s`: full canonical decomposition, then canonical ordering of the marks.
pub(crate) fn nfd(s: &str) -> Vec<char> {
    let t = tables();
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose_into(c, t, &mut out);
    }
    // canonical ordering: a stable sort of every run of non-starters by class
    let mut i = 0;
    while i < out.len() {
        if combining_class(out[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && combining_class(out[i]) != 0 {
            i += 1;
        }
        out[start..i].sort_by_key(|&c| combining_class(c));
    }
    out
}

fn compose_pair(a: char, b: char, t: &Tables) -> Option<char> {
    let (ua, ub) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&ua) && (V_BASE..V_BASE + V_COUNT).contains(&ub) {
        return char::from_u32(S_BASE + ((ua - L_BASE) * V_COUNT + (ub - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&ua)
        && (ua - S_BASE) % T_COUNT == 0
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&ub)
    {
        return char::from_u32(ua + (ub - T_BASE));
    }
    t.composition.get(&(a, b)).copied()
}

/// The NFC of a decomposed, canonically ordered sequence (the output of [`nfd`], or that
/// output changed without breaking its order): canonical composition.
pub(crate) fn nfc(decomposed: Vec<char>) -> String {
    let t = tables();
    let mut out: Vec<char> = Vec::with_capacity(decomposed.len());
    let mut starter: Option<usize> = None;
    let mut last_class = 0u8;
    for c in decomposed {
        let class = combining_class(c);
        if let Some(s) = starter {
            let adjacent = s + 1 == out.len();
            if adjacent || last_class != 0 && last_class < class {
                if let Some(composite) = compose_pair(out[s], c, t) {
                    out[s] = composite;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        last_class = class;
        out.push(c);
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nfc_of(s: &str) -> String {
        nfc(nfd(s))
    }

    #[test]
    fn vietnamese_nfd_composes() {
        // "Nguyễn" with the circumflex and the tilde as marks, in both orders of input
        assert_eq!(nfc_of("Nguye\u{302}\u{303}n"), "Nguyễn");
        // dot below (class 220) before the circumflex (230) whichever order they come in
        assert_eq!(nfc_of("Vie\u{302}\u{323}t"), "Việt");
        assert_eq!(nfc_of("Vie\u{323}\u{302}t"), "Việt");
        assert_eq!(nfc_of("thu\u{31B}o\u{31B}\u{300}ng"), "thường");
        assert!(is_nfc("Việt Nam"));
        assert!(!is_nfc("Vie\u{323}\u{302}t"));
    }

    #[test]
    fn decomposition_is_full_and_ordered() {
        assert_eq!(nfd("ệ"), vec!['e', '\u{323}', '\u{302}']);
        assert_eq!(nfd("ờ"), vec!['o', '\u{31B}', '\u{300}']);
        assert_eq!(combining_class('\u{323}'), 220);
        assert_eq!(combining_class('\u{302}'), 230);
        assert_eq!(combining_class('a'), 0);
    }

    #[test]
    fn exclusions_singletons_and_blocking() {
        // a singleton (the Ohm sign) becomes Omega; an excluded composite stays decomposed
        assert_eq!(nfc_of("\u{2126}"), "\u{3A9}");
        assert_eq!(nfc_of("\u{958}"), "\u{915}\u{93C}");
        assert!(!is_nfc("\u{2126}"));
        // a mark of the same class in between blocks the composition
        assert_eq!(nfc_of("a\u{301}\u{301}"), "á\u{301}");
        // a starter in between: the mark composes with the nearer starter
        assert_eq!(nfc_of("ae\u{301}"), "aé");
    }

    #[test]
    fn hangul_by_arithmetic() {
        assert_eq!(nfd("각"), vec!['\u{1100}', '\u{1161}', '\u{11A8}']);
        assert_eq!(nfc_of("\u{1100}\u{1161}\u{11A8}"), "각");
        assert!(!is_nfc("\u{1100}\u{1161}"));
        assert!(is_nfc("한국"));
    }

    fn chars_of(hex: &str) -> Vec<char> {
        hex.split(' ').filter(|h| !h.is_empty()).filter_map(hex_char).collect()
    }

    /// Python's NFD and NFC of every decomposable character and of mixed strings.
    #[test]
    fn conformance_with_python_unicodedata() {
        let cases = include_str!("../../tests/data/conformance/nfc.tsv");
        let mut n = 0;
        for line in cases.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let input: String = chars_of(f[0]).into_iter().collect();
            let (want_nfd, want_nfc) = (chars_of(f[1]), chars_of(f[2]));
            let want_nfc: String = want_nfc.into_iter().collect();
            assert_eq!(nfd(&input), want_nfd, "NFD of {}", f[0]);
            assert_eq!(nfc(nfd(&input)), want_nfc, "NFC of {}", f[0]);
            assert_eq!(is_nfc(&input), input == want_nfc, "is_nfc of {}", f[0]);
            assert!(is_nfc(&want_nfc), "NFC output {} is NFC", f[2]);
            n += 1;
        }
        assert!(n > 5000, "{n} cases");
    }

    /// The same results as the `unicode-normalization` crate (a dev-dependency) on random
    /// strings of letters and marks of scripts whose tables did not change between versions.
    #[test]
    fn same_as_unicode_normalization_crate() {
        use unicode_normalization::UnicodeNormalization;
        let pool: Vec<char> = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐnqgƯαΑωΩειЕИйё각한ᄀᄂ\u{1161}\u{1175}\u{11A8}क\u{93C}\u{300}\u{301}\u{302}\u{303}\u{306}\u{309}\u{31B}\u{323}\u{308}\u{327}\u{345}\u{313}\u{342}\u{5B0}\u{2126}\u{212B}\u{F900}"
            .chars()
            .collect();
        let mut seed = 0x2026_1207_u64;
        for _ in 0..20_000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = 1 + (seed % 7) as usize;
            for k in 0..len {
                s.push(pool[((seed >> (8 * k)) as usize + k * 31) % pool.len()]);
            }
            let want: String = s.nfc().collect();
            assert_eq!(nfc(nfd(&s)), want, "NFC of {s:?}");
            assert_eq!(nfd(&s), s.nfd().collect::<Vec<_>>(), "NFD of {s:?}");
            assert_eq!(is_nfc(&s), unicode_normalization::is_nfc(&s), "is_nfc of {s:?}");
        }
    }
}
