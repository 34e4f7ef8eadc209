//! `vn-news-extract`: the extractor on the command line.
//!
//! ```text
//! vn-news-extract [OPTIONS] [FILE | -]                   one article -> its Extraction JSON
//! vn-news-extract [OPTIONS] --out DIR FILE|FOLDER...     one DIR/….json per article
//! vn-news-extract [OPTIONS] --jsonl FILE|- [--out FILE]  JSON Lines in, JSON Lines out
//! ```
//! Batch modes run on `--jobs N` threads (default: all cores), keep the input order, show a
//! progress bar when stderr is a terminal and a summary line at the end, name every bad
//! article on stderr and exit with status 1 if there was one. The parts are in `src/cli/`.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

/// The command line is native only; built for wasm32 (as `cargo test --target wasm32-…` does
/// with every target) the binary is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use cli::{files, jsonl, parse_args, progress, read_input, to_json, USAGE};
#[cfg(not(target_arch = "wasm32"))]
use std::io::Write;
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;
#[cfg(not(target_arch = "wasm32"))]
use vn_news_extract::{extract_bytes, Options};

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("vn-news-extract: {e}");
            }
            eprintln!("{USAGE}");
            return if e.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) };
        }
    };
    let s = &args.settings;
    let ok = if let Some(input) = &args.jsonl {
        progress::on_interrupt_remove_temporaries();
        jsonl::run(s, input, args.out.as_deref())
    } else if let Some(dir) = &args.out {
        progress::on_interrupt_remove_temporaries();
        files::run(s, dir, &args.paths)
    } else {
        // one article to standard output, as before
        if args.paths.len() > 1 {
            eprintln!("vn-news-extract: several files need --out DIR (or --jsonl)\n{USAGE}");
            return ExitCode::from(2);
        }
        let path = args.paths.first().map(String::as_str).unwrap_or("-");
        if std::path::Path::new(path).is_dir() {
            eprintln!("vn-news-extract: {path} is a folder: give --out DIR\n{USAGE}");
            return ExitCode::from(2);
        }
        match read_input(path) {
            Ok(text) => {
                let options = Options { reference_date: s.reference_date.clone() };
                let json = to_json(&extract_bytes(&text, &options), s.pretty);
                writeln!(std::io::stdout().lock(), "{json}").is_ok()
            }
            Err(e) => {
                eprintln!("vn-news-extract: {path}: {e}");
                false
            }
        }
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
