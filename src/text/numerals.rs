//! Vietnamese numerals: digits in the Vietnamese convention ("1.500" = 1500, "1,5" = 1.5,
//! "1.200.000"), SI-like suffixes ("100K", "3M", ",0012G"), signs ("-", "âm"), and number
//! words ("bốn", "hai mươi mốt", "một trăm linh năm", "bảy trăm hai mươi mốt nghìn không
//! trăm mười hai", "1,5 tỷ").

/// Value of a scale word ("nghìn" → 1000).
pub fn scale_word(w: &str) -> Option<f64> {
    match w {
        "nghìn" | "ngàn" => Some(1e3),
        "vạn" => Some(1e4),
        "triệu" => Some(1e6),
        "tỷ" | "tỉ" => Some(1e9),
        _ => None,
    }
}

/// A unit digit word (0–9). `after_tens` allows the forms used after "mươi"/"mười":
/// "mốt" (1), "tư" (4), "lăm"/"nhăm" (5).
fn digit_word(w: &str, after_tens: bool) -> Option<u32> {
    match w {
        "không" => Some(0),
        "một" => Some(1),
        "hai" => Some(2),
        "ba" => Some(3),
        "bốn" => Some(4),
        "năm" => Some(5),
        "sáu" => Some(6),
        "bảy" | "bẩy" => Some(7),
        "tám" => Some(8),
        "chín" => Some(9),
        "mốt" if after_tens => Some(1),
        "tư" if after_tens => Some(4),
        "lăm" | "nhăm" if after_tens => Some(5),
        _ => None,
    }
}

/// True for any word that can be part of a number written in words.
pub fn is_number_word(w: &str) -> bool {
    digit_word(w, true).is_some()
        || matches!(w, "mười" | "mươi" | "chục" | "trăm" | "linh" | "lẻ")
        || scale_word(w).is_some()
}

/// Parse a number below 1000 at the start of `ws`; returns (value, words used).
fn below_thousand(ws: &[&str]) -> Option<(u32, usize)> {
    let mut i = 0;
    let mut value = 0u32;
    let mut any = false;
    // hundreds: [digit] trăm
    if let (Some(d), Some(&"trăm")) = (ws.first().and_then(|w| digit_word(w, false)), ws.get(1)) {
        value = d * 100;
        i = 2;
        any = true;
    } else if ws.first() == Some(&"trăm") {
        value = 100;
        i = 1;
        any = true;
    }
    // tens and units
    match ws.get(i).copied() {
        Some("linh") | Some("lẻ") if any => {
            if let Some(d) = ws.get(i + 1).and_then(|w| digit_word(w, false)) {
                value += d;
                i += 2;
            }
        }
        Some("mười") => {
            value += 10;
            i += 1;
            any = true;
            if let Some(u) = ws.get(i).and_then(|w| digit_word(w, true)).filter(|&u| u != 0) {
                // "mười một", "mười lăm", "mười bốn"; not "mười mốt"
                if ws[i] != "mốt" && ws[i] != "tư" {
                    value += u;
                    i += 1;
                }
            }
        }
        Some(w) => {
            if let Some(d) = digit_word(w, false) {
                match ws.get(i + 1).copied() {
                    Some("mươi") => {
                        value += d * 10;
                        i += 2;
                        if let Some(u) =
                            ws.get(i).and_then(|w| digit_word(w, true)).filter(|&u| u != 0)
                        {
                            if ws[i] != "một" {
                                value += u;
                                i += 1;
                            }
                        }
                    }
                    Some("chục") => {
                        value += d * 10;
                        i += 2;
                    }
                    _ => {
                        // a lone digit after "X trăm" is not standard ("một trăm năm" = 105 colloquially)
                        value += d;
                        i += 1;
                    }
                }
                any = true;
            }
        }
        None => {}
    }
    if any {
        Some((value, i))
    } else {
        None
    }
}

