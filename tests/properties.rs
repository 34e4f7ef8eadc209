//! Properties that hold for any input: no panic, every span slices back to its text in the
//! original input (UTF-16 offsets), the result is stable; and results do not depend on the
//! input's normalisation form, tone placement, line endings or space characters.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;
use vn_news_extract::{extract, Options};

#[path = "common/hostile.rs"]
mod hostile;

/// Check every span in the result against the input; returns the number checked.
fn check_spans(input: &str, v: &Value) -> usize {
    let u16: Vec<u16> = input.encode_utf16().collect();
    let mut n = 0;
    walk(v, &mut |start, end, text| {
        n += 1;
        assert!(
            start <= end && end <= u16.len(),
            "span [{start},{end}) out of bounds ({})",
            u16.len()
        );
        let slice = String::from_utf16(&u16[start..end]).expect("span on char boundaries");
        assert_eq!(slice, text, "span [{start},{end}) text");
    });
    n
}

fn walk(v: &Value, f: &mut dyn FnMut(usize, usize, &str)) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e), Some(t)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
                m.get("text").and_then(Value::as_str),
            ) {
                f(s as usize, e as usize, t);
                return;
            }
            m.values().for_each(|x| walk(x, f));
        }
        Value::Array(a) => a.iter().for_each(|x| walk(x, f)),
        _ => {}
    }
}

/// The result without spans (what must not depend on the input's encoding details).
fn strip_spans(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            if m.contains_key("start") && m.contains_key("end") && m.contains_key("text") {
                return Value::Null;
            }
            Value::Object(
                m.iter()
                    .filter(|(k, _)| *k != "boilerplate")
                    .map(|(k, x)| (k.clone(), strip_spans(x)))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(strip_spans).collect()),
        x => x.clone(),
    }
}

fn run(input: &str) -> Value {
    let x = serde_json::to_value(extract(
        input,
        &Options { reference_date: Some("2025-06-15".into()) },
    ))
    .expect("serialises");
    check_spans(input, &x);
    x
}

fn dev_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev/texts");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .expect("dev texts")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    v.sort();
    v.into_iter().map(|p| std::fs::read_to_string(p).expect("readable")).collect()
}

/// Move the tone mark of syllable-final oa/oe/uy to the second vowel (old placement).
fn old_tone_placement(s: &str) -> String {
    let nfd: Vec<char> = s.nfd().collect();
    let mut out = nfd.clone();
    for i in 0..nfd.len().saturating_sub(2) {
        let (a, t, b) = (nfd[i], nfd[i + 1], nfd[i + 2]);
        let end = nfd.get(i + 3).map(|c| !c.is_alphabetic()).unwrap_or(true);
        let tone = matches!(t, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
        let pair = matches!(
            (a.to_ascii_lowercase(), b.to_ascii_lowercase()),
            ('o', 'a') | ('o', 'e') | ('u', 'y')
        );
        if tone && pair && end && !(i > 0 && nfd[i - 1].eq_ignore_ascii_case(&'q')) {
            out[i + 1] = b;
            out[i + 2] = t;
        }
    }
    out.into_iter().nfc().collect()
}

#[test]
fn input_form_does_not_change_results() {
    for text in dev_texts() {
        let base = strip_spans(&run(&text));
        let variants = [
            text.nfd().collect::<String>(),
            text.replace('\n', "\r\n"),
            text.replace(' ', "\u{a0}"),
            old_tone_placement(&text),
            format!("\u{feff}{}", text.replace("Hội", "Hội\u{200b}")),
        ];
        for (i, v) in variants.iter().enumerate() {
            assert_eq!(strip_spans(&run(v)), base, "variant {i} of a dev text changed the results");
        }
    }
}

#[test]
fn hostile_inputs() {
    // the families of hostile input the scaling and memory tests time (see
    // `tests/common/hostile.rs`), each at half a megabyte, and a few short ones
    let html = "<img src=x onerror=alert(1)><script>alert(1)</script> Ngày 2/9/2025 có 5 đoàn.";
    for input in [html, "\0\u{1}\u{7f}\r\r\n", "\u{202e}مرحبا 12/3 \u{200f}"] {
        run(input);
    }
    // No clock here: a busy machine must not fail this test. Growth with the input is checked
    // as a same-run ratio by the scaling test.
    for (_, family) in hostile::families() {
        run(&family(1 << 19));
    }
}

fn vietnamese_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(hostile::SOUP.to_vec());
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn any_string_is_safe(s in any::<String>()) {
        let a = run(&s);
        let b = run(&s);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn vietnamese_soup_is_safe(s in vietnamese_soup()) {
        let a = run(&s);
        let b = run(&s);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn nfd_soup_gives_same_values(s in vietnamese_soup()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(strip_spans(&run(&nfc)), strip_spans(&run(&nfd)));
    }
}
