//! The printout's closing block: the recommendation, both scores and every answer of the
//! last questionnaire this browser finished, with the link that reopens it. It is hidden on
//! screen (the result has its own view) and shown by the print stylesheet; without a
//! finished questionnaire in this browser there is nothing in it.
//!
//! Its bundle (feature `printout`: the questions' words and the scoring) is loaded only
//! when storage has a finished questionnaire, once the article's own islands are alive
//! ([`crate::app::HYDRATE_IF_STORED`]), so the article's first load carries none of it.

use leptos::prelude::*;
use showdown_core::quiz::{choice_label, question_text, summarize, verdict_of, QUESTIONS};

use crate::quiz::{cat, last_result, share_link};
use crate::scope::{heading, Scope};

#[cfg_attr(feature = "printout", island)]
#[cfg_attr(not(feature = "printout"), component)]
pub fn PrintedResult() -> impl IntoView {
    let scope = Scope::current();
    // Only this browser knows it: read after hydration (the build renders it empty).
    let last = RwSignal::new(None);
    Effect::new(move |_| last.set(last_result()));
    move || {
        last.get().map(|done| {
            let summary = summarize(&done);
            let answers = (0..QUESTIONS.len())
                .zip(done)
                .map(|(i, c)| view! { <li>{question_text(i)} " " <strong>{choice_label(i, usize::from(c))}</strong></li> })
                .collect_view();
            let scores = cat(&[
                "Scores: Go ",
                &summary.go_score.to_string(),
                "/100, Python ",
                &summary.python_score.to_string(),
                "/100.",
            ]);
            view! {
                <section class="sd-printed-result" hidden>
                    {heading(scope.level(2)).child(cat(&["Your questionnaire result: ", summary.recommendation.label()]))}
                    <p>{verdict_of(&summary)} " " {scores}</p>
                    <p>"Your answers:"</p>
                    <ul>{answers}</ul>
                    <p>"To see it again with its reasons: " {share_link(&scope, &done)}</p>
                </section>
            }
        })
    }
}
