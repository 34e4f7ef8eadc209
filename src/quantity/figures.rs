//! Key figures: a number, its qualifier, the noun phrase it counts, and the year it is about.
//!
//! "hơn 80 đoàn cấp cao" → 80, more_than, "đoàn cấp cao". Numbers in digits ("1.500",
//! "1,5"), words ("bốn", "hai mươi mốt") and with scale words ("1,5 tỷ USD", "25 tỷ
//! đồng"); percentages ("15%"). Not figures: dates and years (the date recogniser's
//! pieces are excluded), ordinals ("lần thứ 18", "Thứ nhất"), durations and ages ("50
//! năm", "55 tuổi"), multipliers ("gấp 2 lần"), numbers glued to names ("Covid-19",
//! "C4IR") or labelled ("Quận 1", "số 6"), document numbers ("59-NQ/TW"), idioms ("hai con
//! số"), and the article "một".

use crate::model::Figure;
use crate::text::document::Map;
use crate::text::document::{Doc, TokKind};
use crate::text::numerals::{parse_digits, parse_words, scale_word};
use crate::time::dates::Piece;
use crate::time::scope::YearScope;
use std::ops::Range;
use std::sync::LazyLock;

/// Kinds of words that can follow a number, from `lexicons/units.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Currency,
    Measure,
    Count,
    Duration,
    Multiplier,
    Idiom,
}

struct Units {
    /// phrase (lower case) → kind; phrases up to three words.
    map: Map<String, UnitKind>,
    max_words: usize,
}

static UNITS: LazyLock<Units> = LazyLock::new(|| {
    let mut map = Map::default();
    let mut max_words = 1;
    for line in include_str!(concat!(env!("OUT_DIR"), "/lexicons/units.tsv"))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
    {
        let mut f = line.split('\t');
        let (w, k) = (f.next().unwrap_or(""), f.next().unwrap_or(""));
        let kind = match k {
            "currency" => UnitKind::Currency,
            "measure" => UnitKind::Measure,
            "count" => UnitKind::Count,
            "duration" => UnitKind::Duration,
            "multiplier" => UnitKind::Multiplier,
            "idiom" => UnitKind::Idiom,
            _ => continue,
        };
        max_words = max_words.max(w.split(' ').count());
        map.insert(w.to_string(), kind);
    }
    Units { map, max_words }
});

/// The unit kind of the longest lexicon phrase at the start of `words`, with its length.
fn unit_at(words: &[&str]) -> Option<(UnitKind, usize)> {
    let u = &*UNITS;
    for n in (1..=u.max_words.min(words.len())).rev() {
        let phrase = words[..n].join(" ");
        if let Some(k) = u.map.get(&phrase) {
            return Some((*k, n));
        }
    }
    None
}

/// True when `text` (what follows a number) starts with a counted noun, a currency or a
/// measure ("2030 người"): used to tell counts from bare years.
pub fn starts_with_unit(text: &str) -> bool {
    let t = text.trim_start();
    if t.starts_with('%') {
        return true;
    }
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .take(3)
        .map(|w| w.to_lowercase())
        .take_while(|w| !w.is_empty())
        .collect();
    let refs: Vec<&str> = words.iter().map(|s| s.as_str()).collect();
    matches!(unit_at(&refs), Some((UnitKind::Count | UnitKind::Currency | UnitKind::Measure, _)))
}

/// Words that end the counted noun phrase.
const STOP: &[&str] = &[
    "của", "và", "cho", "tại", "với", "để", "trong", "từ", "đến", "tới", "được", "đã", "đang",
    "sẽ", "là", "có", "nhằm", "theo", "về", "như", "nhưng", "thì", "mà", "khi", "do", "bởi", "ở",
    "trên", "dưới", "sau", "trước", "so", "tăng", "giảm", "đạt", "gồm", "thuộc", "cùng", "các",
    "những", "này", "đó", "kia", "nào", "vào", "ra", "lên", "xuống", "qua", "hay", "hoặc", "nữa",
    "rồi", "nên", "vì", "nếu", "đều", "cũng", "vẫn", "còn", "chỉ", "mỗi", "hơn", "gần", "khoảng",
    "năm", "tham", "nhiều", "ít", "bằng", "thông", "gấp", "trị", "giá", "chiếm", "bao", "nay",
    "vừa", "mới", "ngày",
];

