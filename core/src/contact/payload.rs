//! The booking as it goes on the wire: a tree of plain values in the contract's key
//! order, which the web shell writes with the browser's `JSON.stringify`, or flattens
//! to bracketed keys (`quiz[answers][team]`) for an urlencoded body.

use super::attribution::Attribution;
use super::fields::{Draft, Field, Topic};
use crate::quiz;
use crate::urlcode::parse_query;

/// The questionnaire's outcome, carried into the booking.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuizSummary {
    /// `go`, `python` or `both`.
    pub recommendation: String,
    /// (question id, option id), in question order.
    pub answers: Vec<(String, String)>,
}

impl QuizSummary {
    /// The answers with repeated question ids dropped (first wins), so keys stay unique.
    fn unique_answers(&self) -> impl Iterator<Item = &(String, String)> {
        self.answers
            .iter()
            .enumerate()
            .filter(|(i, (question, _))| !self.answers.iter().take(*i).any(|(earlier, _)| earlier == question))
            .map(|(_, answer)| answer)
    }

    /// The label of the recommendation ("Go", …), for the banner above the form.
    pub fn label(&self) -> Option<&'static str> {
        quiz::Recommendation::from_id(&self.recommendation).map(|r| r.label())
    }
}

/// What a visitor arriving on `/contact?topic=go&workload=…` brings: the topic to
/// preselect (the `topic` parameter, else the result's recommendation) and a finished
/// questionnaire's result, which travels with the booking.
pub fn arrival(query: &str) -> (Option<Topic>, Option<QuizSummary>) {
    let topic = parse_query(query).into_iter().find(|(k, _)| k == "topic").and_then(|(_, v)| Topic::from_id(&v));
    let summary = quiz::complete(&quiz::from_query(query).answers).map(|done| QuizSummary {
        recommendation: quiz::recommend(&done).id().to_owned(),
        answers: quiz::QUESTIONS
            .iter()
            .zip(done.iter())
            .filter_map(|(q, &c)| Some((q.id.to_owned(), q.choices.get(usize::from(c))?.id.to_owned())))
            .collect(),
    });
    let topic = topic.or_else(|| summary.as_ref().and_then(|s| Topic::from_id(&s.recommendation)));
    (topic, summary)
}

/// Everything sent for one booking; the shell supplies the clock, timezone and id.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Submission {
    /// What the visitor typed.
    pub draft: Draft,
    /// The questionnaire's result, if the visitor came from it.
    pub quiz: Option<QuizSummary>,
    /// The page the form was sent from.
    pub source_url: String,
    /// RFC 3339 time of sending.
    pub submitted_at: String,
    /// IANA timezone name from the browser.
    pub timezone: String,
    /// Random UUID, reused when the same message is retried.
    pub submission_id: String,
    /// Where the visitor came from.
    pub attribution: Attribution,
}

/// A value of the payload: text, `null`, or an object with its keys in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    Text(&'a str),
    Null,
    Object(Vec<(&'a str, Value<'a>)>),
}

impl<'a> Value<'a> {
    fn optional(value: Option<&'a str>) -> Value<'a> {
        value.map_or(Value::Null, Value::Text)
    }

    /// The value under `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(pairs) => pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a text value.
    pub fn as_text(&self) -> Option<&'a str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }
}

impl Submission {
    /// The payload: every field under its wire key in form order, then `quiz`, the
    /// page, time, timezone and id, then `attribution`.
    pub fn to_value(&self) -> Value<'_> {
        let mut body: Vec<(&str, Value)> =
            Field::ALL.into_iter().map(|f| (f.key(), Value::optional(self.draft.wire(f)))).collect();
        let quiz = self.quiz.as_ref().map_or(Value::Null, |quiz| {
            let answers = quiz.unique_answers().map(|(q, option)| (q.as_str(), Value::Text(option))).collect();
            Value::Object(vec![
                ("recommendation", Value::Text(&quiz.recommendation)),
                ("answers", Value::Object(answers)),
            ])
        });
        body.push(("quiz", quiz));
        body.push(("source_url", Value::Text(&self.source_url)));
        body.push(("submitted_at", Value::Text(&self.submitted_at)));
        body.push(("timezone", Value::Text(&self.timezone)));
        body.push(("submission_id", Value::Text(&self.submission_id)));
        let attribution = self.attribution.entries().into_iter().map(|(k, v)| (k, Value::optional(v))).collect();
        body.push(("attribution", Value::Object(attribution)));
        Value::Object(body)
    }
}

