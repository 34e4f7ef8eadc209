//! Progress on stderr (a bar only when stderr is a terminal), the closing summary line, and
//! interruption: on SIGINT/SIGTERM/SIGHUP the temporary output files are removed and the
//! process exits with status 130, so an interrupted run leaves no partial result.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Progress {
    bar: Option<ProgressBar>,
    quiet: bool,
    started: Instant,
    total_articles: Option<usize>,
    pub articles: usize,
    pub bytes: u64,
    pub failed: usize,
}

impl Progress {
    /// `total_bytes`/`total_articles` when known beforehand (files, a JSON Lines file).
    pub fn new(quiet: bool, total_bytes: Option<u64>, total_articles: Option<usize>) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = match total_bytes {
                Some(n) => {
                    let bar = ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr());
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{bar:30} {msg} {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} {elapsed} elapsed, {eta} left",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    );
                    bar
                }
                None => {
                    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
                    bar.set_style(
                        ProgressStyle::with_template("{spinner} {msg} {decimal_bytes} {decimal_bytes_per_sec} {elapsed}")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    );
                    bar
                }
            };
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            quiet,
            started: Instant::now(),
            total_articles,
            articles: 0,
            bytes: 0,
            failed: 0,
        }
    }

    /// One item done: `bytes` of input consumed, `ok` or failed.
    pub fn tick(&mut self, bytes: u64, ok: bool) {
        self.articles += 1;
        self.bytes += bytes;
        if !ok {
            self.failed += 1;
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.bytes);
            let failed =
                if self.failed > 0 { format!(", {} failed", self.failed) } else { String::new() };
            match self.total_articles {
                Some(n) => bar.set_message(format!("{}/{n} articles{failed}", self.articles)),
                None => bar.set_message(format!("{} articles{failed}", self.articles)),
            }
        }
    }

    /// Report a bad item on stderr (above the bar).
    pub fn error(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("vn-news-extract: {message}")),
            None => eprintln!("vn-news-extract: {message}"),
        }
    }

    /// Clear the bar and print the summary line (unless quiet).
    pub fn finish(&self, jobs: usize) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.quiet {
            return;
        }
        let secs = self.started.elapsed().as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        let size = if mb >= 1.0 { format!("{mb:.1} MB") } else { format!("{:.1} KB", mb * 1e3) };
        eprintln!(
            "vn-news-extract: {} articles, {size} in {secs:.2} s ({:.1} MB/s, {jobs} job{}), {} failed",
            self.articles,
            mb / secs.max(1e-9),
            if jobs == 1 { "" } else { "s" },
            self.failed
        );
    }
}

/// Temporary files being written, removed by the interruption handler.
static TEMPORARIES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Status of an interrupted run.
pub const INTERRUPTED: u8 = 130;

/// Install the handler: remove every registered temporary file, then exit with
/// [`INTERRUPTED`]. The handler runs on its own thread (not in signal context).
pub fn on_interrupt_remove_temporaries() {
    let _ = ctrlc::set_handler(|| {
        // hold the lock to the end: no new temporary file is registered after this
        let files = TEMPORARIES.lock().unwrap_or_else(|e| e.into_inner());
        for f in files.iter() {
            let _ = std::fs::remove_file(f);
        }
        eprintln!("\nvn-news-extract: interrupted; no partial result left");
        std::process::exit(INTERRUPTED.into());
    });
}

pub fn register_temporary(path: &std::path::Path) {
    TEMPORARIES.lock().unwrap_or_else(|e| e.into_inner()).push(path.to_path_buf());
}

pub fn unregister_temporary(path: &std::path::Path) {
    let mut files = TEMPORARIES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(i) = files.iter().position(|f| f == path) {
        files.swap_remove(i);
    }
}

/// The temporary name beside `path`: `.NAME.PID.tmp` in the same folder (so the final rename
/// is atomic).
pub fn temporary_name(path: &std::path::Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Write `contents` to `path` through a temporary file and a rename.
pub fn write_atomically(path: &std::path::Path, contents: &[u8]) -> std::io::Result<()> {
    let tmp = temporary_name(path);
    register_temporary(&tmp);
    let r = std::fs::write(&tmp, contents).and_then(|_| std::fs::rename(&tmp, path));
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    unregister_temporary(&tmp);
    r
}
