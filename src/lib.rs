//! Showdown's web shell: Leptos components that wire the pure core
//! (`showdown_core`) to the DOM, and the ways to run them: rendered to HTML at
//! build time (`bin/prerender.rs`, feature `ssr`), the full page attaching to
//! that HTML in the browser (`page.rs`, feature `page`), and the embed mounting
//! widgets into host pages (`embed.rs`, feature `csr`).

pub mod app;
pub mod article;
pub mod browser;
pub mod config;
pub mod contact;
pub mod embed;
#[cfg(all(target_arch = "wasm32", feature = "page"))]
mod page;
pub mod quiz;
pub mod scope;

pub use app::{App, Route};

/// Attaches the full page to its prerendered HTML in `#app`, when the page has
/// one (a host page of the embed does not, and gets nothing automatically).
#[cfg(all(target_arch = "wasm32", feature = "page"))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    // Only our own page: a host page of the embed may have an #app of its own.
    if let Some(root) = browser::document().and_then(|d| d.query_selector("#app.showdown").ok().flatten()) {
        page::attach(root);
    }
}
