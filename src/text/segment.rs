//! Segmentation: lines (each non-blank line of a pasted article is a paragraph), the kind of
//! each line (boilerplate, heading, caption, body …), sentences within lines, and sections
//! (a heading starts a new one).
//!
//! This module only looks at the shape of lines. The article reader (`article.rs`) later
//! refines the header and footer lines (title, dateline, byline, photo credit).

use std::ops::Range;

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    /// Not article content: related links, share buttons, comment notices, category paths…
    Boilerplate,
    /// The headline.
    Title,
    /// A line that only gives the publication date/time.
    Dateline,
    /// A line that only names the author(s).
    Byline,
    /// A line that only gives a photo credit ("ẢNH: NGỌC DƯƠNG").
    Credit,
    /// A photo caption.
    Caption,
    /// A sub-heading inside the article: a short line without final punctuation.
    Heading,
    /// A paragraph of the article.
    Body,
}

impl LineKind {
    /// Lines whose words are article content (every recogniser reads them).
    pub fn is_content(self) -> bool {
        matches!(self, LineKind::Title | LineKind::Caption | LineKind::Heading | LineKind::Body)
    }
}

#[derive(Debug, Clone)]
pub struct Line {
    /// Trimmed content range in the normalised text.
    pub range: Range<usize>,
    pub kind: LineKind,
    /// Section index: increases at each heading.
    pub section: usize,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub range: Range<usize>,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    pub lines: Vec<Line>,
    pub sentences: Vec<Sentence>,
    /// Byte ranges no recogniser of names may take items from (credits, bylines inside lines).
    pub masked: Vec<Range<usize>>,
}

impl Segmentation {
    /// Index of the line containing `pos` (the last line starting at or before it).
    pub fn line_of(&self, pos: usize) -> usize {
        let k = self.lines.partition_point(|l| l.range.start <= pos);
        k.saturating_sub(1)
    }

    /// Start of the line containing `pos`.
    pub fn line_start(&self, pos: usize) -> usize {
        self.lines.get(self.line_of(pos)).map(|l| l.range.start).unwrap_or(0)
    }

    /// Kind of the line containing `pos`.
    pub fn kind_at(&self, pos: usize) -> LineKind {
        self.lines.get(self.line_of(pos)).map(|l| l.kind).unwrap_or(LineKind::Blank)
    }

    /// Index of the sentence containing `pos`.
    pub fn sentence_of(&self, pos: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.range.start <= pos);
        let i = k.checked_sub(1)?;
        if pos <= self.sentences[i].range.end {
            Some(i)
        } else {
            None
        }
    }

    /// True when `r` overlaps a masked range.
    pub fn is_masked(&self, r: &Range<usize>) -> bool {
        // masks are sorted by start and do not nest deeply
        let k = self.masked.partition_point(|m| m.start < r.end);
        self.masked[..k].iter().rev().take(8).any(|m| r.start < m.end)
    }

    /// Recompute sections after line kinds changed.
    pub fn recompute_sections(&mut self) {
        let mut section = 0;
        for l in &mut self.lines {
            if l.kind == LineKind::Heading {
                section += 1;
            }
            l.section = section;
        }
    }

    /// Recompute sentences of content lines after line kinds changed.
    pub fn recompute_sentences(&mut self, text: &str) {
        let mut sentences = Vec::new();
        for (i, l) in self.lines.iter().enumerate() {
            if l.kind == LineKind::Blank {
                continue;
            }
            for r in split_sentences(text, l.range.clone()) {
                sentences.push(Sentence { range: r, line: i });
            }
        }
        self.sentences = sentences;
    }
}

/// Words (lower case) that end a sentence-looking period but are abbreviations.
const ABBREVIATIONS: &[&str] = &[
    "tp", "p", "q", "tx", "tt", "h", "ts", "ths", "gs", "pgs", "bs", "ks", "kts", "ls", "ncs",
    "th", "st", "mr", "mrs", "ms", "dr", "prof", "no", "tr", "nxb", "đc", "sđd", "vs", "ttg",
    "ubnd", "co", "ltd", "inc", "corp", "jr", "sr",
];

/// Length of a sentence terminator (".", "!", "?", "…") at byte `j` of `b` (0 when none).
fn terminator_len(b: &[u8], j: usize) -> usize {
    match b.get(j) {
        Some(b'.' | b'!' | b'?') => 1,
        Some(0xE2) if b.get(j + 1) == Some(&0x80) && b.get(j + 2) == Some(&0xA6) => 3, // …
        _ => 0,
    }
}

