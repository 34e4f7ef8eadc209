//! # vn-news-extract
//!
//! Structured extraction from one pasted Vietnamese news article: the article card, people,
//! organisations, places, dates, key figures, documents, events, quotes and diplomatic
//! actions, in the result contract of `SPEC.md` (version 1).
//!
//! ```
//! use vn_news_extract::{extract, Options};
//! let x = extract("Chiều 22-12, Sở Ngoại vụ tổ chức hội nghị với hơn 80 đoàn cấp cao.",
//!                 &Options { reference_date: Some("2025-12-23".into()) });
//! assert_eq!(x.dates[0].value, "2025-12-22");
//! assert_eq!(x.figures[0].value, 80.0);
//! ```
//!
//! ## Guarantees
//! - Any `&str` is valid input; `extract` never panics and runs in time roughly linear in
//!   the input. Input above [`MAX_INPUT_BYTES`] is truncated at a character boundary and a
//!   warning says so.
//! - Every span's `start`/`end` are UTF-16 offsets into the original input and its `text`
//!   is exactly that slice, whatever the input's normalisation form, tone placement, line
//!   endings or space characters; the results do not depend on those.
//! - Lists are in order of first appearance.
//!
//! ## Pipeline
//! The modules are private; their layers depend one way, each only on those above it here:
//! - `text`: characters, normalisation, the analysed document, segmentation, numerals;
//! - `lexicon`: the compiled lexicons and their token matcher, surnames, units;
//! - `time`: calendar, date and time pieces, the year scope, resolution;
//! - `quantity`: key figures;
//! - `entities`: places → organisations → titles → people, then merging into entities;
//! - `facts`: the shared annotation, documents, events, quotes, actions;
//! - `article`: the article card (title, dateline, authors, source); `model`: the result types.

mod article;
mod entities;
mod facts;
mod lexicon;
mod model;
mod quantity;
mod text;
mod time;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use facts::{actions, annot, documents, events, quotes};
use text::document;
use time::{calendar, dates, scope};

pub use model::*;

/// Input above this size is truncated (10 MiB).
pub const MAX_INPUT_BYTES: usize = 10 * 1024 * 1024;

/// Options of [`extract`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// "YYYY-MM-DD" (optionally with "THH:MM"): the date relative expressions resolve
    /// against when the article gives no publication date.
    pub reference_date: Option<String>,
}

/// The crate version, as the page shows it.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Extract everything from one article.
pub fn extract(text: &str, options: &Options) -> Extraction {
    extract_with_probe(text, options, &mut |_| {})
}

/// The stages of [`extract`], in order, as [`extract_with_probe`] reports them.
pub const STAGES: &[&str] = &[
    "normalise+segment",
    "dates",
    "article",
    "figures",
    "places+organisations+people",
    "documents",
    "events",
    "quotes",
    "actions",
    "assemble",
];

/// [`extract`], calling `probe(stage)` right after each stage of [`STAGES`] ends — the hook
/// the benchmark uses to time stages (the core itself has no clock: it also runs in wasm).
pub fn extract_with_probe(
    text: &str,
    options: &Options,
    probe: &mut dyn FnMut(&'static str),
) -> Extraction {
    let mut warnings = Vec::new();
    let input = truncate(text, MAX_INPUT_BYTES);
    if input.len() < text.len() {
        warnings.push(format!(
            "input truncated at {} MB ({} of {} bytes read)",
            MAX_INPUT_BYTES >> 20,
            input.len(),
            text.len()
        ));
    }
    if let Some(r) = &options.reference_date {
        if calendar::parse_iso_date(r).is_none() {
            warnings.push(format!("referenceDate {r:?} is not YYYY-MM-DD; ignored"));
        }
    }
    let mut doc = document::Doc::new(input);
    probe(STAGES[0]);
    let pieces = dates::recognise(&doc);
    probe(STAGES[1]);
    let info = article::read(&mut doc, &pieces, options.reference_date.as_deref());
    let reference = dates::Reference { date: info.reference };
    let scope = scope::YearScope::new(&doc, &pieces, reference, info.title_range.clone());
    let resolved = dates::resolve(&doc, &pieces, reference, &scope);
    probe(STAGES[2]);
    let figures = quantity::figures::recognise(&doc, &pieces, &scope);
    probe(STAGES[3]);
    let ents = entities::recognise(&doc);
    let annot = annot::Annot::new(&doc, &resolved, &ents);
    probe(STAGES[4]);
    let documents = documents::recognise(&doc, &annot, &ents);
    probe(STAGES[5]);
    let event_mentions = events::mentions(&doc, &annot, &ents);
    let (events, event_of) =
        events::resolve(&doc, &annot, &ents, &event_mentions, &resolved, &scope);
    probe(STAGES[6]);
    let quotes = quotes::recognise(&doc, &annot, &ents);
    probe(STAGES[7]);
    let actions = actions::recognise(
        &doc,
        &annot,
        &ents,
        &events,
        &event_mentions,
        &event_of,
        &resolved,
        &scope,
    );
    probe(STAGES[8]);
    let x = Extraction {
        version: 1,
        article: info.article,
        people: ents.people,
        organizations: ents.organizations,
        locations: ents.locations,
        dates: dates::to_mentions(&doc, &resolved),
        figures,
        documents,
        events,
        quotes,
        actions,
        warnings,
    };
    probe(STAGES[9]);
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_plain() {
        let x = extract("", &Options::default());
        assert_eq!(x.version, 1);
        assert!(x.dates.is_empty() && x.article.title.is_none());
        let x = extract("hello world", &Options::default());
        assert!(x.warnings.is_empty());
    }

    #[test]
    fn truncation_warns() {
        assert_eq!(truncate("ảả", 3), "ả");
    }
}
