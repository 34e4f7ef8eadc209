//! Key figures: a number, its qualifier, the noun phrase it counts, and the year it is about.
//!
//! "hơn 80 đoàn cấp cao" → 80, more_than, "đoàn cấp cao". Numbers in digits ("1.500",
//! "1,5"), words ("bốn", "hai mươi mốt") and with scale words ("1,5 tỷ USD", "25 tỷ
//! đồng"); percentages ("15%"). Not figures: dates and years (the date recogniser's
//! pieces are excluded), ordinals ("lần thứ 18", "Thứ nhất"), durations and ages ("50
//! năm", "55 tuổi"), multipliers ("gấp 2 lần"), numbers glued to names ("Covid-19",
//! "C4IR") or labelled ("Quận 1", "số 6"), document numbers ("59-NQ/TW"), idioms ("hai con
//! số"), and the article "một".

use crate::lexicon::units::{max_words, unit_at, UnitKind};
use crate::model::{Figure, Qualifier};
use crate::text::document::{Doc, TokKind};
use crate::text::numerals::{parse_digits, parse_words, scale_word};
use crate::time::dates::Piece;
use crate::time::scope::YearScope;
use std::ops::Range;

/// Words that end the counted noun phrase.
const STOP: &[&str] = &[
    "của", "và", "cho", "tại", "với", "để", "trong", "từ", "đến", "tới", "được", "đã", "đang",
    "sẽ", "là", "có", "nhằm", "theo", "về", "như", "nhưng", "thì", "mà", "khi", "do", "bởi", "ở",
    "trên", "dưới", "sau", "trước", "so", "tăng", "giảm", "đạt", "gồm", "thuộc", "cùng", "các",
    "những", "này", "đó", "kia", "nào", "vào", "ra", "lên", "xuống", "qua", "hay", "hoặc", "nữa",
    "rồi", "nên", "vì", "nếu", "đều", "cũng", "vẫn", "còn", "chỉ", "mỗi", "hơn", "gần", "khoảng",
    "năm", "tham", "nhiều", "ít", "bằng", "thông", "gấp", "trị", "giá", "chiếm", "bao", "nay",
    "vừa", "mới", "ngày", "sang", "tết", "ven", "tùy", "tuỳ",
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
    "mùng",
    "mồng",
    "vùng",
];

/// Qualifier phrases, longest first.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("không vượt quá", Qualifier::AtMost),
    ("ít nhất là", Qualifier::AtLeast),
    ("chưa đến", Qualifier::LessThan),
    ("chưa tới", Qualifier::LessThan),
    ("không đến", Qualifier::LessThan),
    ("không tới", Qualifier::LessThan),
    ("không dưới", Qualifier::AtLeast),
    ("không quá", Qualifier::AtMost),
    ("ít nhất", Qualifier::AtLeast),
    ("tối thiểu", Qualifier::AtLeast),
    ("tối đa", Qualifier::AtMost),
    ("nhiều nhất", Qualifier::AtMost),
    ("xấp xỉ", Qualifier::About),
    ("lên đến", Qualifier::AtMost),
    ("lên tới", Qualifier::AtMost),
    ("ước tính", Qualifier::About),
    ("gần như", Qualifier::About),
    ("hơn", Qualifier::MoreThan),
    ("trên", Qualifier::MoreThan),
    ("gần", Qualifier::LessThan),
    ("dưới", Qualifier::LessThan),
    ("khoảng", Qualifier::About),
    ("chừng", Qualifier::About),
    ("tầm", Qualifier::About),
    ("ước", Qualifier::About),
];

struct NumberAt {
    /// token range [first, last] of the number and any scale word / percent sign
    first: usize,
    next: usize,
    value: f64,
    is_words: bool,
    percent: bool,
    scale: Option<String>,
    /// "hàng trăm": an order of magnitude, read as "about"
    magnitude: bool,
}

fn adjacent(doc: &Doc, a: usize, b: usize) -> bool {
    doc.tokens[a].end == doc.tokens[b].start
}