/// An ordinal in words at the start of `ws` (lower-case words): "nhất" and "tư" (the
/// ordinal forms of 1 and 4: "thứ nhất", "thứ tư", "tháng tư"), else a number in words
/// ("năm", "mười một", "hai mươi"), at least 1. Returns the value and the words used.
pub fn ordinal_prefix(ws: &[&str]) -> Option<(u32, usize)> {
    match *ws.first()? {
        "nhất" => Some((1, 1)),
        "tư" => Some((4, 1)),
        _ => match parse_words(ws)? {
            (v, used) if v >= 1.0 && v <= u32::MAX as f64 => Some((v as u32, used)),
            _ => None,
        },
    }
}

/// [`ordinal_prefix`] over the whole of `s`.
pub fn ordinal_words(s: &str) -> Option<u32> {
    let ws: Vec<&str> = s.split_whitespace().collect();
    ordinal_prefix(&ws).and_then(|(v, used)| (used == ws.len()).then_some(v))
}

/// Parse a number written in words at the start of `ws` (lower-case words). Returns the
/// value and the number of words used, or None when `ws` does not start with a number.
pub fn parse_words(ws: &[&str]) -> Option<(f64, usize)> {
    let mut total = 0f64;
    let mut i = 0;
    let mut last_scale = 0f64;
    while let Some((g, used)) = below_thousand(&ws[i..]) {
        i += used;
        match ws.get(i).and_then(|w| scale_word(w)) {
            Some(mut s) => {
                i += 1;
                // "nghìn tỷ": a larger scale right after a scale multiplies
                while let Some(s2) = ws.get(i).and_then(|w| scale_word(w)) {
                    if s2 > s {
                        s *= s2;
                        i += 1;
                    } else {
                        break;
                    }
                }
                if last_scale != 0.0 && s > last_scale {
                    total = (total + g as f64) * s;
                } else {
                    total += g as f64 * s;
                }
                last_scale = s;
            }
            None => {
                total += g as f64;
                break;
            }
        }
    }
    if i == 0 {
        None
    } else {
        Some((total, i))
    }
}

/// Parse a number written with digits in the Vietnamese convention.
/// Accepts an optional sign ("-", "−"), thousands dots, a decimal comma, a leading comma
/// (",77"), and a K/M/G suffix.
pub fn parse_digits(s: &str) -> Option<f64> {
    let mut t = s.trim();
    let mut sign = 1.0;
    if let Some(rest) = t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
        sign = -1.0;
        t = rest.trim_start();
    }
    let mut mult = 1.0;
    if let Some(last) = t.chars().last() {
        let m = match last {
            'K' | 'k' => Some(1e3),
            'M' => Some(1e6),
            'G' => Some(1e9),
            _ => None,
        };
        if let Some(m) = m {
            mult = m;
            t = &t[..t.len() - 1];
        }
    }
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    if !t.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let value: f64 = if let Some(cpos) = t.find(',') {
        let (int, frac) = (&t[..cpos], &t[cpos + 1..]);
        if frac.contains(',') || frac.contains('.') {
            return None;
        }
        let int_digits: String = int.chars().filter(|c| *c != '.').collect();
        if int.contains('.') && !thousands_grouped(int) {
            return None;
        }
        let int_digits = if int_digits.is_empty() { "0".to_string() } else { int_digits };
        let frac = if frac.is_empty() { "0" } else { frac };
        format!("{int_digits}.{frac}").parse().ok()?
    } else if t.contains('.') {
        if thousands_grouped(t) {
            t.replace('.', "").parse().ok()?
        } else if t.matches('.').count() == 1 {
            t.parse().ok()?
        } else {
            return None;
        }
    } else {
        t.parse().ok()?
    };
    Some(sign * value * mult)
}

/// "1.500", "1.200.000": groups of three digits after the first group of one to three.
pub fn thousands_grouped(s: &str) -> bool {
    let mut parts = s.split('.');
    let first = parts.next().unwrap_or("");
    if first.is_empty() || first.len() > 3 || !first.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut n = 0;
    for p in parts {
        if p.len() != 3 || !p.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        n += 1;
    }
    n >= 1
}

