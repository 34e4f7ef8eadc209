//! Quantities: key figures (a number, its qualifier, its unit and its year). Depends on
//! [`crate::text`], [`crate::lexicon`] and [`crate::time`] (dates are not figures; the year
//! scope dates a figure).

pub(crate) mod figures;