/// Read a number starting at token `i`: digits, or number words.
fn number_at(doc: &Doc, i: usize) -> Option<NumberAt> {
    match doc.tokens[i].kind {
        TokKind::Num => {
            let (value, next) = digits_at(doc, i)?;
            Some(with_suffix(doc, i, value, next, false))
        }
        TokKind::Word => words_number_at(doc, i),
        TokKind::Punct => None,
    }
}

/// True when token `j` is a '.' or ',' glued between two digit groups (tokens `j - 1` and
/// `j + 1`).
fn joins_groups(doc: &Doc, j: usize) -> bool {
    j + 1 < doc.tokens.len()
        && doc.tokens[j].kind == TokKind::Punct
        && matches!(doc.tok_text(j), "." | ",")
        && doc.tokens[j + 1].kind == TokKind::Num
        && adjacent(doc, j - 1, j)
        && adjacent(doc, j, j + 1)
}

/// Digits at token `i` with '.' / ',' glued between digit groups: the value and the token
/// after.
fn digits_at(doc: &Doc, i: usize) -> Option<(f64, usize)> {
    let mut j = i + 1;
    while joins_groups(doc, j) {
        j += 2;
    }
    let s = doc.slice(doc.tokens[i].start..doc.tokens[j - 1].end);
    Some((parse_digits(s)?, j))
}

/// A number in words at token `i` (up to twelve words of its line), or an order of
/// magnitude after "hàng" ("hàng trăm", "hàng chục nghìn": about, read from its scale
/// words). The article "một" alone is not a count; "hai" (both) and "năm" (year) alone count
/// only what [`small_count_ok`] lets them.
fn words_number_at(doc: &Doc, i: usize) -> Option<NumberAt> {
    let mut words = Vec::new();
    let mut j = i;
    while j < doc.tokens.len() && doc.tokens[j].kind == TokKind::Word && words.len() < 12 {
        if j > i && doc.tline(j) != doc.tline(i) {
            break;
        }
        words.push(doc.tok_lower(j));
        j += 1;
    }
    if i > 0 && doc.tok_lower(i - 1) == "hàng" && doc.tline(i - 1) == doc.tline(i) {
        let used = words.iter().take_while(|w| scale_of_magnitude(w).is_some()).count();
        if used == 0 {
            return None;
        }
        let value = words[..used].iter().filter_map(|w| scale_of_magnitude(w)).product();
        let (percent, scale, magnitude) = (false, None, true);
        return Some(NumberAt {
            first: i,
            next: i + used,
            value,
            is_words: true,
            percent,
            scale,
            magnitude,
        });
    }
    let (value, used) = parse_words(&words)?;
    let alone = |ws: &[&str]| used == 1 && ws.contains(&words[0]);
    if alone(&["hai", "năm"]) && !small_count_ok(&words)
        || alone(&["một", "không", "mười", "trăm", "lẻ", "linh", "tư", "mốt", "lăm"])
        || scale_word(words[0]).is_some()
        || matches!(words[0], "mươi" | "chục")
    {
        return None;
    }
    // a trailing scale word was consumed by parse_words; remember it for the unit
    let last = words[used - 1];
    if scale_word(last).is_some() {
        let scale = Some(last.to_string());
        return Some(NumberAt {
            first: i,
            next: i + used,
            value,
            is_words: true,
            percent: false,
            scale,
            magnitude: false,
        });
    }
    Some(with_suffix(doc, i, value, i + used, true))
}

/// A number read from token `first` to `next`, with a scale word ("tỷ") and a "%" after it.
fn with_suffix(
    doc: &Doc,
    first: usize,
    mut value: f64,
    mut next: usize,
    is_words: bool,
) -> NumberAt {
    let mut scale = None;
    if next < doc.tokens.len() && doc.tokens[next].kind == TokKind::Word {
        if let Some(m) = scale_word(doc.tok_lower(next)) {
            value *= m;
            scale = Some(doc.tok_lower(next).to_string());
            next += 1;
        }
    }
    let percent = next < doc.tokens.len() && doc.tok_text(next) == "%";
    if percent {
        next += 1;
    }
    NumberAt { first, next, value, is_words, percent, scale, magnitude: false }
}

