//! The only place that talks to browser APIs directly. Every helper is total:
//! a blocked `localStorage`, a missing `dataLayer` or an odd host page gives
//! `None` or does nothing, never a panic or a console error.

use wasm_bindgen::{JsCast, JsValue};

use showdown_core::events::{Event, SCHEMA, SCHEMA_KEY};

use crate::scope::Scope;

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

/// The `localStorage` keys that start with `prefix`.
pub fn stored_keys(prefix: &str) -> Vec<String> {
    let Some(s) = local_storage() else { return Vec::new() };
    (0..s.length().unwrap_or(0)).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect()
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

// `Intl.DateTimeFormat().resolvedOptions().timeZone`.
fn timezone_js() -> Option<String> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone")).ok()?.as_string()
}

/// 16 random bytes from `crypto.getRandomValues` (`randomUUID` is missing on plain
/// `http://` pages); `None` when the browser refuses, never a constant stand-in.
pub fn random_bytes() -> Option<[u8; 16]> {
    let mut bytes = [0u8; 16];
    let crypto = window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// Dispatches `event` as a bubbling `CustomEvent` from `target` and pushes the same facts to
/// `window.dataLayer` when the host has one, with the schema's version. `detail` must never
/// hold personal data.
pub fn announce(target: &web_sys::Element, event: Event, detail: &[(&str, JsValue)]) {
    let detail_obj = js_sys::Object::new();
    for (k, v) in detail {
        let _ = js_sys::Reflect::set(&detail_obj, &JsValue::from_str(k), v);
    }
    dispatch(target, event.name(), true, &detail_obj);
    let Some(w) = window() else { return };
    let Ok(layer) = js_sys::Reflect::get(&w, &JsValue::from_str("dataLayer")) else { return };
    if let Some(layer) = layer.dyn_ref::<js_sys::Array>() {
        let push = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&push, &JsValue::from_str("event"), &JsValue::from_str(event.data_layer()));
        let _ = js_sys::Reflect::set(&push, &JsValue::from_str(SCHEMA_KEY), &JsValue::from(SCHEMA));
        for (k, v) in detail {
            let _ = js_sys::Reflect::set(&push, &JsValue::from_str(k), v);
        }
        layer.push(&push);
    }
}

/// Dispatches a cancelable `CustomEvent` named `name` with `detail` from `target` (bubbling,
/// and out of a shadow root, when `public`); returns whether no listener cancelled it.
pub fn dispatch(target: &web_sys::Element, name: &str, public: bool, detail: &JsValue) -> bool {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(public);
    init.set_composed(public);
    init.set_cancelable(true);
    init.set_detail(detail);
    match web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(ev) => target.dispatch_event(&ev).unwrap_or(true),
        Err(_) => true,
    }
}

/// Calls `f` with every `name` event on `target`, for the life of the page.
pub fn listen(target: &web_sys::EventTarget, name: &str, f: impl FnMut(web_sys::Event) + 'static) {
    use wasm_bindgen::closure::Closure;
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
    callback.forget();
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

/// Moves focus to the element with `id` in `root`'s document or shadow root.
pub fn focus_by_id(root: &web_sys::Node, id: &str) {
    let node = root.get_root_node();
    let found = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => node.dyn_ref::<web_sys::Document>().and_then(|d| d.get_element_by_id(id)),
    };
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

thread_local! {
    /// The instance whose islands are being hydrated (see [`enter_mount`]).
    static MOUNT: std::cell::RefCell<Option<(web_sys::Element, Scope)>> = const { std::cell::RefCell::new(None) };
}

/// Called by the loader before it hydrates the islands of one instance: `root` is the
/// instance's `.showdown` element (`#app` on the full page); the options are an embed
/// mount's (`data-endpoint`, `data-endpoint-format`, `data-share-url`), its id prefix and
/// the suffix of its storage keys. Without a prefix the instance is the full page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn enter_mount(
    root: web_sys::Element,
    id_prefix: Option<String>,
    share_url: Option<String>,
    endpoint: Option<String>,
    endpoint_format: Option<String>,
    storage_suffix: Option<String>,
) {
    let scope = match id_prefix {
        None => Scope::full_page(),
        Some(id_prefix) => Scope {
            id_prefix,
            share_url: share_url
                .map(|s| s.trim().to_string())
                .filter(|s| s.starts_with("https://") || s.starts_with("http://"))
                .unwrap_or_else(|| crate::config::SITE_URL.to_string()),
            endpoint_attr: endpoint,
            format_attr: endpoint_format,
            storage_suffix: storage_suffix.unwrap_or_default(),
            ..Scope::embed_template()
        },
    };
    MOUNT.with(|m| *m.borrow_mut() = Some((root, scope)));
}

