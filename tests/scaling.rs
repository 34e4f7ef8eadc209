//! Linear time on hostile input, checked as a ratio within one run, not as a time: for every
//! family of `common/hostile.rs`, an input of 64 KiB and one of 512 KiB (8×), each timed as the
//! best of three runs of `extract`; the larger may cost at most 12× the smaller (linear is 8×,
//! quadratic 64×). A family over the bound is measured again (three rounds in all) before the
//! test fails, so a burst of load on a shared machine does not fail it.
//!
//!     cargo test --release --test scaling -- --nocapture   # prints the table
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::hostile::families;
use std::time::Duration;
#[cfg(not(target_os = "linux"))]
use std::time::Instant;
use vn_news_extract::{extract, Options};

const SMALL: usize = 64 << 10;
const LARGE: usize = 512 << 10;
const MAX_RATIO: f64 = 12.0;

/// CPU time of this thread (Linux), so that other processes on a busy machine are not counted;
/// elsewhere the wall clock.
#[cfg(target_os = "linux")]
fn now() -> Duration {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec (two 64-bit fields on 64-bit Linux) to `ts`
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    Duration::new(ts.sec as u64, ts.nsec as u32)
}

#[cfg(not(target_os = "linux"))]
fn now() -> Duration {
    use std::sync::OnceLock;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn best_of_three(input: &str) -> Duration {
    let opts = Options { reference_date: Some("2025-06-15".into()) };
    (0..3)
        .map(|_| {
            let t = now();
            std::hint::black_box(extract(std::hint::black_box(input), &opts));
            now() - t
        })
        .min()
        .expect("three runs")
}

#[test]
fn time_is_linear_in_the_input_on_every_hostile_family() {
    // warm up the lexicons (built once per process) so that the first family is not charged
    extract("Ngày 2/9/2025, ông Hà tiếp Đại sứ.", &Options::default());
    let mut failures = Vec::new();
    println!("{:<36} {:>10} {:>10} {:>6}", "family", "64 KiB", "512 KiB", "ratio");
    let only = std::env::var("SCALING_ONLY").ok();
    for (name, make) in families() {
        if only.as_deref().is_some_and(|o| !name.contains(o)) {
            continue;
        }
        let (small, large) = (make(SMALL), make(LARGE));
        let mut ratio = f64::INFINITY;
        let (mut ts, mut tl) = (Duration::ZERO, Duration::ZERO);
        for _round in 0..3 {
            ts = best_of_three(&small);
            tl = best_of_three(&large);
            // sizes differ a little from the nominal ones: compare cost per byte
            let per_small = ts.as_secs_f64().max(1e-6) / small.len() as f64;
            let per_large = tl.as_secs_f64() / large.len() as f64;
            ratio = 8.0 * per_large / per_small;
            if ratio <= MAX_RATIO {
                break;
            }
        }
        println!(
            "{name:<36} {:>8.1}ms {:>8.1}ms {ratio:>6.1}",
            ts.as_secs_f64() * 1e3,
            tl.as_secs_f64() * 1e3
        );
        if ratio > MAX_RATIO {
            failures.push(format!("{name}: {ratio:.1}× ({ts:?} → {tl:?})"));
        }
    }
    assert!(failures.is_empty(), "superlinear families (8× the input): {failures:#?}");
}
