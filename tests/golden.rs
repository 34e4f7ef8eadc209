//! Golden test: extract the dev articles (copied into `tests/data/dev/`) and score them the
//! way `../shared/eval/score.py` does. Fails below the floors of the issues resolved so far,
//! and on any span that does not slice back to its text. Prints the table (`--nocapture`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::score::Report;
use std::path::Path;
use vn_news_extract::{extract, Options};

/// Field F1 floors.
const FLOORS: &[(&str, f64)] = &[
    ("dates", 0.95),
    ("figures", 0.90),
    ("people", 0.95),
    ("organizations", 0.85),
    ("locations", 0.90),
    ("documents", 0.90),
    ("events", 0.80),
    ("quotes", 0.90),
    ("actions", 0.70),
];
/// Sub-score floors.
const SUB_FLOORS: &[(&str, f64)] =
    &[("people.titles", 0.85), ("locations.countryCode", 0.95), ("quotes.speaker", 0.85)];
/// Sub-scores that must be perfect on the dev set.
const EXACT_SUBS: &[&str] = &["article.title", "article.published", "article.authors"];

fn dev_report() -> Report {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev");
    let mut names: Vec<String> = std::fs::read_dir(dir.join("gold"))
        .expect("tests/data/dev/gold exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "dev gold files present");
    let mut report = Report::default();
    for name in names {
        let stem = name.trim_end_matches(".json");
        let gold: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("gold").join(&name)).expect("gold readable"),
        )
        .expect("gold is JSON");
        let text = std::fs::read_to_string(dir.join("texts").join(format!("{stem}.txt")))
            .expect("text readable");
        let pred = serde_json::to_value(extract(&text, &Options::default())).expect("serialisable");
        report.add(stem, &gold, &pred, &text);
    }
    report
}

#[test]
fn dev_set_meets_floors() {
    let r = dev_report();
    println!("{}", r.log.join("\n"));
    println!("\n{}", r.table());
    let mut failed = Vec::new();
    for (field, floor) in FLOORS {
        let f1 = r.f1(field);
        if f1 < *floor {
            failed.push(format!("{field} F1 {f1:.3} < {floor}"));
        }
    }
    for (key, floor) in SUB_FLOORS {
        match r.sub(key) {
            Some(v) if v >= *floor => {}
            v => failed.push(format!("{key} {v:?} < {floor}")),
        }
    }
    for key in EXACT_SUBS {
        if r.sub(key) != Some(1.0) {
            failed.push(format!("{key} {:?} < 1.0", r.sub(key)));
        }
    }
    if !r.spans_wrong.is_empty() {
        failed.push(format!("{} wrong spans, e.g. {}", r.spans_wrong.len(), r.spans_wrong[0]));
    }
    assert!(failed.is_empty(), "below floor: {}", failed.join("; "));
}

#[test]
fn scorer_port_basics() {
    use common::score::{fold_tone, norm, token_f1};
    assert_eq!(norm("TP. Hồ Chí Minh"), norm("tp.hồ chí minh"));
    assert_eq!(fold_tone("hòa"), fold_tone("hoà"));
    assert!((token_f1("a b c", "a b d") - 2.0 / 3.0).abs() < 1e-9);
}
