//! The result contract (`SPEC.md`, version 1): the `Extraction` and its parts, serialised
//! with camelCase keys. Every list is in order of first appearance; `null` stands for an
//! unknown value, never an empty string.

use serde::Serialize;

/// A range of the ORIGINAL input in UTF-16 code units; `text` is that slice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extraction {
    pub version: u32,
    pub article: Article,
    pub people: Vec<Person>,
    pub organizations: Vec<Organization>,
    pub locations: Vec<Location>,
    pub dates: Vec<DateMention>,
    pub figures: Vec<Figure>,
    pub documents: Vec<DocumentRef>,
    pub events: Vec<EventRef>,
    pub quotes: Vec<Quote>,
    pub actions: Vec<Action>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub title: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub source: Option<String>,
    pub photo_credits: Vec<String>,
    pub reference_date: Option<String>,
    pub boilerplate: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub name: String,
    pub titles: Vec<String>,
    pub honorific: Option<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub name: String,
    pub acronym: Option<String>,
    pub kind: String,
    pub country: Option<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub name: String,
    pub kind: String,
    pub country_code: Option<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DateMention {
    pub span: Span,
    pub value: String,
    pub grain: String,
    pub part_of_day: Option<String>,
    pub relative: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    pub span: Span,
    pub value: f64,
    pub qualifier: String,
    pub unit: String,
    pub year: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentRef {
    pub name: String,
    pub kind: String,
    pub number: Option<String>,
    pub issuer: Option<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EventRef {
    pub name: String,
    pub kind: String,
    pub edition: Option<u32>,
    pub date: Option<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    pub span: Span,
    pub speaker: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    #[serde(rename = "type")]
    pub kind: String,
    pub actor: Option<String>,
    pub counterpart: Option<String>,
    pub location: Option<String>,
    pub date: Option<String>,
    pub span: Span,
}
