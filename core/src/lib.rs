//! Showdown's pure core: everything that can be decided without a browser.
//!
//! The web shell (the `showdown` crate) only wires these modules to the DOM, so
//! everything here is tested natively with `cargo test -p showdown-core`.

pub mod contact;
pub mod content;
pub mod events;
pub mod html;
pub mod quiz;
pub mod site;
pub mod urlcode;
