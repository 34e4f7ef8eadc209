//! One line of a JSON Lines archive in, one line out: the record format shared by the command
//! line (`--jsonl`) and the Python package (`extract_lines`, which includes this file), so that
//! both give the same lines.
//!
//! In: `{"id": …, "text": "…", "referenceDate": "YYYY-MM-DD" | null, …}` — `text` is required,
//! `id` is any JSON value (the line number when absent), other keys are passed through.
//! Out: `{"id": …, <other keys in input order>, "extraction": {…}}`, or for a bad line
//! `{"id": … | null, "line": N, "error": "…"}`.
//!
//! Depends only on the crate's public API (`extract`, `Options`) and serde_json.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;
use vn_news_extract::{extract, Options};

/// What one input line gave.
pub struct Outcome {
    /// The output line, without its `\n`; `None` for a blank input line (no record).
    pub line: Option<String>,
    /// For a bad line: what is wrong, naming the line (and the id when there is one).
    pub error: Option<String>,
}

/// A JSON object's members in input order (serde_json's own map sorts its keys).
struct Members(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
                let mut members = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Value>()? {
                    members.push((k, v));
                }
                Ok(Members(members))
            }
        }
        d.deserialize_map(V)
    }
}

fn json(v: &impl serde::Serialize) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

fn error_line(id: &Value, line_no: usize, message: &str) -> String {
    format!("{{\"id\":{},\"line\":{line_no},\"error\":{}}}", json(id), json(&message))
}

/// Extract the article on one JSON Lines line (`line_no` counts from 1). `default_date` is
/// the reference date of lines that give none.
pub fn process_line(line: &str, line_no: usize, default_date: Option<&str>) -> Outcome {
    if line.trim().is_empty() {
        return Outcome { line: None, error: None };
    }
    let fail = |id: &Value, what: String| {
        let named = match id {
            Value::Null => format!("line {line_no}: {what}"),
            id => format!("line {line_no} (id {}): {what}", json(id)),
        };
        Outcome { line: Some(error_line(id, line_no, &named)), error: Some(named) }
    };
    let members = match serde_json::from_str::<Members>(line) {
        Ok(m) => m.0,
        Err(e) => {
            // serde_json counts lines within the record, which is one line
            let e = e.to_string().replace(" at line 1 column ", " at column ");
            return fail(&Value::Null, format!("not a JSON object: {e}"));
        }
    };
    let mut id = None;
    let mut text = None;
    let mut date = None;
    let mut rest = Vec::new();
    for (k, v) in members {
        match k.as_str() {
            "id" => id = Some(v),
            "text" => text = Some(v),
            "referenceDate" => date = Some(v),
            _ => rest.push((k, v)),
        }
    }
    let id = id.unwrap_or_else(|| Value::from(line_no));
    let text = match text {
        Some(Value::String(s)) => s,
        Some(_) => return fail(&id, "\"text\" is not a string".into()),
        None => return fail(&id, "no \"text\"".into()),
    };
    let reference_date = match date {
        Some(Value::String(s)) => Some(s),
        None | Some(Value::Null) => default_date.map(str::to_owned),
        Some(_) => return fail(&id, "\"referenceDate\" is not a string or null".into()),
    };
    let x = extract(&text, &Options { reference_date });
    let mut out = String::with_capacity(text.len() * 2 + 64);
    out.push_str("{\"id\":");
    out.push_str(&json(&id));
    for (k, v) in &rest {
        out.push(',');
        out.push_str(&json(k));
        out.push(':');
        out.push_str(&json(v));
    }
    out.push_str(",\"extraction\":");
    out.push_str(&json(&x));
    out.push('}');
    Outcome { line: Some(out), error: None }
}
