//! `vn-news-extract`: the extractor on the command line.
//!
//! ```text
//! vn-news-extract [--pretty] [--reference-date YYYY-MM-DD] [FILE | -]
//! vn-news-extract [--pretty] [--reference-date YYYY-MM-DD] --out DIR FILE...
//! ```
//! With one FILE (or `-`, or none: standard input) it prints the Extraction JSON.
//! With `--out DIR` it writes `DIR/<file stem>.json` for each FILE.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vn_news_extract::{extract_bytes, Options};

const USAGE: &str =
    "usage: vn-news-extract [--pretty] [--reference-date YYYY-MM-DD] [--out DIR] [FILE... | -]
  FILE or - (or nothing): read one article, print its Extraction JSON
  --out DIR FILE...      write DIR/<file stem>.json for each FILE
  --reference-date D     resolve relative dates against D when the article has no dateline
  --pretty               indent the JSON";

struct Args {
    pretty: bool,
    reference_date: Option<String>,
    out: Option<PathBuf>,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args { pretty: false, reference_date: None, out: None, files: Vec::new() };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--pretty" => a.pretty = true,
            "--reference-date" => {
                a.reference_date = Some(it.next().ok_or("--reference-date needs a value")?)
            }
            "--out" => a.out = Some(PathBuf::from(it.next().ok_or("--out needs a directory")?)),
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => a.files.push(arg),
        }
    }
    Ok(a)
}

/// The bytes of a file or of standard input; `extract_bytes` replaces invalid UTF-8, never
/// rejects it: any input gives a result.
fn read_input(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b)?;
        Ok(b)
    } else {
        std::fs::read(path)
    }
}

fn to_json(x: &vn_news_extract::Extraction, pretty: bool) -> String {
    let r = if pretty { serde_json::to_string_pretty(x) } else { serde_json::to_string(x) };
    r.unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("vn-news-extract: {e}");
            }
            eprintln!("{USAGE}");
            return if e.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) };
        }
    };
    let options = Options { reference_date: args.reference_date.clone() };
    match &args.out {
        None => {
            if args.files.len() > 1 {
                eprintln!("vn-news-extract: several files need --out DIR\n{USAGE}");
                return ExitCode::from(2);
            }
            let path = args.files.first().map(String::as_str).unwrap_or("-");
            match read_input(path) {
                Ok(text) => {
                    let json = to_json(&extract_bytes(&text, &options), args.pretty);
                    let mut out = std::io::stdout().lock();
                    if writeln!(out, "{json}").is_err() {
                        return ExitCode::FAILURE;
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("vn-news-extract: {path}: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(dir) => {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("vn-news-extract: {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
            let mut failed = false;
            for path in &args.files {
                let stem = Path::new(path)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "stdin".into());
                let result = read_input(path).and_then(|text| {
                    let json = to_json(&extract_bytes(&text, &options), args.pretty);
                    std::fs::write(dir.join(format!("{stem}.json")), json + "\n")
                });
                if let Err(e) = result {
                    eprintln!("vn-news-extract: {path}: {e}");
                    failed = true;
                }
            }
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}