/// Length of a closing quote or bracket (`"`, `)`, "”", "’", "»") at byte `j` of `b` (0 when
/// none).
fn closer_len(b: &[u8], j: usize) -> usize {
    match b.get(j) {
        Some(b'"' | b')') => 1,
        Some(0xE2) if b.get(j + 1) == Some(&0x80) && matches!(b.get(j + 2), Some(0x9D | 0x99)) => 3, // ” ’
        Some(0xC2) if b.get(j + 1) == Some(&0xBB) => 2, // »
        _ => 0,
    }
}

/// True when what follows a terminator at `k` (after `saw_space` spaces) may start a
/// sentence: the end of the line, or a space then an upper-case letter, a digit, a quote or
/// a dash.
fn starts_sentence(s: &str, k: usize, saw_space: bool) -> bool {
    k >= s.len()
        || (saw_space
            && s[k..].chars().next().is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '«' | '(' | '-' | '–' | '—' | '‘')
            }))
}

/// True when the "." at byte `i` of `s` ends an abbreviation ("TP.", "TS.") or an initial
/// ("Nguyễn V. An").
fn ends_abbreviation(s: &str, i: usize) -> bool {
    let word_start = s[..i]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(p, _)| p)
        .unwrap_or(i);
    let word = &s[word_start..i];
    let single_upper = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    single_upper || word.len() <= 4 && ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Split a line into sentences: at ".", "!", "?", "…" (with any closing quotes or brackets)
/// followed by a space and an upper-case letter, a digit, a quote or a dash — not after an
/// abbreviation ("TP.", "TS.") or an initial ("Nguyễn V. An").
pub fn split_sentences(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(s) = text.get(line.clone()) else { return out };
    let base = line.start;
    let b = s.as_bytes();
    let n = b.len();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < n {
        let t = terminator_len(b, i);
        if t == 0 {
            i += 1;
            continue;
        }
        let mut j = i + t;
        loop {
            let x = terminator_len(b, j).max(closer_len(b, j));
            if x == 0 {
                break;
            }
            j += x;
        }
        let mut k = j;
        while k < n && b[k] == b' ' {
            k += 1;
        }
        let abbrev = b[i] == b'.' && j == i + 1 && ends_abbreviation(s, i);
        if starts_sentence(s, k, k > j) && !abbrev {
            if j > start {
                out.push(base + start..base + j);
            }
            start = k.min(n);
            i = k;
            continue;
        }
        i = j;
    }
    if start < n {
        let rest = s[start..].trim_end();
        if !rest.is_empty() {
            out.push(base + start..base + start + rest.len());
        }
    }
    out
}

/// Whole lines that are page chrome (besides the headers of related links,
/// [`RELATED_HEADERS`], which are boilerplate too).
const BOILERPLATE_EXACT: &[&str] = &[
    "top",
    "asset publisher",
    "từ khóa",
    "tags",
    "tag",
    "chia sẻ",
    "share",
    "facebook",
    "twitter",
    "zalo",
    "in bài",
    "in",
    "bình luận",
    "gửi bình luận",
    "ý kiến bạn đọc",
    "ý kiến",
    "trở về",
    "quay lại",
    "về đầu trang",
    "lên đầu trang",
    "tin nổi bật",
    "tin đọc nhiều",
    "đọc nhiều",
    "xem nhiều",
    "mới nhất",
    "nổi bật",
    "print",
    "email",
    "copy link",
    "sao chép liên kết",
    "like",
    "theo dõi",
    "đăng nhập",
    "đăng ký",
    "trang chủ",
    "home",
    "menu",
    "tìm kiếm",
    "gửi",
    "gửi bài",
    "bản in",
    "lưu",
    "lưu bài",
    "tin tức",
    "tiêu điểm",
];

const BOILERPLATE_PREFIX: &[&str] = &[
    "bạn không thể gửi bình luận",
    "xin hãy đợi",
    "gửi phản hồi",
    "tải ứng dụng",
    "copyright",
    "©",
    "bản quyền thuộc",
    "ghi rõ nguồn",
    "tags:",
    "tag:",
    "từ khóa:",
    "chủ đề:",
    "xem thêm:",
    "đọc thêm:",
    "tin liên quan:",
    "bài liên quan:",
    "theo dõi chúng tôi",
    "theo dõi báo",
    "mời quý độc giả",
    "mời bạn đọc",
    "bình luận (",
    "ý kiến (",
];

