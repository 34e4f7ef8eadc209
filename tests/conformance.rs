//! Conformance: every line of `tests/data/conformance/dates_vi.tsv` (Vietnamese time
//! expressions with their values, from Duckling's corpus). The numerals of `numbers_vi.tsv`
//! are checked by the unit tests of `src/text/numerals.rs` (the parser is not public).
#![cfg(not(target_arch = "wasm32"))]

use vn_news_extract::{extract, Options};

#[path = "common/table.rs"]
mod table;

/// "T16:00" and "T16" are the same hour (as the scorer counts them).
fn canon(v: &str) -> String {
    let mut v = v.to_string();
    while v.ends_with(":00") && v.rfind('T').map(|t| v.len() - t > 3).unwrap_or(false) {
        v.truncate(v.len() - 3);
    }
    v
}

#[test]
fn dates_vi() {
    table::check_rows("dates_vi.tsv", 100, |r| {
        let (text, reference, value, grain) = (&r[0], &r[1], &r[2], &r[3]);
        let x = extract(text, &Options { reference_date: Some(reference.clone()) });
        let got: Vec<(String, String, String)> = x
            .dates
            .iter()
            .map(|d| (d.span.text.clone(), canon(&d.value), d.grain.to_string()))
            .collect();
        let ok = got.len() == 1
            && got[0].1 == canon(value)
            && got[0].2 == *grain
            && got[0].0.trim() == text.trim();
        (!ok).then(|| format!("{text:?}: want {value} {grain} for the whole text, got {got:?}"))
    });
}