/// Words before a number that make it an ordinal or a label, not a count.
const LABELS: &[&str] = &[
    "thứ",
    "số",
    "hạng",
    "quận",
    "q",
    "phường",
    "p",
    "khóa",
    "kỳ",
    "điều",
    "khoản",
    "chương",
    "mục",
    "phần",
    "ảnh",
    "bước",
    "tầng",
    "lô",
    "đường",
    "top",
    "đợt",
    "lần",
    "hàng",
    "tập",
    "phiên",
    "trang",
    "hình",
    "phụ",
    "lục",
    "mã",
    "cấp",
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "tổ",
    "ấp",
    "khu",
    "block",
    "phòng",
    "nhà",
    "căn",
    "vòng",
    "bảng",
    "tuyến",
    "cửa",
    "nhóm",
    "giai",
    "đoạn",
    "quý",
    "tháng",
    "ngày",
    "năm",
    "tuần",
    "tiết",
    "câu",
    "kênh",
    "lộ",
];

/// Qualifier phrases, longest first.
const QUALIFIERS: &[(&str, &str)] = &[
    ("không vượt quá", "at_most"),
    ("ít nhất là", "at_least"),
    ("chưa đến", "less_than"),
    ("chưa tới", "less_than"),
    ("không đến", "less_than"),
    ("không tới", "less_than"),
    ("không dưới", "at_least"),
    ("không quá", "at_most"),
    ("ít nhất", "at_least"),
    ("tối thiểu", "at_least"),
    ("tối đa", "at_most"),
    ("nhiều nhất", "at_most"),
    ("xấp xỉ", "about"),
    ("ước tính", "about"),
    ("gần như", "about"),
    ("hơn", "more_than"),
    ("trên", "more_than"),
    ("gần", "less_than"),
    ("dưới", "less_than"),
    ("khoảng", "about"),
    ("chừng", "about"),
    ("tầm", "about"),
    ("ước", "about"),
];

struct NumberAt {
    /// token range [first, last] of the number and any scale word / percent sign
    first: usize,
    next: usize,
    value: f64,
    is_words: bool,
    percent: bool,
    scale: Option<String>,
}

fn adjacent(doc: &Doc, a: usize, b: usize) -> bool {
    doc.tokens[a].end == doc.tokens[b].start
}

/// Read a number starting at token `i`.
fn number_at(doc: &Doc, i: usize) -> Option<NumberAt> {
    let t = doc.tokens[i];
    let mut next;
    let mut value;
    let is_words;
    if t.kind == TokKind::Num {
        // digits with '.' / ',' glued between digit groups
        let mut j = i + 1;
        while j + 1 < doc.tokens.len()
            && doc.tokens[j].kind == TokKind::Punct
            && matches!(doc.tok_text(j), "." | ",")
            && doc.tokens[j + 1].kind == TokKind::Num
            && adjacent(doc, j - 1, j)
            && adjacent(doc, j, j + 1)
        {
            j += 2;
        }
        let s = doc.slice(t.start..doc.tokens[j - 1].end);
        value = parse_digits(s)?;
        next = j;
        is_words = false;
    } else if t.kind == TokKind::Word {
        let mut words = Vec::new();
        let mut j = i;
        while j < doc.tokens.len() && doc.tokens[j].kind == TokKind::Word && words.len() < 12 {
            if j > i && doc.tline(j) != doc.tline(i) {
                break;
            }
            words.push(doc.tok_lower(j));
            j += 1;
        }
        let (v, used) = parse_words(&words)?;
        // the article "một", "hai" (both), "năm" (year) alone are not counts
        if used == 1
            && matches!(
                words[0],
                "một"
                    | "hai"
                    | "năm"
                    | "không"
                    | "mười"
                    | "trăm"
                    | "lẻ"
                    | "linh"
                    | "tư"
                    | "mốt"
                    | "lăm"
            )
        {
            return None;
        }
        if scale_word(words[0]).is_some() || matches!(words[0], "mươi" | "chục") {
            return None;
        }
        value = v;
        next = i + used;
        is_words = true;
        // a trailing scale word was consumed by parse_words; remember it for the unit
        let last = words[used - 1];
        if scale_word(last).is_some() {
            return Some(NumberAt {
                first: i,
                next,
                value,
                is_words,
                percent: false,
                scale: Some(last.to_string()),
            });
        }
    } else {
        return None;
    }
    let mut scale = None;
    if next < doc.tokens.len() && doc.tokens[next].kind == TokKind::Word {
        if let Some(m) = scale_word(doc.tok_lower(next)) {
            value *= m;
            scale = Some(doc.tok_lower(next).to_string());
            next += 1;
        }
    }
    let mut percent = false;
    if next < doc.tokens.len() && doc.tok_text(next) == "%" {
        percent = true;
        next += 1;
    }
    Some(NumberAt { first: i, next, value, is_words, percent, scale })
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Recognise the key figures of the content lines.
pub fn recognise(doc: &Doc, dates: &[Piece], scope: &YearScope) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut date_ranges: Vec<Range<usize>> = dates.iter().map(|p| p.range.clone()).collect();
    date_ranges.sort_by_key(|r| r.start);
    let in_date = |r: &Range<usize>| {
        let k = date_ranges.partition_point(|d| d.end <= r.start);
        date_ranges.get(k).map(|d| overlaps(d, r)).unwrap_or(false)
    };
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let t = doc.tokens[i];
        if t.kind == TokKind::Punct || !doc.tkind(i).is_content() {
            i += 1;
            continue;
        }
        if t.kind == TokKind::Word && !crate::text::numerals::is_number_word(doc.tok_lower(i)) {
            i += 1;
            continue;
        }
        let num = match number_at(doc, i) {
            Some(x) => x,
            None => {
                i += 1;
                continue;
            }
        };
        let next_i = num.next.max(i + 1);
        let num_range = doc.tokens[num.first].start..doc.tokens[num.next - 1].end;
        if !accept_number(doc, &num, &num_range)
            || in_date(&num_range)
            || doc.seg.is_masked(&num_range)
        {
            i = next_i;
            continue;
        }
        // the counted noun phrase
        let line = doc.tline(i);
        let (unit, unit_end) = if num.percent {
            ("%".to_string(), num_range.end)
        } else {
            match noun_phrase(doc, num.next, line) {
                Some(x) => x,
                None => {
                    i = next_i;
                    continue;
                }
            }
        };
        let unit = match (&num.scale, num.percent) {
            (Some(sc), false) if is_currency(&unit) => format!("{sc} {unit}"),
            _ => unit,
        };
        // qualifier before the number
        let (qualifier, start) = qualifier_before(doc, num.first);
        let range = start..unit_end;
        let year = scope.year_for_figure(doc, num_range.start).map(|y| y.to_string());
        out.push(Figure {
            span: doc.span(range),
            value: num.value,
            qualifier: qualifier.to_string(),
            unit,
            year,
        });
        i = next_i;
    }
    out
}

