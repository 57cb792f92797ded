//! One question step: progress, the question as a fieldset of radio buttons, the hint
//! when "Next" was pressed without a choice, and Back / Next.
//!
//! Every step is built by the same code, so moving between questions patches the
//! elements in place. That is why all questions share one radio group name per
//! instance: a name per question would carry a checked radio into the next group.

use leptos::prelude::*;
use showdown_core::quiz::{choice_label, question_text, QUESTIONS, QUESTION_COUNT};

use super::{button, cat, Action, Now, State};

pub(super) fn question(q: State, i: usize, now: &Now) -> impl IntoView {
    let shown = i.min(QUESTION_COUNT - 1);
    let question = &QUESTIONS[shown];
    let group = q.id("quiz-answer");
    let hint_id = q.id("quiz-hint");
    let answered = now.answers.iter().flatten().count();
    let current = now.answers.get(i).copied().flatten();
    let mut options = Vec::new();
    for (choice, j) in question.choices.iter().zip(0u8..) {
        let id = q.option_id(i, choice.id);
        let label_for = id.clone();
        // `None` while unanswered: hydrating leaves the radios alone, patching unchecks them.
        let checked = current.map(|c| c == j);
        options.push(view! {
            <li class="sd-option">
                <label for=label_for>
                    <input type="radio" id=id name=group.clone() value=choice.id prop:checked=checked
                        on:change=move |_| q.choose(i, j)/>
                    <span>{choice_label(shown, usize::from(j))}</span>
                </label>
            </li>
        });
    }
    let count = QUESTION_COUNT.to_string();
    let progress = answered.to_string();
    let width = cat(&["width: ", &(answered * 100 / QUESTION_COUNT).to_string(), "%"]);
    view! {
        <div class="sd-progress">
            <span>{cat(&["Question ", &(i + 1).to_string(), " of ", &count])}</span>
            <div class="sd-progress-bar" role="progressbar" aria-label="Questionnaire progress" aria-valuemin="0"
                aria-valuemax=count.clone() aria-valuenow=progress.clone()
                aria-valuetext=cat(&[&progress, " of ", &count, " answered"])>
                // The width through the CSSOM, never a style attribute (a strict
                // Content-Security-Policy refuses those): the build renders the bar empty.
                <span prop:style=width></span>
            </div>
        </div>
        <fieldset class="sd-question" aria-describedby=now.hint.then(|| hint_id.clone())>
            <legend id=q.legend_id(i) tabindex="-1">{question_text(shown)}</legend>
            <ul class="sd-options">{options}</ul>
        </fieldset>
        {now.hint.then(|| {
            view! {
                <p class="sd-hint" id=hint_id role="alert">
                    "Please choose one of the answers to continue."
                </p>
            }
        })}
        <div class="sd-quiz-nav">
            {(i > 0).then(|| button(q, Action::Back, "Back"))}
            <button type="submit" class="sd-button">
                {if i + 1 == QUESTION_COUNT { "See my recommendation" } else { "Next" }}
            </button>
        </div>
    }
}