/// Scale words of an order of magnitude ("hàng trăm", "hàng chục nghìn").
fn scale_of_magnitude(w: &str) -> Option<f64> {
    match w {
        "chục" => Some(10.0),
        "trăm" => Some(100.0),
        _ => scale_word(w),
    }
}

/// Nouns that "hai" reads as "both" ("hai nước", "hai bên", "hai Đảng"): the parties a text
/// speaks of, not a count.
const BOTH: &[&str] = &[
    "ngoại",
    "quan",
    "lực",
    "nguyên",
    "nước",
    "bên",
    "phía",
    "đảng",
    "nhà",
    "dân",
    "quốc",
    "thủ",
    "nền",
    "chính",
    "quân",
    "lãnh",
    "vị",
    "ngài",
    "ông",
    "bà",
    "đoàn",
    "bộ",
    "thành",
    "địa",
    "ngành",
    "cơ",
    "tổ",
    "viện",
    "hội",
    "đại",
    "chủ",
    "tổng",
    "thượng",
    "phó",
    "miền",
    "chiều",
    "mặt",
    "tay",
    "vợ",
    "anh",
    "chị",
    "cha",
    "mẹ",
    "con",
    "tỉnh",
    "thị",
    "đội",
];

/// "hai" and "năm" alone count a noun only when it is a counted noun ("năm lĩnh vực") or, for
/// "hai", a noun that does not name the two parties ("hai dòng chảy", not "hai nước").
fn small_count_ok(words: &[&str]) -> bool {
    match words {
        ["năm", rest @ ..] => matches!(unit_at(rest), Some((UnitKind::Count, _))),
        ["hai", next, ..] => !BOTH.contains(next) && !crate::text::numerals::is_number_word(next),
        _ => false,
    }
}

/// The digit groups of the chain starting at token `i` (as [`number_at`] glues them): the token
/// of each group and whether the separator before the next group is a comma.
fn digit_chain(doc: &Doc, i: usize) -> (Vec<usize>, Vec<bool>) {
    let (mut groups, mut commas) = (vec![i], Vec::new());
    let mut j = i + 1;
    while joins_groups(doc, j) {
        commas.push(doc.tok_text(j) == ",");
        groups.push(j + 1);
        j += 2;
    }
    (groups, commas)
}

/// The first group `m` of a digit chain whose suffix (groups `m..`) [`parse_digits`] reads,
/// from the groups' lengths and separators (`commas[k]` is the separator after group `k`):
/// at most one comma, and only before the last group; before it (or the end), either one
/// dot or thousands groups (one to three digits, then groups of three). Group `k - 1` and the
/// last group `k` always qualify, so the answer is found in one pass over the chain.
fn first_parsable_group(lens: &[usize], commas: &[bool]) -> usize {
    let k = lens.len() - 1;
    // commas_from[m]: commas among the separators m..k; threes_from[m]: groups m..=k all of
    // three digits, counted as the length of that run
    let mut commas_from = vec![0usize; k + 1];
    for m in (0..k).rev() {
        commas_from[m] = commas_from[m + 1] + usize::from(commas[m]);
    }
    let mut run3 = vec![0usize; k + 2]; // run3[m]: how many groups from m on have 3 digits
    for m in (0..=k).rev() {
        run3[m] = if lens[m] == 3 { run3[m + 1] + 1 } else { 0 };
    }
    let grouped_to = |m: usize, end: usize| -> bool {
        // groups m+1..=end all of three digits, the first of one to three
        lens[m] <= 3 && m + 1 + run3[m + 1] > end
    };
    for (m, &c) in commas_from.iter().enumerate() {
        let ok = match c {
            0 => m + 1 >= k || grouped_to(m, k),
            1 => commas[k - 1] && (m + 1 == k || grouped_to(m, k - 1)),
            _ => false,
        };
        if ok {
            return m;
        }
    }
    k
}

