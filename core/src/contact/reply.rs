//! Reading a receiver's error reply so each message lands on its field.

use super::cap_chars;
use super::form::Field;
use super::json::{parse, Json};

/// At most this many messages are taken from one reply.
const MAX_ERRORS: usize = 20;
/// Each message is cut to this many characters.
const MAX_MESSAGE_CHARS: usize = 300;

/// The messages of a Formspree-style `{"errors":[{"field":…,"message":…}]}` reply,
/// each with its field (`None` when the field is absent or unknown). Anything else
/// gives an empty list.
pub fn parse_field_errors(body: &str) -> Vec<(Option<Field>, String)> {
    let reply = parse(body);
    let errors = reply.as_ref().and_then(|reply| reply.get("errors")).and_then(Json::as_array);
    errors.unwrap_or_default().iter().filter_map(field_error).take(MAX_ERRORS).collect()
}

fn field_error(entry: &Json) -> Option<(Option<Field>, String)> {
    let message = entry.get("message")?.as_str()?.trim();
    if message.is_empty() {
        return None; // e.g. a bare {"code":"TYPE_EMAIL"}: nothing to show
    }
    let field = entry.get("field").and_then(Json::as_str).and_then(|f| Field::from_id(f.trim()));
    Some((field, cap_chars(message, MAX_MESSAGE_CHARS)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_formspree_errors() {
        let body = r#"{"errors":[
            {"code":"TYPE_EMAIL","field":"email","message":"should be an email"},
            {"field":"date","message":"  must be later "},
            {"field":"phone","message":"unknown field"},
            {"message":"Form is disabled"},
            {"code":"EMPTY"},
            {"field":"name","message":""},
            {"field":"name","message":42},
            "stray",
            {"field":7,"message":"bad field type"}
        ]}"#;
        assert_eq!(
            parse_field_errors(body),
            vec![
                (Some(Field::Email), "should be an email".to_owned()),
                (Some(Field::PreferredDate), "must be later".to_owned()),
                (None, "unknown field".to_owned()),
                (None, "Form is disabled".to_owned()),
                (None, "bad field type".to_owned()),
            ]
        );
    }

    #[test]
    fn anything_else_gives_nothing() {
        for body in [
            "",
            "<html>502 Bad Gateway</html>",
            "{\"error\":\"Not found\"}",
            "{\"errors\":\"nope\"}",
            "{\"errors\":{\"field\":\"email\",\"message\":\"x\"}}",
            "[{\"field\":\"email\",\"message\":\"x\"}]",
            "{\"errors\":[{\"field\":\"email\",\"message\":\"x\"}]",
        ] {
            assert_eq!(parse_field_errors(body), vec![], "{body:?}");
        }
    }

    #[test]
    fn caps_count_and_length() {
        let long = "é".repeat(400);
        let entries: Vec<String> = (0..30).map(|_| format!(r#"{{"field":"message","message":"{long}"}}"#)).collect();
        let body = format!(r#"{{"errors":[{}]}}"#, entries.join(","));
        let errors = parse_field_errors(&body);
        assert_eq!(errors.len(), 20);
        assert!(errors.iter().all(|(field, m)| *field == Some(Field::Message) && m.chars().count() == 300));
    }

    proptest! {
        #[test]
        fn never_panics(body in any::<String>()) {
            let errors = parse_field_errors(&body);
            prop_assert!(errors.len() <= MAX_ERRORS);
        }

        #[test]
        fn carries_any_message(field in "[a-z_]{0,16}", message in any::<String>()) {
            let mut body = String::from(r#"{"errors":[{"field":"#);
            crate::contact::json::write_string(&mut body, &field);
            body.push_str(r#","message":"#);
            crate::contact::json::write_string(&mut body, &message);
            body.push_str("}]}");
            let expected: Vec<(Option<Field>, String)> = if message.trim().is_empty() {
                vec![]
            } else {
                vec![(Field::from_id(&field), cap_chars(message.trim(), MAX_MESSAGE_CHARS))]
            };
            prop_assert_eq!(parse_field_errors(&body), expected);
        }
    }
}