/// The scope named by the last [`enter_mount`] (none at build time).
pub fn mount_scope() -> Option<Scope> {
    MOUNT.with(|m| m.borrow().as_ref().map(|(_, s)| s.clone()))
}

/// The root element named by the last [`enter_mount`]: where an island's events are
/// dispatched from, and where it finds what a visitor did before it was hydrated.
pub fn mount_root() -> Option<web_sys::Element> {
    MOUNT.with(|m| m.borrow().as_ref().map(|(root, _)| root.clone()))
}

// ---- the article (table filter, contents) ----

/// The element with `id` in the document or shadow root that holds `root`
/// (an embed's ids live in its shadow root, out of `document.getElementById`'s reach).
pub fn element_by_id(root: &web_sys::Node, id: &str) -> Option<web_sys::Element> {
    let node = root.get_root_node();
    match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => node.dyn_ref::<web_sys::Document>()?.get_element_by_id(id),
    }
}

/// Whether the checkbox or radio button with `id` (beside `root`) is checked.
pub fn is_checked(root: &web_sys::Node, id: &str) -> Option<bool> {
    Some(element_by_id(root, id)?.dyn_into::<web_sys::HtmlInputElement>().ok()?.checked())
}

/// Watches `targets` cross the reading line, a quarter of the way down the viewport, for
/// the life of the page: `on_cross(index, on_line, below)` says that `targets[index]` now
/// spans the line (`on_line`), or has left it and lies below it (`below`) or above it.
pub fn watch_reading_line(targets: Vec<web_sys::Element>, mut on_cross: impl FnMut(usize, bool, bool) + 'static) {
    use wasm_bindgen::closure::Closure;
    let options = web_sys::IntersectionObserverInit::new();
    // The viewport shrunk to a band from 25 % to 26 % of its height.
    options.set_root_margin("-25% 0px -74% 0px");
    let watched = targets.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else { continue };
            let Some(index) = watched.iter().position(|t| *t == entry.target()) else { continue };
            let below = entry.root_bounds().is_some_and(|line| entry.bounding_client_rect().top() > line.top());
            on_cross(index, entry.is_intersecting(), below);
        }
    });
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
    else {
        return;
    };
    for target in &targets {
        observer.observe(target);
    }
    // The observer and its callback live as long as the page.
    callback.forget();
    std::mem::forget(observer);
}

/// Whether the radio button or checkbox with `id` in `root`'s document or shadow root
/// is checked (false when there is none).
pub fn checked_by_id(root: &web_sys::Node, id: &str) -> bool {
    let node = root.get_root_node();
    let found = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => node.dyn_ref::<web_sys::Document>().and_then(|d| d.get_element_by_id(id)),
    };
    found.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|input| input.checked())
}

// ---- the booking form ----

/// The current `value` of a form control (`<input>`, `<textarea>`, `<select>`), `None`
/// for an element without one.
pub fn control_value(el: &web_sys::Element) -> Option<String> {
    js_sys::Reflect::get(el, &JsValue::from_str("value")).ok()?.as_string()
}

/// Sets the `value` of a form control.
pub fn set_control_value(el: &web_sys::Element, value: &str) {
    let _ = js_sys::Reflect::set(el, &JsValue::from_str("value"), &JsValue::from_str(value));
}

/// Goes to `href` (for a `mailto:` link: opens the visitor's mail app).
pub fn open_url(href: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_href(href);
    }
}

