//! The conformance tables of `tests/data/conformance/` (tab-separated, a header line, `#`
//! comments) and the check that runs every row. Shared by `tests/conformance.rs` and the unit
//! tests of `src/text/numerals.rs` (which includes this file by path: the numeral parser is
//! not public).

/// The rows of a conformance table, each split at tabs.
pub fn rows(file: &str) -> Vec<Vec<String>> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/conformance").join(file);
    let text = std::fs::read_to_string(&path).expect("conformance file readable");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1) // header
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// Check every row of `file` (at least `min` of them) with `check`, which describes a failure;
/// fail with all failures listed.
pub fn check_rows(file: &str, min: usize, check: impl Fn(&[String]) -> Option<String>) {
    let rows = rows(file);
    assert!(rows.len() > min, "{file}: {} rows", rows.len());
    let failures: Vec<String> = rows.iter().filter_map(|r| check(r)).collect();
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}
