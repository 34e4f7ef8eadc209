//! Example sentences as data: every line of `tests/data/cases/*.jsonl` is one case — a text
//! written for these tests (not from the dev articles) and what the extraction of it must
//! hold. A new case is one line; this runner reads them all and reports every failed check.
//!
//! A case is a JSON object with `"text"` (and an optional `"note"`, and an optional
//! `"reference"`: the reference date, `null` for none; 2025-06-15 when absent); every other key is a
//! check `"[how ]what[ NAME]"` whose value is a list of strings (or a number for `count`):
//! - `what` is a view of the result, a list of strings (see [`view`]): `people`,
//!   `titles NAME`, `honorific NAME`, `person_mentions NAME`, `places` ("name@CC"), `place_names`,
//!   `location_kind NAME`, `location_mentions NAME`, `orgs`, `org_kind NAME`, `org_country NAME`,
//!   `org_mentions NAME`, `documents` ("name; kind; number; issuer", `-` for none),
//!   `document_names`, `document_mentions NAME`, `events` ("name; kind; edition"), `editions`,
//!   `event_dates`, `quotes`
//!   (the quoted words), `speakers`, `actions` ("type; actor; counterpart or location"),
//!   `action_dates`, `figures` (the spans), `figure_values` ("value|qualifier|unit"),
//!   `date_values`, `figure_years` ("value|year", "-" without one), `authors`, `photo_credits`, `source`, `title`, `location_words` and
//!   `org_words` (every location's or organisation's name and mention texts, lower case);
//! - `how` is nothing (the view equals the list), `has` (the view contains each item),
//!   `first` (the view starts with the items), `count` (the view has that many items),
//!   `starts` (item k of the view starts with item k of the list), `set` (the view and the
//!   list hold the same items, in any order), `lacks` (the view holds none of the items).
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::path::Path;
use vn_news_extract::{extract, Extraction, Options, Span};

fn texts(spans: &[Span]) -> Vec<String> {
    spans.iter().map(|s| s.text.clone()).collect()
}

fn opt(v: Option<&str>) -> String {
    v.unwrap_or("-").to_string()
}

