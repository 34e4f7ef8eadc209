//! The JS boundary, run in Node by `wasm-bindgen-test-runner`:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target wasm32-unknown-unknown --test wasm`
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use vn_news_extract::wasm::{extract, version};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(k)).expect("property readable")
}

fn options(reference: &str) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"referenceDate".into(), &reference.into()).expect("set");
    o.into()
}

#[wasm_bindgen_test]
fn returns_plain_json_compatible_object() {
    let x = extract(
        "Chiều 22-12, Sở tổ chức hội nghị với hơn 80 đoàn cấp cao.".into(),
        options("2025-12-23"),
    )
    .expect("ok");
    // a plain object that survives JSON round trip unchanged
    let json = JSON::stringify(&x).expect("stringify").as_string().expect("string");
    assert!(json.contains("\"value\":\"2025-12-22\""), "{json}");
    assert!(json.contains("\"qualifier\":\"more_than\""), "{json}");
    let dates: Array = get(&x, "dates").dyn_into().expect("dates is an array");
    assert_eq!(dates.length(), 1);
    let d = dates.get(0);
    assert!(get(&d, "partOfDay").as_string().as_deref() == Some("afternoon"));
    // null, never undefined, for unknown values
    let article = get(&x, "article");
    assert!(get(&article, "title").is_null());
    assert!(get(&x, "people").is_object());
    assert_eq!(get(&x, "version").as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
fn utf16_spans_in_js() {
    let text = "😀 Ngày 2/9/2025 có 5 đoàn.";
    let x = extract(text.into(), JsValue::UNDEFINED).expect("ok");
    let d = Array::from(&get(&x, "dates")).get(0);
    let span = get(&d, "span");
    let (s, e) =
        (get(&span, "start").as_f64().unwrap() as u32, get(&span, "end").as_f64().unwrap() as u32);
    let js_text = js_sys::JsString::from(text);
    assert_eq!(js_text.slice(s, e).as_string().unwrap(), get(&span, "text").as_string().unwrap());
    assert_eq!(s, 3); // the emoji is two UTF-16 code units
}

#[wasm_bindgen_test]
fn bad_arguments_are_errors_and_module_survives() {
    for bad in [JsValue::NULL, JsValue::UNDEFINED, JsValue::from_f64(3.0), Object::new().into()] {
        let err: JsValue = extract(bad, JsValue::UNDEFINED).expect_err("not a string").into();
        let msg = get(&err, "message").as_string().unwrap_or_default();
        assert!(msg.contains("text must be a string"), "{msg}");
        assert!(err.is_instance_of::<js_sys::Error>());
    }
    assert!(extract("x".into(), JsValue::from_f64(1.0)).is_err());
    let o = Object::new();
    Reflect::set(&o, &"referenceDate".into(), &JsValue::from_f64(5.0)).unwrap();
    assert!(extract("x".into(), o.into()).is_err());
    // still works afterwards
    assert!(extract("Năm 2025".into(), JsValue::NULL).is_ok());
    // a lone surrogate: a result, with a warning, and offsets still in UTF-16 units
    let lone = js_sys::JsString::from_char_code(&[
        0xD800, 0x20, 0x4E, 0x103, 0x6D, 0x20, 0x32, 0x30, 0x32, 0x35,
    ]);
    let x = extract(lone.clone().into(), JsValue::NULL).expect("lone surrogate is accepted");
    let warnings = Array::from(&get(&x, "warnings"));
    assert_eq!(warnings.length(), 1);
    let d = Array::from(&get(&x, "dates")).get(0);
    let span = get(&d, "span");
    assert_eq!(get(&span, "start").as_f64(), Some(2.0));
    assert_eq!(lone.slice(2, 10).as_string().unwrap(), get(&span, "text").as_string().unwrap());
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