/// Parse a whole string as a number: digits (with an optional scale word: "5 nghìn",
/// "1,5 tỷ"), words, or "âm" + number: the building blocks the recognisers use, put together
/// for the conformance table `tests/data/conformance/numbers_vi.tsv`.
#[cfg(test)]
fn parse_number(s: &str) -> Option<f64> {
    // digits keep their case: "3M" is three million
    let t = s.trim();
    let ws: Vec<&str> = t.split_whitespace().collect();
    if !ws.is_empty() {
        if let Some(v) = parse_digits_joined(&ws) {
            return Some(v);
        }
    }
    let lower = t.to_lowercase();
    let (neg, rest) = match lower.strip_prefix("âm ") {
        Some(r) => (true, r.trim()),
        None => (false, lower.as_str()),
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let v = if let Some(d) = parse_digits_joined(&words) {
        d
    } else {
        let (v, used) = parse_words(&words)?;
        if used != words.len() {
            return None;
        }
        v
    };
    Some(if neg { -v } else { v })
}

#[cfg(test)]
/// Digits possibly split by a space after a sign ("- 1.200.000"), plus an optional scale word.
fn parse_digits_joined(words: &[&str]) -> Option<f64> {
    let (num, rest): (String, &[&str]) = if (words[0] == "-" || words[0] == "−") && words.len() >= 2
    {
        (format!("-{}", words[1]), &words[2..])
    } else {
        (words[0].to_string(), &words[1..])
    };
    let v = parse_digits(&num)?;
    match rest {
        [] => Some(v),
        [w] => Some(v * scale_word(w)?),
        _ => None,
    }
}

/// The conformance tables' reader, shared with `tests/conformance.rs`.
#[cfg(test)]
#[path = "../../tests/common/table.rs"]
mod table;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_words() {
        for (w, v) in [
            ("nhất", 1),
            ("một", 1),
            ("tư", 4),
            ("bốn", 4),
            ("năm", 5),
            ("mười", 10),
            ("mười một", 11),
            ("mười hai", 12),
            ("hai mươi", 20),
        ] {
            assert_eq!(ordinal_words(w), Some(v), "{w}");
        }
        for w in ["không", "giêng", "nhất nhì", "hai mươi ba tư", ""] {
            assert_eq!(ordinal_words(w), None, "{w}");
        }
    }

    #[test]
    fn digits() {
        assert_eq!(parse_digits("1.500"), Some(1500.0));
        assert_eq!(parse_digits("1,5"), Some(1.5));
        assert_eq!(parse_digits("1.234,5"), Some(1234.5));
        assert_eq!(parse_digits(",77"), Some(0.77));
        assert_eq!(parse_digits("3M"), Some(3e6));
        assert_eq!(parse_digits("1.5"), Some(1.5));
        assert_eq!(parse_digits("1.2.3"), None);
        assert_eq!(parse_digits("abc"), None);
        assert_eq!(parse_digits(""), None);
        assert_eq!(parse_digits("."), None);
    }

    #[test]
    fn words() {
        let p = |s: &str| parse_number(s);
        assert_eq!(p("bốn"), Some(4.0));
        assert_eq!(p("hai mươi mốt"), Some(21.0));
        assert_eq!(p("hai mươi tư"), Some(24.0));
        assert_eq!(p("mười lăm"), Some(15.0));
        assert_eq!(p("một trăm"), Some(100.0));
        assert_eq!(p("một trăm linh năm"), Some(105.0));
        assert_eq!(p("một nghìn tỷ"), Some(1e12));
        assert_eq!(p("hai triệu"), Some(2e6));
        assert_eq!(p("1,5 tỷ"), Some(1.5e9));
        assert_eq!(p("2 triệu"), Some(2e6));
        assert_eq!(p("bốn tọa đàm"), None);
        assert_eq!(parse_words(&["bốn", "tọa", "đàm"]), Some((4.0, 1)));
    }

    /// Every line of `tests/data/conformance/numbers_vi.tsv` (Duckling's Vietnamese numerals).
    #[test]
    fn numbers_vi() {
        super::table::check_rows("numbers_vi.tsv", 50, |r| {
            let want: f64 = r[1].parse().expect("numeric value");
            match parse_number(&r[0]) {
                Some(v) if (v - want).abs() <= 1e-9 * want.abs().max(1.0) => None,
                other => Some(format!("{:?}: want {want}, got {other:?}", r[0])),
            }
        });
    }
}
