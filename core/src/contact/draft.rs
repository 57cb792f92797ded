//! The draft kept in `localStorage` so a failed send or a reload loses nothing.

use super::cap_chars;
use super::form::{Draft, Topic};
use crate::urlcode::{build_query, parse_query};

/// A stored draft older than this (30 days) is dropped.
pub const DRAFT_MAX_AGE_MS: u64 = 30 * 24 * 60 * 60 * 1000;

/// A draft saved this far in the future (a wrong clock) is dropped.
const MAX_CLOCK_SKEW_MS: u64 = 24 * 60 * 60 * 1000;
/// The format written by [`encode_draft`].
const FORMAT_VERSION: u32 = 1;
/// Stored short fields are cut to this many characters.
const SHORT_FIELD_MAX_CHARS: usize = 1000;
/// The stored message is cut to this many characters.
const MESSAGE_STORE_MAX_CHARS: usize = 10_000;
/// The stored date and submission id are cut to this many characters.
const TOKEN_MAX_CHARS: usize = 64;

/// A draft as kept between visits, with the id of its last attempted send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDraft {
    /// What the visitor typed.
    pub draft: Draft,
    /// When it was saved (milliseconds since the Unix epoch).
    pub saved_at_ms: u64,
    /// The id used when this draft was last sent, so a retry reuses it.
    pub submission_id: Option<String>,
    /// [`fingerprint`](super::fingerprint) of the draft that `submission_id` was made for.
    pub id_fingerprint: Option<u64>,
}

/// Text for `localStorage`: versioned urlencoded pairs (`v=1&saved_at=…&name=…`).
pub fn encode_draft(d: &StoredDraft) -> String {
    let version = FORMAT_VERSION.to_string();
    let saved_at = d.saved_at_ms.to_string();
    let fingerprint = d.id_fingerprint.map(|f| f.to_string());
    let draft = &d.draft;
    let pairs = [
        ("v", Some(version.as_str())),
        ("saved_at", Some(saved_at.as_str())),
        ("name", Some(draft.name.as_str())),
        ("email", Some(draft.email.as_str())),
        ("company", Some(draft.company.as_str())),
        ("topic", Some(draft.topic.id())),
        ("preferred_date", Some(draft.preferred_date.as_str())),
        ("message", Some(draft.message.as_str())),
        ("submission_id", d.submission_id.as_deref()),
        ("id_fingerprint", fingerprint.as_deref()),
    ];
    build_query(pairs.into_iter().filter_map(|(key, value)| Some((key, value?))))
}

