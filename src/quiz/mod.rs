//! The questionnaire: `QuizSection` (its title and introduction, rendered at build time
//! only) and the `Quiz` island, which asks one question at a time and then shows the
//! result. The engine (questions, scoring, share links, where a visit opens) is
//! `showdown_core::quiz`.
//!
//! The island's state is one signal ([`Now`]: answers, step, hint, notes); the view is a
//! function of it in three parts, each patched in place when it changes: the note, the
//! question (`question.rs`) and the result (`result.rs`). A closure per part, not per
//! detail: each reactive closure costs wasm. The result has its own part because it is
//! the expensive one: while the last question waits for its answer, the result it leads
//! to is built and laid out out of sight, rebuilt only when its answers change, and
//! showing it changes one attribute.

use leptos::prelude::*;
use showdown_core::quiz::{
    complete, count_in_words, recommend, result_of, start, to_query, Answers, Complete, Opening, QUESTIONS,
    QUESTION_COUNT,
};
use wasm_bindgen::JsValue;

use crate::app::Route;
use showdown_core::events::Event;

use crate::browser;
use crate::scope::{heading, Scope};

mod question;
mod result;

/// `localStorage` key of the last finished questionnaire's answers, as its share query: the
/// article's table marks the aspects behind them, and its printout ends with the result.
pub const LAST_RESULT_KEY: &str = "showdown-quiz-result";
/// `localStorage` key (through [`Scope::storage_key`]) of the answers in progress.
const PROGRESS_KEY: &str = "showdown-quiz-progress";
/// The id of the booking section's heading on the full page, where "Book a meeting
/// about this" leads (the full page's id, unprefixed: the link leaves an embed).
const BOOKING_ANCHOR: &str = "book-a-meeting";
/// Local id of the result's heading (focus moves there).
const RESULT_TITLE: &str = "result-title";

/// The answers of the last questionnaire this browser finished, if storage has them and
/// they are still a complete set of this build's answers.
pub fn last_result() -> Option<Complete> {
    result_of(&browser::stored(LAST_RESULT_KEY)?)
}

/// The share link of a finished questionnaire, on the full page's address.
pub fn share_link(scope: &Scope, done: &Complete) -> String {
    cat(&[scope.share_url.trim_end_matches('/'), Route::Quiz.path(), "?", &to_query(&done.map(Some))])
}

/// `parts` joined (smaller in the wasm than `concat` or `format!`).
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}

/// The questionnaire's title and introduction (server-only), then the island.
#[component]
pub fn QuizSection() -> impl IntoView {
    let scope = Scope::current();
    let lede = count_in_words(QUESTION_COUNT)
        + " questions about your project. The recommendation follows the article’s own advice, is computed in your browser, and shows its reasons.";
    view! {
        <div class="sd-quiz">
            {heading(scope.level(1)).id(scope.id("quiz-title")).child("Which language fits your backend?")}
            <p class="sd-lede">{lede}</p>
            <noscript>
                <p class="sd-quiz-note">
                    "The questionnaire needs JavaScript to move between questions and compute your result."
                </p>
            </noscript>
            <Quiz/>
        </div>
    }
}

/// Everything the island shows is derived from this.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Now {
    answers: Answers,
    /// The question on screen; `QUESTION_COUNT` is the result.
    step: usize,
    /// "Next" was pressed without a choice.
    hint: bool,
    /// What the questionnaire says about where it opened.
    note: Option<&'static str>,
    /// What "Copy link" did ("" before it was pressed).
    copied: &'static str,
}

impl Now {
    /// The finished answers while the result is on screen.
    fn done(&self) -> Option<Complete> {
        if self.step < QUESTION_COUNT {
            None
        } else {
            complete(&self.answers)
        }
    }

    /// On the last question: the result its answer leads to (the first choice until one is
    /// made), built out of sight so that showing it is quick.
    fn ahead(&self) -> Option<Complete> {
        if self.step + 1 != QUESTION_COUNT {
            return None;
        }
        let mut answers = self.answers;
        let last = answers.last_mut()?;
        *last = last.or(Some(0));
        complete(&answers)
    }
}

/// What the questionnaire's buttons (besides Next) do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Back,
    CopyLink,
    ChangeAnswers,
    StartOver,
}

/// What one instance was mounted with: its scope, and the root its events leave from
/// (`None` at build time).
#[derive(Clone)]
struct Mount {
    scope: Scope,
    root: Option<web_sys::Element>,
}