/// The view `what` (with its argument `name`, when it takes one) of an extraction.
fn view(e: &Extraction, what: &str, name: &str) -> Result<Vec<String>, String> {
    let person = || e.people.iter().find(|p| p.name == name);
    let location = || e.locations.iter().find(|l| l.name == name);
    let org = || e.organizations.iter().find(|o| o.name == name);
    let missing = |kind: &str| format!("no {kind} named {name:?}");
    Ok(match what {
        "people" => e.people.iter().map(|p| p.name.clone()).collect(),
        "titles" => person().ok_or_else(|| missing("person"))?.titles.clone(),
        "honorific" => {
            person().ok_or_else(|| missing("person"))?.honorific.iter().cloned().collect()
        }
        "person_mentions" => texts(&person().ok_or_else(|| missing("person"))?.mentions),
        "places" => e
            .locations
            .iter()
            .map(|l| format!("{}@{}", l.name, opt(l.country_code.as_deref())))
            .collect(),
        "place_names" => e.locations.iter().map(|l| l.name.clone()).collect(),
        "location_kind" => vec![location().ok_or_else(|| missing("location"))?.kind.to_string()],
        "location_mentions" => texts(&location().ok_or_else(|| missing("location"))?.mentions),
        "orgs" => e.organizations.iter().map(|o| o.name.clone()).collect(),
        "org_kind" => vec![org().ok_or_else(|| missing("organisation"))?.kind.to_string()],
        "org_country" => {
            vec![opt(org().ok_or_else(|| missing("organisation"))?.country.as_deref())]
        }
        "org_mentions" => texts(&org().ok_or_else(|| missing("organisation"))?.mentions),
        "documents" => e
            .documents
            .iter()
            .map(|d| {
                let (n, i) = (opt(d.number.as_deref()), opt(d.issuer.as_deref()));
                format!("{}; {}; {n}; {i}", d.name, d.kind)
            })
            .collect(),
        "document_names" => e.documents.iter().map(|d| d.name.clone()).collect(),
        "document_mentions" => texts(
            &e.documents
                .iter()
                .find(|d| d.name == name)
                .ok_or_else(|| missing("document"))?
                .mentions,
        ),
        "events" => e
            .events
            .iter()
            .map(|v| {
                let ed = v.edition.map(|n| n.to_string()).unwrap_or_else(|| "-".into());
                format!("{}; {}; {ed}", v.name, v.kind)
            })
            .collect(),
        "editions" => e
            .events
            .iter()
            .map(|v| v.edition.map(|n| n.to_string()).unwrap_or_else(|| "-".into()))
            .collect(),
        "event_dates" => e.events.iter().map(|v| opt(v.date.as_deref())).collect(),
        "quotes" => e.quotes.iter().map(|q| q.span.text.clone()).collect(),
        "speakers" => e.quotes.iter().map(|q| opt(q.speaker.as_deref())).collect(),
        "actions" => e
            .actions
            .iter()
            .map(|a| {
                let other = a.counterpart.clone().or(a.location.clone()).unwrap_or_default();
                format!("{}; {}; {other}", a.kind, a.actor.clone().unwrap_or_default())
            })
            .collect(),
        "action_dates" => e.actions.iter().map(|a| opt(a.date.as_deref())).collect(),
        "figures" => e.figures.iter().map(|f| f.span.text.clone()).collect(),
        "figure_values" => {
            e.figures.iter().map(|g| format!("{}|{}|{}", g.value, g.qualifier, g.unit)).collect()
        }
        "date_values" => e.dates.iter().map(|d| d.value.clone()).collect(),
        "figure_years" => e
            .figures
            .iter()
            .map(|g| format!("{}|{}", g.value, g.year.as_deref().unwrap_or("-")))
            .collect(),
        "location_words" => e
            .locations
            .iter()
            .flat_map(|l| std::iter::once(&l.name).chain(l.mentions.iter().map(|m| &m.text)))
            .map(|w| w.to_lowercase())
            .collect(),
        "org_words" => e
            .organizations
            .iter()
            .flat_map(|o| std::iter::once(&o.name).chain(o.mentions.iter().map(|m| &m.text)))
            .map(|w| w.to_lowercase())
            .collect(),
        "title" => e.article.title.iter().cloned().collect(),
        "authors" => e.article.authors.clone(),
        "photo_credits" => e.article.photo_credits.clone(),
        "source" => e.article.source.iter().cloned().collect(),
        _ => return Err(format!("unknown view {what:?}")),
    })
}

/// Views that take a NAME argument.
const NAMED: &[&str] = &[
    "titles",
    "honorific",
    "person_mentions",
    "location_kind",
    "location_mentions",
    "org_kind",
    "org_country",
    "org_mentions",
    "document_mentions",
];

/// Run one check `key` with its expected `want` on `e`; an error message when it fails.
fn check(e: &Extraction, key: &str, want: &Value) -> Result<(), String> {
    let (how, rest) = match key.split_once(' ') {
        Some((h, r)) if ["has", "first", "count", "starts", "set", "lacks"].contains(&h) => (h, r),
        _ => ("equals", key),
    };
    let (what, name) = match rest.split_once(' ') {
        Some((w, n)) if NAMED.contains(&w) => (w, n),
        _ => (rest, ""),
    };
    let got = view(e, what, name)?;
    let list = |v: &Value| -> Result<Vec<String>, String> {
        v.as_array()
            .ok_or_else(|| format!("{key}: expected a list"))?
            .iter()
            .map(|x| x.as_str().map(str::to_string).ok_or_else(|| format!("{key}: not a string")))
            .collect()
    };
    let ok = match how {
        "equals" => got == list(want)?,
        "has" => list(want)?.iter().all(|w| got.contains(w)),
        "first" => got.starts_with(&list(want)?),
        "starts" => {
            let w = list(want)?;
            got.len() >= w.len() && w.iter().zip(&got).all(|(w, g)| g.starts_with(w.as_str()))
        }
        "count" => Some(got.len() as u64) == want.as_u64(),
        "set" => {
            let set = |v: &[String]| v.iter().cloned().collect::<std::collections::BTreeSet<_>>();
            set(&got) == set(&list(want)?)
        }
        "lacks" => !list(want)?.iter().any(|w| got.contains(w)),
        _ => unreachable!(),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{key}: want {want}, got {got:?}"))
    }
}

