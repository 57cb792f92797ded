//! The booking as it goes on the wire: JSON, or urlencoded with bracketed keys.

use super::attribution::Attribution;
use super::form::Draft;
use super::json::Json;
use crate::urlcode::build_query;

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

/// A wire value before it is written out as JSON or a form pair.
enum Wire<'a> {
    Text(&'a str),
    Null,
}

impl<'a> Wire<'a> {
    fn optional(value: Option<&'a str>) -> Wire<'a> {
        value.map_or(Wire::Null, Wire::Text)
    }

    fn to_json(&self) -> Json {
        match self {
            Wire::Text(text) => Json::String((*text).to_owned()),
            Wire::Null => Json::Null,
        }
    }

    fn as_form_value(&self) -> &'a str {
        match self {
            Wire::Text(text) => text,
            Wire::Null => "",
        }
    }
}

/// The flat keys before `quiz`, in wire order, with the values as sent.
fn leading_fields(s: &Submission) -> [(&'static str, Wire<'_>); 6] {
    let d = &s.draft;
    let date = d.preferred_date.trim();
    [
        ("name", Wire::Text(d.name.trim())),
        ("email", Wire::Text(d.email.trim())),
        ("company", Wire::Text(d.company.trim())),
        ("topic", Wire::Text(d.topic.id())),
        ("preferred_date", if date.is_empty() { Wire::Null } else { Wire::Text(date) }),
        ("message", Wire::Text(d.message.trim())),
    ]
}

/// The flat keys after `quiz`, in wire order.
fn trailing_fields(s: &Submission) -> [(&'static str, Wire<'_>); 4] {
    [
        ("source_url", Wire::Text(&s.source_url)),
        ("submitted_at", Wire::Text(&s.submitted_at)),
        ("timezone", Wire::Text(&s.timezone)),
        ("submission_id", Wire::Text(&s.submission_id)),
    ]
}

/// The JSON body: compact, keys in the contract's order.
pub fn to_json(s: &Submission) -> String {
    let flat = |fields: &[(&'static str, Wire)]| -> Vec<(String, Json)> {
        fields.iter().map(|(key, value)| ((*key).to_owned(), value.to_json())).collect()
    };
    let quiz = s.quiz.as_ref().map_or(Json::Null, |quiz| {
        let answers =
            quiz.unique_answers().map(|(question, option)| (question.clone(), Json::String(option.clone()))).collect();
        Json::Object(vec![
            ("recommendation".to_owned(), Json::String(quiz.recommendation.clone())),
            ("answers".to_owned(), Json::Object(answers)),
        ])
    });
    let attribution =
        s.attribution.entries().iter().map(|&(key, value)| (key.to_owned(), Wire::optional(value).to_json())).collect();
    let mut body = flat(&leading_fields(s));
    body.push(("quiz".to_owned(), quiz));
    body.extend(flat(&trailing_fields(s)));
    body.push(("attribution".to_owned(), Json::Object(attribution)));
    Json::Object(body).stringify()
}

/// The `application/x-www-form-urlencoded` body: the same keys, nested ones in
/// bracket form, null as an empty string.
pub fn to_form_urlencoded(s: &Submission) -> String {
    fn flat<'a>(pairs: &mut Vec<(String, &'a str)>, fields: &[(&'static str, Wire<'a>)]) {
        for (key, value) in fields {
            pairs.push(((*key).to_owned(), value.as_form_value()));
        }
    }
    let mut pairs: Vec<(String, &str)> = Vec::new();
    flat(&mut pairs, &leading_fields(s));
    match &s.quiz {
        None => pairs.push(("quiz".to_owned(), "")),
        Some(quiz) => {
            pairs.push(("quiz[recommendation]".to_owned(), &quiz.recommendation));
            for (question, option) in quiz.unique_answers() {
                pairs.push((format!("quiz[answers][{question}]"), option));
            }
        }
    }
    flat(&mut pairs, &trailing_fields(s));
    for (key, value) in s.attribution.entries() {
        pairs.push((format!("attribution[{key}]"), Wire::optional(value).as_form_value()));
    }
    build_query(pairs.iter().map(|(key, value)| (key.as_str(), *value)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::json::parse;
    use crate::contact::Topic;
    use crate::urlcode::parse_query;
    use proptest::prelude::*;

    fn full() -> Submission {
        Submission {
            draft: Draft {
                name: "  Nguyễn Văn An ".into(),
                email: " an@example.vn\n".into(),
                company: "Amela".into(),
                topic: Topic::Go,
                preferred_date: "2025-07-01".into(),
                message: "\n  Hi!\nWe need \"fast\" APIs & 50% less latency.  \n".into(),
            },
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
            draft: Draft { name: "Ada".into(), email: "ada@example.com".into(), ..Draft::default() },
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
    fn hostile_text_survives_json_exactly() {
        let hostile = "<img src=x onerror=alert(1)>";
        let tricky = "quote\" back\\slash\nnewline\u{0}\u{1f}\u{2028}end";
        let mut submission = minimal();
        submission.draft.name = hostile.into();
        submission.draft.message = tricky.into();
        submission.quiz =
            Some(QuizSummary { recommendation: "go".into(), answers: vec![("a\"}".into(), "</script>".into())] });
        let body = to_json(&submission);
        assert!(body.contains(hostile), "kept literal, not \\u003c");
        let parsed = parse(&body);
        let get = |key: &str| parsed.as_ref().and_then(|p| p.get(key)).and_then(Json::as_str);
        assert_eq!(get("name"), Some(hostile));
        assert_eq!(get("message"), Some(tricky));
        let answer = parsed
            .as_ref()
            .and_then(|p| p.get("quiz"))
            .and_then(|q| q.get("answers"))
            .and_then(|a| a.get("a\"}"))
            .and_then(Json::as_str);
        assert_eq!(answer, Some("</script>"));
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

    proptest! {
        #[test]
        fn any_submission_is_valid_json_with_its_values(
            name in any::<String>(),
            message in any::<String>(),
            question in any::<String>(),
            option in any::<String>(),
            landing in any::<String>(),
        ) {
            let mut submission = minimal();
            submission.draft.name = name.clone();
            submission.draft.message = message.clone();
            submission.quiz = Some(QuizSummary {
                recommendation: "both".into(),
                answers: vec![(question.clone(), option.clone())],
            });
            submission.attribution.landing_page = Some(landing.clone());
            let parsed = parse(&to_json(&submission));
            prop_assert!(parsed.is_some());
            let parsed = parsed.unwrap_or(Json::Null);
            prop_assert_eq!(parsed.get("name").and_then(Json::as_str), Some(name.trim()));
            prop_assert_eq!(parsed.get("message").and_then(Json::as_str), Some(message.trim()));
            let answers = parsed.get("quiz").and_then(|q| q.get("answers"));
            prop_assert_eq!(answers.and_then(|a| a.get(&question)).and_then(Json::as_str), Some(option.as_str()));
            let landing_page = parsed.get("attribution").and_then(|a| a.get("landing_page"));
            prop_assert_eq!(landing_page.and_then(Json::as_str), Some(landing.as_str()));

            let form = parse_query(&to_form_urlencoded(&submission));
            prop_assert_eq!(form.first().map(|p| p.1.as_str()), Some(name.trim()));
            let answer_key = format!("quiz[answers][{question}]");
            prop_assert!(form.iter().any(|(k, v)| *k == answer_key && *v == option));
        }
    }
}
