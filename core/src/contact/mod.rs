//! The "Book a meeting" form's rules: the table of its fields and everything derived
//! from it (validation, the wire payload, the stored draft, the `mailto:` fallback),
//! where it posts, how replies are read, what the form says, and the outbox's schedule.
//!
//! Everything here is pure and total, so the web shell (`src/contact/`) only wires it
//! to the page.

mod attribution;
mod day;
mod draft;
mod endpoint;
mod fields;
mod ids;
mod mailto;
mod outbox;
mod payload;
mod reply;
mod texts;

pub use attribution::{Attribution, ATTRIBUTION_VALUE_MAX_CHARS};
pub use day::Day;
pub use draft::{decode_draft, encode_draft, StoredDraft, DRAFT_MAX_AGE_MS};
pub use endpoint::{resolve_endpoint, resolve_format, resolve_timeout_ms, Format, DEFAULT_TIMEOUT_MS};
pub use fields::{
    validate, Draft, Field, FieldError, FieldSpec, Input, Limit, Topic, COMPANY_MAX_CHARS, EMAIL_MAX_CHARS, FIELDS,
    FIELD_COUNT, MESSAGE_MAX_CHARS, NAME_MAX_CHARS,
};
pub use ids::{fingerprint, uuid_v4};
pub use mailto::mailto_href;
pub use outbox::{
    decode_waiting, encode_waiting, outcome, retry_delay_ms, Outcome, Request, Step, Waiting, FIRST_RETRY_MS,
    MAX_RETRY_GAP_MS,
};
pub use payload::{arrival, form_pairs, QuizSummary, Submission, Value};
pub use reply::{
    field_errors, no_random_text, refusal, timeout_text, Kept, Refusal, OUTBOX_REFUSED_TEXT, OUTBOX_SENT_TEXT,
    REFUSED_ELSEWHERE_TEXT, STILL_WAITING_TEXT, UNREACHABLE_TEXT,
};
pub use texts::{count_text, host_of, mail_notice, privacy_line, quiz_notice, timezone_help};

/// The first `max` characters of `s` (never splits a character).
pub(crate) fn cap_chars(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
