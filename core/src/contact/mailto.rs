//! The fallback when no endpoint is configured: a `mailto:` link carrying every field.

use super::fields::{Draft, Field, Input, Topic};
use super::payload::QuizSummary;

/// Shown for a field the visitor left empty.
const NOT_GIVEN: &str = "(not given)";

/// A `mailto:` URL to `to` whose subject names the topic and whose body lists every
/// field by its label, in form order.
pub fn mailto_href(to: &str, draft: &Draft, quiz: Option<&QuizSummary>) -> String {
    let mut body = String::new();
    for field in Field::ALL {
        let value = match field.spec().input {
            Input::Topic => draft.topic().label(),
            _ => or_not_given(draft.get(field)),
        };
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(field.label());
        // Long text may span lines, so it starts on its own.
        body.push_str(if field.spec().input == Input::LongText { ":\n" } else { ": " });
        body.push_str(value);
    }
    if let Some(quiz) = quiz {
        let recommendation = match Topic::from_id(&quiz.recommendation) {
            Some(topic) => topic.label(),
            None => quiz.recommendation.as_str(),
        };
        body.push_str("\n\nQuestionnaire recommendation: ");
        body.push_str(recommendation);
    }
    let mut href = String::from("mailto:");
    encode_mailto(&mut href, to.trim(), true);
    href.push_str("?subject=");
    encode_mailto(&mut href, "Book a meeting: ", false);
    encode_mailto(&mut href, draft.topic().label(), false);
    href.push_str("&body=");
    encode_mailto(&mut href, &body, false);
    href
}

fn or_not_given(value: &str) -> &str {
    let value = value.trim();
    if value.is_empty() {
        NOT_GIVEN
    } else {
        value
    }
}

/// Appends `text` encoded for a `mailto:` URL (RFC 6068): letters, digits and `-_.` as
/// they are (and `@` in the address), a space as `%20` (mail clients show `+` literally),
/// every line break as CRLF (`%0D%0A`) whatever the visitor's platform typed, and every
/// other byte as `%XX`.
fn encode_mailto(out: &mut String, text: &str, address: bool) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => out.push(char::from(b)),
            b'@' if address => out.push('@'),
            b'\r' | b'\n' => {
                // "\r\n" is one break: its "\r" is written with the "\n".
                if !(b == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
                    out.push_str("%0D%0A");
                }
            }
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::fields::tests::{self as fields, f};
    use crate::urlcode::decode_component;

    fn draft() -> Draft {
        fields::draft(&[
            ("name", "Ada Lovelace"),
            ("email", "ada+work@example.com"),
            ("company", "Analytical & Co"),
            ("topic", "python"),
            ("preferred_date", "2025-07-01"),
            ("message", "Line one\nLine two: 100% *sure*?"),
        ])
    }

    /// The decoded `subject` and `body` of a href.
    fn parts(href: &str) -> (String, String) {
        let query = href.split_once('?').map_or("", |(_, q)| q);
        let mut subject = String::new();
        let mut body = String::new();
        for pair in query.split('&') {
            match pair.split_once('=') {
                Some(("subject", v)) => subject = decode_component(v),
                Some(("body", v)) => body = decode_component(v),
                _ => {}
            }
        }
        (subject, body)
    }

    #[test]
    fn exact_href() {
        let quiz = QuizSummary { recommendation: "go".into(), answers: vec![] };
        assert_eq!(
            mailto_href("hello@amela.tech", &draft(), Some(&quiz)),
            concat!(
                "mailto:hello@amela.tech?subject=Book%20a%20meeting%3A%20Python",
                "&body=Full%20name%3A%20Ada%20Lovelace%0D%0A",
                "Email%20address%3A%20ada%2Bwork%40example.com%0D%0A",
                "Company%3A%20Analytical%20%26%20Co%0D%0A",
                "Topic%3A%20Python%0D%0A",
                "Preferred%20date%3A%202025-07-01%0D%0A",
                "Message%3A%0D%0ALine%20one%0D%0ALine%20two%3A%20100%25%20%2Asure%2A%3F%0D%0A",
                "%0D%0AQuestionnaire%20recommendation%3A%20Golang",
            )
        );
    }

    #[test]
    fn body_contains_every_field() {
        let quiz = QuizSummary { recommendation: "both".into(), answers: vec![] };
        let href = mailto_href("hello@amela.tech", &draft(), Some(&quiz));
        assert!(!href.contains('+') && !href.contains(' ') && !href.contains('\n'));
        let (subject, body) = parts(&href);
        assert_eq!(subject, "Book a meeting: Python");
        for expected in [
            "Full name: Ada Lovelace",
            "Email address: ada+work@example.com",
            "Company: Analytical & Co",
            "Topic: Python",
            "Preferred date: 2025-07-01",
            "Message:\r\nLine one\r\nLine two: 100% *sure*?",
            "Questionnaire recommendation: Both / not sure",
        ] {
            assert!(body.contains(expected), "{expected:?} missing from {body:?}");
        }
    }

    #[test]
    fn empty_fields_are_still_listed() {
        let href = mailto_href("hello@amela.tech", &Draft::default(), None);
        let (subject, body) = parts(&href);
        assert_eq!(subject, "Book a meeting: Both / not sure");
        assert_eq!(
            body,
            "Full name: (not given)\r\nEmail address: (not given)\r\nCompany: (not given)\r\n\
             Topic: Both / not sure\r\nPreferred date: (not given)\r\nMessage:\r\n(not given)"
        );
        assert!(!body.contains("Questionnaire"));
    }

    #[test]
    fn line_breaks_become_crlf_whatever_was_typed() {
        for typed in ["a\nb", "a\r\nb", "a\rb"] {
            let href = mailto_href("hello@amela.tech", &draft().with(f("message"), typed), None);
            assert!(href.contains("Message%3A%0D%0Aa%0D%0Ab"), "{typed:?}: {href}");
        }
        let href = mailto_href("hello@amela.tech", &draft().with(f("message"), "a\r\n\r\nb"), None);
        assert!(href.contains("%0D%0Aa%0D%0A%0D%0Ab"), "{href}");
    }

    #[test]
    fn hostile_text_cannot_add_headers() {
        let hostile = draft().with(f("name"), "x&cc=victim@example.com?bcc=a\r\nSubject: spam");
        let href = mailto_href("hello@amela.tech", &hostile, None);
        assert_eq!(href.matches('&').count(), 1, "{href}");
        assert_eq!(href.matches('?').count(), 1, "{href}");
        assert!(parts(&href).1.contains("Full name: x&cc=victim@example.com?bcc=a\r\nSubject: spam"));
    }
}
