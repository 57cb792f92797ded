//! The questionnaire: one question per step, then the result. The engine and
//! its markup are `showdown_core::quiz`; this module keeps the answers, swaps
//! the steps, moves focus, and handles the result's buttons.

use leptos::prelude::*;
use showdown_core::quiz::markup::{question_html, result_html, QuizView as Markup};
use showdown_core::quiz::{complete, from_query, Answers, QUESTION_COUNT};

use showdown_core::html::Html;

use crate::scope::Scope;

/// `localStorage` key of the last finished questionnaire (for the table highlight).
pub const LAST_RESULT_KEY: &str = "showdown-quiz-result";
/// `localStorage` key prefix of answers in progress (one per instance).
const PROGRESS_KEY: &str = "showdown-quiz-progress";

/// Where the questionnaire starts, and what it says about that.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Opening {
    Fresh,
    /// A share link: its result straight away.
    Shared,
    /// The link carried answers that could not all be read.
    Malformed,
    /// Answers in progress, restored after a reload.
    Resumed,
}

fn markup(scope: &Scope) -> Markup<'_> {
    Markup {
        id_prefix: &scope.id_prefix,
        heading_offset: scope.heading_offset,
        link_base: scope.embedded.then_some(scope.share_url.as_str()),
        share_base: &scope.share_url,
    }
}

/// The answers and step to start from.
fn opening(query: &str, saved: Option<Answers>) -> (Answers, usize, Opening) {
    let decoded = from_query(query);
    let (answers, opening) = if complete(&decoded.answers).is_some() && decoded.rejected == 0 {
        (decoded.answers, Opening::Shared)
    } else if decoded.answers.iter().any(Option::is_some) || decoded.rejected > 0 {
        (decoded.answers, Opening::Malformed)
    } else {
        match saved {
            Some(saved) if saved.iter().any(Option::is_some) => (saved, Opening::Resumed),
            _ => ([None; QUESTION_COUNT], Opening::Fresh),
        }
    };
    let step = match opening {
        Opening::Shared => QUESTION_COUNT,
        _ => answers.iter().position(Option::is_none).unwrap_or(QUESTION_COUNT - 1),
    };
    (answers, step, opening)
}

/// The questionnaire's title and introduction, and a note about where it starts.
fn intro_html(scope: &Scope, note: Option<&str>) -> String {
    let mut h = Html::new();
    let tag = format!("h{}", scope.level(1));
    h.element(&tag, &[("id", Some(&scope.id("quiz-title")))], "Which language fits your backend?");
    h.element("p", &[("class", Some("sd-lede"))], "Eight questions about your project. The recommendation follows the article’s own advice, is computed in your browser, and shows its reasons.");
    if let Some(note) = note {
        h.element("p", &[("class", Some("sd-quiz-note")), ("role", Some("status"))], note);
    }
    h.open("noscript", &[]);
    h.element(
        "p",
        &[("class", Some("sd-quiz-note"))],
        "The questionnaire needs JavaScript to move between questions and compute your result.",
    );
    h.close("noscript");
    h.finish()
}

/// The HTML of `step` (a question, or the result when all are answered).
fn step_html(scope: &Scope, answers: &Answers, step: usize, hint: bool) -> String {
    let m = markup(scope);
    match (step < QUESTION_COUNT, complete(answers)) {
        (true, _) => question_html(&m, step, answers, hint),
        (false, Some(done)) => result_html(&m, &done),
        (false, None) => question_html(&m, answers.iter().position(Option::is_none).unwrap_or(0), answers, hint),
    }
}

/// Where one questionnaire instance starts: its answers, step, and opening markup.
pub(crate) struct Prepared {
    pub progress_key: String,
    pub answers: Answers,
    pub step: usize,
    /// Whether it starts anywhere but a fresh first question.
    #[cfg_attr(not(feature = "page"), allow(dead_code))]
    pub resumed: bool,
    pub intro: String,
    pub card: String,
}

