//! Build script (Cargo.toml: `build = "scripts/build.rs"`): compacts the lexicons for the
//! binary. The TSV files in `src/lexicons/` are the documented source (comment lines with their
//! provenance, English notes); what the extractor reads needs neither, so each file is copied
//! to `OUT_DIR` without comment lines and without the columns listed here. The code includes the
//! copies with `include_str!(concat!(env!("OUT_DIR"), "/NAME.tsv"))`.
use std::{env, fs, path::Path};

/// Columns the extractor does not read (documentation only).
const DROP: &[(&str, &[&str])] = &[
    ("titles.tsv", &["takes_org", "notes"]),
    ("org_patterns.tsv", &["notes"]),
    ("surnames.tsv", &["frequency_rank", "notes"]),
    ("sino_names.tsv", &["country", "role"]),
    ("honorifics.tsv", &["kind", "gender"]),
    ("vn_districts.tsv", &["province_now", "code", "now"]),
    ("world_cities.tsv", &["population", "admin1"]),
    ("world_subdivisions.tsv", &["code", "level", "type"]),
];

fn main() {
    let src =
        Path::new(&env::var("CARGO_MANIFEST_DIR").expect("manifest dir")).join("src/lexicons");
    let out = Path::new(&env::var("OUT_DIR").expect("out dir")).join("lexicons");
    fs::create_dir_all(&out).expect("create OUT_DIR/lexicons");
    println!("cargo:rerun-if-changed=src/lexicons");
    for entry in fs::read_dir(&src).expect("src/lexicons") {
        let path = entry.expect("dir entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        if !name.ends_with(".tsv") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("lexicon is UTF-8");
        let mut lines = text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
        let drop = DROP.iter().find(|(n, _)| *n == name).map(|(_, d)| *d).unwrap_or(&[]);
        let keep: Vec<usize> = (0..header.len()).filter(|&i| !drop.contains(&header[i])).collect();
        let pick = |l: &str| -> String {
            let f: Vec<&str> = l.split('\t').collect();
            keep.iter().map(|&i| f.get(i).copied().unwrap_or("")).collect::<Vec<_>>().join("\t")
        };
        let mut compact = pick(&header.join("\t"));
        compact.push('\n');
        for l in lines {
            compact.push_str(&pick(l));
            compact.push('\n');
        }
        fs::write(out.join(&name), compact).expect("write compact lexicon");
    }
}
