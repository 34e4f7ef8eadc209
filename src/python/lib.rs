//! `vn_news_extract._native`: the Python binding (PyO3), on the core's public API only
//! (`extract`, `Options`, `Extraction`, `version`, `MAX_INPUT_BYTES`). The package
//! `vn_news_extract` (`vn_news_extract/__init__.py`) re-exports it with its type stubs.
//!
//! Results are the JSON of the command line as Python objects (dict, list, str, int, float,
//! bool, None). Extraction runs with the GIL released; `extract_many` and `extract_lines`
//! spread a batch over threads.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde_json::Value;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The JSON Lines record format, the same source file as the command line's `--jsonl`.
#[allow(dead_code)] // the command line reads `error` too
#[path = "../cli/record.rs"]
mod record;

const SURROGATES: &str = "input contained unpaired UTF-16 surrogates; they were read as U+FFFD";

/// A Python `str` as Rust text. Lone surrogates (which UTF-8 cannot hold) become U+FFFD — one
/// code point and one UTF-16 unit too, so every offset holds — and the result says so.
fn text_of(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<(String, bool)> {
    let s = obj.cast::<PyString>().map_err(|_| {
        let ty = obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("{what} must be str, not {ty}"))
    })?;
    match s.to_cow() {
        Ok(t) => Ok((t.into_owned(), false)),
        Err(_) => Ok((s.to_string_lossy().into_owned(), true)),
    }
}

fn reference_date_of(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    match obj {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) => Ok(Some(text_of(o, "reference_date")?.0)),
    }
}

fn jobs_of(jobs: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let Some(j) = jobs.filter(|j| !j.is_none()) else { return Ok(cores) };
    if j.is_instance_of::<pyo3::types::PyBool>() || !j.is_instance_of::<pyo3::types::PyInt>() {
        let ty = j.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        return Err(PyTypeError::new_err(format!("jobs must be int or None, not {ty}")));
    }
    match j.extract::<i64>() {
        Ok(n) if n >= 1 => Ok(n as usize),
        _ => Err(PyValueError::new_err("jobs must be 1 or more")),
    }
}

fn extraction(text: &str, surrogates: bool, reference_date: &Option<String>) -> Value {
    let options = vn_news_extract::Options { reference_date: reference_date.clone() };
    let mut x = vn_news_extract::extract(text, &options);
    if surrogates {
        x.warnings.push(SURROGATES.to_string());
    }
    serde_json::to_value(&x).unwrap_or(Value::Null)
}

/// The same as serde_json's JSON, as Python objects.
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => pyo3::types::PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(a) => {
            let list = PyList::empty(py);
            for x in a {
                list.append(to_py(py, x)?)?;
            }
            list.into_any()
        }
        Value::Object(m) => {
            let dict = PyDict::new(py);
            for (k, x) in m {
                dict.set_item(PyString::new(py, k), to_py(py, x)?)?;
            }
            dict.into_any()
        }
    })
}

/// `f` over `items` on `jobs` threads, results in input order.
fn parallel_map<I: Sync, O: Send>(items: &[I], jobs: usize, f: impl Fn(&I) -> O + Sync) -> Vec<O> {
    let jobs = jobs.clamp(1, items.len().max(1));
    if jobs == 1 {
        return items.iter().map(&f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut parts: Vec<Vec<(usize, O)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let mut all: Vec<(usize, O)> = parts.iter_mut().flat_map(std::mem::take).collect();
    all.sort_unstable_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, o)| o).collect()
}

/// extract(text, reference_date=None) -> dict: the Extraction of one article.
#[pyfunction]
#[pyo3(signature = (text, reference_date = None))]
fn extract<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    reference_date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let (text, surrogates) = text_of(text, "text")?;
    let date = reference_date_of(reference_date)?;
    let value = py.detach(|| extraction(&text, surrogates, &date));
    to_py(py, &value)
}

/// extract_many(texts, jobs=None, reference_date=None) -> list[dict], in input order.
#[pyfunction]
#[pyo3(signature = (texts, jobs = None, reference_date = None))]
fn extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    jobs: Option<&Bound<'py, PyAny>>,
    reference_date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err("texts must be an iterable of str, not a str"));
    }
    let iter = texts.try_iter().map_err(|_| {
        let ty = texts.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("texts must be an iterable of str, not {ty}"))
    })?;
    let mut items = Vec::new();
    for (i, t) in iter.enumerate() {
        items.push(text_of(&t?, &format!("texts[{i}]"))?);
    }
    let jobs = jobs_of(jobs)?;
    let date = reference_date_of(reference_date)?;
    let values = py.detach(|| parallel_map(&items, jobs, |(t, s)| extraction(t, *s, &date)));
    let list = PyList::empty(py);
    for v in &values {
        list.append(to_py(py, v)?)?;
    }
    Ok(list)
}

/// extract_lines(lines, jobs=None, reference_date=None, first_line=1) -> list[str]: JSON Lines
/// records in, result lines out, exactly as `vn-news-extract --jsonl` writes them (without the
/// newline; blank lines give none).
#[pyfunction]
#[pyo3(signature = (lines, jobs = None, reference_date = None, first_line = 1))]
fn extract_lines<'py>(
    py: Python<'py>,
    lines: &Bound<'py, PyAny>,
    jobs: Option<&Bound<'py, PyAny>>,
    reference_date: Option<&Bound<'py, PyAny>>,
    first_line: usize,
) -> PyResult<Vec<String>> {
    if lines.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err("lines must be an iterable of str, not a str"));
    }
    let iter = lines.try_iter().map_err(|_| {
        let ty = lines.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("lines must be an iterable of str, not {ty}"))
    })?;
    let mut items = Vec::new();
    for (i, l) in iter.enumerate() {
        let (mut line, _) = text_of(&l?, &format!("lines[{i}]"))?;
        if line.ends_with('\n') {
            line.pop();
        }
        items.push((first_line + i, line));
    }
    let jobs = jobs_of(jobs)?;
    let date = reference_date_of(reference_date)?;
    let out = py.detach(|| {
        parallel_map(&items, jobs, |(n, l)| record::process_line(l, *n, date.as_deref()).line)
    });
    Ok(out.into_iter().flatten().collect())
}

/// version() -> str: the extractor's version.
#[pyfunction]
fn version() -> &'static str {
    vn_news_extract::version()
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(extract_lines, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add("MAX_INPUT_BYTES", vn_news_extract::MAX_INPUT_BYTES)?;
    Ok(())
}
