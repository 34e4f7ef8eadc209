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

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let reference = if data.first().map(|b| b % 2 == 0).unwrap_or(false) { Some("2025-06-15".to_string()) } else { None };
    let opts = Options { reference_date: reference };
    let a = serde_json::to_value(extract(&text, &opts)).expect("serialisable");
    let u16: Vec<u16> = text.encode_utf16().collect();
    check(&a, &u16);
    let b = serde_json::to_value(extract(&text, &opts)).expect("serialisable");
    assert_eq!(a, b, "extracting twice gives the same result");
});
