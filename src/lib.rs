//! Showdown's web shell: Leptos components that wire the pure core
//! (`showdown_core`) to the DOM, and the two ways to start it: the full page
//! (`start`, into `#app`) and the embed (`mount_embed`, see `embed/`).

pub mod app;
pub mod article;
pub mod browser;
pub mod config;
pub mod contact;
pub mod embed;
pub mod quiz;
pub mod scope;

pub use app::{App, Route};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Mounts the full page into `#app` when the page has one (host pages of the
/// embed do not, and get nothing automatically).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(start)]
pub fn start() {
    // Only our own page: a host page of the embed may have an #app of its own.
    let Some(root) = browser::document().and_then(|d| d.query_selector("#app.showdown").ok().flatten()) else { return };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    let start = app::Start::from_browser();
    // Replace any prerendered or placeholder HTML in the same task: no paint in between.
    root.set_inner_html("");
    leptos::mount::mount_to(root.clone(), move || app::App(app::AppProps { start })).forget();
    // Tests and the embed loader wait for this; CSS does not depend on it.
    let _ = root.set_attribute("data-mounted", "");
}
