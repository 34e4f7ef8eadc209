//! Name lexicons shared by the entity recognisers: Vietnamese family names (people lead with
//! them; organisations and places must not swallow a name that starts with one).

use crate::lexicon::rows;
use crate::text::document::FxBuild;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Vietnamese family names (lower case), from `src/lexicons/surnames.tsv`.
pub(crate) static SURNAMES: LazyLock<HashSet<String, FxBuild>> = LazyLock::new(|| {
    rows(include_str!(concat!(env!("OUT_DIR"), "/lexicons/surnames.tsv")))
        .filter_map(|r| r.first().map(|s| s.split(' ').next().unwrap_or("").to_lowercase()))
        .collect()
});
