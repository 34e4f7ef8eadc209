//! The layers of `src/` depend one way: a module may use `crate::X` only for an X of a lower
//! layer (or of its own layer, without a cycle between files). Read from the source text:
//! every `crate::` path outside comments and outside `#[cfg(test)]` modules.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, lowest first. `model` (the result types) may be used by every layer.
const LAYERS: &[&str] =
    &["model", "text", "lexicon", "time", "quantity", "entities", "facts", "article"];

/// Module path ("time::dates", "entities" for entities/mod.rs) → source text.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for e in std::fs::read_dir(dir).expect("src readable") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p.strip_prefix(root).expect("under src").with_extension("");
                let mut parts: Vec<String> =
                    rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
                if parts.last().is_some_and(|l| l == "mod") {
                    parts.pop();
                }
                let text = std::fs::read_to_string(&p).expect("source readable");
                out.insert(parts.join("::"), text);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

/// The code of a file without comments and without its test module.
fn code(text: &str) -> String {
    let body = match text.find("#[cfg(test)]\nmod tests") {
        Some(k) => &text[..k],
        None => text,
    };
    body.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| l.split(" // ").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules `text` refers to, as the longest known module path of each `crate::` path
/// (including the groups of `use crate::{a::B, c}`).
fn uses(text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut paths: Vec<String> = Vec::new();
    let code = code(text);
    let mut rest = code.as_str();
    while let Some(k) = rest.find("crate::") {
        rest = &rest[k + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                paths.push(item.trim().to_string());
            }
        } else {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            paths.push(rest[..end].to_string());
        }
    }
    let mut out = BTreeSet::new();
    for p in paths {
        let segs: Vec<&str> = p.split("::").filter(|s| !s.is_empty()).collect();
        for n in (1..=segs.len()).rev() {
            let m = segs[..n].join("::");
            if known.contains(&m) {
                out.insert(m);
                break;
            }
        }
    }
    out
}

fn layer(module: &str) -> Option<usize> {
    let top = module.split("::").next().unwrap_or("");
    LAYERS.iter().position(|l| *l == top)
}

#[test]
fn layers_depend_one_way_without_cycles() {
    let mods = modules();
    let known: BTreeSet<String> = mods.keys().cloned().collect();
    assert!(known.contains("time::dates") && known.contains("text::document"), "{known:?}");
    let mut graph: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut wrong = Vec::new();
    for (m, text) in &mods {
        let deps: BTreeSet<String> = uses(text, &known).into_iter().filter(|d| d != m).collect();
        if let Some(lm) = layer(m) {
            for d in &deps {
                match layer(d) {
                    Some(ld) if ld <= lm || d == "model" => {}
                    _ => wrong.push(format!("{m} uses {d}")),
                }
            }
        }
        graph.insert(m, deps);
    }
    assert!(wrong.is_empty(), "uses of a higher layer:\n{}", wrong.join("\n"));
    // no cycle between files: depth-first search with colours
    fn visit<'a>(
        m: &'a str,
        graph: &'a BTreeMap<&'a str, BTreeSet<String>>,
        state: &mut BTreeMap<&'a str, u8>,
        path: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        match state.get(m) {
            Some(2) => return None,
            Some(1) => {
                let k = path.iter().position(|x| *x == m).unwrap_or(0);
                let mut c: Vec<String> = path[k..].iter().map(|s| s.to_string()).collect();
                c.push(m.to_string());
                return Some(c);
            }
            _ => {}
        }
        state.insert(m, 1);
        path.push(m);
        if let Some(deps) = graph.get(m) {
            for d in deps {
                if let Some((key, _)) = graph.get_key_value(d.as_str()) {
                    if let Some(c) = visit(key, graph, state, path) {
                        return Some(c);
                    }
                }
            }
        }
        path.pop();
        state.insert(m, 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in graph.keys() {
        let mut path = Vec::new();
        if let Some(c) = visit(m, &graph, &mut state, &mut path) {
            panic!("import cycle: {}", c.join(" -> "));
        }
    }
}

#[test]
fn the_checker_sees_uses() {
    let known: BTreeSet<String> =
        ["text", "text::document", "time", "time::dates"].iter().map(|s| s.to_string()).collect();
    let text = "use crate::{text::document::Doc, time};\n// crate::time::dates in a comment\nfn f() { crate::time::dates::x() }\n#[cfg(test)]\nmod tests { use crate::text; }";
    let got: Vec<String> = uses(text, &known).into_iter().collect();
    assert_eq!(got, ["text::document", "time", "time::dates"]);
    let text = "fn f() { crate::text::document::Doc::new(\"\") }";
    assert_eq!(uses(text, &known).into_iter().collect::<Vec<_>>(), ["text::document"]);
}
