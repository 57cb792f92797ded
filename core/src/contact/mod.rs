//! The "Book a meeting" form's rules: validation, the wire payload, where it
//! posts, how replies are read, the `mailto:` fallback and the stored draft.
//!
//! Everything here is pure and total, so the web shell only wires it to the DOM.

mod attribution;
mod day;
mod draft;
mod endpoint;
mod form;
mod ids;
pub mod json;
mod mailto;
pub mod markup;
mod payload;
mod reply;

pub use attribution::{Attribution, ATTRIBUTION_VALUE_MAX_CHARS};
pub use day::Day;
pub use draft::{decode_draft, encode_draft, StoredDraft, DRAFT_MAX_AGE_MS};
pub use endpoint::{resolve_endpoint, resolve_format, Format};
pub use form::{
    is_blank, validate, Draft, Field, FieldError, Topic, COMPANY_MAX_CHARS, EMAIL_MAX_CHARS, MESSAGE_MAX_CHARS,
    NAME_MAX_CHARS,
};
pub use ids::{fingerprint, uuid_v4};
pub use mailto::mailto_href;
pub use payload::{to_form_urlencoded, to_json, QuizSummary, Submission};
pub use reply::parse_field_errors;

/// The first `max` characters of `s` (never splits a character).
pub(crate) fn cap_chars(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