/// One questionnaire instance: its state and what it was mounted with.
#[derive(Clone, Copy)]
struct State {
    now: RwSignal<Now>,
    mount: StoredValue<Mount, LocalStorage>,
}

impl State {
    fn scope(self) -> Scope {
        self.mount.get_value().scope
    }

    fn root(self) -> Option<web_sys::Element> {
        self.mount.get_value().root
    }

    fn id(self, local: &str) -> String {
        self.scope().id(local)
    }

    /// The id of question `i`'s legend (focus moves there).
    fn legend_id(self, i: usize) -> String {
        self.id(&cat(&["q-", QUESTIONS.get(i).map_or("none", |q| q.id), "-legend"]))
    }

    /// The id of option `choice` of question `i`.
    fn option_id(self, i: usize, choice: &str) -> String {
        self.id(&cat(&["q-", QUESTIONS.get(i).map_or("none", |q| q.id), "-", choice]))
    }

    fn progress_key(self) -> String {
        self.scope().storage_key(PROGRESS_KEY)
    }

    fn embedded(self) -> bool {
        self.scope().embedded
    }

    /// The share link of a finished questionnaire, on the full page's address.
    fn share_url(self, done: &Complete) -> String {
        share_link(&self.scope(), done)
    }

    /// The option of question 1 a visitor chose on the prerendered page before it was hydrated.
    fn chosen_early(self) -> Option<u8> {
        let root = self.root()?;
        let first = QUESTIONS.first()?;
        let index = first.choices.iter().position(|c| browser::checked_by_id(&root, &self.option_id(0, c.id)))?;
        u8::try_from(index).ok()
    }

    /// After hydration: what only this browser knows (a share link in the address, answers
    /// kept from an earlier visit), or else the choice made before hydration.
    fn open(self, early: Option<u8>) {
        let query = if self.embedded() { String::new() } else { browser::location_search() };
        let opened = start(&query, browser::stored(&self.progress_key()).as_deref());
        if opened.opening != Opening::Fresh {
            let now = self.now.get_untracked();
            self.now.set(Now { answers: opened.answers, step: opened.step, note: opened.opening.note(), ..now });
        } else if let Some(choice) = early {
            self.choose(0, choice);
        }
    }

    /// Shows `step` (with the hint or not) and moves focus to it once it is on screen.
    fn go(self, step: usize, hint: bool) {
        let now = self.now.get_untracked();
        self.now.set(Now { step, hint, copied: "", ..now });
        let target = if step < QUESTION_COUNT { self.legend_id(step) } else { self.id(RESULT_TITLE) };
        // Queued behind the render effect this change has just woken, so the step is on screen.
        let root = self.root();
        leptos::task::spawn_local(async move {
            if let Some(root) = root {
                browser::focus_by_id(&root, &target);
            }
        });
    }

    /// Shows question `step` after Next or Back, and announces it.
    fn step(self, step: usize) {
        self.go(step, false);
        if let Some(q) = QUESTIONS.get(step) {
            let number = JsValue::from(u32::try_from(step + 1).unwrap_or(u32::MAX));
            self.announce(Event::QuizStep, &[("step", number), ("question", JsValue::from_str(q.id))]);
        }
    }

    fn announce(self, event: Event, detail: &[(&str, JsValue)]) {
        if let Some(root) = self.root() {
            browser::announce(&root, event, detail);
        }
    }

    fn choose(self, question: usize, choice: u8) {
        let mut now = self.now.get_untracked();
        // The first answer of a fresh run.
        if now.answers.iter().all(Option::is_none) {
            self.announce(Event::QuizStart, &[]);
        }
        if let Some(slot) = now.answers.get_mut(question) {
            *slot = Some(choice);
        }
        self.now.set(Now { hint: false, ..now });
        browser::store(&self.progress_key(), &to_query(&now.answers));
    }

    /// "Next" (or "See my recommendation").
    fn next(self) {
        let Now { answers, step, .. } = self.now.get_untracked();
        match answers.get(step) {
            None => {}
            Some(None) => self.go(step, true),
            Some(Some(_)) if step + 1 < QUESTION_COUNT => self.step(step + 1),
            Some(Some(_)) => match complete(&answers) {
                Some(done) => {
                    self.go(QUESTION_COUNT, false);
                    // Once the result is on screen, and only if it still is (not after "Start over").
                    browser::after_paint(move || {
                        if self.now.get_untracked().done() == Some(done) {
                            self.finished(&done);
                        }
                    });
                }
                None => self.go(answers.iter().position(Option::is_none).unwrap_or(0), true),
            },
        }
    }