/// Where the figures loop goes on after the digit chain at token `i` failed to parse: the
/// token of the chain's first group that parses.
fn reparse_from(doc: &Doc, i: usize) -> usize {
    let (groups, commas) = digit_chain(doc, i);
    if groups.len() == 1 {
        return i + 1;
    }
    let lens: Vec<usize> =
        groups.iter().map(|&g| doc.tokens[g].end - doc.tokens[g].start).collect();
    let m = first_parsable_group(&lens, &commas);
    // group 0 failed already (that is why we are here)
    groups[m.max(1)]
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
    // the qualifier a range gives its second number ("từ 150.000 - 200.000 đồng": at most)
    let mut range_second: Option<(usize, Qualifier)> = None;
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
                // a digit chain that does not parse is read again from the first of its groups
                // that does (what restarting at every group would find, without the rescans)
                i = if t.kind == TokKind::Num { reparse_from(doc, i) } else { i + 1 };
                continue;
            }
        };
        let next_i = num.next.max(i + 1);
        let num_range = doc.tokens[num.first].start..doc.tokens[num.next - 1].end;
        // "6-7 m", "1.000 - 4.000 đồng": the first number of a range counts what the second
        // counts (the second is read on its own after)
        let partner = range_partner(doc, &num);
        if !accept_number(doc, &num, &num_range, partner.is_some())
            || in_date(&num_range)
            || doc.seg.is_masked(&num_range)
        {
            i = next_i;
            continue;
        }
        let Some((value, unit, unit_end)) = counted(doc, &num, num_range.end, partner.as_ref())
        else {
            i = next_i;
            continue;
        };
        if not_a_count(doc, &num, &unit) {
            i = next_i;
            continue;
        }
        let (qualifier, start) = qualifier_of(doc, &num, partner.as_ref(), &mut range_second);
        let range = start..unit_end;
        let year = scope.year_for_figure(doc, num_range.start).map(|y| y.to_string());
        out.push(Figure { span: doc.span(range), value, qualifier, unit, year });
        i = next_i;
    }
    out
}

/// What a number counts: its value (with a range partner's scale, "2-3 tỷ đồng"), the unit
/// ("%", else the counted noun phrase; a range's unit is its second number's) and where the
/// figure ends. `None` when the number counts nothing.
fn counted(
    doc: &Doc,
    num: &NumberAt,
    num_end: usize,
    partner: Option<&NumberAt>,
) -> Option<(f64, String, usize)> {
    let line = doc.tline(num.first);
    let mut value = num.value;
    if num.percent {
        return Some((value, "%".to_string(), num_end));
    }
    let Some(p) = partner else {
        let (unit, end) = noun_phrase(doc, num.next, line)?;
        return Some((value, unit, end));
    };
    if num.scale.is_none() {
        if let Some(m) = p.scale.as_deref().and_then(scale_word) {
            value *= m;
        }
    }
    let unit = if p.percent { "%".to_string() } else { noun_phrase(doc, p.next, line)?.0 };
    Some((value, unit, num_end))
}

/// A number that is no count of its unit: a multiplier ("gấp 2 lần", "tăng 3 lần"; "hai lần",
/// "ít nhất ba lần" count), or sides of a relation ("trên ba mặt", "hợp tác ba bên").
fn not_a_count(doc: &Doc, num: &NumberAt, unit: &str) -> bool {
    unit_word_is(unit, "lần") && multiplier_before(doc, num.first)
        || num.is_words && matches!(first_word(unit).as_str(), "bên" | "phía" | "mặt" | "miền")
}

/// The qualifier of a number (and where its figure starts): the words before it, an order of
/// magnitude's "about", or what a range gives it — "từ 150.000 - 200.000": at least the first,
/// at most the second (`range_second`, the qualifier the second number takes); "khoảng 6-7
/// m": both about.
fn qualifier_of(
    doc: &Doc,
    num: &NumberAt,
    partner: Option<&NumberAt>,
    range_second: &mut Option<(usize, Qualifier)>,
) -> (Qualifier, usize) {
    let (mut qualifier, start) = if num.magnitude {
        (Qualifier::About, doc.tokens[num.first - 1].start)
    } else {
        qualifier_before(doc, num.first)
    };
    if let Some((at, q)) = range_second.take() {
        if at == num.first && qualifier == Qualifier::Exact {
            qualifier = q;
        }
    }
    if let Some(p) = partner {
        let from = num.first > 0 && doc.tok_lower(num.first - 1) == "từ";
        if from && qualifier == Qualifier::Exact {
            qualifier = Qualifier::AtLeast;
            *range_second = Some((p.first, Qualifier::AtMost));
        } else if qualifier != Qualifier::Exact {
            *range_second = Some((p.first, qualifier));
        }
    }
    (qualifier, start)
}

