//! A port of `../shared/eval/score.py` (the project's evaluation scorer), so the golden test
//! scores the dev texts exactly the way the evaluation does, without Python or `../shared`.
//! Keep it in step with the Python scorer: same normalisation, same matching rules.

#![allow(dead_code)]

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use unicode_normalization::UnicodeNormalization;

const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Old and new tone placement compare equal (the scorer folds "hòa" to "hoà").
pub fn fold_tone(s: &str) -> String {
    let mut c: Vec<char> = s.nfd().collect();
    let n = c.len();
    for i in 0..n.saturating_sub(2) {
        let (a, t, b) = (c[i], c[i + 1], c[i + 2]);
        let nxt = if i + 3 < n { c[i + 3] } else { ' ' };
        let pair = (a.to_lowercase().next().unwrap_or(a), b.to_lowercase().next().unwrap_or(b));
        let nxt_is_mark = unicode_normalization::char::is_combining_mark(nxt);
        if TONES.contains(&t)
            && matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y'))
            && !nxt.is_alphabetic()
            && !nxt_is_mark
        {
            c[i + 1] = b;
            c[i + 2] = t;
        }
    }
    c.into_iter().nfc().collect()
}

fn casefold(s: &str) -> String {
    s.to_lowercase()
}

/// Fold case, tone placement, punctuation and spacing.
pub fn norm(s: &str) -> String {
    let f = casefold(&fold_tone(&s.nfc().collect::<String>()));
    f.chars()
        .filter(|c| {
            !(c.is_whitespace()
                || matches!(
                    c,
                    '\u{a0}'
                        | '.'
                        | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | '"'
                        | '\''
                        | '“'
                        | '”'
                        | '‘'
                        | '’'
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '«'
                        | '»'
                        | '–'
                        | '—'
                        | '-'
                        | '/'
                ))
        })
        .collect()
}

