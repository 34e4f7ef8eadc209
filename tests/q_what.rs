//! Frames of documents, events, quotes and actions as data: each table row is a sentence
//! written for these tests and what the extractor must read from it (tests/data/q-what/).
#![cfg(not(target_arch = "wasm32"))]

use vn_news_extract::{extract, Extraction, Options};

fn x(text: &str) -> Extraction {
    extract(text, &Options { reference_date: Some("2025-06-15".into()) })
}

/// Rows of a table: (line number, sentence, expected) — comments and blank lines skipped.
fn rows(table: &str) -> Vec<(usize, &str, &str)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let (s, e) = l.split_once('\t').unwrap_or_else(|| panic!("line {}: no tab", n + 1));
            (n + 1, s, e.trim())
        })
        .collect()
}

fn expected_set(e: &str) -> Vec<String> {
    let mut v: Vec<String> =
        if e == "-" { Vec::new() } else { e.split(" | ").map(|s| s.trim().to_string()).collect() };
    v.sort();
    v
}

fn check(table: &str, read: impl Fn(&Extraction) -> Vec<String>) {
    let mut failures = Vec::new();
    let all = rows(table);
    for (n, sentence, expected) in &all {
        let mut got = read(&x(sentence));
        got.sort();
        got.dedup();
        let want = expected_set(expected);
        if got != want {
            failures.push(format!("line {n}: {sentence}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn action_frames() {
    check(include_str!("data/q-what/actions.tsv"), |e| {
        e.actions
            .iter()
            .map(|a| {
                format!(
                    "{}:{}->{}",
                    a.kind,
                    a.actor.clone().unwrap_or_default(),
                    a.counterpart.clone().or(a.location.clone()).unwrap_or_default()
                )
            })
            .collect()
    });
}
