//! Table-driven cases for organisations and places (tests/data/q_where.tsv): each row is a
//! sentence written for the test, the names that must be found and the names that must not.
use vn_news_extract::extract;

#[test]
fn where_and_which_bodies() {
    let table = include_str!("data/q_where.tsv");
    let mut failures = Vec::new();
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let (kind, text) = (f[0], f[1]);
        let must: Vec<&str> =
            f.get(2).map(|s| s.split('|').filter(|x| !x.is_empty()).collect()).unwrap_or_default();
        let must_not: Vec<&str> =
            f.get(3).map(|s| s.split('|').filter(|x| !x.is_empty()).collect()).unwrap_or_default();
        let x = extract(text, &Default::default());
        let names: Vec<String> = match kind {
            "locations" => x
                .locations
                .iter()
                .flat_map(|l| {
                    std::iter::once(l.name.clone()).chain(l.mentions.iter().map(|m| m.text.clone()))
                })
                .collect(),
            _ => x
                .organizations
                .iter()
                .flat_map(|o| {
                    std::iter::once(o.name.clone()).chain(o.mentions.iter().map(|m| m.text.clone()))
                })
                .collect(),
        };
        let has = |n: &str| names.iter().any(|x| x.to_lowercase() == n.to_lowercase());
        for n in &must {
            if !has(n) {
                failures.push(format!("{kind}: missing {n:?} in {text:?}: {names:?}"));
            }
        }
        for n in &must_not {
            if has(n) {
                failures.push(format!("{kind}: unexpected {n:?} in {text:?}: {names:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
