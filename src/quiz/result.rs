//! The result: the recommendation, both scores, the reasons with links to the article,
//! what would change it, what to do next, the share link, and how it is scored.

use leptos::prelude::*;
use showdown_core::content::heading_of;
use showdown_core::quiz::{
    booking_query, describe_flip, evaluate, reason_answer, verdict_for, Complete, BOTH_THRESHOLD, QUESTIONS,
    QUESTION_COUNT, QUESTION_TEXTS,
};

use super::{button, cat, Action, State, BOOKING_ANCHOR, RESULT_TITLE};
use crate::app::Route;
use crate::scope::heading;

/// The result for `done`: on screen when `shown`, else laid out ahead of time, out of sight
/// (no height, nothing painted, no `data-recommendation`) while the last question waits.
pub(super) fn result(q: State, done: &Complete, shown: Memo<bool>) -> impl IntoView {
    let outcome = evaluate(done);
    let rec = outcome.recommendation;
    let scope = q.scope();
    let level = scope.level(2);
    let title_id = q.id(RESULT_TITLE);
    let labelled_by = title_id.clone();
    let share_id = q.id("share-link");
    let share_label_for = share_id.clone();
    let contact = scope.page_href(&cat(&[Route::Contact.path(), "?", &booking_query(done), "#", BOOKING_ANCHOR]));
    let scores = (
        score("Go", "sd-score sd-score-go", outcome.go_score),
        score("Python", "sd-score sd-score-py", outcome.python_score),
    );
    let mut reasons = Vec::new();
    for r in &outcome.reasons {
        let section = heading_of(r.section);
        let link = section.map(|title| {
            view! { <a href=scope.page_href(&cat(&["/#", r.section]))>{cat(&["Read “", title, "”"])}</a> }
        });
        reasons.push(view! {
            <li>
                <span class="sd-reason-answer">{reason_answer(r)}</span>
                {cat(&[r.text(), if section.is_some() { " " } else { "" }])}
                {link}
            </li>
        });
    }
    view! {
        <section class="sd-result"
            data-recommendation=move || shown.get().then(|| rec.id()) aria-labelledby=labelled_by>
            {heading(level).id(title_id).attr("tabindex", "-1").child(cat(&["Our recommendation: ", rec.label()]))}
            <p class="sd-verdict">{verdict_for(&outcome)}</p>
            <ul class="sd-scores" aria-label="Scores">{scores}</ul>
            {heading(level + 1).child("Why")}
            <ol class="sd-reasons">{reasons}</ol>
            {heading(level + 1).child("What would change it")}
            <p class="sd-flip">{describe_flip(outcome.flip.as_ref())}</p>
            <div class="sd-result-actions">
                <a class="sd-button" href=contact>"Book a meeting about this"</a>
                {button(q, Action::CopyLink, "Copy link")}
                {button(q, Action::ChangeAnswers, "Change my answers")}
                {button(q, Action::StartOver, "Start over")}
            </div>
            <p class="sd-field">
                <label for=share_label_for>"Link to this result"</label>
                <input id=share_id type="url" readonly value=q.share_url(done)/>
            </p>
            <p role="status" class="sd-filter-status">{move || q.now.with(|now| now.copied)}</p>
            <details class="sd-scoring">
                <summary>"How is this scored?"</summary>
                {scoring()}
            </details>
        </section>
    }
}

/// One language's score, as a bar and as "NN/100" (the bar's width through the CSSOM, as
/// the progress bar's).
fn score(name: &'static str, class: &'static str, score: u8) -> impl IntoView {
    view! {
        <li class=class>
            <span>{name}</span>
            <span class="sd-score-bar" aria-hidden="true">
                <span prop:style=cat(&["width: ", &score.to_string(), "%"])></span>
            </span>
            <span>{cat(&[&score.to_string(), "/100"])}</span>
        </li>
    }
}

/// "How is this scored?": the rule, the threshold, every weight and the answers that rule a language out.
fn scoring() -> impl IntoView {
    let rule = cat(&[
        "Each answer gives points to Go and to Python, following the article’s “When to Use Golang?”, “When to Use Python?” and key differences. The margin is Go’s total minus Python’s. If the two totals are within ",
        &BOTH_THRESHOLD.to_string(),
        if BOTH_THRESHOLD == 1 { " point" } else { " points" },
        " of each other, the result is “both”; otherwise the language with more points wins, unless an answer rules one out: that outweighs any number of points. The bars show each language’s share of the points. Nothing leaves your browser.",
    ]);
    let weights: [_; QUESTION_COUNT] = std::array::from_fn(|k| {
        let (q, t) = (&QUESTIONS[k], &QUESTION_TEXTS[k]);
        let mut rows = Vec::new();
        for (c, label) in q.choices.iter().zip(t.choices) {
            let rule = c.rules_out.map(|language| cat(&[" (rules out ", language.name(), ")"]));
            rows.push(view! { <tr><td>{label.text}{rule}</td><td>{c.go}</td><td>{c.python}</td></tr> });
        }
        view! {
            <tbody>
                <tr><th scope="rowgroup" colspan="3">{t.text}</th></tr>
                {rows}
            </tbody>
        }
    });
    view! {
        <p>{rule}</p>
        <div class="sd-weights-wrap">
            <table class="sd-weights">
                <caption class="sd-visually-hidden">"Points per answer"</caption>
                <thead><tr><th scope="col">"Answer"</th><th scope="col">"Go"</th><th scope="col">"Python"</th></tr></thead>
                {weights}
            </table>
        </div>
    }
}