fn is_currency(unit: &str) -> bool {
    let lower = unit.to_lowercase();
    let words: Vec<&str> = lower.split(' ').collect();
    matches!(unit_at(&words), Some((UnitKind::Currency, _)))
}

/// Reject ordinals, labels, numbers glued to names and document numbers.
fn accept_number(doc: &Doc, num: &NumberAt, r: &Range<usize>) -> bool {
    let first = num.first;
    let last = num.next - 1;
    // glued to a word or a hyphen before ("Covid-19", "CP72") or after ("C4IR", "59-NQ/TW")
    if first > 0 {
        let p = doc.tokens[first - 1];
        if p.end == doc.tokens[first].start {
            let pt = doc.tok_text(first - 1);
            if p.kind == TokKind::Word || matches!(pt, "-" | "/" | "." | "_" | "#") {
                return false;
            }
        }
    }
    if last + 1 < doc.tokens.len() {
        let nx = doc.tokens[last + 1];
        if nx.start == doc.tokens[last].end {
            let nt = doc.tok_text(last + 1);
            if nx.kind == TokKind::Word && !num.percent {
                return false;
            }
            if matches!(nt, "/" | "-" | ".")
                && last + 2 < doc.tokens.len()
                && doc.tokens[last + 2].start == nx.end
            {
                let k = doc.tokens[last + 2].kind;
                if k == TokKind::Word || k == TokKind::Num {
                    return false;
                }
            }
        }
    }
    // ordinals and labels: "lần thứ 18", "Quận 1", "số 6"
    if first > 0 && doc.tokens[first - 1].kind == TokKind::Word {
        let prev = doc.tok_lower(first - 1);
        if LABELS.contains(&prev) {
            return false;
        }
        // "Q.1", "P.3"
    }
    if first > 1 && doc.tok_text(first - 1) == "." && doc.tokens[first - 2].kind == TokKind::Word {
        let prev = doc.tok_lower(first - 2);
        if prev.chars().count() <= 2 {
            return false;
        }
    }
    // a number opening a line and followed by "." or ")" is a list marker
    let line_start = doc.seg.line_start(r.start);
    if r.start == line_start
        && last + 1 < doc.tokens.len()
        && matches!(doc.tok_text(last + 1), "." | ")")
        && !num.is_words
    {
        return false;
    }
    // word numerals must be lower case, or capitalised only at the start of a sentence
    if num.is_words && doc.tokens[first].cap {
        let sent_start = doc
            .seg
            .sentence_of(r.start)
            .and_then(|i| doc.seg.sentences.get(i))
            .map(|s| s.range.start);
        if sent_start != Some(r.start) {
            return false;
        }
    }
    // "hàng trăm", "vài chục"
    if num.is_words
        && first > 0
        && matches!(doc.tok_lower(first - 1), "hàng" | "vài" | "mấy" | "dăm")
    {
        return false;
    }
    true
}

