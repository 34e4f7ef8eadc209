//! Time: the calendar, date and time expressions (pieces), the year each part of the text is
//! about (scope), and the resolution of pieces to calendar values. Depends on [`crate::text`]
//! and [`crate::lexicon`].

pub(crate) mod calendar;
pub(crate) mod dates;
pub(crate) mod scope;
