//! Showdown's web shell: Leptos components that render the pure core
//! (`showdown_core`) as HTML, and islands that bring the parts a visitor uses to
//! life in the browser.
//!
//! - At build time (feature `ssr`), `bin/prerender.rs` renders every view of the
//!   page and every embeddable section to static HTML with these components.
//! - In the browser (feature `hydrate`), only the islands hydrate that HTML: the
//!   theme toggle, the table filter, the questionnaire and the booking form, each
//!   with its state in signals. Each view loads a bundle with just its own islands
//!   (features `booking`, `filter`, `quiz`); the loaders are `scripts/*.template.js`.

// The islands' view types nest deeper than rustc's default limit of 128 when they are monomorphised.
#![recursion_limit = "256"]

pub mod app;
pub mod article;
pub mod browser;
pub mod config;
pub mod contact;
pub mod quiz;
pub mod scope;
pub mod theme;

pub use app::{App, Route, Section};

/// Sets up Leptos for islands when a bundle loads (the loader then hydrates each island),
/// and keeps the campaign that brought the visitor from the first view they open, whichever
/// view that is (the booking form may only hydrate later, on another view).
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    leptos::mount::hydrate_islands();
    contact::remember_landing();
}
