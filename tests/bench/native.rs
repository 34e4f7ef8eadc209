//! Native benchmark: throughput of `extract` and of each stage, on the dev articles and on
//! 1 MB and 10 MB concatenations of them, and the scaling from 1 KB to 10 MB.
//!
//!     cargo bench --bench native            (or: bash scripts/bench.sh for native + wasm)
//!
//! Prints tables in Markdown; `--json FILE` also writes the numbers for scripts/bench.sh.
use std::time::{Duration, Instant};
use vn_news_extract::{extract, extract_with_probe, Options, STAGES};

fn corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev/texts");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("dev texts")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    files.sort();
    files.into_iter().map(|p| std::fs::read_to_string(p).expect("readable")).collect()
}

fn concat(texts: &[String], bytes: usize) -> String {
    if texts.first().map(|t| t.len() > bytes).unwrap_or(false) {
        // less than one article: its first `bytes` bytes (at a character boundary)
        let t = &texts[0];
        let mut end = bytes;
        while !t.is_char_boundary(end) {
            end -= 1;
        }
        return t[..end].to_string();
    }
    let mut s = String::with_capacity(bytes + 16 * 1024);
    'outer: loop {
        for t in texts {
            if s.len() + t.len() + 2 > bytes {
                if s.is_empty() {
                    s.push_str(t);
                }
                break 'outer;
            }
            s.push_str(t);
            s.push_str("\n\n");
        }
    }
    s
}

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

/// Best of `reps` runs of `f` (the least disturbed by other work on a shared machine).
fn best<T>(reps: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..reps {
        let t = Instant::now();
        std::hint::black_box(f());
        best = best.min(t.elapsed());
    }
    best
}

/// The process's peak resident set (VmHWM) in KiB, where /proc gives it (Linux).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let json_out = args.iter().position(|a| a == "--json").and_then(|i| args.get(i + 1)).cloned();
    let opts = Options::default();
    let dev = corpus();
    let dev_bytes: usize = dev.iter().map(|t| t.len()).sum();
    // warm the lexicons once (their build is not part of the throughput)
    let t0 = Instant::now();
    extract("Năm 2025", &opts);
    let init = t0.elapsed();

    let dev_time = best(20, || dev.iter().map(|t| extract(t, &opts).dates.len()).sum::<usize>());
    let dev_json = best(20, || {
        dev.iter()
            .map(|t| serde_json::to_string(&extract(t, &opts)).map(|s| s.len()).unwrap_or(0))
            .sum::<usize>()
    });
    let mb1 = concat(&dev, 1 << 20);
    let mb10 = concat(&dev, 10 << 20);
    let t1 = best(3, || extract(&mb1, &opts));
    let t10 = best(1, || extract(&mb10, &opts));
    let peak_kb = peak_rss_kb();

    // per stage, on the 1 MB text
    let mut stage_time = vec![Duration::ZERO; STAGES.len()];
    for _ in 0..3 {
        let mut last = Instant::now();
        let mut k = 0;
        let mut times = vec![Duration::ZERO; STAGES.len()];
        extract_with_probe(&mb1, &opts, &mut |_| {
            times[k] = last.elapsed();
            last = Instant::now();
            k += 1;
        });
        for (i, t) in times.into_iter().enumerate() {
            if stage_time[i] == Duration::ZERO || t < stage_time[i] {
                stage_time[i] = t;
            }
        }
    }
    let x = extract(&mb1, &opts);
    let ser = best(3, || serde_json::to_string(&x).map(|s| s.len()).unwrap_or(0));

    println!("## Native (this machine, release build)\n");
    println!("lexicons built once in {:.1} ms\n", init.as_secs_f64() * 1e3);
    println!("| input | bytes | time | MB/s |");
    println!("|---|---:|---:|---:|");
    println!(
        "| dev articles (5), extract | {} | {:.2} ms | {:.1} |",
        dev_bytes,
        dev_time.as_secs_f64() * 1e3,
        mbps(dev_bytes, dev_time)
    );
    println!(
        "| dev articles (5), extract + JSON | {} | {:.2} ms | {:.1} |",
        dev_bytes,
        dev_json.as_secs_f64() * 1e3,
        mbps(dev_bytes, dev_json)
    );
    println!(
        "| 1 MB concatenation | {} | {:.1} ms | {:.1} |",
        mb1.len(),
        t1.as_secs_f64() * 1e3,
        mbps(mb1.len(), t1)
    );
    println!(
        "| 10 MB concatenation | {} | {:.0} ms | {:.1} |",
        mb10.len(),
        t10.as_secs_f64() * 1e3,
        mbps(mb10.len(), t10)
    );
    if let Some(kb) = peak_kb {
        println!(
            "\npeak resident memory of the process after the 10 MB input: {:.0} MiB",
            kb as f64 / 1024.0
        );
    }
    println!("\n### Stages (1 MB)\n");
    println!("| stage | time | MB/s |");
    println!("|---|---:|---:|");
    for (s, t) in STAGES.iter().zip(&stage_time) {
        println!("| {s} | {:.1} ms | {:.0} |", t.as_secs_f64() * 1e3, mbps(mb1.len(), *t));
    }
    println!(
        "| serialise (JSON) | {:.1} ms | {:.0} |",
        ser.as_secs_f64() * 1e3,
        mbps(mb1.len(), ser)
    );

    println!("\n### Scaling\n");
    println!("| input | time | µs per KB |");
    println!("|---|---:|---:|");
    let mut scaling = Vec::new();
    for size in [1usize << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20] {
        let t = concat(&dev, size);
        let reps = if size <= 100 << 10 {
            20
        } else if size <= 1 << 20 {
            3
        } else {
            1
        };
        let d = best(reps, || extract(&t, &opts));
        let per_kb = d.as_secs_f64() * 1e6 / (t.len() as f64 / 1024.0);
        println!("| {} | {:.2} ms | {:.0} |", human(t.len()), d.as_secs_f64() * 1e3, per_kb);
        scaling.push((t.len(), d.as_secs_f64()));
    }
    if let Some(path) = json_out {
        let stages: Vec<String> = STAGES
            .iter()
            .zip(&stage_time)
            .map(|(s, t)| format!("{{\"stage\":\"{s}\",\"ms\":{:.3}}}", t.as_secs_f64() * 1e3))
            .collect();
        let sc: Vec<String> = scaling
            .iter()
            .map(|(b, s)| format!("{{\"bytes\":{b},\"ms\":{:.3}}}", s * 1e3))
            .collect();
        let j = format!(
            "{{\"dev_bytes\":{dev_bytes},\"dev_ms\":{:.3},\"mb1_bytes\":{},\"mb1_ms\":{:.3},\"mb10_bytes\":{},\"mb10_ms\":{:.3},\"init_ms\":{:.3},\"peak_rss_kb\":{},\"stages\":[{}],\"scaling\":[{}]}}",
            dev_time.as_secs_f64() * 1e3,
            mb1.len(),
            t1.as_secs_f64() * 1e3,
            mb10.len(),
            t10.as_secs_f64() * 1e3,
            init.as_secs_f64() * 1e3,
            peak_kb.map_or("null".to_string(), |k| k.to_string()),
            stages.join(","),
            sc.join(",")
        );
        std::fs::write(path, j).expect("write json");
    }
}

fn human(b: usize) -> String {
    if b >= 1 << 20 {
        format!("{:.0} MB", b as f64 / (1 << 20) as f64)
    } else {
        format!("{:.0} KB", b as f64 / 1024.0)
    }
}
