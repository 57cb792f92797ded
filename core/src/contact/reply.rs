//! Reading what the booking service answered: the messages of an error reply on
//! their fields, and what to tell the visitor. The web shell parses the reply with
//! the browser's `JSON.parse` and hands over the plain values.

use super::cap_chars;
use super::fields::{Field, FieldError};
use crate::content::CONTACT;

/// At most this many messages are taken from one reply.
const MAX_ERRORS: usize = 20;
/// Each message is cut to this many characters.
const MAX_MESSAGE_CHARS: usize = 300;

/// The messages of a Formspree-style `{"errors":[{"field":…,"message":…}]}` reply, given
/// as each entry's `field` and `message` when they are strings; each with its field
/// (`None` when the field is absent or unknown). Entries without a message are skipped.
pub fn field_errors<'a>(
    entries: impl IntoIterator<Item = (Option<&'a str>, Option<&'a str>)>,
) -> Vec<(Option<Field>, String)> {
    entries
        .into_iter()
        .filter_map(|(field, message)| {
            let message = message?.trim();
            // e.g. a bare {"code":"TYPE_EMAIL"}: nothing to show
            (!message.is_empty())
                .then(|| (field.and_then(|f| Field::from_key(f.trim())), cap_chars(message, MAX_MESSAGE_CHARS)))
        })
        .take(MAX_ERRORS)
        .collect()
}

/// A reply that was not a success, explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The messages for the form's fields, in form order (whatever the reply's), one per field.
    pub errors: Vec<FieldError>,
    /// What the alert says.
    pub why: String,
}

/// Explains a reply with HTTP `status` (not 2xx) and the messages read from it.
pub fn refusal(status: u16, replied: &[(Option<Field>, String)]) -> Refusal {
    let errors: Vec<FieldError> = Field::ALL
        .into_iter()
        .filter_map(|field| {
            let (_, message) = replied.iter().find(|(f, _)| *f == Some(field))?;
            Some(FieldError { field, message: message.clone() })
        })
        .collect();
    let general = replied.iter().find(|(f, _)| f.is_none()).map(|(_, m)| m.as_str());
    let why = if matches!(status, 408 | 429) {
        format!("The booking service is busy (error {status}), so your request was not sent yet.")
    } else if (400..500).contains(&status) && !errors.is_empty() {
        "The booking service could not accept some of the details: please check the messages next to the fields, then try again.".to_owned()
    } else if (400..500).contains(&status) {
        let said = general.map(|m| format!(" It said: “{m}”")).unwrap_or_default();
        format!("The booking service turned the request down (error {status}).{said}")
    } else {
        format!(
            "The booking service had a problem on its side (error {status}), so your request has not gone through yet."
        )
    };
    Refusal { errors, why }
}

/// The alert when no reply came within `timeout_ms`.
pub fn timeout_text(timeout_ms: u32) -> String {
    format!(
        "The booking service did not answer within {} seconds, so we stopped waiting. It may be busy or down; your request may not have arrived.",
        timeout_ms.div_ceil(1000)
    )
}

/// The alert when the service could not be reached at all.
pub const UNREACHABLE_TEXT: &str =
    "We could not reach the booking service. Check your internet connection; if it works, the service may be down.";

/// The alert when the browser gives no random bytes for the submission id: sending
/// under a made-up constant id would mix this booking up with others.
pub fn no_random_text() -> String {
    format!(
        "Your request was not sent: this browser did not give us a random number to tell your booking apart from others. Please try again, use another browser, or write to {}.",
        CONTACT.email
    )
}

/// What the visitor is told under a failure: whether the booking goes out by itself, and
/// whether this browser keeps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    /// Refused: it needs the visitor; the draft stays in this browser.
    Draft,
    /// Waiting in this browser's outbox: sent by itself, on this view or any later one.
    Outbox,
    /// Waiting, but this browser keeps nothing (storage blocked): sent while the page is open.
    PageOnly,
    /// Waiting was given up on: the visitor's edit left the form incomplete.
    Incomplete,
}

impl Kept {
    /// The line under the alert's reason.
    pub fn text(self) -> &'static str {
        match self {
            Kept::Draft => "Everything you typed is still here, and kept in this browser.",
            Kept::Outbox => "We will send it as soon as the booking service can be reached, by itself: it waits in this browser, and goes out even if you close this page and come back later (within 30 days). “Try again” sends it now.",
            Kept::PageOnly => "We will send it as soon as the booking service can be reached, while this page stays open: this browser does not let us keep anything, so please keep this page open until it says your request has been sent.",
            Kept::Incomplete => "Your changes left the form incomplete, so nothing is waiting to be sent: complete it and it goes out by itself.",
        }
    }

    /// Whether a booking waits (so an edit replaces it).
    pub fn waits(self) -> bool {
        self != Kept::Draft
    }
}