/// Headers that start a block of related links.
const RELATED_HEADERS: &[&str] = &[
    "tin liên quan",
    "bài liên quan",
    "tin cùng chuyên mục",
    "cùng chuyên mục",
    "xem thêm",
    "đọc thêm",
    "tin khác",
    "tin bài khác",
    "các tin khác",
    "bài viết liên quan",
    "có thể bạn quan tâm",
    "đừng bỏ lỡ",
    "tin mới",
    "tin đã đưa",
    "các tin đã đưa",
];

fn strip_decor(s: &str) -> &str {
    s.trim_matches(|c: char| {
        c == '|' || c == ':' || c == ' ' || c == '>' || c == '»' || c == '•' || c == '-'
    })
}

fn ends_with_pipe(s: &str) -> bool {
    s.trim_end().ends_with('|')
}

/// Text before trailing pipes.
fn before_pipes(s: &str) -> &str {
    s.trim_end().trim_end_matches(['|', ' '])
}

fn is_category_path(lower: &str, original: &str) -> bool {
    let seps = [" / ", " > ", " » ", " › "];
    if !seps.iter().any(|s| lower.contains(s)) {
        return false;
    }
    if lower.ends_with('.') || lower.chars().filter(|c| c.is_alphabetic()).count() == 0 {
        return false;
    }
    let words = lower.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphabetic())).count();
    if words > 10 {
        return false;
    }
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let mostly_upper = upper * 10 >= letters.len() * 7;
    let short_segments =
        lower.split(['/', '>', '»', '›']).all(|seg| seg.split_whitespace().count() <= 4);
    mostly_upper || short_segments
}

fn is_scrape_metadata(lower: &str) -> bool {
    // "date 2025-12-23 …", "published: 2025-12-23 …" leaked from page markup
    let mut it = lower.split_whitespace();
    let first = it.next().unwrap_or("");
    let second = it.next().unwrap_or("");
    let first = first.trim_end_matches([':', '=']);
    let ascii_label =
        !first.is_empty() && first.chars().all(|c| c.is_ascii_lowercase() || c == '_');
    let iso = second.len() >= 10
        && second.as_bytes()[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    ascii_label && iso
}

fn is_image_placeholder(lower: &str) -> bool {
    // "… - Ảnh 1." alt text of an inline image
    let t = lower.trim_end_matches(['.', ' ']);
    if let Some(p) = t.rfind("ảnh ") {
        let tail = &t[p + "ảnh ".len()..];
        let before = t[..p].trim_end();
        return !tail.is_empty()
            && tail.chars().all(|c| c.is_ascii_digit())
            && before.ends_with('-');
    }
    false
}

fn is_only_symbols(s: &str) -> bool {
    !s.chars().any(|c| c.is_alphanumeric())
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with(['.', '!', '?', '…', ':', ';', ',', '"', '”', ')', '»'])
}

/// Classify lines by their shape and split content lines into sentences.
pub fn segment(text: &str, lower_text: &str) -> Segmentation {
    let mut lines = split_lines(text);
    mark_boilerplate(text, lower_text, &mut lines);
    mark_headings_and_captions(text, lower_text, &mut lines);
    let mut seg = Segmentation { lines, sentences: Vec::new(), masked: Vec::new() };
    seg.recompute_sections();
    seg.recompute_sentences(text);
    seg
}

/// The lines of `text`, trimmed: blank or body.
fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut pos = 0usize;
    for raw in text.split('\n') {
        let start = pos;
        pos += raw.len() + 1;
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        let r = start + lead..start + lead + trimmed.len();
        let kind = if trimmed.is_empty() { LineKind::Blank } else { LineKind::Body };
        lines.push(Line { range: r, kind, section: 0 });
    }
    lines
}

/// Mark boilerplate by shape: page chrome, category paths, scrape metadata, image
/// placeholders, teasers, and the block of related links after a header ("Tin liên quan").
fn mark_boilerplate(text: &str, lower_text: &str, lines: &mut [Line]) {
    let mut in_related = false;
    for line in lines.iter_mut().filter(|l| l.kind != LineKind::Blank) {
        let original = text.get(line.range.clone()).unwrap_or("");
        let lower = lower_text.get(line.range.clone()).unwrap_or("");
        let core = strip_decor(lower);
        let core_words = core.split_whitespace().count();
        let mut bp = is_chrome(lower, original, core, core_words);
        if RELATED_HEADERS.contains(&core) {
            in_related = true;
            bp = true;
        } else if in_related {
            // related links: lines ending in a pipe, or short lines without final punctuation
            let b = before_pipes(lower);
            if ends_with_pipe(lower) && !b.ends_with('.')
                || (!ends_sentence(lower) && core_words <= 14)
            {
                bp = true;
            } else {
                in_related = false;
            }
        }
        if bp {
            line.kind = LineKind::Boilerplate;
        }
    }
}

