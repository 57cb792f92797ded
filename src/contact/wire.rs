//! The booking on the wire, written and read by the browser: the payload as a JS
//! object through `JSON.stringify` or as `URLSearchParams`, and an error reply
//! through `JSON.parse`. What the values are is decided in `showdown_core::contact`.

use showdown_core::contact::{field_errors, form_pairs, Format, Submission, Value};
use wasm_bindgen::{JsCast, JsValue};

use crate::browser;

/// The request body for `submission` in `format`.
pub fn body(submission: &Submission, format: Format) -> String {
    let value = submission.to_value();
    match format {
        Format::Json => browser::json_text(&to_js(&value)),
        Format::Form => browser::urlencoded(form_pairs(&value).iter().map(|(k, v)| (k.as_str(), *v))),
    }
}

/// `value` as a JS value (objects keep their key order: none of the keys is an array index).
fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Text(text) => JsValue::from_str(text),
        Value::Null => JsValue::NULL,
        Value::Object(pairs) => {
            let object = js_sys::Object::new();
            for (key, value) in pairs {
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &to_js(value));
            }
            object.into()
        }
    }
}

/// Whether an error reply names any of the form's fields (then the reason is `invalid`).
pub fn names_fields(body: &str) -> bool {
    let entries = reply_entries(body);
    field_errors(entries.iter().map(|(f, m)| (f.as_deref(), m.as_deref()))).iter().any(|(f, _)| f.is_some())
}

/// The `field` and `message` of each entry of a `{"errors":[…]}` reply, where they are
/// strings; nothing for any other reply.
pub fn reply_entries(body: &str) -> Vec<(Option<String>, Option<String>)> {
    let errors = browser::parse_json(body).map(|reply| browser::property(&reply, "errors"));
    let Some(errors) = errors.and_then(|e| e.dyn_into::<js_sys::Array>().ok()) else { return Vec::new() };
    errors
        .iter()
        .map(|entry| (browser::property(&entry, "field").as_string(), browser::property(&entry, "message").as_string()))
        .collect()
}