/// The alert of a booking found waiting in this browser when the form opens.
pub const STILL_WAITING_TEXT: &str = "Your request has not gone through yet: the booking service could not be reached.";

/// The alert when another tab of the site sent the waiting booking again and it was refused.
pub const REFUSED_ELSEWHERE_TEXT: &str = "The booking service turned this request down when another tab of this site sent it again. Check what you typed, then press “Try again”.";

/// The thank-you on a view without the form, when a waiting booking went through.
pub const OUTBOX_SENT_TEXT: &str =
    "Your meeting request, which was waiting in this browser, has now been sent. We will reply by email to confirm a time.";

/// The alert on a view without the form, when the service refused a waiting booking.
pub const OUTBOX_REFUSED_TEXT: &str =
    "The booking service turned down the meeting request that was waiting in this browser; what you typed is kept in the booking form. ";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::fields::tests::f;
    use proptest::prelude::*;

    #[test]
    fn reads_formspree_errors() {
        // {"errors":[{"code":"TYPE_EMAIL","field":"email","message":"should be an email"},
        //   {"field":"date","message":"  must be later "}, {"field":"phone","message":"unknown field"},
        //   {"message":"Form is disabled"}, {"code":"EMPTY"}, {"field":"name","message":""},
        //   {"field":"name","message":42}, "stray", {"field":7,"message":"bad field type"}]}
        // as the shell hands it over (non-strings as None):
        let entries = [
            (Some("email"), Some("should be an email")),
            (Some("date"), Some("  must be later ")),
            (Some("phone"), Some("unknown field")),
            (None, Some("Form is disabled")),
            (None, None),
            (Some("name"), Some("")),
            (Some("name"), None),
            (None, None),
            (None, Some("bad field type")),
        ];
        assert_eq!(
            field_errors(entries),
            vec![
                (Some(f("email")), "should be an email".to_owned()),
                (Some(f("preferred_date")), "must be later".to_owned()),
                (None, "unknown field".to_owned()),
                (None, "Form is disabled".to_owned()),
                (None, "bad field type".to_owned()),
            ]
        );
        assert_eq!(field_errors([]), vec![], "anything else gives nothing");
    }

    #[test]
    fn caps_count_and_length() {
        let long = "é".repeat(400);
        let errors = field_errors((0..30).map(|_| (Some("message"), Some(long.as_str()))));
        assert_eq!(errors.len(), 20);
        assert!(errors.iter().all(|(field, m)| *field == Some(f("message")) && m.chars().count() == 300));
    }

    #[test]
    fn refusals_put_messages_on_fields_in_form_order() {
        let replied = field_errors([
            (Some("email"), Some("This address bounced.")),
            (Some("name"), Some("Use your legal name.")),
            (Some("name"), Some("A second message for name.")),
        ]);
        let r = refusal(422, &replied);
        let fields: Vec<Field> = r.errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, [f("name"), f("email")]);
        assert_eq!(r.errors.first().map(|e| e.message.as_str()), Some("Use your legal name."));
        assert!(r.why.contains("check the messages next to the fields"));

        let general = field_errors([(None, Some("Submissions are closed this week."))]);
        let r = refusal(400, &general);
        assert_eq!(r.errors, vec![]);
        assert_eq!(
            r.why,
            "The booking service turned the request down (error 400). It said: “Submissions are closed this week.”"
        );
        assert_eq!(refusal(403, &[]).why, "The booking service turned the request down (error 403).");
        assert!(refusal(500, &[]).why.contains("problem on its side (error 500)"));
        assert!(refusal(429, &[]).why.contains("busy (error 429)") && refusal(408, &[]).why.contains("busy"));
    }

    #[test]
    fn other_texts() {
        assert!(timeout_text(1500).contains("within 2 seconds"));
        assert!(timeout_text(15_000).contains("within 15 seconds"));
        assert!(UNREACHABLE_TEXT.contains("could not reach the booking service"));
        assert!(no_random_text().contains("not sent") && no_random_text().contains(CONTACT.email));
        assert!(Kept::Outbox.text().contains("as soon as") && Kept::Outbox.text().contains("by itself"));
        assert!(Kept::PageOnly.text().contains("keep this page open"));
        assert!(Kept::Outbox.waits() && Kept::PageOnly.waits() && Kept::Incomplete.waits() && !Kept::Draft.waits());
    }

    proptest! {
        #[test]
        fn carries_any_message(field in "[a-z_]{0,16}", message in any::<String>()) {
            let expected: Vec<(Option<Field>, String)> = if message.trim().is_empty() {
                vec![]
            } else {
                vec![(Field::from_key(&field), cap_chars(message.trim(), MAX_MESSAGE_CHARS))]
            };
            prop_assert_eq!(field_errors([(Some(field.as_str()), Some(message.as_str()))]), expected);
        }
    }
}
