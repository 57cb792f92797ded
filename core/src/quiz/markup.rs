//! The questionnaire's HTML: one question step, and the result. Rendered from
//! the engine's data for the page, the embed and the prerender; the web shell
//! (`src/quiz/`) swaps steps and handles the buttons by their `data-action`.

use super::{
    evaluate, to_query, Answers, Complete, Flip, Lean, Recommendation, BOTH_THRESHOLD, QUESTIONS, QUESTION_COUNT,
};
use crate::content::heading_of;
use crate::html::Html;

/// What varies between instances.
#[derive(Clone, Debug, Default)]
pub struct QuizView<'a> {
    /// Prefixed to every id and radio group name ("" on the full page).
    pub id_prefix: &'a str,
    /// 0 on the full page; 1 in an embed.
    pub heading_offset: u8,
    /// The full page's address for links to it; `None` links site-relative.
    pub link_base: Option<&'a str>,
    /// The full page's address, for the share link.
    pub share_base: &'a str,
}

impl QuizView<'_> {
    fn id(&self, local: &str) -> String {
        format!("{}{}", self.id_prefix, local)
    }

    fn heading(&self, level: u8) -> String {
        format!("h{}", (level + self.heading_offset).clamp(1, 6))
    }

    fn page_href(&self, path: &str) -> String {
        let path = path.trim_start_matches('/');
        match self.link_base {
            Some(base) => format!("{}/{}", base.trim_end_matches('/'), path),
            None => format!("/{path}"),
        }
    }

    /// The id of question `i`'s legend (focus moves there on each step).
    pub fn legend_id(&self, i: usize) -> String {
        self.id(&format!("q-{}-legend", QUESTIONS.get(i).map(|q| q.id).unwrap_or("none")))
    }

    /// The id of the result's heading.
    pub fn result_id(&self) -> String {
        self.id("result-title")
    }

    /// The share link of a finished questionnaire, on the full page's address.
    pub fn share_url(&self, done: &Complete) -> String {
        format!("{}/quiz?{}", self.share_base.trim_end_matches('/'), to_query(&done.map(Some)))
    }

    /// "Book a meeting about this": the form with the topic and the result.
    pub fn contact_href(&self, done: &Complete) -> String {
        let rec = super::recommend(done);
        let anchor = self.id("book-a-meeting");
        self.page_href(&format!("/contact?topic={}&{}#{anchor}", rec.id(), to_query(&done.map(Some))))
    }
}

/// Question `i` with the current answers; `hint` says why "Next" did not advance.
pub fn question_html(v: &QuizView, i: usize, answers: &Answers, hint: bool) -> String {
    let mut h = Html::new();
    let Some(q) = QUESTIONS.get(i) else { return String::new() };
    let group = v.id(&format!("q-{}", q.id));
    let hint_id = v.id("quiz-hint");
    let answered = answers.iter().filter(|a| a.is_some()).count();
    h.open("div", &[("class", Some("sd-progress"))]);
    h.element("span", &[], &format!("Question {} of {QUESTION_COUNT}", i + 1));
    let now = i.to_string();
    let done = answered.to_string();
    let max = QUESTION_COUNT.to_string();
    let text = format!("{answered} of {QUESTION_COUNT} answered");
    let width = format!("width: {}%", answered * 100 / QUESTION_COUNT);
    h.open(
        "div",
        &[
            ("class", Some("sd-progress-bar")),
            ("role", Some("progressbar")),
            ("aria-label", Some("Questionnaire progress")),
            ("aria-valuemin", Some("0")),
            ("aria-valuemax", Some(&max)),
            ("aria-valuenow", Some(&done)),
            ("aria-valuetext", Some(&text)),
        ],
    );
    h.element("span", &[("style", Some(&width))], "").close("div").close("div");
    h.open("fieldset", &[("class", Some("sd-question")), ("aria-describedby", hint.then_some(hint_id.as_str()))]);
    h.element("legend", &[("id", Some(&v.legend_id(i))), ("tabindex", Some("-1"))], q.text);
    h.open("ul", &[("class", Some("sd-options"))]);
    for (j, choice) in q.choices.iter().enumerate() {
        let id = format!("{group}-{}", choice.id);
        let checked = answers.get(i).copied().flatten() == Some(j as u8);
        h.open("li", &[("class", Some("sd-option"))]).open("label", &[("for", Some(&id))]);
        h.open(
            "input",
            &[
                ("type", Some("radio")),
                ("id", Some(&id)),
                ("name", Some(&group)),
                ("value", Some(choice.id)),
                ("checked", checked.then_some("")),
                ("data-question", Some(&now)),
                ("data-choice", Some(&j.to_string())),
            ],
        );
        h.element("span", &[], choice.text).close("label").close("li");
    }
    h.close("ul").close("fieldset");
    if hint {
        h.element(
            "p",
            &[("class", Some("sd-hint")), ("id", Some(&hint_id)), ("role", Some("alert"))],
            "Please choose one of the answers to continue.",
        );
    }
    h.open("div", &[("class", Some("sd-quiz-nav"))]);
    if i > 0 {
        h.element(
            "button",
            &[("type", Some("button")), ("class", Some("sd-button sd-secondary")), ("data-action", Some("back"))],
            "Back",
        );
    }
    let next = if i + 1 == QUESTION_COUNT { "See my recommendation" } else { "Next" };
    h.element("button", &[("type", Some("submit")), ("class", Some("sd-button"))], next);
    h.close("div");
    h.finish()
}

