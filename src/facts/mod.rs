//! Facts built on the entities and the dates: the token annotation they share, legal
//! documents, events, quotes and diplomatic actions. Depends on every layer below.

pub(crate) mod actions;
pub(crate) mod annot;
pub(crate) mod documents;
pub(crate) mod events;
pub(crate) mod quotes;
