//! Character classes of Vietnamese text, with fast paths for ASCII and the Vietnamese
//! letters: what normalisation and tokenisation agree on.

/// A combining mark of the general-purpose blocks (Combining Diacritical Marks and the
/// others): part of the word it follows.
pub(crate) fn is_mark(c: char) -> bool {
    !c.is_ascii()
        && matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Letters, with fast paths for ASCII and the Vietnamese letters (Latin-1, Latin Extended-A/B
/// and Latin Extended Additional): most characters of Vietnamese text.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_alphabetic();
    }
    if (0xC0..=0x24F).contains(&u) {
        return u != 0xD7 && u != 0xF7;
    }
    if (0x1E00..=0x1EFF).contains(&u) {
        return true;
    }
    c.is_alphabetic()
}

#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_uppercase();
    }
    if (0x1EA0..=0x1EF9).contains(&u) {
        return u % 2 == 0; // Vietnamese letters with tones: upper case at even code points
    }
    if (0xC0..=0xDE).contains(&u) {
        return u != 0xD7;
    }
    if (0xDF..=0xFF).contains(&u) {
        return false;
    }
    c.is_uppercase()
}

/// Lower case of one character when it keeps its UTF-8 length (fast paths as above).
#[inline]
pub(crate) fn lower_char(c: char) -> char {
    let u = c as u32;
    if u < 0x80 {
        return c.to_ascii_lowercase();
    }
    if (0x1EA0..=0x1EF9).contains(&u) {
        return char::from_u32(u | 1).unwrap_or(c);
    }
    if (0xC0..=0xDE).contains(&u) && u != 0xD7 {
        return char::from_u32(u + 0x20).unwrap_or(c);
    }
    if matches!(u, 0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF) {
        return char::from_u32(u + 1).unwrap_or(c);
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// The canonical form of a punctuation mark in match keys.
pub(crate) fn canon_punct(c: char) -> char {
    match c {
        '–' | '—' | '−' | '‐' | '‑' => '-',
        '’' | '‘' | 'ʼ' => '\'',
        _ => c,
    }
}
