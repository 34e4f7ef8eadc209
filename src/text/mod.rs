//! The text layer: characters, Unicode normalisation (NFC from generated tables), normalisation, the analysed document (tokens, lines, offsets
//! back to the input), segmentation into lines and their kinds, and the numerals of the
//! language. Depends on nothing but [`crate::model`] (for spans).

pub(crate) mod chars;
pub(crate) mod document;
pub(crate) mod normalize;
pub(crate) mod numerals;
pub(crate) mod segment;
pub(crate) mod unicode;