/// Reads [`encode_draft`]'s text; `None` when malformed, from another version,
/// older than [`DRAFT_MAX_AGE_MS`] or saved more than a day in the future.
pub fn decode_draft(s: &str, now_ms: u64) -> Option<StoredDraft> {
    let pairs = parse_query(s);
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    if get("v")?.parse::<u32>().ok()? != FORMAT_VERSION {
        return None;
    }
    // Whole milliseconds only: parsing floats would pull float code into the wasm.
    let saved_at_ms: u64 = get("saved_at")?.parse().ok()?;
    // At most one of these is non-zero; saturation keeps both free of overflow.
    let age = now_ms.saturating_sub(saved_at_ms);
    let ahead = saved_at_ms.saturating_sub(now_ms);
    if age > DRAFT_MAX_AGE_MS || ahead > MAX_CLOCK_SKEW_MS {
        return None;
    }
    let text = |key: &str, max: usize| cap_chars(get(key).unwrap_or_default(), max);
    let draft = Draft {
        name: text("name", SHORT_FIELD_MAX_CHARS),
        email: text("email", SHORT_FIELD_MAX_CHARS),
        company: text("company", SHORT_FIELD_MAX_CHARS),
        topic: get("topic").and_then(Topic::from_id).unwrap_or_default(),
        preferred_date: text("preferred_date", TOKEN_MAX_CHARS),
        message: text("message", MESSAGE_STORE_MAX_CHARS),
    };
    let submission_id = Some(text("submission_id", TOKEN_MAX_CHARS)).filter(|id| !id.is_empty());
    let id_fingerprint = get("id_fingerprint").and_then(|f| f.parse().ok());
    Some(StoredDraft { draft, saved_at_ms, submission_id, id_fingerprint })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOW: u64 = 1_750_000_000_000;
    const DAY_MS: u64 = 86_400_000;

    fn stored() -> StoredDraft {
        StoredDraft {
            draft: Draft {
                name: "Ada & Bob".into(),
                email: "ada@example.com".into(),
                company: String::new(),
                topic: Topic::Python,
                preferred_date: "2025-07-01".into(),
                message: "Hi=there\n100% sure+".into(),
            },
            saved_at_ms: NOW - 1000,
            submission_id: Some("0f8fad5b-d9cb-469f-a165-70867728950e".into()),
            id_fingerprint: Some(u64::MAX),
        }
    }

    #[test]
    fn exact_encoding() {
        assert_eq!(
            encode_draft(&stored()),
            "v=1&saved_at=1749999999000&name=Ada+%26+Bob&email=ada%40example.com&company=\
             &topic=python&preferred_date=2025-07-01&message=Hi%3Dthere%0A100%25+sure%2B\
             &submission_id=0f8fad5b-d9cb-469f-a165-70867728950e&id_fingerprint=18446744073709551615"
        );
        assert_eq!(decode_draft(&encode_draft(&stored()), NOW), Some(stored()));
    }

    #[test]
    fn expiry_and_clock_skew() {
        let at = |saved_at_ms: u64| encode_draft(&StoredDraft { saved_at_ms, ..stored() });
        assert!(decode_draft(&at(NOW - 29 * DAY_MS), NOW).is_some());
        assert!(decode_draft(&at(NOW - DRAFT_MAX_AGE_MS), NOW).is_some());
        assert!(decode_draft(&at(NOW - DRAFT_MAX_AGE_MS - 1), NOW).is_none());
        assert!(decode_draft(&at(NOW + DAY_MS / 2), NOW).is_some());
        assert!(decode_draft(&at(NOW + DAY_MS), NOW).is_some());
        assert!(decode_draft(&at(NOW + DAY_MS + 1), NOW).is_none());
        // Extremes on either side saturate instead of overflowing.
        assert!(decode_draft(&at(u64::MAX), 0).is_none());
        assert!(decode_draft(&at(0), u64::MAX).is_none());
        assert!(decode_draft(&at(0), 0).is_some());
        assert!(decode_draft(&at(u64::MAX), u64::MAX).is_some());
    }

    #[test]
    fn rejects_saved_at_that_is_not_whole_milliseconds() {
        assert!(decode_draft(&format!("v=1&saved_at={NOW}"), NOW).is_some(), "control case");
        for bad in ["", "abc", "-1", "1749999999000.5", "1.7e12", "NaN", "inf", "18446744073709551616"] {
            assert!(decode_draft(&format!("v=1&saved_at={bad}"), NOW).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn rejects_other_versions_and_garbage() {
        let saved = format!("saved_at={NOW}&name=x");
        assert!(decode_draft(&saved, NOW).is_none(), "no version");
        assert!(decode_draft(&format!("v=2&{saved}"), NOW).is_none(), "future version");
        assert!(decode_draft(&format!("v=one&{saved}"), NOW).is_none());
        assert!(decode_draft("v=1&name=x", NOW).is_none(), "no time");
        assert!(decode_draft("{\"name\":\"x\"}", NOW).is_none());
        assert!(decode_draft("", NOW).is_none());
    }

    #[test]
    fn lenient_about_missing_or_odd_fields() {
        let decoded = decode_draft(&format!("v=1&saved_at={NOW}&topic=rust&id_fingerprint=-3"), NOW);
        assert_eq!(
            decoded,
            Some(StoredDraft { draft: Draft::default(), saved_at_ms: NOW, submission_id: None, id_fingerprint: None })
        );
        let huge = format!("v=1&saved_at={NOW}&message={}&name={}", "m".repeat(20_000), "n".repeat(5000));
        let decoded = decode_draft(&huge, NOW).map(|d| d.draft).unwrap_or_default();
        assert_eq!(decoded.message.len(), 10_000);
        assert_eq!(decoded.name.len(), 1000);
    }

    fn any_draft() -> impl Strategy<Value = Draft> {
        (
            any::<String>(),
            any::<String>(),
            any::<String>(),
            prop::sample::select(Topic::ALL.to_vec()),
            "[0-9-]{0,12}",
            any::<String>(),
        )
            .prop_map(|(name, email, company, topic, preferred_date, message)| Draft {
                name,
                email,
                company,
                topic,
                preferred_date,
                message,
            })
    }

    proptest! {
        #[test]
        fn round_trip(
            draft in any_draft(),
            saved_at_ms in NOW - DRAFT_MAX_AGE_MS..=NOW + DAY_MS,
            submission_id in prop::option::of("[0-9a-f-]{1,36}"),
            id_fingerprint in any::<Option<u64>>(),
        ) {
            let stored = StoredDraft { draft, saved_at_ms, submission_id, id_fingerprint };
            prop_assert_eq!(decode_draft(&encode_draft(&stored), NOW), Some(stored));
        }

        #[test]
        fn decode_never_panics(text in any::<String>(), now in any::<u64>()) {
            let _ = decode_draft(&text, now);
            let _ = decode_draft(&format!("v=1&saved_at=0&{text}"), now);
        }
    }
}
