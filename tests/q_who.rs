//! People and the article card on texts written for these tests, read from two tables in
//! `tests/data/q-who/` (people.tsv, card.tsv): names and their boundaries, roles that are not
//! people, initials, year names, streets; credits and bylines glued to the text.
#![cfg(not(target_arch = "wasm32"))]

use vn_news_extract::{extract, Extraction, Options};

fn x(text: &str) -> Extraction {
    extract(&text.replace("\\n", "\n"), &Options { reference_date: Some("2025-06-15".into()) })
}

fn list(field: &str) -> Vec<String> {
    field.split(" | ").map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

fn rows(table: &str) -> Vec<Vec<&str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect()
}

#[test]
fn people_table() {
    let mut failures = Vec::new();
    let table = include_str!("data/q-who/people.tsv");
    for r in rows(table) {
        let e = x(r[0]);
        let got: Vec<String> = e.people.iter().map(|p| p.name.clone()).collect();
        let want = list(r.get(1).copied().unwrap_or(""));
        if got != want {
            failures.push(format!("{}\n  people: got {got:?}, want {want:?}", r[0]));
        }
        if let Some((name, titles)) = r.get(2).and_then(|t| t.split_once(" => ")) {
            let want: Vec<String> = titles.split(" ; ").map(|t| t.trim().to_string()).collect();
            let got = e.people.iter().find(|p| p.name == name.trim()).map(|p| p.titles.clone());
            if got.as_ref() != Some(&want) {
                failures.push(format!("{}\n  titles of {name}: got {got:?}, want {want:?}", r[0]));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn card_table() {
    let mut failures = Vec::new();
    for r in rows(include_str!("data/q-who/card.tsv")) {
        let a = x(r[0]).article;
        let got: Vec<String> = match r[1] {
            "authors" => a.authors.clone(),
            "photoCredits" => a.photo_credits.clone(),
            "source" => a.source.clone().into_iter().collect(),
            "title" => a.title.clone().into_iter().collect(),
            other => panic!("unknown field {other}"),
        };
        let want = list(r.get(2).copied().unwrap_or(""));
        if got != want {
            failures.push(format!("{}\n  {}: got {got:?}, want {want:?}", r[0], r[1]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