pub fn tokens(s: &str) -> Vec<String> {
    let f = casefold(&fold_tone(&s.nfc().collect::<String>()));
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in f.chars() {
        if c.is_alphanumeric() || c == '_' || unicode_normalization::char::is_combining_mark(c) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

pub fn token_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut pool = tb.clone();
    let mut common = 0usize;
    for t in &ta {
        if let Some(i) = pool.iter().position(|x| x == t) {
            pool.remove(i);
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / ta.len() as f64, common as f64 / tb.len() as f64);
    2.0 * p * r / (p + r)
}

#[derive(Default, Clone, Copy, Debug)]
pub struct Tally {
    pub tp_pred: usize,
    pub n_pred: usize,
    pub tp_gold: usize,
    pub n_gold: usize,
}

impl Tally {
    fn add(&mut self, mp: usize, np: usize, mg: usize, ng: usize) {
        self.tp_pred += mp;
        self.n_pred += np;
        self.tp_gold += mg;
        self.n_gold += ng;
    }
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.n_pred > 0 {
            self.tp_pred as f64 / self.n_pred as f64
        } else if self.n_gold == 0 {
            1.0
        } else {
            0.0
        };
        let r = if self.n_gold > 0 { self.tp_gold as f64 / self.n_gold as f64 } else { 1.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
}

#[derive(Default, Clone, Copy, Debug)]
pub struct Ratio {
    pub ok: usize,
    pub n: usize,
}

impl Ratio {
    fn add(&mut self, ok: bool) {
        self.ok += usize::from(ok);
        self.n += 1;
    }
    pub fn value(&self) -> Option<f64> {
        (self.n > 0).then(|| self.ok as f64 / self.n as f64)
    }
}

fn s(v: &Value) -> Option<&str> {
    v.as_str()
}

fn span_texts(item: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(ms) = item.get("mentions").and_then(|m| m.as_array()) {
        for m in ms {
            if let Some(t) = m.get("text").and_then(s) {
                if !t.is_empty() {
                    out.push(t.to_string());
                }
            }
        }
    }
    if let Some(t) = item.get("span").and_then(|sp| sp.get("text")).and_then(s) {
        if !t.is_empty() {
            out.push(t.to_string());
        }
    }
    out
}

fn entity_strings(item: &Value, pred: bool) -> BTreeSet<String> {
    let mut strs: Vec<String> =
        item.get("name").and_then(s).map(|x| vec![x.to_string()]).unwrap_or_default();
    if pred {
        strs.extend(span_texts(item));
        if let Some(a) = item.get("acronym").and_then(s) {
            strs.push(a.to_string());
        }
    } else if let Some(al) = item.get("aliases").and_then(|a| a.as_array()) {
        strs.extend(al.iter().filter_map(|x| x.as_str().map(str::to_string)));
    }
    strs.iter().filter(|x| !x.is_empty()).map(|x| norm(x)).collect()
}

fn match_entities(
    gold: &[Value],
    pred: &[Value],
    lenient: bool,
    number_key: bool,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut used = BTreeSet::new();
    let gsets: Vec<_> = gold.iter().map(|g| entity_strings(g, false)).collect();
    let psets: Vec<_> = pred.iter().map(|p| entity_strings(p, true)).collect();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            if used.contains(&pi) {
                continue;
            }
            let mut ok = !gsets[gi].is_disjoint(&psets[pi]);
            if !ok && number_key {
                if let (Some(a), Some(b)) =
                    (g.get("number").and_then(s), p.get("number").and_then(s))
                {
                    ok = norm(a) == norm(b);
                }
            }
            if ok {
                pairs.push((gi, pi));
                used.insert(pi);
                break;
            }
        }
    }
    if lenient {
        let matched: BTreeSet<usize> = pairs.iter().map(|x| x.0).collect();
        for (gi, g) in gold.iter().enumerate() {
            if matched.contains(&gi) {
                continue;
            }
            let mut gstrs: Vec<String> =
                g.get("name").and_then(s).map(|x| vec![x.to_string()]).unwrap_or_default();
            if let Some(al) = g.get("aliases").and_then(|a| a.as_array()) {
                gstrs.extend(al.iter().filter_map(|x| x.as_str().map(str::to_string)));
            }
            for (pi, p) in pred.iter().enumerate() {
                if used.contains(&pi) {
                    continue;
                }
                let mut pstrs: Vec<String> =
                    p.get("name").and_then(s).map(|x| vec![x.to_string()]).unwrap_or_default();
                pstrs.extend(span_texts(p));
                if gstrs.iter().any(|a| {
                    pstrs.iter().any(|b| !a.is_empty() && !b.is_empty() && token_f1(a, b) >= 0.8)
                }) {
                    pairs.push((gi, pi));
                    used.insert(pi);
                    break;
                }
            }
        }
    }
    pairs
}

fn date_values(items: &[Value], pred: bool) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for d in items {
        let v = match d.get("value").and_then(s) {
            Some(v) if !v.is_empty() => v.trim().to_string(),
            _ => continue,
        };
        if pred && d.get("grain").and_then(s) == Some("duration") {
            continue;
        }
        // "T09:00" == "T09"
        let mut v = v;
        while v.len() >= 6
            && v.ends_with(":00")
            && v[..v.len() - 3].rfind('T').map(|t| v.len() - 3 - t >= 3).unwrap_or(false)
        {
            v.truncate(v.len() - 3);
        }
        out.insert(v);
    }
    out
}

fn figure_keys(items: &[Value]) -> Vec<(i64, String, String)> {
    let mut out = Vec::new();
    for f in items {
        let v = match f.get("value").and_then(|v| v.as_f64()) {
            Some(v) => v,
            None => continue,
        };
        let unit = f.get("unit").and_then(s).unwrap_or("");
        let head = tokens(unit).into_iter().next().unwrap_or_default();
        out.push((
            (v * 1e6).round() as i64,
            f.get("qualifier").and_then(s).unwrap_or("exact").to_string(),
            head,
        ));
    }
    out
}