/// `JSON.stringify(value)` ("" if it throws).
pub fn json_text(value: &JsValue) -> String {
    js_sys::JSON::stringify(value).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// `JSON.parse(text)`, `None` when `text` is not JSON.
pub fn parse_json(text: &str) -> Option<JsValue> {
    js_sys::JSON::parse(text).ok()
}

/// `value[key]` when `value` is an object, `undefined` otherwise.
pub fn property(value: &JsValue, key: &str) -> JsValue {
    if value.is_object() {
        js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// An `application/x-www-form-urlencoded` body of `pairs`, written by `URLSearchParams`.
pub fn urlencoded<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let Ok(params) = web_sys::UrlSearchParams::new() else { return String::new() };
    for (key, value) in pairs {
        params.append(key, value);
    }
    params.to_string().into()
}

/// What an endpoint answered.
pub struct Reply {
    pub status: u16,
    pub body: String,
    /// Its `Retry-After` header, where the service sent one and let us read it
    /// (`Access-Control-Expose-Headers` on another origin).
    pub retry_after: Option<String>,
}

/// Why there is no [`Reply`].
pub enum PostError {
    /// No reply within the timeout; the request was aborted.
    Timeout,
    /// The browser could not reach the endpoint (offline, closed port, CORS refused).
    Network,
}

/// POSTs `body` to `url` with `fetch` (CORS, `Accept: application/json`), giving up after
/// `timeout_ms` (with `AbortSignal.timeout`, where the browser has it).
pub async fn post(url: &str, content_type: &str, body: &str, timeout_ms: u32) -> Result<Reply, PostError> {
    use wasm_bindgen_futures::JsFuture;
    let window = window().ok_or(PostError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_headers(&object_of(&[("Content-Type", content_type), ("Accept", "application/json")]));
    init.set_body(&JsValue::from_str(body));
    if let Some(signal) = timeout_signal(timeout_ms) {
        init.set_signal(Some(signal.unchecked_ref()));
    }
    let sent = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await;
    let response: web_sys::Response = sent.and_then(|r| r.dyn_into()).map_err(|e| {
        // A timeout rejects with a DOMException named "TimeoutError"; anything else is the network.
        let name = js_sys::Reflect::get(&e, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
        if name.as_deref() == Some("TimeoutError") {
            PostError::Timeout
        } else {
            PostError::Network
        }
    })?;
    let retry_after = response.headers().get("retry-after").ok().flatten();
    let body = match response.text() {
        Ok(text) => JsFuture::from(text).await.ok().and_then(|t| t.as_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    Ok(Reply { status: response.status(), body, retry_after })
}

/// `AbortSignal.timeout(ms)`, looked up so that a browser without it sends without a timeout.
fn timeout_signal(ms: u32) -> Option<JsValue> {
    use js_sys::{Function, Reflect};
    let class = Reflect::get(&js_sys::global(), &JsValue::from_str("AbortSignal")).ok()?;
    let timeout: Function = Reflect::get(&class, &JsValue::from_str("timeout")).ok()?.dyn_into().ok()?;
    timeout.call1(&class, &JsValue::from(ms)).ok()
}

/// Runs `f` once the frame now being prepared is on screen: in a task after the next animation
/// frame, or after a quarter second where no frame comes (a hidden tab has none).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let job = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let run = move || {
        if let Some(f) = job.take() {
            f();
        }
    };
    let late = run.clone();
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        set_timeout(0, run);
    });
    if let Some(w) = window() {
        let _ = w.request_animation_frame(frame.unchecked_ref());
    }
    set_timeout(250, late);
}

// ---- the outbox ----

/// Runs `f` once after `ms` milliseconds; the handle cancels it.
pub fn set_timeout(ms: u64, f: impl FnOnce() + 'static) -> Option<i32> {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let ms = i32::try_from(ms).unwrap_or(i32::MAX);
    window()?.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms).ok()
}

pub fn clear_timeout(handle: i32) {
    if let Some(w) = window() {
        w.clear_timeout_with_handle(handle);
    }
}

/// Runs `work` holding the Web Lock named `name` (`navigator.locks`: one holder at a time in
/// every tab of this origin; it is released when the work ends or the tab closes). Where the
/// browser has no Web Locks (a page on plain `http://` other than localhost) or refuses the
/// request, it runs unlocked.
pub async fn locked<T>(name: &str, work: impl std::future::Future<Output = T>) -> T {
    let release = lock(name).await;
    let out = work.await;
    if let Some(release) = release {
        let _ = release.call0(&JsValue::NULL);
    }
    out
}

/// Waits for the Web Lock `name`; the function returned releases it (`None`: no lock to wait for).
async fn lock(name: &str) -> Option<js_sys::Function> {
    use js_sys::{Function, Promise};
    let locks = property(&window()?.navigator(), "locks");
    let request: Function = property(&locks, "request").dyn_into().ok()?;
    // The lock is held until `held` settles: `release` settles it.
    let mut release = None;
    let held = Promise::new(&mut |resolve, _| release = Some(resolve));
    let mut granted = None;
    let acquired = Promise::new(&mut |resolve, _| granted = Some(resolve));
    let granted = granted?;
    let on_grant = granted.clone();
    let callback = wasm_bindgen::closure::Closure::once_into_js(move |_lock: JsValue| {
        let _ = on_grant.call0(&JsValue::NULL);
        held
    });
    let asked = request.call2(&locks, &JsValue::from_str(name), &callback).ok()?;
    // A refused request rejects: then go on without the lock rather than wait forever.
    let catch: Function = property(&asked, "catch").dyn_into().ok()?;
    let _ = catch.call1(&asked, &granted);
    wasm_bindgen_futures::JsFuture::from(acquired).await.ok()?;
    release
}