fn first_word(unit: &str) -> String {
    unit.split(' ').next().unwrap_or("").to_lowercase()
}

fn unit_word_is(unit: &str, w: &str) -> bool {
    first_word(unit) == w
}

/// "gấp 2 lần", "tăng 3 lần", "gấp 1,7-2,5 lần": the word before the number makes "lần" a factor.
fn multiplier_before(doc: &Doc, first: usize) -> bool {
    let mut k = first;
    // skip a qualifier ("gấp hơn 2 lần", "tăng khoảng 3 lần")
    while k > 0 && doc.tokens[k - 1].kind == TokKind::Word {
        let w = doc.tok_lower(k - 1);
        if QUALIFIERS.iter().any(|(q, _)| q.split(' ').any(|x| x == w)) {
            k -= 1;
            continue;
        }
        return matches!(w, "gấp" | "tăng" | "giảm" | "lớn" | "nhiều" | "cao" | "thấp" | "nhanh");
    }
    false
}

/// The second number of a range at `num` ("6-7 m", "1.000 - 4.000 đồng", "1,7- 2,5 lần").
fn range_partner(doc: &Doc, num: &NumberAt) -> Option<NumberAt> {
    if num.is_words || num.percent || num.magnitude {
        return None;
    }
    let dash = num.next;
    let second = dash + 1;
    if second >= doc.tokens.len()
        || !matches!(doc.tok_text(dash), "-" | "–")
        || doc.tokens[second].kind != TokKind::Num
        || doc.tline(second) != doc.tline(num.first)
    {
        return None;
    }
    let p = number_at(doc, second)?;
    // "6-7 m": the second number is not glued to a word or a further dash ("0236-3822-15")
    if p.next < doc.tokens.len()
        && doc.tokens[p.next].start == doc.tokens[p.next - 1].end
        && matches!(doc.tok_text(p.next), "-" | "/")
    {
        return None;
    }
    (p.value > num.value).then_some(p)
}

/// Reject ordinals, labels, numbers glued to names and document numbers.
fn accept_number(doc: &Doc, num: &NumberAt, r: &Range<usize>, range: bool) -> bool {
    !glued_before(doc, num)
        && !glued_after(doc, num, range)
        && !names_or_labels(doc, num)
        && !out_of_place(doc, num, r)
}

/// Glued to a word or a hyphen before ("Covid-19", "CP72") — but the second number of a
/// range ("6-7 ha").
fn glued_before(doc: &Doc, num: &NumberAt) -> bool {
    let first = num.first;
    if first == 0 {
        return false;
    }
    let p = doc.tokens[first - 1];
    if p.end != doc.tokens[first].start {
        return false;
    }
    let pt = doc.tok_text(first - 1);
    let second_of_range = matches!(pt, "-" | "–")
        && first > 1
        && doc.tokens[first - 2].kind == TokKind::Num
        && !num.is_words;
    p.kind == TokKind::Word || (matches!(pt, "-" | "/" | "." | "_" | "#") && !second_of_range)
}

/// Glued to a word after ("C4IR"; a glued measure, "3.000m2", "5km", is read as its unit), or
/// to a code after ("59-NQ/TW"; but the dash of a range).
fn glued_after(doc: &Doc, num: &NumberAt, range: bool) -> bool {
    let last = num.next - 1;
    if last + 1 >= doc.tokens.len() {
        return false;
    }
    let nx = doc.tokens[last + 1];
    if nx.start != doc.tokens[last].end {
        return false;
    }
    let nt = doc.tok_text(last + 1);
    let glued_word = nx.kind == TokKind::Word
        && !num.percent
        && !matches!(
            unit_at(&[doc.tok_lower(last + 1)]),
            Some((UnitKind::Measure | UnitKind::Currency, _))
        );
    let glued_code = matches!(nt, "/" | "-" | ".")
        && !(range && nt == "-")
        && last + 2 < doc.tokens.len()
        && doc.tokens[last + 2].start == nx.end
        && matches!(doc.tokens[last + 2].kind, TokKind::Word | TokKind::Num);
    glued_word || glued_code
}