/// The result: recommendation, scores, reasons, what would change it, what to do next.
pub fn result_html(v: &QuizView, done: &Complete) -> String {
    let outcome = evaluate(done);
    let rec = outcome.recommendation;
    let mut h = Html::new();
    let title_id = v.result_id();
    h.open(
        "section",
        &[("class", Some("sd-result")), ("data-recommendation", Some(rec.id())), ("aria-labelledby", Some(&title_id))],
    );
    h.element(
        &v.heading(2),
        &[("id", Some(&title_id)), ("tabindex", Some("-1"))],
        &format!("Our recommendation: {}", rec.label()),
    );
    let verdict = match rec {
        Recommendation::Go => "Go fits your project best.",
        Recommendation::Python => "Python fits your project best.",
        Recommendation::Both => "Both Go and Python fit your project: the scores are too close to call.",
    };
    h.element("p", &[("class", Some("sd-verdict"))], verdict);
    h.open("ul", &[("class", Some("sd-scores")), ("aria-label", Some("Scores"))]);
    for (name, class, score) in
        [("Go", "sd-score sd-score-go", outcome.go_score), ("Python", "sd-score sd-score-py", outcome.python_score)]
    {
        let width = format!("width: {score}%");
        h.open("li", &[("class", Some(class))]).element("span", &[], name);
        h.open("span", &[("class", Some("sd-score-bar")), ("aria-hidden", Some("true"))])
            .element("span", &[("style", Some(&width))], "")
            .close("span");
        h.element("span", &[], &format!("{score}/100")).close("li");
    }
    h.close("ul");

    h.element(&v.heading(3), &[], "Why");
    h.open("ol", &[("class", Some("sd-reasons"))]);
    for r in &outcome.reasons {
        let Some(q) = QUESTIONS.get(r.question) else { continue };
        let choice = q.choices.get(r.choice).map(|c| c.text).unwrap_or_default();
        let lean = match r.lean {
            Lean::Go => "Points to Go",
            Lean::Python => "Points to Python",
            Lean::Neutral => "Neutral",
        };
        h.open("li", &[]);
        h.element(
            "span",
            &[("class", Some("sd-reason-answer"))],
            &format!("{lean} · you answered “{choice}” to “{}”", q.text),
        );
        h.text(r.text);
        if let Some(heading) = heading_of(r.section) {
            let href = v.page_href(&format!("/#{}", r.section));
            h.text(" ").element("a", &[("href", Some(&href))], &format!("Read “{heading}”"));
        }
        h.close("li");
    }
    h.close("ol");

    h.element(&v.heading(3), &[], "What would change it");
    h.element("p", &[("class", Some("sd-flip"))], &describe_flip(outcome.flip.as_ref()));

    let contact = v.contact_href(done);
    let share = v.share_url(done);
    let share_id = v.id("share-link");
    h.open("div", &[("class", Some("sd-result-actions"))]);
    h.element(
        "a",
        &[("class", Some("sd-button")), ("href", Some(&contact)), ("data-action", Some("book"))],
        "Book a meeting about this",
    );
    for (action, label) in [("copy", "Copy link"), ("change", "Change my answers"), ("restart", "Start over")] {
        h.element(
            "button",
            &[("type", Some("button")), ("class", Some("sd-button sd-secondary")), ("data-action", Some(action))],
            label,
        );
    }
    h.close("div");
    h.open("p", &[("class", Some("sd-field"))]);
    h.element("label", &[("for", Some(&share_id))], "Link to this result");
    h.open(
        "input",
        &[
            ("id", Some(&share_id)),
            ("type", Some("url")),
            ("readonly", Some("")),
            ("value", Some(&share)),
            ("data-share", Some("")),
        ],
    );
    h.close("p");
    h.element(
        "p",
        &[("role", Some("status")), ("class", Some("sd-filter-status")), ("data-copy-status", Some(""))],
        "",
    );
    h.open("details", &[("class", Some("sd-scoring"))]).element("summary", &[], "How is this scored?");
    scoring(&mut h);
    h.close("details").close("section");
    h.finish()
}

