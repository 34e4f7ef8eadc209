//! Bounded memory on hostile input: a counting global allocator measures the peak heap that one
//! `extract` call adds (its own structures and its result), for every family of
//! `common/hostile.rs` at 1 MiB, against the input's size; and the 10 MiB paste of
//! "12/12/" repeated. One test, so no other thread allocates while it measures.
//!
//!     cargo test --release --test memory -- --nocapture   # prints the table
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use vn_news_extract::{extract, Options};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if !p.is_null() {
            let now = CURRENT.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l);
        CURRENT.fetch_sub(l.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = System.realloc(p, l, new);
        if !q.is_null() {
            if new >= l.size() {
                let now = CURRENT.fetch_add(new - l.size(), Relaxed) + (new - l.size());
                PEAK.fetch_max(now, Relaxed);
            } else {
                CURRENT.fetch_sub(l.size() - new, Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// The peak heap `extract(input)` adds above what was allocated before it, in bytes.
fn peak_of(input: &str) -> usize {
    let opts = Options { reference_date: Some("2025-06-15".into()) };
    let before = CURRENT.load(Relaxed);
    PEAK.store(before, Relaxed);
    let x = extract(input, &opts);
    let peak = PEAK.load(Relaxed) - before;
    drop(x);
    peak
}

/// Peak heap of one extract, at most this many times the input's bytes. The goal is 12× (issue
/// 10); today the document itself (tokens of 24 bytes, their hashes and lines) and the resolved
/// dates cost up to 58× on the densest inputs (clock times and listed days: a date every ten
/// bytes), so the bound checks what was won (the quadratic-looking intermediates are gone: 123×
/// before) and catches regressions.
const MAX_RATIO: f64 = 64.0;
/// The 10 MiB paste of "12/12/" repeated: 1,198 MB of heap at its peak before, 373 MB now, 150 MB
/// the goal.
const MAX_PASTE_BYTES: usize = 450_000_000;

#[test]
fn peak_heap_is_linear_in_the_input_on_every_hostile_family() {
    extract("Ngày 2/9/2025, ông Hà tiếp Đại sứ.", &Options::default()); // lexicons, once
    let mut over = Vec::new();
    println!("{:<36} {:>10} {:>12} {:>6}", "family", "input", "peak heap", "ratio");
    for (name, make) in common::hostile::families() {
        let input = make(1 << 20);
        let peak = peak_of(&input);
        let ratio = peak as f64 / input.len() as f64;
        println!("{name:<36} {:>10} {peak:>12} {ratio:>6.1}", input.len());
        if ratio > MAX_RATIO {
            over.push(format!("{name}: {ratio:.1}×"));
        }
    }
    let paste = "12/12/".repeat((10 << 20) / 6);
    let peak = peak_of(&paste);
    println!(
        "{:<36} {:>10} {peak:>12} {:>6.1}",
        "12/12/ × 10 MiB",
        paste.len(),
        peak as f64 / paste.len() as f64
    );
    assert!(peak < MAX_PASTE_BYTES, "10 MiB of 12/12/: peak heap {peak} bytes");
    assert!(over.is_empty(), "peak heap above {MAX_RATIO}× the input: {over:#?}");
}

/// Not a check: for every family at 1 MiB, the heap in use after each stage of `extract` and
/// the peak within the stage, as multiples of the input (`cargo test --release --test memory
/// stages -- --ignored --nocapture`): where the bytes go.
#[test]
#[ignore]
fn stages() {
    extract("Ngày 2/9/2025.", &Options::default());
    let short: Vec<String> =
        vn_news_extract::STAGES.iter().map(|s| s.chars().take(9).collect()).collect();
    println!(
        "{:<28} {}   (peak within the stage / in use after it, × input)",
        "family",
        short.join("  ")
    );
    for (name, make) in common::hostile::families() {
        let input = make(1 << 20);
        let before = CURRENT.load(Relaxed);
        PEAK.store(before, Relaxed);
        let mut row = String::new();
        let x = vn_news_extract::extract_with_probe(&input, &Options::default(), &mut |_| {
            let (now, peak) = (CURRENT.load(Relaxed), PEAK.load(Relaxed));
            let f = |b: usize| (b - before) as f64 / input.len() as f64;
            row.push_str(&format!(" {:>4.0}/{:<4.0}", f(peak), f(now)));
            PEAK.store(now, Relaxed);
        });
        drop(x);
        let name: String = name.chars().take(28).collect();
        println!("{name:<28}{row}");
    }
}
