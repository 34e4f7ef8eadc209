//! The JavaScript boundary (wasm32 only): a thin layer over [`crate::extract`].
//!
//! - `extract(text, options?)` returns the Extraction as a plain JS object (JSON-compatible:
//!   objects, arrays, strings, numbers, booleans and `null`; no `Map`, no `undefined`).
//! - `version()` returns the crate version.
//!
//! Arguments are checked here: a `text` that is not a string, or an `options` that is not an
//! object (or `null`/`undefined`), or a `referenceDate` that is not a string or `null`, is a
//! JS `Error` with a message saying so. Nothing here panics; the module stays usable after
//! any error.

use crate::{Options, MAX_INPUT_BYTES};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn read_options(options: &JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(options) {
        return Err(JsError::new(
            "extract: options must be an object like { referenceDate: \"2025-12-23\" }",
        ));
    }
    let r = js_sys::Reflect::get(options, &JsValue::from_str("referenceDate"))
        .map_err(|_| JsError::new("extract: options.referenceDate could not be read"))?;
    let reference_date = if r.is_undefined() || r.is_null() {
        None
    } else if let Some(s) = r.as_string() {
        Some(s)
    } else {
        return Err(JsError::new(
            "extract: options.referenceDate must be a string \"YYYY-MM-DD\" or null",
        ));
    };
    Ok(Options { reference_date })
}

/// Extract everything from one article. `options` may be omitted.
#[wasm_bindgen]
pub fn extract(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let text_value = text.clone();
    let text = match text.as_string() {
        Some(t) => t,
        None => {
            let what = if text.is_null() {
                "null".to_string()
            } else if text.is_undefined() {
                "undefined".to_string()
            } else {
                text.js_typeof().as_string().unwrap_or_else(|| "value".into())
            };
            return Err(JsError::new(&format!("extract: text must be a string, got {what}")));
        }
    };
    let options = read_options(&options)?;
    let mut result = crate::extract(&text, &options);
    // a lone surrogate (invalid UTF-16) arrives as U+FFFD: one UTF-16 unit too, so offsets hold
    if let Some(js) = text_value.dyn_ref::<js_sys::JsString>() {
        if !js.is_valid_utf16() {
            result.warnings.push(
                "input contained unpaired UTF-16 surrogates; they were read as U+FFFD".to_string(),
            );
        }
    }
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    result
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("extract: could not build the result: {e}")))
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}

/// The input size above which text is truncated (bytes of UTF-8).
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    MAX_INPUT_BYTES
}