/// True when a line (lower-cased, original, without decoration, its word count) is page
/// chrome by its shape alone.
fn is_chrome(lower: &str, original: &str, core: &str, core_words: usize) -> bool {
    let teaser = ends_with_pipe(lower) && {
        let b = before_pipes(lower);
        b.ends_with("...") || b.ends_with('…')
    };
    BOILERPLATE_EXACT.contains(&core)
        || BOILERPLATE_PREFIX.iter().any(|p| lower.starts_with(p))
        || (core_words <= 4 && lower.ends_with("giây nữa."))
        || is_category_path(lower, original)
        || is_scrape_metadata(lower)
        || is_image_placeholder(lower)
        || is_only_symbols(original)
        || teaser
}

/// Mark headings and captions by shape among body lines (the article reader refines the
/// header zone): a caption names its photo ("Ảnh: …"); a heading is a short line without
/// final punctuation after the body has started.
fn mark_headings_and_captions(text: &str, lower_text: &str, lines: &mut [Line]) {
    let mut seen_body = false;
    for line in lines.iter_mut().filter(|l| l.kind == LineKind::Body) {
        let s = text.get(line.range.clone()).unwrap_or("");
        let lower = lower_text.get(line.range.clone()).unwrap_or("");
        let words = s.split_whitespace().count();
        let caption_pipe = ends_with_pipe(s) && before_pipes(s).ends_with('.');
        if lower.contains("ảnh:") || lower.contains("(ảnh") || caption_pipe {
            line.kind = LineKind::Caption;
            continue;
        }
        let first_upper =
            s.chars().next().map(|c| c.is_uppercase() || c.is_ascii_digit()).unwrap_or(false);
        if seen_body && !ends_sentence(s) && !ends_with_pipe(s) && words <= 15 && first_upper {
            line.kind = LineKind::Heading;
            continue;
        }
        if words > 15 || ends_sentence(s) {
            seen_body = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::document::Doc;

    fn kinds(text: &str) -> Vec<LineKind> {
        let d = Doc::new(text);
        d.seg.lines.iter().filter(|l| l.kind != LineKind::Blank).map(|l| l.kind).collect()
    }

    #[test]
    fn sentences_respect_abbreviations() {
        let t = "Sở Ngoại vụ TP. Hồ Chí Minh họp ngày 12.1. Ông Nguyễn V. An phát biểu! Xong.";
        let rs = split_sentences(t, 0..t.len());
        let ss: Vec<&str> = rs.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            ss,
            ["Sở Ngoại vụ TP. Hồ Chí Minh họp ngày 12.1.", "Ông Nguyễn V. An phát biểu!", "Xong."]
        );
    }

    #[test]
    fn boilerplate_shapes() {
        let t = "TRANG CHỦ / TIN TỨC\nTiêu đề bài\nThân bài dài có dấu chấm ở cuối câu này.\nTop\nBạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa.\nAsset Publisher";
        assert_eq!(
            kinds(t),
            [
                LineKind::Boilerplate,
                LineKind::Body,
                LineKind::Body,
                LineKind::Boilerplate,
                LineKind::Boilerplate,
                LineKind::Boilerplate,
                LineKind::Boilerplate
            ]
        );
    }

    #[test]
    fn related_block_and_captions() {
        let t = "TIN LIÊN QUAN | |\nMột tin khác | |\nHãng bay mở đường bay mới |\nNội dung chính của bài báo có nhiều chữ và kết thúc bằng dấu chấm.\nToàn cảnh Hội nghị. |\nĐoàn công tác thăm Hà Lan Ngày 26/9, đoàn do ông A dẫn đầu ... |";
        assert_eq!(
            kinds(t),
            [
                LineKind::Boilerplate,
                LineKind::Boilerplate,
                LineKind::Boilerplate,
                LineKind::Body,
                LineKind::Caption,
                LineKind::Boilerplate
            ]
        );
    }

    #[test]
    fn headings_after_body() {
        let t = "Tiêu đề\nĐoạn mở đầu có dấu chấm.\nĐối ngoại trong bối cảnh mới\nĐoạn tiếp theo.";
        let d = Doc::new(t);
        let ks: Vec<LineKind> = d.seg.lines.iter().map(|l| l.kind).collect();
        assert_eq!(ks, [LineKind::Body, LineKind::Body, LineKind::Heading, LineKind::Body]);
        assert_eq!(d.seg.lines[3].section, 1);
    }
}
