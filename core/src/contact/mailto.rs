//! The fallback when no endpoint is configured: a `mailto:` link carrying every field.

use super::form::{Draft, Field, Topic};
use super::payload::QuizSummary;
use crate::urlcode::encode_component;

/// Shown for a field the visitor left empty.
const NOT_GIVEN: &str = "(not given)";

/// A `mailto:` URL to `to` whose subject names the topic and whose body lists every field.
pub fn mailto_href(to: &str, draft: &Draft, quiz: Option<&QuizSummary>) -> String {
    let subject = format!("Book a meeting: {}", draft.topic.label());
    let labelled = |field: Field, value: &str| format!("{}: {}", field.label(), or_not_given(value));
    let mut lines = vec![
        labelled(Field::Name, &draft.name),
        labelled(Field::Email, &draft.email),
        labelled(Field::Company, &draft.company),
        labelled(Field::Topic, draft.topic.label()),
        labelled(Field::PreferredDate, &draft.preferred_date),
        // The message may span lines, so it starts on its own.
        format!("{}:", Field::Message.label()),
        or_not_given(&draft.message).to_owned(),
    ];
    if let Some(quiz) = quiz {
        let recommendation = match Topic::from_id(&quiz.recommendation) {
            Some(topic) => topic.label(),
            None => quiz.recommendation.as_str(),
        };
        lines.push(String::new());
        lines.push(format!("Questionnaire recommendation: {recommendation}"));
    }
    let body = lines.join("\n");
    let address: Vec<String> = to.trim().split('@').map(encode_mailto).collect();
    format!("mailto:{}?subject={}&body={}", address.join("@"), encode_mailto(&subject), encode_mailto(&crlf(&body)))
}

fn or_not_given(value: &str) -> &str {
    let value = value.trim();
    if value.is_empty() {
        NOT_GIVEN
    } else {
        value
    }
}

/// RFC 6068 wants line breaks as CRLF, whatever the visitor's platform typed.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n")
}

/// RFC 6068 component encoding: like a form component, but a space is `%20`
/// (mail clients show `+` literally). `encode_component` writes a real `+` as
/// `%2B`, so every `+` in its output stands for a space.
fn encode_mailto(text: &str) -> String {
    encode_component(text).replace('+', "%20").replace('*', "%2A")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::urlcode::decode_component;

    fn draft() -> Draft {
        Draft {
            name: "Ada Lovelace".into(),
            email: "ada+work@example.com".into(),
            company: "Analytical & Co".into(),
            topic: Topic::Python,
            preferred_date: "2025-07-01".into(),
            message: "Line one\nLine two: 100% *sure*?".into(),
        }
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
    fn hostile_text_cannot_add_headers() {
        let hostile = Draft { name: "x&cc=victim@example.com?bcc=a\r\nSubject: spam".into(), ..draft() };
        let href = mailto_href("hello@amela.tech", &hostile, None);
        assert_eq!(href.matches('&').count(), 1, "{href}");
        assert_eq!(href.matches('?').count(), 1, "{href}");
        assert!(parts(&href).1.contains("Full name: x&cc=victim@example.com?bcc=a\r\nSubject: spam"));
    }
}
