//! The outbox: a booking that could not be sent (no network, a timeout, a 5xx, a 429 or a
//! 408) waits in this browser and is sent again on its own, on a schedule; every attempt is
//! the same request, with the same `submission_id`. Pure: the shell keeps the text in
//! storage, runs the timers and sends; this decides what an answer means, when the next
//! attempt is due, and what the outbox holds after each event.

use crate::urlcode::{build_query, parse_query};

use super::draft::DRAFT_MAX_AGE_MS;

/// The first automatic attempt comes this long after the failure.
pub const FIRST_RETRY_MS: u64 = 10_000;
/// Attempts never wait longer than this while a page of the site is open.
pub const MAX_RETRY_GAP_MS: u64 = 5 * 60_000;

/// How one attempt ended, as far as sending again is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A 2xx: the booking is delivered.
    Sent,
    /// Worth sending again: no answer at all (`None` status: offline, refused, timed
    /// out), a 5xx, 408 or 429, with the wait the service asked for, if any.
    Retry { retry_after_ms: Option<u64> },
    /// Any other answer (a 4xx with field errors or a refusal): it needs the visitor.
    Refused,
}

/// What an attempt's HTTP `status` (or `None`: no answer) means for the outbox, with the
/// reply's `Retry-After` header, as the service wrote it.
pub fn outcome(status: Option<u16>, retry_after: Option<&str>) -> Outcome {
    match status {
        Some(200..=299) => Outcome::Sent,
        None | Some(408 | 429 | 500..=599) => Outcome::Retry { retry_after_ms: retry_after.and_then(retry_after_ms) },
        Some(_) => Outcome::Refused,
    }
}

/// `Retry-After` in seconds (`"120"`), as milliseconds. The HTTP-date form is not read:
/// it needs the service's clock to agree with the visitor's, and the schedule's own
/// gaps are never longer than five minutes anyway.
fn retry_after_ms(value: &str) -> Option<u64> {
    value.trim().parse::<u64>().ok().map(|s| s.saturating_mul(1000))
}

/// How long to wait before the next attempt after `failures` failed attempts (1 after the
/// first): 10 s, then doubling, never more than five minutes; at least what the service
/// asked for with `Retry-After` (within those five minutes).
pub fn retry_delay_ms(failures: u32, retry_after_ms: Option<u64>) -> u64 {
    let doublings = failures.saturating_sub(1).min(16);
    let backoff = FIRST_RETRY_MS.saturating_mul(1 << doublings).min(MAX_RETRY_GAP_MS);
    backoff.max(retry_after_ms.unwrap_or(0).min(MAX_RETRY_GAP_MS))
}

/// A booking waiting to be sent: the exact request, and where the schedule stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    /// What is sent, every time exactly as first built.
    pub request: Request,
    /// When it first failed (the outbox keeps it as long as a draft is kept).
    pub since_ms: u64,
    /// Failed attempts so far.
    pub failures: u32,
    /// When the next attempt is due.
    pub next_at_ms: u64,
}

/// What the outbox does next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Keep this (write it to storage) and try again at its `next_at_ms`.
    Wait(Waiting),
    /// It went through: clear the outbox and the draft, thank the visitor, announce it once.
    Delivered,
    /// The service refused it: clear the outbox; the form shows why (the draft stays).
    Refused,
}

impl Waiting {
    /// A booking about to be sent for the first time at `now_ms`. It is in the outbox from
    /// then on, until it is delivered or refused: a page closed while it is on its way
    /// loses nothing. No other attempt is due until `lease_ms` (the first attempt's
    /// timeout) and the first retry's gap have passed.
    pub fn new(request: Request, now_ms: u64, lease_ms: u64) -> Waiting {
        Waiting {
            request,
            since_ms: now_ms,
            failures: 0,
            next_at_ms: now_ms.saturating_add(lease_ms).saturating_add(FIRST_RETRY_MS),
        }
    }