/// "If you answered X instead of Y to Q, it would be Z."
pub fn describe_flip(flip: Option<&Flip>) -> String {
    let Some(flip) = flip else {
        return "No change of answers would give a different recommendation.".to_string();
    };
    let parts: Vec<String> = flip
        .changes
        .iter()
        .filter_map(|c| {
            let q = QUESTIONS.get(c.question)?;
            Some(format!(
                "“{}” instead of “{}” to “{}”",
                q.choices.get(c.to)?.text,
                q.choices.get(c.from)?.text,
                q.text
            ))
        })
        .collect();
    let target = match flip.to {
        Recommendation::Go => "Go",
        Recommendation::Python => "Python",
        Recommendation::Both => "both (too close to call)",
    };
    format!("If you answered {}, it would be {target}.", parts.join(" and "))
}

/// "How is this scored?": the rule, the threshold, and every weight.
fn scoring(h: &mut Html) {
    h.element("p", &[], &format!("Each answer gives points to Go and to Python, following the article’s “When to Use Golang?”, “When to Use Python?” and key differences. The margin is Go’s total minus Python’s. If the two totals are within {BOTH_THRESHOLD} point of each other, the result is “both”; otherwise the language with more points wins. The bars show each language’s share of the points. Nothing leaves your browser."));
    h.open("div", &[("class", Some("sd-weights-wrap"))]).open("table", &[("class", Some("sd-weights"))]);
    h.element("caption", &[("class", Some("sd-visually-hidden"))], "Points per answer");
    h.open("thead", &[]).open("tr", &[]);
    for col in ["Answer", "Go", "Python"] {
        h.element("th", &[("scope", Some("col"))], col);
    }
    h.close("tr").close("thead");
    for q in &QUESTIONS {
        h.open("tbody", &[])
            .open("tr", &[])
            .element("th", &[("scope", Some("rowgroup")), ("colspan", Some("3"))], q.text)
            .close("tr");
        for c in q.choices {
            h.open("tr", &[])
                .element("td", &[], c.text)
                .element("td", &[], &c.go.to_string())
                .element("td", &[], &c.python.to_string())
                .close("tr");
        }
        h.close("tbody");
    }
    h.close("table").close("div");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_step_markup() {
        let v = QuizView { id_prefix: "w1-", share_base: "https://x.test/", ..Default::default() };
        let mut answers: Answers = [None; QUESTION_COUNT];
        answers[1] = Some(2);
        let html = question_html(&v, 1, &answers, true);
        assert!(html.contains("Question 2 of 8"));
        assert!(html.contains(
            "<legend id=\"w1-q-performance-legend\" tabindex=\"-1\">How much does raw speed matter?</legend>"
        ));
        assert_eq!(html.matches("type=\"radio\"").count(), 3);
        assert_eq!(html.matches("name=\"w1-q-performance\"").count(), 3);
        assert!(html.contains("value=\"minor\" checked"));
        assert!(html.contains("role=\"alert\""));
        assert!(html.contains("data-action=\"back\""));
        assert!(question_html(&v, 7, &answers, false).contains("See my recommendation"));
        assert!(!question_html(&v, 0, &answers, false).contains("data-action=\"back\""));
        assert_eq!(question_html(&v, 8, &answers, false), "");
    }

    #[test]
    fn result_markup_links_and_share_url() {
        let v = QuizView { share_base: "https://x.test/gvp/", ..Default::default() };
        let done: Complete = [2, 2, 2, 0, 0, 0, 3, 2];
        let html = result_html(&v, &done);
        let rec = super::super::recommend(&done);
        assert!(html.contains(&format!("data-recommendation=\"{}\"", rec.id())));
        assert!(html.contains("value=\"https://x.test/gvp/quiz?workload=data&amp;"));
        assert!(html.contains(&format!("href=\"/contact?topic={}&amp;workload=data", rec.id())));
        assert!(html.contains("href=\"/#"));
        assert!(html.contains("How is this scored?"));
        assert!(html.matches("<li>").count() >= 2);
    }
}
