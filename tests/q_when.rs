//! Dates and figures on sentences written for these tests: the table
//! `tests/data/q_when/cases.tsv` (field, reference date, text, expected values).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;
use vn_news_extract::{extract, Options};

#[test]
fn dates_and_figures_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/q_when/cases.tsv");
    let table = std::fs::read_to_string(path).expect("cases table readable");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 4, "four columns: {line}");
        let reference = (f[1] != "-").then(|| f[1].to_string());
        let text = f[2].replace("\\n", "\n");
        let x = extract(&text, &Options { reference_date: reference });
        let expected: Vec<String> =
            if f[3] == "-" { Vec::new() } else { f[3].split(';').map(str::to_string).collect() };
        let ok = match f[0] {
            "dates" => {
                let got: BTreeSet<String> = x.dates.iter().map(|d| d.value.clone()).collect();
                let want: BTreeSet<String> = expected.iter().cloned().collect();
                (got == want).then_some(()).ok_or(format!("{got:?}"))
            }
            "figures" => {
                let got: Vec<String> = x
                    .figures
                    .iter()
                    .map(|g| format!("{}|{}|{}", g.value, g.qualifier, g.unit))
                    .collect();
                (got == expected).then_some(()).ok_or(format!("{got:?}"))
            }
            other => panic!("unknown field {other}"),
        };
        if let Err(got) = ok {
            failures.push(format!("{}: {:?}\n  want {:?}\n  got  {got}", f[0], f[2], expected));
        }
        n += 1;
    }
    assert!(n >= 20, "the table has its cases");
    assert!(failures.is_empty(), "{} of {n} cases fail:\n{}", failures.len(), failures.join("\n"));
}
