//! Fuzz target: `extract` on any bytes read as (lossy) UTF-8, with and without a reference
//! date. Checks the contract's guarantees beyond "no panic": every span slices back to its text
//! in UTF-16 offsets, and extracting twice gives the same result.
//!
//!     bash scripts/fuzz.sh [SECONDS]
#![no_main]

use libfuzzer_sys::fuzz_target;
use vn_news_extract::{extract, Options};

fn check(v: &serde_json::Value, u16: &[u16]) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e), Some(t)) = (m.get("start").and_then(|x| x.as_u64()), m.get("end").and_then(|x| x.as_u64()), m.get("text").and_then(|x| x.as_str())) {
                let (s, e) = (s as usize, e as usize);
                assert!(s <= e && e <= u16.len(), "span out of bounds");
                assert_eq!(String::from_utf16(&u16[s..e]).expect("span on char boundaries"), t);
                return;
            }
            m.values().for_each(|x| check(x, u16));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| check(x, u16)),
        _ => {}
    }
}

/// CPU time of this thread (Linux; elsewhere the wall clock): a busy machine does not make a
/// unit look slow.
fn cpu_now() -> std::time::Duration {
    #[cfg(target_os = "linux")]
    {
        #[repr(C)]
        struct Timespec {
            sec: i64,
            nsec: i64,
        }
        extern "C" {
            fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
        }
        let mut ts = Timespec { sec: 0, nsec: 0 };
        // SAFETY: writes one timespec to `ts`; 3 is CLOCK_THREAD_CPUTIME_ID
        if unsafe { clock_gettime(3, &mut ts) } == 0 {
            return std::time::Duration::new(ts.sec as u64, ts.nsec as u32);
        }
    }
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

/// The time budget of one `extract`: FUZZ_US_PER_BYTE microseconds per input byte (default 20,
/// some 40 times what linear extraction costs) plus 20 ms; 0 turns the check off.
fn budget(len: usize) -> Option<std::time::Duration> {
    use std::sync::OnceLock;
    static PER_BYTE: OnceLock<u64> = OnceLock::new();
    let us = *PER_BYTE.get_or_init(|| {
        std::env::var("FUZZ_US_PER_BYTE").ok().and_then(|v| v.parse().ok()).unwrap_or(20)
    });
    (us > 0).then(|| std::time::Duration::from_micros(20_000 + us * len as u64))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let reference = if data.first().map(|b| b % 2 == 0).unwrap_or(false) { Some("2025-06-15".to_string()) } else { None };
    let opts = Options { reference_date: reference };
    // the lexicons and patterns are built on the first call: not a cost of any input
    static WARM: std::sync::Once = std::sync::Once::new();
    WARM.call_once(|| {
        extract("Ngày 2/9/2025, ông Hà tiếp Đại sứ Nhật Bản.", &Options::default());
    });
    let t0 = cpu_now();
    let x = extract(&text, &opts);
    let spent = cpu_now() - t0;
    if let Some(b) = budget(data.len()) {
        // a slow unit is a finding like a crash: libFuzzer keeps the input
        assert!(spent <= b, "slow unit: {spent:?} for {} bytes (budget {b:?})", data.len());
    }
    let a = serde_json::to_value(x).expect("serialisable");
    let u16: Vec<u16> = text.encode_utf16().collect();
    check(&a, &u16);
    let b = serde_json::to_value(extract(&text, &opts)).expect("serialisable");
    assert_eq!(a, b, "extracting twice gives the same result");
});