/// The pairs of an `application/x-www-form-urlencoded` body for `value`: nested keys
/// in bracket form (`attribution[utm_source]`), `null` as an empty string, in order.
pub fn form_pairs<'a>(value: &Value<'a>) -> Vec<(String, &'a str)> {
    fn walk<'a>(key: String, value: &Value<'a>, out: &mut Vec<(String, &'a str)>) {
        match value {
            Value::Text(text) => out.push((key, text)),
            Value::Null => out.push((key, "")),
            Value::Object(pairs) => {
                for (k, v) in pairs {
                    let nested = if key.is_empty() { (*k).to_owned() } else { format!("{key}[{k}]") };
                    walk(nested, v, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(String::new(), value, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::fields::tests::{draft, f};
    use crate::urlcode::{build_query, parse_query};
    use proptest::prelude::*;

    /// Compact JSON as the browser's `JSON.stringify` writes it (which the shell uses).
    fn json(value: &Value) -> String {
        fn string(out: &mut String, s: &str) {
            out.push('"');
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    '\u{8}' => out.push_str("\\b"),
                    '\u{c}' => out.push_str("\\f"),
                    c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        fn write(out: &mut String, value: &Value) {
            match value {
                Value::Text(text) => string(out, text),
                Value::Null => out.push_str("null"),
                Value::Object(pairs) => {
                    out.push('{');
                    for (i, (k, v)) in pairs.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        string(out, k);
                        out.push(':');
                        write(out, v);
                    }
                    out.push('}');
                }
            }
        }
        let mut out = String::new();
        write(&mut out, value);
        out
    }

    fn to_json(s: &Submission) -> String {
        json(&s.to_value())
    }

    fn to_form_urlencoded(s: &Submission) -> String {
        let value = s.to_value();
        let pairs = form_pairs(&value);
        build_query(pairs.iter().map(|(k, v)| (k.as_str(), *v)))
    }

    fn full() -> Submission {
        Submission {
            draft: draft(&[
                ("name", "  Nguyễn Văn An "),
                ("email", " an@example.vn\n"),
                ("company", "Amela"),
                ("topic", "go"),
                ("preferred_date", "2025-07-01"),
                ("message", "\n  Hi!\nWe need \"fast\" APIs & 50% less latency.  \n"),
            ]),
            quiz: Some(QuizSummary {
                recommendation: "go".into(),
                answers: vec![("workload".into(), "api".into()), ("team".into(), "python_team".into())],
            }),
            source_url: "https://amela.tech/showdown#contact".into(),
            submitted_at: "2025-06-15T09:30:00+07:00".into(),
            timezone: "Asia/Ho_Chi_Minh".into(),
            submission_id: "0f8fad5b-d9cb-469f-a165-70867728950e".into(),
            attribution: Attribution {
                utm_source: Some("linkedin".into()),
                utm_campaign: Some("go vs py".into()),
                referrer: Some("https://www.linkedin.com/".into()),
                landing_page: Some("https://amela.tech/?utm_source=linkedin".into()),
                ..Attribution::default()
            },
        }
    }

    fn minimal() -> Submission {
        Submission {
            draft: draft(&[("name", "Ada"), ("email", "ada@example.com")]),
            quiz: None,
            source_url: "https://amela.tech/contact".into(),
            submitted_at: "2025-06-15T02:30:00Z".into(),
            timezone: "UTC".into(),
            submission_id: "1b4e28ba-2fa1-41d2-883f-0016d3cca427".into(),
            attribution: Attribution::default(),
        }
    }

    #[test]
    fn full_submission_as_json() {
        assert_eq!(
            to_json(&full()),
            concat!(
                r#"{"name":"Nguyễn Văn An","email":"an@example.vn","company":"Amela","#,
                r#""topic":"go","preferred_date":"2025-07-01","#,
                r#""message":"Hi!\nWe need \"fast\" APIs & 50% less latency.","#,
                r#""quiz":{"recommendation":"go","answers":{"workload":"api","team":"python_team"}},"#,
                r#""source_url":"https://amela.tech/showdown#contact","#,
                r#""submitted_at":"2025-06-15T09:30:00+07:00","timezone":"Asia/Ho_Chi_Minh","#,
                r#""submission_id":"0f8fad5b-d9cb-469f-a165-70867728950e","#,
                r#""attribution":{"utm_source":"linkedin","utm_medium":null,"#,
                r#""utm_campaign":"go vs py","utm_term":null,"utm_content":null,"gclid":null,"#,
                r#""fbclid":null,"referrer":"https://www.linkedin.com/","#,
                r#""landing_page":"https://amela.tech/?utm_source=linkedin"}}"#,
            )
        );
    }

    #[test]
    fn minimal_submission_as_json() {
        assert_eq!(
            to_json(&minimal()),
            concat!(
                r#"{"name":"Ada","email":"ada@example.com","company":"","topic":"both","#,
                r#""preferred_date":null,"message":"","quiz":null,"#,
                r#""source_url":"https://amela.tech/contact","submitted_at":"2025-06-15T02:30:00Z","#,
                r#""timezone":"UTC","submission_id":"1b4e28ba-2fa1-41d2-883f-0016d3cca427","#,
                r#""attribution":{"utm_source":null,"utm_medium":null,"utm_campaign":null,"#,
                r#""utm_term":null,"utm_content":null,"gclid":null,"fbclid":null,"#,
                r#""referrer":null,"landing_page":null}}"#,
            )
        );
    }

    #[test]
    fn full_submission_as_form() {
        assert_eq!(
            to_form_urlencoded(&full()),
            concat!(
                "name=Nguy%E1%BB%85n+V%C4%83n+An&email=an%40example.vn&company=Amela&topic=go",
                "&preferred_date=2025-07-01",
                "&message=Hi%21%0AWe+need+%22fast%22+APIs+%26+50%25+less+latency.",
                "&quiz%5Brecommendation%5D=go&quiz%5Banswers%5D%5Bworkload%5D=api",
                "&quiz%5Banswers%5D%5Bteam%5D=python_team",
                "&source_url=https%3A%2F%2Famela.tech%2Fshowdown%23contact",
                "&submitted_at=2025-06-15T09%3A30%3A00%2B07%3A00&timezone=Asia%2FHo_Chi_Minh",
                "&submission_id=0f8fad5b-d9cb-469f-a165-70867728950e",
                "&attribution%5Butm_source%5D=linkedin&attribution%5Butm_medium%5D=",
                "&attribution%5Butm_campaign%5D=go+vs+py&attribution%5Butm_term%5D=",
                "&attribution%5Butm_content%5D=&attribution%5Bgclid%5D=",
                "&attribution%5Bfbclid%5D=&attribution%5Breferrer%5D=https%3A%2F%2Fwww.linkedin.com%2F",
                "&attribution%5Blanding_page%5D=https%3A%2F%2Famela.tech%2F%3Futm_source%3Dlinkedin",
            )
        );
    }

    #[test]
    fn minimal_submission_as_form() {
        assert_eq!(
            to_form_urlencoded(&minimal()),
            concat!(
                "name=Ada&email=ada%40example.com&company=&topic=both&preferred_date=&message=",
                "&quiz=&source_url=https%3A%2F%2Famela.tech%2Fcontact",
                "&submitted_at=2025-06-15T02%3A30%3A00Z&timezone=UTC",
                "&submission_id=1b4e28ba-2fa1-41d2-883f-0016d3cca427",
                "&attribution%5Butm_source%5D=&attribution%5Butm_medium%5D=",
                "&attribution%5Butm_campaign%5D=&attribution%5Butm_term%5D=",
                "&attribution%5Butm_content%5D=&attribution%5Bgclid%5D=",
                "&attribution%5Bfbclid%5D=&attribution%5Breferrer%5D=",
                "&attribution%5Blanding_page%5D=",
            )
        );
    }

    #[test]
    fn hostile_text_is_carried_exactly() {
        // The browser's JSON.stringify escapes; the payload itself holds the text as typed (trimmed).
        let hostile = "<img src=x onerror=alert(1)>";
        let tricky = "quote\" back\\slash\nnewline\u{0}\u{1f}\u{2028}end";
        let mut submission = minimal();
        submission.draft.set(f("name"), hostile);
        submission.draft.set(f("message"), tricky);
        submission.quiz =
            Some(QuizSummary { recommendation: "go".into(), answers: vec![("a\"}".into(), "</script>".into())] });
        let value = submission.to_value();
        assert_eq!(value.get("name").and_then(Value::as_text), Some(hostile));
        assert_eq!(value.get("message").and_then(Value::as_text), Some(tricky));
        let answer = value.get("quiz").and_then(|q| q.get("answers")).and_then(|a| a.get("a\"}"));
        assert_eq!(answer.and_then(Value::as_text), Some("</script>"));
        let form = parse_query(&to_form_urlencoded(&submission));
        assert!(form.contains(&("name".to_owned(), hostile.to_owned())));
        assert!(form.contains(&("quiz[answers][a\"}]".to_owned(), "</script>".to_owned())));
    }

    #[test]
    fn repeated_answers_keep_the_first() {
        let mut submission = minimal();
        submission.quiz = Some(QuizSummary {
            recommendation: "python".into(),
            answers: vec![("q".into(), "a".into()), ("q".into(), "b".into())],
        });
        assert!(to_json(&submission).contains(r#""answers":{"q":"a"}"#));
        let form = to_form_urlencoded(&submission);
        assert!(form.contains("quiz%5Banswers%5D%5Bq%5D=a&source_url"), "{form}");
    }

    #[test]
    fn arriving_from_the_questionnaire() {
        let answers = [
            ("workload", "network"),
            ("performance", "critical"),
            ("concurrency", "high"),
            ("time_to_market", "long_term"),
            ("team", "go"),
            ("libraries", "none"),
            ("deployment", "binary"),
            ("resources", "tight"),
        ];
        let query = format!("?{}", build_query(answers));
        let (topic, summary) = arrival(&query);
        assert_eq!(topic, Some(Topic::Go), "the recommendation, when no topic is given");
        let summary = summary.unwrap_or_default();
        assert_eq!(summary.recommendation, "go");
        let expected: Vec<(String, String)> = answers.iter().map(|(q, a)| ((*q).to_owned(), (*a).to_owned())).collect();
        assert_eq!(summary.answers, expected, "in question order");
        assert_eq!(summary.label(), Some(crate::quiz::Recommendation::Go.label()));
        assert_eq!(arrival(&format!("{query}&topic=python")).0, Some(Topic::Python), "an explicit topic wins");
        assert_eq!(arrival("?topic=go"), (Some(Topic::Go), None), "a topic alone carries no result");
        assert_eq!(arrival("?topic=rust&workload=network"), (None, None), "unfinished or unknown: nothing");
        assert_eq!(arrival(""), (None, None));
    }

    proptest! {
        #[test]
        fn any_submission_carries_its_values(
            name in any::<String>(),
            message in any::<String>(),
            question in any::<String>(),
            option in any::<String>(),
            landing in any::<String>(),
        ) {
            let mut submission = minimal();
            submission.draft.set(f("name"), name.clone());
            submission.draft.set(f("message"), message.clone());
            submission.quiz = Some(QuizSummary {
                recommendation: "both".into(),
                answers: vec![(question.clone(), option.clone())],
            });
            submission.attribution.landing_page = Some(landing.clone());
            let value = submission.to_value();
            prop_assert_eq!(value.get("name").and_then(Value::as_text), Some(name.trim()));
            prop_assert_eq!(value.get("message").and_then(Value::as_text), Some(message.trim()));
            let answers = value.get("quiz").and_then(|q| q.get("answers"));
            prop_assert_eq!(answers.and_then(|a| a.get(&question)).and_then(Value::as_text), Some(option.as_str()));
            let landing_page = value.get("attribution").and_then(|a| a.get("landing_page"));
            prop_assert_eq!(landing_page.and_then(Value::as_text), Some(landing.as_str()));

            let form = parse_query(&to_form_urlencoded(&submission));
            prop_assert_eq!(form.first().map(|p| p.1.as_str()), Some(name.trim()));
            let answer_key = format!("quiz[answers][{question}]");
            prop_assert!(form.iter().any(|(k, v)| *k == answer_key && *v == option));
        }
    }
}