/// Every case of one file: (line number, case).
fn cases(file: &str) -> Vec<(usize, serde_json::Map<String, Value>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/cases").join(file);
    let text = std::fs::read_to_string(&path).expect("case file readable");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with("//"))
        .map(|(i, l)| match serde_json::from_str::<Value>(l) {
            Ok(Value::Object(m)) => (i + 1, m),
            other => panic!("{file}:{}: not a JSON object: {other:?}", i + 1),
        })
        .collect()
}

fn run(file: &str) {
    let all = cases(file);
    assert!(!all.is_empty(), "{file} has no cases");
    let mut failures = Vec::new();
    let mut checks = 0;
    for (line, case) in &all {
        let text = case.get("text").and_then(Value::as_str).expect("every case has a text");
        let reference = match case.get("reference") {
            None => Some("2025-06-15".to_string()),
            Some(Value::Null) => None,
            Some(r) => Some(r.as_str().expect("a reference date is a string").to_string()),
        };
        let e = extract(text, &Options { reference_date: reference });
        let meta = ["text", "note", "reference"];
        for (key, want) in case.iter().filter(|(k, _)| !meta.contains(&k.as_str())) {
            checks += 1;
            if let Err(msg) = check(&e, key, want) {
                failures.push(format!("{file}:{line}: {msg}\n    text: {text}"));
            }
        }
    }
    assert!(checks >= all.len(), "{file}: a case without checks");
    assert!(failures.is_empty(), "{} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn entities() {
    run("entities.jsonl");
}

#[test]
fn what_happened() {
    run("what_happened.jsonl");
}

#[test]
fn people_and_card() {
    run("people_card.jsonl");
}

#[test]
fn dates_and_figures() {
    run("dates_figures.jsonl");
}

#[test]
fn places_and_orgs() {
    run("places_orgs.jsonl");
}

#[test]
fn actions() {
    run("actions.jsonl");
}

#[test]
fn the_runner_fails_wrong_expectations() {
    let e = extract(
        "Chiều 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.",
        &Options { reference_date: Some("2025-06-15".into()) },
    );
    let v = |s: &str| -> Value { serde_json::from_str(s).expect("json") };
    assert!(check(&e, "people", &v(r#"["Phạm Minh Chính", "Ito Naoki"]"#)).is_ok());
    assert!(check(&e, "people", &v(r#"["Phạm Minh Chính"]"#)).is_err());
    assert!(check(&e, "has people", &v(r#"["Ito Naoki"]"#)).is_ok());
    assert!(check(&e, "has people", &v(r#"["Tô Lâm"]"#)).is_err());
    assert!(check(&e, "count people", &v("2")).is_ok());
    assert!(check(&e, "count people", &v("3")).is_err());
    assert!(check(&e, "titles Tô Lâm", &v("[]")).is_err());
    assert!(check(&e, "nonsense", &v("[]")).is_err());
    assert!(check(&e, "set people", &v(r#"["Ito Naoki", "Phạm Minh Chính"]"#)).is_ok());
    assert!(check(&e, "set people", &v(r#"["Ito Naoki"]"#)).is_err());
    assert!(check(&e, "lacks people", &v(r#"["Tô Lâm"]"#)).is_ok());
    assert!(check(&e, "lacks people", &v(r#"["Ito Naoki"]"#)).is_err());
}
