//! Posting the booking to the configured endpoint with `fetch`, with a timeout.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What came back, when something did.
pub struct Reply {
    pub status: u16,
    pub body: String,
}

pub enum SendError {
    /// No reply in time; the request was aborted.
    Timeout,
    /// The browser could not reach the endpoint (offline, closed port, CORS refused).
    Network,
}

pub async fn post(url: &str, content_type: &str, body: &str, timeout_ms: i32) -> Result<Reply, SendError> {
    let window = crate::browser::window().ok_or(SendError::Network)?;
    let controller = web_sys::AbortController::new().map_err(|_| SendError::Network)?;
    let headers = web_sys::Headers::new().map_err(|_| SendError::Network)?;
    let _ = headers.set("Content-Type", content_type);
    let _ = headers.set("Accept", "application/json");
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    init.set_signal(Some(&controller.signal()));

    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let abort = {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        wasm_bindgen::closure::Closure::once_into_js(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), timeout_ms).ok();

    let outcome = async {
        let response: web_sys::Response =
            JsFuture::from(window.fetch_with_str_and_init(url, &init)).await?.dyn_into()?;
        let status = response.status();
        let body = match response.text() {
            Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()).unwrap_or_default(),
            Err(_) => String::new(),
        };
        Ok::<Reply, JsValue>(Reply { status, body })
    }
    .await;
    if let Some(id) = timer {
        window.clear_timeout_with_handle(id);
    }
    outcome.map_err(|_| if timed_out.get() { SendError::Timeout } else { SendError::Network })
}

/// Opens the visitor's mail app.
pub fn open_mailto(href: &str) {
    if let Some(w) = crate::browser::window() {
        let _ = w.location().set_href(href);
    }
}