/// Walk a prediction and check every span against the text (UTF-16 offsets).
pub fn check_spans(
    v: &Value,
    text16: &[u16],
    checked: &mut usize,
    wrong: &mut Vec<String>,
    path: &str,
) {
    match v {
        Value::Object(m) => {
            if let (Some(st), Some(en), Some(t)) = (
                m.get("start").and_then(|x| x.as_u64()),
                m.get("end").and_then(|x| x.as_u64()),
                m.get("text").and_then(s),
            ) {
                *checked += 1;
                let (st, en) = (st as usize, en as usize);
                let slice = if st <= en && en <= text16.len() {
                    Some(String::from_utf16_lossy(&text16[st..en]))
                } else {
                    None
                };
                if slice.as_deref() != Some(t) {
                    wrong.push(format!("{path}: [{st},{en}) is {slice:?}, span says {t:?}"));
                }
                return;
            }
            for (k, x) in m {
                check_spans(x, text16, checked, wrong, &format!("{path}.{k}"));
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                check_spans(x, text16, checked, wrong, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

pub const FIELDS: [&str; 9] = [
    "people",
    "organizations",
    "locations",
    "dates",
    "figures",
    "documents",
    "events",
    "quotes",
    "actions",
];
pub const SUBS: [&str; 8] = [
    "article.title",
    "article.published",
    "article.authors",
    "article.photoCredits",
    "people.titles",
    "locations.countryCode",
    "quotes.speaker",
    "figures.year",
];

#[derive(Default)]
pub struct Report {
    pub tallies: BTreeMap<&'static str, Tally>,
    pub subs: BTreeMap<&'static str, Ratio>,
    pub log: Vec<String>,
    pub spans_checked: usize,
    pub spans_wrong: Vec<String>,
}

fn arr(v: &Value, k: &str) -> Vec<Value> {
    v.get(k).and_then(|x| x.as_array()).cloned().unwrap_or_default()
}

impl Report {
    /// Score one article.
    pub fn add(&mut self, name: &str, gold: &Value, pred: &Value, text: &str) {
        let text16: Vec<u16> = text.encode_utf16().collect();
        check_spans(pred, &text16, &mut self.spans_checked, &mut self.spans_wrong, name);
        let mut log = vec![format!("== {name}")];
        let empty = Value::Object(Default::default());
        let ga = gold.get("article").unwrap_or(&empty);
        let pa = pred.get("article").unwrap_or(&empty);
        if ga.get("title").is_some() {
            let ok = norm(ga["title"].as_str().unwrap_or(""))
                == norm(pa.get("title").and_then(s).unwrap_or(""));
            self.subs.entry("article.title").or_default().add(ok);
        }
        if ga.get("published").is_some() {
            let (gp, pp) = (ga["published"].as_str(), pa.get("published").and_then(s));
            let ok = match (gp, pp) {
                (None, None) => true,
                (Some(g), Some(p)) => p.starts_with(&g[..g.len().min(16)]),
                _ => false,
            };
            self.subs.entry("article.published").or_default().add(ok);
        }
        for key in ["authors", "photoCredits"] {
            if let Some(g) = ga.get(key).and_then(|x| x.as_array()) {
                let gs: BTreeSet<String> = g.iter().filter_map(|x| x.as_str()).map(norm).collect();
                let ps: BTreeSet<String> = pa
                    .get(key)
                    .and_then(|x| x.as_array())
                    .map(|a| a.iter().filter_map(|x| x.as_str()).map(norm).collect())
                    .unwrap_or_default();
                let k: &'static str =
                    if key == "authors" { "article.authors" } else { "article.photoCredits" };
                self.subs.entry(k).or_default().add(gs == ps);
            }
        }
        for f in FIELDS {
            let (g, p) = (arr(gold, f), arr(pred, f));
            let tally = self.tallies.entry(f).or_default();
            let (misses, extra): (Vec<String>, Vec<String>);
            match f {
                "people" | "organizations" | "locations" | "documents" | "events" => {
                    let lenient = matches!(f, "organizations" | "documents" | "events");
                    let pairs = match_entities(&g, &p, lenient, f == "documents");
                    tally.add(pairs.len(), p.len(), pairs.len(), g.len());
                    if f == "people" {
                        for &(gi, pi) in &pairs {
                            for t in arr(&g[gi], "titles") {
                                let t = t.as_str().unwrap_or("");
                                let ok = arr(&p[pi], "titles")
                                    .iter()
                                    .any(|pt| token_f1(t, pt.as_str().unwrap_or("")) >= 0.6);
                                self.subs.entry("people.titles").or_default().add(ok);
                            }
                        }
                    }
                    if f == "locations" {
                        for &(gi, pi) in &pairs {
                            if let Some(cc) = g[gi].get("countryCode").and_then(s) {
                                let ok = p[pi].get("countryCode").and_then(s) == Some(cc);
                                self.subs.entry("locations.countryCode").or_default().add(ok);
                            }
                        }
                    }
                    let mg: BTreeSet<usize> = pairs.iter().map(|x| x.0).collect();
                    let mp: BTreeSet<usize> = pairs.iter().map(|x| x.1).collect();
                    misses = (0..g.len())
                        .filter(|i| !mg.contains(i))
                        .map(|i| g[i].get("name").and_then(s).unwrap_or("").to_string())
                        .collect();
                    extra = (0..p.len())
                        .filter(|i| !mp.contains(i))
                        .map(|i| p[i].get("name").and_then(s).unwrap_or("").to_string())
                        .collect();
                }
                "dates" => {
                    let (gv, pv) = (date_values(&g, false), date_values(&p, true));
                    let common = gv.intersection(&pv).count();
                    tally.add(common, pv.len(), common, gv.len());
                    misses = gv.difference(&pv).cloned().collect();
                    extra = pv.difference(&gv).cloned().collect();
                }
                "figures" => {
                    let gk: BTreeSet<_> = figure_keys(&g).into_iter().collect();
                    let pk: BTreeSet<_> = figure_keys(&p).into_iter().collect();
                    let common = gk.intersection(&pk).count();
                    tally.add(common, pk.len(), common, gk.len());
                    misses = gk.difference(&pk).map(|k| format!("{k:?}")).collect();
                    extra = pk.difference(&gk).map(|k| format!("{k:?}")).collect();
                    for gf in &g {
                        if let Some(y) = gf.get("year").and_then(s) {
                            let key = figure_keys(std::slice::from_ref(gf));
                            if let Some(pf) =
                                p.iter().find(|pf| figure_keys(std::slice::from_ref(pf)) == key)
                            {
                                let py = match pf.get("year") {
                                    Some(Value::String(x)) => x.clone(),
                                    Some(Value::Null) | None => "None".to_string(),
                                    Some(x) => x.to_string(),
                                };
                                self.subs.entry("figures.year").or_default().add(py == y);
                            }
                        }
                    }
                }
                "quotes" => {
                    let mut used = BTreeSet::new();
                    let mut hit = 0;
                    let mut miss = Vec::new();
                    for gq in &g {
                        let gt = gq.get("text").and_then(s).unwrap_or("");
                        let found = p.iter().enumerate().find(|(pi, pq)| {
                            let pt = pq
                                .get("span")
                                .and_then(|x| x.get("text"))
                                .and_then(s)
                                .or(pq.get("text").and_then(s))
                                .unwrap_or("");
                            !used.contains(pi) && token_f1(gt, pt) >= 0.5
                        });
                        match found {
                            Some((pi, pq)) => {
                                used.insert(pi);
                                hit += 1;
                                let ok = norm(gq.get("speaker").and_then(s).unwrap_or(""))
                                    == norm(pq.get("speaker").and_then(s).unwrap_or(""));
                                self.subs.entry("quotes.speaker").or_default().add(ok);
                            }
                            None => miss.push(gt.chars().take(40).collect()),
                        }
                    }
                    tally.add(hit, p.len(), hit, g.len());
                    misses = miss;
                    extra = p
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !used.contains(i))
                        .map(|(_, x)| {
                            x.get("span")
                                .and_then(|x| x.get("text"))
                                .and_then(s)
                                .unwrap_or("")
                                .chars()
                                .take(40)
                                .collect()
                        })
                        .collect();
                }
                _ => {
                    // actions
                    let mut used = BTreeSet::new();
                    let mut hit = 0;
                    let mut miss = Vec::new();
                    for ga in &g {
                        let found = p.iter().enumerate().find(|(pi, pa)| {
                            if used.contains(pi) || pa.get("type") != ga.get("type") {
                                return false;
                            }
                            let actor_ok = match ga.get("actor").and_then(s) {
                                None => true,
                                Some(a) => {
                                    token_f1(a, pa.get("actor").and_then(s).unwrap_or("")) >= 0.6
                                }
                            };
                            let targets: Vec<&str> = ["counterpart", "location"]
                                .iter()
                                .filter_map(|k| ga.get(*k).and_then(s))
                                .collect();
                            let ptargets: Vec<&str> = ["counterpart", "location"]
                                .iter()
                                .filter_map(|k| pa.get(*k).and_then(s))
                                .collect();
                            let target_ok = targets.is_empty()
                                || targets
                                    .iter()
                                    .any(|a| ptargets.iter().any(|b| token_f1(a, b) >= 0.6));
                            actor_ok && target_ok
                        });
                        let desc = |x: &Value| {
                            format!(
                                "{}:{}->{}",
                                x.get("type").and_then(s).unwrap_or(""),
                                x.get("actor").and_then(s).unwrap_or("None"),
                                x.get("counterpart")
                                    .and_then(s)
                                    .or(x.get("location").and_then(s))
                                    .unwrap_or("None")
                            )
                        };
                        match found {
                            Some((pi, _)) => {
                                used.insert(pi);
                                hit += 1;
                            }
                            None => miss.push(desc(ga)),
                        }
                    }
                    tally.add(hit, p.len(), hit, g.len());
                    misses = miss;
                    extra = p
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !used.contains(i))
                        .map(|(_, x)| {
                            format!(
                                "{}:{}->{}",
                                x.get("type").and_then(s).unwrap_or(""),
                                x.get("actor").and_then(s).unwrap_or("None"),
                                x.get("counterpart")
                                    .and_then(s)
                                    .or(x.get("location").and_then(s))
                                    .unwrap_or("None")
                            )
                        })
                        .collect();
                }
            }
            if !misses.is_empty() || !extra.is_empty() {
                log.push(format!("  {f}: missed {misses:?} | extra {extra:?}"));
            }
        }
        self.log.push(log.join("\n"));
    }

    pub fn f1(&self, field: &str) -> f64 {
        self.tallies.get(field).map(|t| t.prf().2).unwrap_or(0.0)
    }

    pub fn sub(&self, key: &str) -> Option<f64> {
        self.subs.get(key).and_then(|r| r.value())
    }

    /// The table as score.py prints it.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:15} {:>6} {:>6} {:>6} {:>6} {:>6}\n",
            "field", "P", "R", "F1", "gold", "pred"
        );
        for f in FIELDS {
            let t = self.tallies.get(f).copied().unwrap_or_default();
            let (p, r, f1) = t.prf();
            out += &format!("{f:15} {p:6.3} {r:6.3} {f1:6.3} {:6} {:6}\n", t.n_gold, t.n_pred);
        }
        for k in SUBS {
            match self.sub(k) {
                Some(v) => out += &format!("{k:22} {v:.3}\n"),
                None => out += &format!("{k:22} n/a\n"),
            }
        }
        out += &format!("spans checked {}, wrong {}\n", self.spans_checked, self.spans_wrong.len());
        out
    }
}
