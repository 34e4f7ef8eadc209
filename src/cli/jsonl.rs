//! `--jsonl FILE|-`: a JSON Lines archive in, one result line per article out (stdout, or
//! `--out FILE` written to a temporary name and renamed at the end). The record format is in
//! `record.rs`. Lines stream: memory stays bounded whatever the archive's size.

use super::pool::ordered_map;
use super::progress::{register_temporary, temporary_name, unregister_temporary, Progress};
use super::record::process_line;
use super::Settings;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;

/// Lines of the input, each with the bytes it took (invalid UTF-8 replaced, as for files).
struct Lines<R: BufRead> {
    reader: R,
    read_error: Option<std::io::Error>,
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = (String, u64);
    fn next(&mut self) -> Option<(String, u64)> {
        let mut buf = Vec::new();
        match self.reader.read_until(b'\n', &mut buf) {
            Ok(0) => None,
            Ok(n) => {
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                }
                Some((String::from_utf8_lossy(&buf).into_owned(), n as u64))
            }
            Err(e) => {
                self.read_error = Some(e);
                None
            }
        }
    }
}

/// The input ("-": standard input) and its size when known; `None` (said) when it cannot be
/// opened.
fn open_input(input: &str) -> Option<(Box<dyn Read + Send>, Option<u64>)> {
    if input == "-" {
        return Some((Box::new(std::io::stdin()), None));
    }
    match std::fs::File::open(input) {
        Ok(f) => {
            let len = f.metadata().ok().map(|m| m.len());
            Some((Box::new(f), len))
        }
        Err(e) => {
            eprintln!("vn-news-extract: {input}: {e}");
            None
        }
    }
}

/// Where results go: the temporary file `tmp` beside `out` (its folder made), registered
/// for removal on interrupt, else standard output; `None` (said) when it cannot be created.
fn open_output(tmp: Option<&Path>, out: Option<&Path>) -> Option<Box<dyn Write>> {
    let (Some(tmp), Some(out)) = (tmp, out) else {
        return Some(Box::new(std::io::stdout().lock()));
    };
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("vn-news-extract: {}: {e}", dir.display());
            return None;
        }
    }
    register_temporary(tmp);
    match std::fs::File::create(tmp) {
        Ok(f) => Some(Box::new(f)),
        Err(e) => {
            unregister_temporary(tmp);
            eprintln!("vn-news-extract: {}: {e}", out.display());
            None
        }
    }
}

/// Put the temporary file in place of `out` when the run is `complete`; a read or write error
/// leaves no result file (bad lines do: they have error records).
fn settle_output(tmp: &Path, out: &Path, complete: bool) -> std::io::Result<()> {
    let r = if complete { std::fs::rename(tmp, out) } else { Ok(()) };
    if !complete || r.is_err() {
        let _ = std::fs::remove_file(tmp);
    }
    unregister_temporary(tmp);
    r
}

/// Run the JSON Lines mode; returns whether every line was extracted.
pub fn run(settings: &Settings, input: &str, out: Option<&Path>) -> bool {
    let Some((reader, total)) = open_input(input) else { return false };
    let tmp = out.map(temporary_name);
    let Some(writer) = open_output(tmp.as_deref(), out) else { return false };
    let mut writer = BufWriter::with_capacity(1 << 16, writer);
    let mut progress = Progress::new(settings.quiet, total, None);
    let mut lines = Lines { reader: BufReader::with_capacity(1 << 16, reader), read_error: None };
    let mut write_error = None;
    let default_date = settings.reference_date.as_deref();
    let name = if input == "-" { "stdin" } else { input };
    ordered_map(
        (&mut lines).enumerate(),
        settings.jobs,
        |(i, (line, bytes))| (process_line(&line, i + 1, default_date), bytes),
        |(outcome, bytes)| {
            if let Some(e) = &outcome.error {
                progress.error(&format!("{name}: {e}"));
            }
            if let Some(line) = &outcome.line {
                progress.tick(bytes, outcome.error.is_none());
                if let Err(e) =
                    writer.write_all(line.as_bytes()).and_then(|_| writer.write_all(b"\n"))
                {
                    write_error = Some(e);
                    return false;
                }
            }
            true
        },
    );
    let flushed = writer.flush().map_err(|e| write_error.get_or_insert(e).kind());
    drop(writer);
    let read_error = lines.read_error.take();
    if let Some(e) = &read_error {
        progress.error(&format!("{name}: {e}"));
    }
    let mut ok = progress.failed == 0 && read_error.is_none() && flushed.is_ok();
    if let Some(e) = &write_error {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            progress.error(&format!("writing the results: {e}"));
        }
        ok = false;
    }
    if let (Some(tmp), Some(out)) = (&tmp, out) {
        let complete = read_error.is_none() && write_error.is_none();
        if let Err(e) = settle_output(tmp, out, complete) {
            progress.error(&format!("{}: {e}", out.display()));
            ok = false;
        }
    }
    progress.finish(settings.jobs);
    ok
}
