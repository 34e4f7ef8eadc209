//! The command line's parts: arguments, the per-file and folder mode (`files`), the JSON Lines
//! mode (`jsonl`, record format in `record`), the ordered thread pool (`pool`), progress,
//! summary and interruption (`progress`). Only the crate's public API is used.

pub mod files;
pub mod jsonl;
pub mod pool;
pub mod progress;
pub mod record;

use std::io::Read;
use std::path::PathBuf;

pub const USAGE: &str = "usage:
  vn-news-extract [OPTIONS] [FILE | -]             one article: print its Extraction JSON
  vn-news-extract [OPTIONS] --out DIR PATH...      one result per article: a FILE gives
                                                   DIR/<stem>.json; a FOLDER is walked for *.txt
                                                   and mirrored (FOLDER/a/b.txt -> DIR/a/b.json)
  vn-news-extract [OPTIONS] --jsonl FILE|- [--out FILE]
                                                   JSON Lines: {\"id\",\"text\",\"referenceDate\",...}
                                                   per line in, {\"id\",...,\"extraction\"} per line
                                                   out (stdout, or FILE)
options:
  --jobs N               extract on N threads (default: all cores); results stay in input order
  --reference-date D     resolve relative dates against D (YYYY-MM-DD) when the article has no
                         dateline (in JSON Lines: for lines without \"referenceDate\")
  --pretty               indent the JSON (not with --jsonl)
  --quiet                no progress bar, no summary line
exit status: 0 all extracted, 1 some article failed (each one named on stderr), 2 usage,
130 interrupted (temporary output removed)";

/// What the options say.
pub struct Settings {
    pub pretty: bool,
    pub quiet: bool,
    pub jobs: usize,
    pub reference_date: Option<String>,
}

pub struct Args {
    pub settings: Settings,
    pub out: Option<PathBuf>,
    pub jsonl: Option<String>,
    pub paths: Vec<String>,
}

/// `Err("")` for --help.
pub fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut a = Args {
        settings: Settings { pretty: false, quiet: false, jobs: cores, reference_date: None },
        out: None,
        jsonl: None,
        paths: Vec::new(),
    };
    let mut it = args;
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--pretty" => a.settings.pretty = true,
            "--quiet" | "-q" => a.settings.quiet = true,
            "--reference-date" => {
                a.settings.reference_date = Some(it.next().ok_or("--reference-date needs a value")?)
            }
            "--out" => a.out = Some(PathBuf::from(it.next().ok_or("--out needs a path")?)),
            "--jsonl" => a.jsonl = Some(it.next().ok_or("--jsonl needs a file or -")?),
            "--jobs" | "-j" => {
                let v = it.next().ok_or("--jobs needs a number")?;
                a.settings.jobs = match v.parse::<usize>() {
                    Ok(n) if n >= 1 => n,
                    _ => return Err(format!("--jobs {v:?}: a number of threads, 1 or more")),
                };
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => a.paths.push(arg),
        }
    }
    if a.jsonl.is_some() {
        if !a.paths.is_empty() {
            return Err("--jsonl reads one input; give other files in another run".into());
        }
        if a.settings.pretty {
            return Err("--pretty does not go with --jsonl (one result per line)".into());
        }
    }
    Ok(a)
}

/// A file's bytes, or standard input's for `-`; `extract_bytes` replaces invalid UTF-8 (never
/// rejects it) and counts the bytes as given for the truncation warning.
pub fn read_input(path: &str) -> std::io::Result<Vec<u8>> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b)?;
        b
    } else {
        std::fs::read(path)?
    };
    Ok(bytes)
}

pub fn to_json(x: &vn_news_extract::Extraction, pretty: bool) -> String {
    let r = if pretty { serde_json::to_string_pretty(x) } else { serde_json::to_string(x) };
    r.unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
}
