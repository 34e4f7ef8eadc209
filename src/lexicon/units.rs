//! The units lexicon (`src/lexicons/units.tsv`): words and phrases that can follow a number,
//! by kind. Read by the figures (what a number counts) and the dates (a count is not a year).

use crate::text::document::Map;
use std::sync::LazyLock;

/// Kinds of words that can follow a number, from `src/lexicons/units.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Currency,
    Measure,
    Count,
    Duration,
    Multiplier,
    Idiom,
}

struct Units {
    /// phrase (lower case) → kind; phrases up to three words.
    map: Map<String, UnitKind>,
    max_words: usize,
}

static UNITS: LazyLock<Units> = LazyLock::new(|| {
    let mut map = Map::default();
    let mut max_words = 1;
    for line in include_str!(concat!(env!("OUT_DIR"), "/lexicons/units.tsv"))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
    {
        let mut f = line.split('\t');
        let (w, k) = (f.next().unwrap_or(""), f.next().unwrap_or(""));
        let kind = match k {
            "currency" => UnitKind::Currency,
            "measure" => UnitKind::Measure,
            "count" => UnitKind::Count,
            "duration" => UnitKind::Duration,
            "multiplier" => UnitKind::Multiplier,
            "idiom" => UnitKind::Idiom,
            _ => continue,
        };
        max_words = max_words.max(w.split(' ').count());
        map.insert(w.to_string(), kind);
    }
    Units { map, max_words }
});

/// The unit kind of the longest lexicon phrase at the start of `words`, with its length.
pub(crate) fn unit_at(words: &[&str]) -> Option<(UnitKind, usize)> {
    let u = &*UNITS;
    for n in (1..=u.max_words.min(words.len())).rev() {
        let phrase = words[..n].join(" ");
        if let Some(k) = u.map.get(&phrase) {
            return Some((*k, n));
        }
    }
    None
}

/// True when `text` (what follows a number) starts with a counted noun, a currency or a
/// measure ("2030 người"): used to tell counts from bare years.
pub(crate) fn starts_with_unit(text: &str) -> bool {
    let t = text.trim_start();
    if t.starts_with('%') {
        return true;
    }
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .take(3)
        .map(|w| w.to_lowercase())
        .take_while(|w| !w.is_empty())
        .collect();
    let refs: Vec<&str> = words.iter().map(|s| s.as_str()).collect();
    matches!(unit_at(&refs), Some((UnitKind::Count | UnitKind::Currency | UnitKind::Measure, _)))
}

/// The most words a lexicon phrase has ("quốc gia và vùng lãnh thổ": five).
pub(crate) fn max_words() -> usize {
    UNITS.max_words
}