pub(crate) fn prepare(scope: &Scope, query: &str) -> Prepared {
    let progress_key = format!("{PROGRESS_KEY}:{}", scope.id_prefix);
    #[cfg(target_arch = "wasm32")]
    let saved = crate::browser::stored(&progress_key).map(|q| from_query(&q).answers);
    #[cfg(not(target_arch = "wasm32"))]
    let saved = None;
    let (answers, step, opening) = opening(query, saved);
    let note = match opening {
        Opening::Malformed => Some("The link you followed had answers we could not read, so the questionnaire starts at the first open question. Anything it could read is already filled in."),
        Opening::Resumed => Some("Welcome back: your answers so far are kept, so you can carry on where you left off."),
        _ => None,
    };
    Prepared {
        card: step_html(scope, &answers, step, false),
        intro: intro_html(scope, note),
        progress_key,
        answers,
        step,
        resumed: opening != Opening::Fresh,
    }
}

#[component]
pub fn QuizView(
    scope: Scope,
    /// The page's query (`location.search`), which may carry shared answers.
    #[prop(optional, into)]
    query: String,
) -> impl IntoView {
    let p = prepare(&scope, &query);

    #[cfg(target_arch = "wasm32")]
    let handlers = {
        let state = std::rc::Rc::new(dom::Quiz::new(scope, p.progress_key, p.answers, p.step));
        let (a, b, c) = (state.clone(), state.clone(), state);
        (
            move |ev: leptos::ev::Event| a.change(&ev),
            move |ev: leptos::ev::SubmitEvent| b.submit(&ev),
            move |ev: leptos::ev::MouseEvent| c.click(&ev),
        )
    };
    #[cfg(not(target_arch = "wasm32"))]
    let handlers = {
        let _ = (scope, p.progress_key, p.answers, p.step, p.resumed);
        (|_: leptos::ev::Event| {}, |_: leptos::ev::SubmitEvent| {}, |_: leptos::ev::MouseEvent| {})
    };
    let (on_change, on_submit, on_click) = handlers;

    view! {
        <div class="sd-quiz">
            <div inner_html=p.intro></div>
            <form class="sd-quiz-card" novalidate inner_html=p.card
                on:change=on_change on:submit=on_submit on:click=on_click></form>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
pub(crate) mod dom {
    use std::cell::{Cell, RefCell};

    use showdown_core::quiz::{complete, recommend, to_query, Answers, Complete, QUESTIONS, QUESTION_COUNT};
    use wasm_bindgen::{JsCast, JsValue};

    use super::{markup, step_html, LAST_RESULT_KEY};
    use crate::browser;
    use crate::scope::Scope;

    /// One questionnaire instance.
    pub struct Quiz {
        scope: Scope,
        progress_key: String,
        answers: RefCell<Answers>,
        step: Cell<usize>,
    }

    /// The questionnaire's card (the `<form>` the listeners sit on).
    fn card_of(ev: &web_sys::Event) -> Option<web_sys::Element> {
        ev.current_target()?.dyn_into().ok()
    }

    impl Quiz {
        pub fn new(scope: Scope, progress_key: String, answers: Answers, step: usize) -> Quiz {
            Quiz { scope, progress_key, answers: RefCell::new(answers), step: Cell::new(step) }
        }

        /// Shows `step` and moves focus to it (its legend, or the result's heading).
        fn show(&self, card: &web_sys::Element, step: usize, hint: bool) {
            self.step.set(step);
            let answers = *self.answers.borrow();
            card.set_inner_html(&step_html(&self.scope, &answers, step, hint));
            let m = markup(&self.scope);
            let target = if step < QUESTION_COUNT { m.legend_id(step) } else { m.result_id() };
            browser::focus_by_id(card, &target);
        }

        fn save_progress(&self) {
            let answers = *self.answers.borrow();
            if answers.iter().any(Option::is_some) {
                browser::store(&self.progress_key, &to_query(&answers));
            } else {
                browser::forget(&self.progress_key);
            }
        }

        /// Takes the answer chosen in `card` before the page had attached (a visitor on a
        /// slow connection may answer while the wasm is still loading).
        #[cfg(feature = "page")]
        pub fn adopt_checked(&self, card: &web_sys::Element) {
            if let Ok(Some(input)) = card.query_selector("input[type=radio]:checked") {
                if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
                    self.choose(&input);
                }
            }
        }

        /// A radio button was chosen.
        pub fn change(&self, ev: &web_sys::Event) {
            let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            self.choose(&input);
            // The choice answers the hint, if one was showing.
            if let Some(card) = card_of(ev) {
                if let Ok(Some(hint)) = card.query_selector(".sd-hint") {
                    hint.remove();
                    if let Ok(Some(fieldset)) = card.query_selector("fieldset") {
                        let _ = fieldset.remove_attribute("aria-describedby");
                    }
                }
            }
        }

        fn choose(&self, input: &web_sys::HtmlInputElement) {
            let (Some(q), Some(c)) = (
                input.get_attribute("data-question").and_then(|v| v.parse::<usize>().ok()),
                input.get_attribute("data-choice").and_then(|v| v.parse::<u8>().ok()),
            ) else {
                return;
            };
            if let Some(slot) = self.answers.borrow_mut().get_mut(q) {
                *slot = Some(c);
            }
            self.save_progress();
        }

        pub fn submit(&self, ev: &web_sys::SubmitEvent) {
            ev.prevent_default();
            if let Some(card) = card_of(ev) {
                self.next(&card);
            }
        }

        /// "Next" (or "See my recommendation").
        fn next(&self, card: &web_sys::Element) {
            let step = self.step.get();
            if step >= QUESTION_COUNT {
                return;
            }
            let answers = *self.answers.borrow();
            if answers[step].is_none() {
                // Re-rendered with its hint; focus stays on the question.
                self.show(card, step, true);
                return;
            }
            if step + 1 < QUESTION_COUNT {
                self.show(card, step + 1, false);
            } else if let Some(done) = complete(&answers) {
                self.show(card, QUESTION_COUNT, false);
                self.finished(card, &done);
            } else if let Some(open) = answers.iter().position(Option::is_none) {
                self.show(card, open, true);
            }
        }

        pub fn click(&self, ev: &web_sys::MouseEvent) {
            let Some(card) = card_of(ev) else { return };
            let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            let Some(action) = el.closest("[data-action]").ok().flatten().and_then(|b| b.get_attribute("data-action"))
            else {
                return;
            };
            match action.as_str() {
                "back" => self.show(&card, self.step.get().saturating_sub(1), false),
                "change" => self.show(&card, 0, false),
                "restart" => {
                    *self.answers.borrow_mut() = [None; QUESTION_COUNT];
                    browser::forget(&self.progress_key);
                    if !self.scope.embedded {
                        browser::replace_url("/quiz");
                    }
                    self.show(&card, 0, false);
                }
                "copy" => self.copy_link(&card),
                _ => {}
            }
        }

        fn copy_link(&self, card: &web_sys::Element) {
            let Some(done) = complete(&self.answers.borrow()) else { return };
            let url = markup(&self.scope).share_url(&done);
            let status = card.query_selector("[data-copy-status]").ok().flatten();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = browser::copy_text(&url).await;
                if let Some(status) = status {
                    status.set_text_content(Some(if copied {
                        "Link copied to the clipboard."
                    } else {
                        "Your browser did not let us copy: select the link above and copy it yourself."
                    }));
                }
            });
        }

        /// Remember the result, put it in the address bar (full page only: an
        /// embed never touches the host's URL), and announce it.
        fn finished(&self, card: &web_sys::Element, done: &Complete) {
            browser::forget(&self.progress_key);
            let query = to_query(&done.map(Some));
            browser::store(LAST_RESULT_KEY, &query);
            if !self.scope.embedded {
                browser::replace_url(&format!("/quiz?{query}"));
            }
            let pairs: Vec<(&str, &str)> = QUESTIONS
                .iter()
                .zip(done.iter())
                .filter_map(|(q, &c)| Some((q.id, q.choices.get(c as usize)?.id)))
                .collect();
            let root = card.closest(".showdown").ok().flatten().unwrap_or_else(|| card.clone());
            browser::announce(
                &root,
                "showdown:quiz-complete",
                "showdown_quiz_complete",
                &[("recommendation", JsValue::from_str(recommend(done).id())), ("answers", browser::object_of(&pairs))],
            );
        }
    }
}