/// Ordinals, labels and names: "lần thứ 18", "Quận 1", "số 6", "Q.1", "P.3"; "France 24 dẫn
/// lời", "VTV 24" (a number after a capitalised word inside a sentence belongs to the name);
/// "1 triệu m 3 bùn" (the exponent of a measure).
fn names_or_labels(doc: &Doc, num: &NumberAt) -> bool {
    let (first, last) = (num.first, num.next - 1);
    if first > 1
        && doc.tok_text(first - 1) == "."
        && doc.tokens[first - 2].kind == TokKind::Word
        && doc.tok_lower(first - 2).chars().count() <= 2
    {
        return true;
    }
    if first == 0 || doc.tokens[first - 1].kind != TokKind::Word {
        return false;
    }
    let prev = doc.tok_lower(first - 1);
    let inside_sentence = doc
        .seg
        .sentence_of(doc.tokens[first - 1].start)
        .and_then(|k| doc.seg.sentences.get(k))
        .is_some_and(|se| se.range.start != doc.tokens[first - 1].start);
    let name = doc.tokens[first - 1].cap
        && !num.is_words
        && inside_sentence
        && !QUALIFIERS.iter().any(|(q, _)| *q == prev)
        && !matches!(prev, "trong" | "có" | "gồm" | "với" | "và" | "hơn" | "khoảng");
    // "trong vòng 30 ha" (within), not "vòng 2" (a round)
    let within = prev == "vòng" && first > 1 && doc.tok_lower(first - 2) == "trong";
    let label = LABELS.contains(&prev) && !within && !num.magnitude;
    let exponent = matches!(prev, "m" | "km" | "cm" | "mm" | "dm")
        && matches!(doc.tok_text(first), "2" | "3")
        && first == last;
    name || label || exponent
}

/// A list marker (a number opening a line, followed by "." or ")"); word numerals
/// capitalised inside a sentence; "hàng trăm", "vài chục" (not an order of magnitude read as
/// one).
fn out_of_place(doc: &Doc, num: &NumberAt, r: &Range<usize>) -> bool {
    let (first, last) = (num.first, num.next - 1);
    let list_marker = r.start == doc.seg.line_start(r.start)
        && last + 1 < doc.tokens.len()
        && matches!(doc.tok_text(last + 1), "." | ")")
        && !num.is_words;
    let capitalised = num.is_words
        && doc.tokens[first].cap
        && doc
            .seg
            .sentence_of(r.start)
            .and_then(|i| doc.seg.sentences.get(i))
            .map(|s| s.range.start)
            != Some(r.start);
    let vague = num.is_words
        && !num.magnitude
        && first > 0
        && matches!(doc.tok_lower(first - 1), "hàng" | "vài" | "mấy" | "dăm");
    list_marker || capitalised || vague
}

/// Words after "đồng" that make it no currency ("đồng chí", "đồng bào", "đồng hồ").
const DONG_WORDS: &[&str] = &[
    "chí", "bào", "hồ", "thời", "nghiệp", "tình", "ý", "bằng", "hương", "minh", "đội", "lòng",
    "phục", "cỏ", "ruộng", "môn", "hành",
];

/// A noun phrase (lower-case words) that is no counted unit: a duration, a multiplier or an
/// idiom, one that starts with a stop word, or "lần thứ …" (an ordinal follows).
fn counts_nothing(lower: &[&str]) -> bool {
    matches!(unit_at(lower), Some((UnitKind::Duration | UnitKind::Multiplier | UnitKind::Idiom, _)))
        || STOP.contains(&lower[0])
        || lower[0] == "lần" && lower.get(1) == Some(&"thứ")
}

