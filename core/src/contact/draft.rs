//! The draft kept in `localStorage` so a failed send or a reload loses nothing.

use super::cap_chars;
use super::fields::{Draft, Field, Input, Topic};
use crate::urlcode::{build_query, parse_query};

/// A stored draft older than this (30 days) is dropped.
pub const DRAFT_MAX_AGE_MS: u64 = 30 * 24 * 60 * 60 * 1000;

/// A draft saved this far in the future (a wrong clock) is dropped.
const MAX_CLOCK_SKEW_MS: u64 = 24 * 60 * 60 * 1000;
/// The format written by [`encode_draft`].
const FORMAT_VERSION: u32 = 1;
/// The stored submission id is cut to this many characters.
const TOKEN_MAX_CHARS: usize = 64;
/// Keys of the stored text that are not fields.
const VERSION_KEY: &str = "v";
const SAVED_AT_KEY: &str = "saved_at";
const SUBMISSION_ID_KEY: &str = "submission_id";
const FINGERPRINT_KEY: &str = "id_fingerprint";

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

/// Text for `localStorage`: versioned urlencoded pairs (`v=1&saved_at=…&name=…`),
/// every field under its wire key.
pub fn encode_draft(d: &StoredDraft) -> String {
    let version = FORMAT_VERSION.to_string();
    let saved_at = d.saved_at_ms.to_string();
    let fingerprint = d.id_fingerprint.map(|f| f.to_string());
    let mut pairs = vec![(VERSION_KEY, version.as_str()), (SAVED_AT_KEY, saved_at.as_str())];
    for field in Field::ALL {
        pairs.push((field.key(), d.draft.get(field)));
    }
    if let Some(id) = &d.submission_id {
        pairs.push((SUBMISSION_ID_KEY, id));
    }
    if let Some(fingerprint) = &fingerprint {
        pairs.push((FINGERPRINT_KEY, fingerprint));
    }
    build_query(pairs)
}

/// Reads [`encode_draft`]'s text; `None` when malformed, from another version,
/// older than [`DRAFT_MAX_AGE_MS`] or saved more than a day in the future.
pub fn decode_draft(s: &str, now_ms: u64) -> Option<StoredDraft> {
    let pairs = parse_query(s);
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    if get(VERSION_KEY)?.parse::<u32>().ok()? != FORMAT_VERSION {
        return None;
    }
    // Whole milliseconds only: parsing floats would pull float code into the wasm.
    let saved_at_ms: u64 = get(SAVED_AT_KEY)?.parse().ok()?;
    // At most one of these is non-zero; saturation keeps both free of overflow.
    let age = now_ms.saturating_sub(saved_at_ms);
    let ahead = saved_at_ms.saturating_sub(now_ms);
    if age > DRAFT_MAX_AGE_MS || ahead > MAX_CLOCK_SKEW_MS {
        return None;
    }
    let text = |key: &str, max: usize| cap_chars(get(key).unwrap_or_default(), max);
    let mut draft = Draft::default();
    for field in Field::ALL {
        let spec = field.spec();
        match spec.input {
            Input::Topic => draft.set(field, get(spec.key).and_then(Topic::from_id).unwrap_or_default().id()),
            _ => draft.set(field, text(spec.key, spec.stored_max_chars)),
        }
    }
    let submission_id = Some(text(SUBMISSION_ID_KEY, TOKEN_MAX_CHARS)).filter(|id| !id.is_empty());
    let id_fingerprint = get(FINGERPRINT_KEY).and_then(|f| f.parse().ok());
    Some(StoredDraft { draft, saved_at_ms, submission_id, id_fingerprint })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::fields::tests::{draft, f};
    use crate::contact::fields::FIELD_COUNT;
    use proptest::prelude::*;

    const NOW: u64 = 1_750_000_000_000;
    const DAY_MS: u64 = 86_400_000;

    fn stored() -> StoredDraft {
        StoredDraft {
            draft: draft(&[
                ("name", "Ada & Bob"),
                ("email", "ada@example.com"),
                ("topic", "python"),
                ("preferred_date", "2025-07-01"),
                ("message", "Hi=there\n100% sure+"),
            ]),
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
        assert_eq!(decoded.get(f("message")).len(), 10_000);
        assert_eq!(decoded.get(f("name")).len(), 1000);
    }

    #[test]
    fn field_keys_never_collide_with_the_bookkeeping_keys() {
        for field in Field::ALL {
            assert!(![VERSION_KEY, SAVED_AT_KEY, SUBMISSION_ID_KEY, FINGERPRINT_KEY].contains(&field.key()));
        }
    }

    fn any_draft() -> impl Strategy<Value = Draft> {
        let topic = prop::sample::select(Topic::ALL.to_vec());
        (prop::collection::vec(any::<String>(), FIELD_COUNT), topic, "[0-9-]{0,12}").prop_map(
            |(values, topic, date)| {
                let draft = Field::ALL.into_iter().zip(values).fold(Draft::default(), |d, (f, v)| d.with(f, v));
                draft.with(Field::TOPIC, topic.id()).with(f("preferred_date"), date)
            },
        )
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
