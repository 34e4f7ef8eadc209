//! Properties that hold for any input: no panic, every span slices back to its text in the
//! original input (UTF-16 offsets), the result is stable; and results do not depend on the
//! input's normalisation form, tone placement, line endings or space characters.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;
use vn_news_extract::{extract, Options};

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
    let long_line = "ả".repeat(200_000);
    let many_dates = "ngày 12/12/2025, ".repeat(20_000);
    let html = "<img src=x onerror=alert(1)><script>alert(1)</script> Ngày 2/9/2025 có 5 đoàn.";
    let nested = "(((((((((((((((((((((((((((".repeat(1000);
    let combining = "\u{301}\u{300}\u{303}".repeat(10_000);
    // repeated patterns that could make a careless recogniser quadratic
    let one_char = "a".repeat(1 << 20);
    let open_quotes = "“".repeat(200_000);
    let many_people = (0..40_000).map(|i| format!("ông Nguyễn Văn A{i} và ")).collect::<String>();
    let many_actions = (0..20_000)
        .map(|i| format!("Thủ tướng Phạm Minh Chính tiếp Đại sứ Ito Naoki{i}. "))
        .collect::<String>();
    let many_docs = (0..20_000)
        .map(|i| format!("Nghị quyết {i}/NQ-CP, Kế hoạch {i} đến năm 2030, "))
        .collect::<String>();
    let many_quotes = "ông Hà nói: “một hai ba bốn năm sáu bảy tám chín mười”. ".repeat(20_000);
    let digits = "1".repeat(1 << 20);
    let emoji = "🇻🇳👍🏽 Ngày 2/9 👨‍👩‍👧 ông Hà 🎉\u{fe0f} ".repeat(10_000);
    let inputs = [
        long_line.as_str(),
        many_dates.as_str(),
        html,
        nested.as_str(),
        combining.as_str(),
        "\0\u{1}\u{7f}\r\r\n",
        "\u{202e}مرحبا 12/3 \u{200f}",
        one_char.as_str(),
        open_quotes.as_str(),
        many_people.as_str(),
        many_actions.as_str(),
        many_docs.as_str(),
        many_quotes.as_str(),
        digits.as_str(),
        emoji.as_str(),
    ];
    // No clock here: a busy machine must not fail this test. Growth with the input is checked
    // as a same-run ratio by the scaling test.
    for input in inputs {
        run(input);
    }
}

fn vietnamese_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Ngày",
        "ngày",
        "22/12",
        "12.1",
        "2025",
        "năm",
        "tháng",
        "9/2025",
        "hơn",
        "80",
        "đoàn",
        "cấp cao",
        "Thứ Ba,",
        "lúc",
        "9 giờ",
        "21:56",
        "GMT+7",
        "giai đoạn",
        "2020-2025",
        "tầm nhìn",
        "Sở Ngoại vụ",
        "TP.HCM",
        "Hòa",
        "hoà",
        "Thuỷ",
        "ông",
        "Nguyễn Văn A",
        "“",
        "”",
        "\"",
        "(",
        ")",
        ",",
        ".",
        "…",
        "-",
        "–",
        "|",
        "\n",
        "\r\n",
        "\u{a0}",
        "\u{200b}",
        "😀",
        "👨‍👩‍👧",
        "\u{301}",
        "e\u{302}\u{301}",
        "1.500",
        "1,5 tỷ",
        "%",
        "bốn",
        "hai mươi mốt",
        "Ảnh:",
        "BẢO PHƯƠNG",
        "TIN LIÊN QUAN",
        "Top",
        "\t",
        "\u{0}",
        "\u{feff}",
        "ﷺ",
        "\u{202e}",
        "𝔘",
        "Đ",
        "đ",
    ]);
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
