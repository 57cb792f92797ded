//! The only place that talks to browser APIs directly. Every helper is total:
//! a blocked `localStorage`, a missing `dataLayer` or an odd host page gives
//! `None` or does nothing, never a panic or a console error.

use wasm_bindgen::{JsCast, JsValue};

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// `localStorage`, when the browser lets us have it (sandboxed frames and
/// blocked cookies throw on access).
fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

fn session_storage() -> Option<web_sys::Storage> {
    window()?.session_storage().ok().flatten()
}

pub fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Returns whether the value was kept.
pub fn store(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn forget(key: &str) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(key);
    }
}

pub fn session_stored(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

pub fn session_store(key: &str, value: &str) {
    if let Some(s) = session_storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn location_href() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

pub fn location_path() -> String {
    window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".into())
}

pub fn location_search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

pub fn referrer() -> String {
    document().map(|d| d.referrer()).unwrap_or_default()
}

/// Every element under `root` that matches `selector` (none for a bad selector).
pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// `content` of `<meta name="…">` in the page, if present.
pub fn meta_content(name: &str) -> Option<String> {
    let selector = format!("meta[name=\"{name}\"]");
    document()?.query_selector(&selector).ok().flatten()?.get_attribute("content")
}

pub fn prefers_dark() -> bool {
    window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten()).is_some_and(|m| m.matches())
}

/// Milliseconds since the epoch, whole (integers keep float formatting out of the wasm).
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's date in the visitor's own timezone, as `YYYY-MM-DD`.
pub fn today_local() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The visitor's IANA timezone name, e.g. "Europe/Berlin".
pub fn timezone() -> String {
    timezone_js().unwrap_or_else(|| "UTC".into())
}

// `Intl.DateTimeFormat().resolvedOptions().timeZone`, through Reflect so it
// works whatever js-sys's typed Intl bindings look like.
fn timezone_js() -> Option<String> {
    use js_sys::{Function, Reflect};
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let ctor: Function = Reflect::get(&intl, &JsValue::from_str("DateTimeFormat")).ok()?.dyn_into().ok()?;
    let formatter = Reflect::construct(&ctor, &js_sys::Array::new()).ok()?;
    let resolved: Function = Reflect::get(&formatter, &JsValue::from_str("resolvedOptions")).ok()?.dyn_into().ok()?;
    let options = resolved.call0(&formatter).ok()?;
    Reflect::get(&options, &JsValue::from_str("timeZone")).ok()?.as_string()
}

/// 16 random bytes from `crypto.getRandomValues` (`randomUUID` is missing on plain `http://` pages).
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
}

/// Dispatches a bubbling `CustomEvent` from `target` and pushes the same facts to
/// `window.dataLayer` when the host has one (contract §4). `detail` must never
/// hold personal data.
pub fn announce(target: &web_sys::Element, event: &str, data_layer_event: &str, detail: &[(&str, JsValue)]) {
    let detail_obj = js_sys::Object::new();
    for (k, v) in detail {
        let _ = js_sys::Reflect::set(&detail_obj, &JsValue::from_str(k), v);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail_obj);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(event, &init) {
        let _ = target.dispatch_event(&ev);
    }
    let Some(w) = window() else { return };
    let Ok(layer) = js_sys::Reflect::get(&w, &JsValue::from_str("dataLayer")) else { return };
    if let Some(layer) = layer.dyn_ref::<js_sys::Array>() {
        let push = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&push, &JsValue::from_str("event"), &JsValue::from_str(data_layer_event));
        for (k, v) in detail {
            let _ = js_sys::Reflect::set(&push, &JsValue::from_str(k), v);
        }
        layer.push(&push);
    }
}

/// A plain JS object from string pairs (for event details).
pub fn object_of(pairs: &[(&str, &str)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    obj.into()
}

/// Replaces the current URL (same document, no new history entry).
pub fn replace_url(url: &str) {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Moves focus to the element with `id` (inside `root`'s document or shadow root).
pub fn focus_by_id(root: &web_sys::Element, id: &str) {
    let selector = format!("#{}", css_escape(id));
    let found = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|sr| sr.query_selector(&selector).ok().flatten())
        .or_else(|| document().and_then(|d| d.get_element_by_id(id)));
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

fn css_escape(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_string()
            } else {
                format!("\\{:x} ", c as u32)
            }
        })
        .collect()
}