    /// The same booking, edited by the visitor at `now_ms` while it waited: `request` (a new id,
    /// the new text) takes its place and its place in the schedule, but never sooner than the
    /// first retry's gap after the edit (so nothing goes out while the visitor is still typing);
    /// the old text is never sent.
    pub fn replaced_by(self, request: Request, now_ms: u64) -> Waiting {
        let next_at_ms = self.next_at_ms.max(now_ms.saturating_add(FIRST_RETRY_MS));
        Waiting { request, next_at_ms, ..self }
    }

    /// What follows an automatic (or "Try again") attempt that ended with `outcome` at `now_ms`.
    pub fn after(self, outcome: Outcome, now_ms: u64) -> Step {
        match outcome {
            Outcome::Sent => Step::Delivered,
            Outcome::Refused => Step::Refused,
            Outcome::Retry { retry_after_ms } => {
                let failures = self.failures.saturating_add(1);
                let next_at_ms = now_ms.saturating_add(retry_delay_ms(failures, retry_after_ms));
                Step::Wait(Waiting { failures, next_at_ms, ..self })
            }
        }
    }

    /// Whether an attempt is due at `now_ms`.
    pub fn is_due(&self, now_ms: u64) -> bool {
        now_ms >= self.next_at_ms
    }

    /// Whether it is older than a kept draft may be (then it is dropped, unsent).
    pub fn is_expired(&self, now_ms: u64) -> bool {
        now_ms.saturating_sub(self.since_ms) > DRAFT_MAX_AGE_MS
    }

    /// Whether the form's draft, with this fingerprint, is still the text that waits: when
    /// the visitor edits the form, the edited booking replaces this one (with a new id) and
    /// this text is never sent.
    pub fn is_for(&self, fingerprint: u64) -> bool {
        self.request.fingerprint == fingerprint
    }
}

/// One request as the form built it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// The `submission_id` every attempt carries (it is also inside `body`).
    pub submission_id: String,
    /// Its topic's id (what `showdown:contact-submitted` says when it goes through).
    pub topic: String,
    /// Where it goes, and as what.
    pub endpoint: String,
    pub content_type: String,
    pub body: String,
    /// The [`fingerprint`](super::fingerprint) of the draft it was built from: an edited
    /// form replaces it.
    pub fingerprint: u64,
}

/// The format written by [`encode_waiting`].
const FORMAT_VERSION: u32 = 1;
/// A booking that failed this far in the future (a wrong clock) is dropped.
const MAX_CLOCK_SKEW_MS: u64 = 24 * 60 * 60 * 1000;
/// The keys of the stored text, in order.
const KEYS: [&str; 10] = ["v", "id", "topic", "endpoint", "type", "body", "fingerprint", "since", "failures", "next"];

/// Text for `localStorage`: versioned urlencoded pairs, like the draft's.
pub fn encode_waiting(w: &Waiting) -> String {
    let r = &w.request;
    let numbers = [
        FORMAT_VERSION.to_string(),
        r.fingerprint.to_string(),
        w.since_ms.to_string(),
        w.failures.to_string(),
        w.next_at_ms.to_string(),
    ];
    let values = [
        numbers[0].as_str(),
        &r.submission_id,
        &r.topic,
        &r.endpoint,
        &r.content_type,
        &r.body,
        &numbers[1],
        &numbers[2],
        &numbers[3],
        &numbers[4],
    ];
    build_query(KEYS.into_iter().zip(values))
}