    /// Remembers the result, puts it in the address bar (full page only: an embed never
    /// touches the host's URL), and announces it.
    fn finished(self, done: &Complete) {
        browser::forget(&self.progress_key());
        let query = to_query(&done.map(Some));
        browser::store(LAST_RESULT_KEY, &query);
        if !self.embedded() {
            browser::replace_url(&cat(&[&self.scope().page_href(Route::Quiz.path()), "?", &query]));
        }
        let pairs: Vec<(&str, &str)> =
            QUESTIONS.iter().zip(done).filter_map(|(q, &c)| Some((q.id, q.choice(usize::from(c))?.id))).collect();
        let detail =
            [("recommendation", JsValue::from_str(recommend(done).id())), ("answers", browser::object_of(&pairs))];
        self.announce(Event::QuizComplete, &detail);
    }

    /// What the buttons besides Next do.
    fn act(self, action: Action) {
        match action {
            Action::Back => self.step(self.now.get_untracked().step.saturating_sub(1)),
            Action::CopyLink => self.copy_link(),
            Action::ChangeAnswers => self.go(0, false),
            Action::StartOver => self.restart(),
        }
    }

    /// "Start over": no answers, nothing kept, and the address without them.
    fn restart(self) {
        let now = self.now.get_untracked();
        self.now.set(Now { answers: [None; QUESTION_COUNT], note: None, ..now });
        browser::forget(&self.progress_key());
        if !self.embedded() {
            browser::replace_url(&self.scope().page_href(Route::Quiz.path()));
        }
        self.go(0, false);
    }

    fn copy_link(self) {
        let Some(done) = complete(&self.now.get_untracked().answers) else { return };
        let url = self.share_url(&done);
        let now = self.now;
        leptos::task::spawn_local(async move {
            let copied = if browser::copy_text(&url).await {
                "Link copied to the clipboard."
            } else {
                "Your browser did not let us copy: select the link above and copy it yourself."
            };
            now.set(Now { copied, ..now.get_untracked() });
        });
    }
}

/// A secondary button that does `action` (all of them one element type, so they share its code).
fn button(q: State, action: Action, label: &'static str) -> impl IntoView {
    view! { <button type="button" class="sd-button sd-secondary" on:click=move |_| q.act(action)>{label}</button> }
}

/// The questionnaire itself: one question at a time, then the result.
///
/// It hydrates the build's fresh first question; after hydration it opens where this
/// browser says (a share link's result, kept answers, a choice made before hydration).
#[cfg_attr(feature = "quiz", island)]
#[cfg_attr(not(feature = "quiz"), component)]
pub fn Quiz() -> impl IntoView {
    let q = State {
        now: RwSignal::new(Now { answers: [None; QUESTION_COUNT], step: 0, hint: false, note: None, copied: "" }),
        mount: StoredValue::new_local(Mount { scope: Scope::current(), root: browser::mount_root() }),
    };
    // Read before hydration, applied after it: hydrating leaves an unanswered question's
    // radios as they are, so the visitor's choice stays checked, and the progress bar then
    // follows from the answers as usual.
    let early = q.chosen_early();
    Effect::new(move |_| q.open(early));

    // The result's answers (on screen, or ahead of the last answer) and whether it is shown:
    // memos, so that the result is rebuilt only when its answers change, and showing it sets
    // one attribute.
    let answers = Memo::new(move |_| q.now.with(|now| now.done().or_else(|| now.ahead())));
    let shown = Memo::new(move |_| q.now.with(|now| now.done().is_some()));
    view! {
        {move || q.now.with(|now| now.note).map(|note| view! { <p class="sd-quiz-note" role="status">{note}</p> })}
        <form class="sd-quiz-card" novalidate on:submit=move |ev| {
            ev.prevent_default();
            q.next();
        }>
            {move || {
                let now = q.now.get();
                now.done().is_none().then(|| question::question(q, now.step.min(QUESTION_COUNT - 1), &now))
            }}
            {move || answers.get().map(|done| result::result(q, &done, shown))}
        </form>
    }
}
