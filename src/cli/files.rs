//! `--out DIR FILE|FOLDER...`: one result file per article. A FILE gives `DIR/<stem>.json`; a
//! FOLDER is walked for `*.txt` (recursively, in name order) and its tree is mirrored:
//! `FOLDER/a/b.txt` gives `DIR/a/b.json`. Each result is written to a temporary name and
//! renamed, so a result file is either complete or absent.

use super::pool::ordered_map;
use super::progress::{write_atomically, Progress};
use super::{read_input, to_json, Settings};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use vn_news_extract::{extract_bytes, Options};

struct Job {
    input: PathBuf,
    output: PathBuf,
}

/// `*.txt` under `dir`, sorted by name at each level; folders given by symbolic links are not
/// followed (no cycles), linked files are read.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(format!("{}: {e}", dir.display()));
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        match e.file_type() {
            Ok(t) if t.is_dir() => walk(&path, out, errors),
            Ok(_) if path.extension().is_some_and(|x| x == "txt") => out.push(path),
            Ok(_) => {}
            Err(err) => errors.push(format!("{}: {err}", path.display())),
        }
    }
}

/// Run the per-file mode; returns whether every article was extracted.
pub fn run(settings: &Settings, dir: &Path, inputs: &[String]) -> bool {
    let mut jobs = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for input in inputs {
        let p = Path::new(input);
        let mut pairs = Vec::new();
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found, &mut errors);
            for f in found {
                let rel = f.strip_prefix(p).unwrap_or(&f).with_extension("json");
                pairs.push((f.clone(), dir.join(rel)));
            }
        } else {
            let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned());
            let name = format!("{}.json", stem.as_deref().unwrap_or("stdin"));
            pairs.push((p.to_path_buf(), dir.join(name)));
        }
        for (input, output) in pairs {
            if seen.insert(output.clone()) {
                jobs.push(Job { input, output });
            } else {
                errors.push(format!(
                    "{}: skipped, its result {} is already another input's",
                    input.display(),
                    output.display()
                ));
            }
        }
    }
    let folders: HashSet<PathBuf> =
        jobs.iter().filter_map(|j| j.output.parent().map(Path::to_path_buf)).collect();
    for f in std::iter::once(dir.to_path_buf()).chain(folders) {
        if let Err(e) = std::fs::create_dir_all(&f) {
            eprintln!("vn-news-extract: {}: {e}", f.display());
            return false;
        }
    }
    let total: u64 =
        jobs.iter().map(|j| std::fs::metadata(&j.input).map(|m| m.len()).unwrap_or(0)).sum();
    let mut progress = Progress::new(settings.quiet, Some(total), Some(jobs.len()));
    for e in &errors {
        progress.error(e);
    }
    progress.failed += errors.len();
    let options = Options { reference_date: settings.reference_date.clone() };
    let pretty = settings.pretty;
    ordered_map(
        jobs.into_iter(),
        settings.jobs,
        |job| {
            let path = job.input.to_string_lossy().into_owned();
            let result = read_input(&path).and_then(|text| {
                let json = to_json(&extract_bytes(&text, &options), pretty) + "\n";
                write_atomically(&job.output, json.as_bytes()).map(|_| text.len() as u64)
            });
            (path, result)
        },
        |(path, result)| {
            match result {
                Ok(bytes) => progress.tick(bytes, true),
                Err(e) => {
                    progress.error(&format!("{path}: {e}"));
                    progress.tick(0, false);
                }
            }
            true
        },
    );
    progress.finish(settings.jobs);
    progress.failed == 0
}