/// Read the counted noun phrase starting at token `i` on line `line`.
fn noun_phrase(doc: &Doc, i: usize, line: usize) -> Option<(String, usize)> {
    let mut words: Vec<&str> = Vec::new();
    let mut lower: Vec<&str> = Vec::new();
    let mut end = 0;
    let mut j = i;
    while j < doc.tokens.len() && words.len() < 6 {
        let t = doc.tokens[j];
        if t.kind != TokKind::Word || doc.tline(j) != line {
            break;
        }
        let lw = doc.tok_lower(j);
        if !words.is_empty()
            && (STOP.contains(&lw) || crate::text::numerals::is_number_word(lw) && lw != "ba")
        {
            break;
        }
        // a capitalised word after lower-case ones starts a name: keep at most one ("TP.HCM")
        if !words.is_empty()
            && t.cap
            && words.iter().any(|w| w.chars().next().map(|c| c.is_uppercase()).unwrap_or(false))
        {
            break;
        }
        words.push(doc.tok_text(j));
        lower.push(lw);
        end = t.end;
        j += 1;
    }
    if words.is_empty() {
        return None;
    }
    if matches!(
        unit_at(&lower),
        Some((UnitKind::Duration | UnitKind::Multiplier | UnitKind::Idiom, _))
    ) {
        return None;
    }
    if STOP.contains(&lower[0]) {
        return None;
    }
    Some((words.join(" "), end))
}

/// The qualifier written before token `first`, and where the figure's span starts.
fn qualifier_before(doc: &Doc, first: usize) -> (&'static str, usize) {
    let start = doc.tokens[first].start;
    let line_start = doc.seg.line_start(start);
    for (phrase, q) in QUALIFIERS {
        let n = phrase.split(' ').count();
        if first < n {
            continue;
        }
        let k = first - n;
        if doc.tokens[k].start < line_start
            || (k..first).any(|x| doc.tokens[x].kind != TokKind::Word)
        {
            continue;
        }
        let words: Vec<&str> = (k..first).map(|x| doc.tok_lower(x)).collect();
        if words.join(" ") == *phrase {
            return (q, doc.tokens[k].start);
        }
    }
    ("exact", start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::dates::{self, Reference};

    fn figs(text: &str) -> Vec<(f64, String, String, Option<String>)> {
        let doc = Doc::new(text);
        let pieces = dates::recognise(&doc);
        let scope = YearScope::new(&doc, &pieces, Reference::default(), None);
        recognise(&doc, &pieces, &scope)
            .into_iter()
            .map(|f| (f.value, f.qualifier, f.unit, f.year))
            .collect()
    }

    #[test]
    fn counts_with_qualifiers() {
        let v = figs("Trong năm 2017, Thành phố đã đón 155 đoàn khách quốc tế, tổ chức hơn 260 cuộc tiếp khách.");
        assert_eq!(v.len(), 2);
        assert_eq!(v[0], (155.0, "exact".into(), "đoàn khách quốc tế".into(), Some("2017".into())));
        assert_eq!(
            (v[1].0, v[1].1.as_str(), v[1].3.as_deref()),
            (260.0, "more_than", Some("2017"))
        );
    }

    #[test]
    fn money_words_percent() {
        let v = figs("Dự án vốn 1,5 tỷ USD, thu 25 tỷ đồng, tăng 15%, tổ chức bốn tọa đàm và gần 2 triệu lượt khách.");
        let got: Vec<(f64, &str, &str)> =
            v.iter().map(|x| (x.0, x.1.as_str(), x.2.as_str())).collect();
        assert_eq!(
            got,
            [
                (1.5e9, "exact", "tỷ USD"),
                (25e9, "exact", "tỷ đồng"),
                (15.0, "exact", "%"),
                (4.0, "exact", "tọa đàm"),
                (2e6, "less_than", "lượt khách")
            ]
        );
    }

    #[test]
    fn not_figures() {
        for t in [
            "Đại lễ kỷ niệm 50 năm Ngày giải phóng.",
            "Hội thảo lý luận lần thứ 18 giữa hai Đảng.",
            "Trụ sở số 6 Alexandre de Rhodes, Q.1.",
            "Hậu Covid-19 và Trung tâm C4IR.",
            "Nghị quyết 59-NQ/TW và Nghị quyết 153/NQ-CP.",
            "Tăng trưởng hai con số.",
            "Đây là một hoạt động quan trọng.",
            "Ông 55 tuổi, gấp 2 lần.",
            "Thứ hai, đón khách.",
            "Ngày 12/12/2025 và năm 2024.",
        ] {
            assert_eq!(figs(t), vec![], "{t}");
        }
    }
}