/// Reads [`encode_waiting`]'s text at `now_ms`: `None` when it is malformed, from another
/// version, or expired (a booking kept longer than a draft is never sent).
pub fn decode_waiting(s: &str, now_ms: u64) -> Option<Waiting> {
    let pairs = parse_query(s);
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let number = |key: &str| get(key)?.parse::<u64>().ok();
    if number("v")? != u64::from(FORMAT_VERSION) {
        return None;
    }
    let text = |key: &str| get(key).map(str::to_string).filter(|v| !v.is_empty());
    let waiting = Waiting {
        request: Request {
            submission_id: text("id")?,
            topic: text("topic")?,
            endpoint: text("endpoint")?,
            content_type: text("type")?,
            body: text("body")?,
            fingerprint: number("fingerprint")?,
        },
        since_ms: number("since")?,
        failures: u32::try_from(number("failures")?).ok()?,
        next_at_ms: number("next")?,
    };
    (!waiting.is_expired(now_ms) && waiting.since_ms <= now_ms.saturating_add(MAX_CLOCK_SKEW_MS)).then_some(waiting)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn request(id: &str) -> Request {
        Request {
            submission_id: id.into(),
            topic: "go".into(),
            endpoint: "https://hooks.example.com/meetings".into(),
            content_type: "application/json".into(),
            body: format!("{{\"submission_id\":\"{id}\",\"message\":\"Hi & bye = 100%\"}}"),
            fingerprint: 42,
        }
    }

    const RETRY: Outcome = Outcome::Retry { retry_after_ms: None };

    #[test]
    fn which_answers_are_sent_again() {
        assert_eq!(outcome(Some(201), None), Outcome::Sent);
        for status in [None, Some(408), Some(429), Some(500), Some(503), Some(599)] {
            assert_eq!(outcome(status, None), RETRY, "{status:?}");
        }
        for status in [400, 401, 403, 404, 409, 422, 301] {
            assert_eq!(outcome(Some(status), None), Outcome::Refused, "{status}");
        }
        assert_eq!(outcome(Some(503), Some(" 120 ")), Outcome::Retry { retry_after_ms: Some(120_000) });
        assert_eq!(outcome(Some(429), Some("Wed, 21 Oct 2026 07:28:00 GMT")), RETRY);
        assert_eq!(outcome(Some(429), Some("-5")), RETRY);
    }

    #[test]
    fn the_schedule() {
        let gaps: Vec<u64> = (1..=8).map(|n| retry_delay_ms(n, None) / 1000).collect();
        assert_eq!(gaps, [10, 20, 40, 80, 160, 300, 300, 300]);
        assert_eq!(retry_delay_ms(1, Some(60_000)), 60_000, "Retry-After is honoured");
        assert_eq!(retry_delay_ms(1, Some(3_600_000)), MAX_RETRY_GAP_MS, "within five minutes");
        assert_eq!(retry_delay_ms(6, Some(1_000)), MAX_RETRY_GAP_MS, "never sooner than the schedule");
        assert_eq!(retry_delay_ms(u32::MAX, Some(u64::MAX)), MAX_RETRY_GAP_MS);
    }

    /// A booking whose first attempt (sent at `now`, answered at once) ended with a retry.
    fn first_failed(id: &str, now: u64) -> Waiting {
        let Step::Wait(w) = Waiting::new(request(id), now, 8_000).after(RETRY, now) else { panic!("waits") };
        w
    }

    #[test]
    fn a_waiting_booking_until_it_is_delivered() {
        let fresh = Waiting::new(request("a"), 1_000, 8_000);
        assert_eq!((fresh.failures, fresh.next_at_ms), (0, 19_000), "nobody else sends it while it is on its way");
        assert_eq!(fresh.clone().after(Outcome::Sent, 1_500), Step::Delivered);
        assert_eq!(fresh.clone().after(Outcome::Refused, 1_500), Step::Refused);
        let w = first_failed("a", 1_000);
        assert_eq!((w.failures, w.next_at_ms), (1, 11_000));
        assert!(!w.is_due(10_999) && w.is_due(11_000));
        let Step::Wait(w) = w.after(RETRY, 11_000) else { panic!("still waits") };
        assert_eq!((w.failures, w.next_at_ms, w.request.submission_id.as_str()), (2, 31_000, "a"));
        assert_eq!(w.clone().after(Outcome::Sent, 31_000), Step::Delivered);
        assert_eq!(w.clone().after(Outcome::Refused, 31_000), Step::Refused);
        // An edited form is another booking: this text is not it any more.
        assert!(w.is_for(42) && !w.is_for(43));
    }

    #[test]
    fn an_edit_replaces_the_waiting_text_and_keeps_its_place() {
        let w = first_failed("old", 1_000);
        let edited = Request { body: "{\"submission_id\":\"new\"}".into(), fingerprint: 7, ..request("new") };
        let r = w.clone().replaced_by(edited.clone(), 2_000);
        assert_eq!(r.request, edited);
        assert_eq!((r.since_ms, r.failures, r.next_at_ms), (w.since_ms, w.failures, 12_000));
        assert!(!r.request.body.contains("old"));
        // Edited long before it was due: it keeps its time.
        let later = Waiting { next_at_ms: 100_000, ..w };
        assert_eq!(later.replaced_by(edited, 2_000).next_at_ms, 100_000);
    }

    #[test]
    fn kept_as_text() {
        let w = first_failed("1b4e28ba-2fa1-4d2b-9b5e-0a1c2d3e4f50", 5_000);
        assert_eq!(decode_waiting(&encode_waiting(&w), 6_000), Some(w.clone()));
        assert_eq!(decode_waiting(&encode_waiting(&w), 5_000 + DRAFT_MAX_AGE_MS + 1), None, "expired");
        for broken in ["", "v=2", "v=1&id=x", "%%%", &encode_waiting(&w).replace("failures=1", "failures=x")] {
            assert_eq!(decode_waiting(broken, 6_000), None, "{broken}");
        }
    }

    /// The stored text is a format: a booking kept by an earlier visit (another build of the
    /// site) must still be read, and this build writes it the same way.
    #[test]
    fn the_stored_format() {
        const STORED: &str =
            "v=1&id=abc&topic=go&endpoint=https%3A%2F%2Fhooks.example.com%2Fmeetings&type=application%2Fjson\
            &body=%7B%22submission_id%22%3A%22abc%22%2C%22message%22%3A%22Hi+%26+bye+%3D+100%25%22%7D\
            &fingerprint=42&since=5000&failures=1&next=15000";
        let w = first_failed("abc", 5_000);
        assert_eq!(encode_waiting(&w), STORED);
        assert_eq!(decode_waiting(STORED, 6_000), Some(w));
    }

    proptest! {
        /// The gaps never shrink as failures add up (without Retry-After), start at ten
        /// seconds, and never pass five minutes; Retry-After is a floor within that ceiling.
        #[test]
        fn gaps_grow_to_their_ceiling(n in 1u32..10_000, after in proptest::option::of(0u64..10_000_000)) {
            let gap = retry_delay_ms(n, after);
            prop_assert!((FIRST_RETRY_MS..=MAX_RETRY_GAP_MS).contains(&gap));
            prop_assert!(retry_delay_ms(n + 1, None) >= retry_delay_ms(n, None));
            if let Some(after) = after {
                prop_assert!(gap >= after.min(MAX_RETRY_GAP_MS));
            }
        }

        /// Whatever the answers, the id and the request never change while it waits, each
        /// attempt is due later than the one before, and only a 2xx or a refusal ends it.
        #[test]
        fn the_same_request_until_it_ends(
            steps in proptest::collection::vec((proptest::option::of(100u16..600), 0u64..400_000), 1..40),
        ) {
            let mut now = 0;
            let mut waiting = first_failed("same", now);
            for (status, wait) in steps {
                now = waiting.next_at_ms + wait;
                match waiting.clone().after(outcome(status, None), now) {
                    Step::Wait(next) => {
                        let retried = matches!(outcome(status, None), Outcome::Retry { .. });
                        prop_assert!(retried);
                        prop_assert_eq!(&next.request, &waiting.request);
                        prop_assert_eq!(&next.request.submission_id, "same");
                        prop_assert!(next.next_at_ms > now && next.next_at_ms <= now + MAX_RETRY_GAP_MS);
                        prop_assert_eq!(next.failures, waiting.failures + 1);
                        waiting = next;
                    }
                    Step::Delivered => {
                        let sent = matches!(status, Some(200..=299));
                        prop_assert!(sent);
                        break;
                    }
                    Step::Refused => { prop_assert_eq!(outcome(status, None), Outcome::Refused); break; }
                }
                prop_assert_eq!(decode_waiting(&encode_waiting(&waiting), now), Some(waiting.clone()));
            }
        }
    }
}