/// Read the counted noun phrase starting at token `i` on line `line`.
fn noun_phrase(doc: &Doc, i: usize, line: usize) -> Option<(String, usize)> {
    let mut words: Vec<&str> = Vec::new();
    let mut lower: Vec<&str> = Vec::new();
    let mut end = 0;
    let mut j = i;
    // a counted noun of the lexicon may hold a stop word ("quốc gia và vùng lãnh thổ")
    let ahead: Vec<&str> = (i..doc.tokens.len().min(i + max_words()))
        .take_while(|&k| doc.tokens[k].kind == TokKind::Word && doc.tline(k) == line)
        .map(|k| doc.tok_lower(k))
        .collect();
    if let Some((UnitKind::Count, n)) = unit_at(&ahead) {
        if n > 1 && ahead[1..n].iter().any(|w| STOP.contains(w)) {
            for k in i..i + n {
                words.push(doc.tok_text(k));
                lower.push(doc.tok_lower(k));
            }
            end = doc.tokens[i + n - 1].end;
            j = i + n;
        }
    }
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
        // a currency ends the unit: "25 tỷ đồng", "1,5 triệu USD" (not "đồng chí", "đồng bào")
        let dong_word = lw == "đồng"
            && j < doc.tokens.len()
            && doc.tokens[j].kind == TokKind::Word
            && DONG_WORDS.contains(&doc.tok_lower(j));
        if matches!(unit_at(&lower), Some((UnitKind::Currency, n)) if n == lower.len())
            && !dong_word
        {
            break;
        }
        // "m2", "km2", "m3": the exponent glued to a measure word is part of the unit
        if words.len() == 1
            && matches!(lw, "m" | "km" | "cm" | "mm" | "dm")
            && j < doc.tokens.len()
            && doc.tokens[j].start == t.end
            && matches!(doc.tok_text(j), "2" | "3" | "²" | "³")
        {
            let sup = doc.slice(t.start..doc.tokens[j].end);
            return Some((sup.to_string(), doc.tokens[j].end));
        }
    }
    (!words.is_empty() && !counts_nothing(&lower)).then(|| (words.join(" "), end))
}

/// The qualifier written before token `first`, and where the figure's span starts.
fn qualifier_before(doc: &Doc, first: usize) -> (Qualifier, usize) {
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
            return (*q, doc.tokens[k].start);
        }
    }
    (Qualifier::Exact, start)
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
            .map(|f| (f.value, f.qualifier.to_string(), f.unit, f.year))
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
                (1.5e9, "exact", "USD"),
                (25e9, "exact", "đồng"),
                (15.0, "exact", "%"),
                (4.0, "exact", "tọa đàm"),
                (2e6, "less_than", "lượt khách")
            ]
        );
    }

    /// The chain skip finds what restarting at every group found: compare with parsing each
    /// suffix of the chain, over every chain of up to six groups of one to four digits.
    #[test]
    fn first_parsable_group_matches_reparsing() {
        let mut n = 0;
        for k in 1..6usize {
            let mut combos = 1usize;
            for _ in 0..=k {
                combos *= 4;
            }
            for c in 0..combos * (1 << k) {
                let (mut lens_code, mut sep_code) = (c / (1 << k), c % (1 << k));
                let mut lens = Vec::new();
                for _ in 0..=k {
                    lens.push(lens_code % 4 + 1);
                    lens_code /= 4;
                }
                let mut commas = Vec::new();
                for _ in 0..k {
                    commas.push(sep_code % 2 == 1);
                    sep_code /= 2;
                }
                let suffix = |m: usize| {
                    let mut s = "7".repeat(lens[m]);
                    for g in m + 1..=k {
                        s.push(if commas[g - 1] { ',' } else { '.' });
                        s.push_str(&"7".repeat(lens[g]));
                    }
                    s
                };
                let expect = (0..=k).find(|&m| parse_digits(&suffix(m)).is_some()).unwrap();
                assert_eq!(first_parsable_group(&lens, &commas), expect, "{}", suffix(0));
                n += 1;
            }
        }
        assert!(n > 1000);
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
