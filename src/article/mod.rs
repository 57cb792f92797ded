//! The article, written once as server-only components: the build renders it from
//! `showdown_core::content` into the page and the embed's fragments, and its text never
//! reaches the browser's wasm (the islands know only the aspects' and the sections' short
//! names, `content::ASPECTS` and `content::CONTENTS`). Three islands bring parts of it to life:
//! - [`DifferencesFilter`] narrows the key differences table to the chosen aspects and
//!   marks the rows behind the visitor's last questionnaire answers;
//! - [`Contents`] (the full page's table of contents) marks the section being read;
//! - [`PrintedResult`] ends the printout with the last questionnaire's result.

mod contents;
mod filter;
mod printed;

use leptos::prelude::*;
use showdown_core::content::{
    differences_section, Block, Bullet, DifferenceRow, EditorNote, Related, Section, ARTICLE, DIFFERENCES, TABLE_HEAD,
};
use showdown_core::quiz::{count_in_words, QUESTION_COUNT};

pub use contents::Contents;
pub use filter::DifferencesFilter;
pub use printed::PrintedResult;

use crate::app::Route;
use crate::scope::{heading, Scope};

/// The section the call to action to the questionnaire follows (right after the comparisons).
const QUIZ_CALLOUT_AFTER: &str = "advantages-and-disadvantages";

/// The badge of a table row behind the visitor's answers.
const BEHIND_YOUR_ANSWERS: &str = "Behind your answers";

/// The id of the filter's checkbox for the aspect `aspect` (a row id of the table).
fn chip_id(scope: &Scope, aspect: &str) -> String {
    scope.id(&format!("aspect-{aspect}"))
}

/// The id of the table row of the aspect `aspect`, which the filter narrows and marks.
fn row_id(scope: &Scope, aspect: &str) -> String {
    scope.id(&format!("difference-{aspect}"))
}

/// The id of that row's "Behind your answers" badge, which the filter shows on marked rows.
fn badge_id(scope: &Scope, aspect: &str) -> String {
    scope.id(&format!("difference-{aspect}-badge"))
}

/// The whole article: hero, contents (full page only), every section, the calls to action.
#[component]
pub fn ArticleView() -> impl IntoView {
    let scope = Scope::current();
    let title_id = scope.id("title");
    let sections = ARTICLE
        .sections
        .iter()
        .map(|section| {
            let callout = (section.id == QUIZ_CALLOUT_AFTER).then(|| view! { <QuizCallout/> });
            view! { <ArticleSection section depth=2 level=scope.level(2)/> {callout} }
        })
        .collect_view();
    view! {
        <article class="sd-article" aria-labelledby=title_id>
            <header class="sd-hero">
                <p class="sd-kicker">"Backend development"</p>
                {heading(scope.level(1)).id(title_id.clone()).child(ARTICLE.title)}
                {ARTICLE.intro.iter().map(|p| view! { <p class="sd-lede">{*p}</p> }).collect_view()}
                <figure class="sd-hero-figure">
                    <div class="sd-versus" aria-hidden="true">
                        <span class="sd-versus-go">"Go"</span>
                        <span class="sd-versus-vs">"vs"</span>
                        <span class="sd-versus-py">"Python"</span>
                    </div>
                    {(!ARTICLE.image_caption.is_empty()).then(|| view! { <figcaption>{ARTICLE.image_caption}</figcaption> })}
                </figure>
            </header>
            <div class="sd-layout">
                {(!scope.embedded).then(|| view! { <Contents/> })}
                <div class="sd-body">
                    {sections}
                    <ClosingCallout/>
                    <p class="sd-byline">{ARTICLE.contact.byline}</p>
                </div>
            </div>
        </article>
    }
}

/// The key differences section on its own (the `differences` embed): its heading is
/// the widget's top heading.
#[component]
pub fn DifferencesSection() -> impl IntoView {
    let scope = Scope::current();
    differences_section().map(|section| view! { <ArticleSection section depth=2 level=scope.level(1)/> })
}

/// A section with its subsections: `depth` is its place in the outline (2 for a
/// top-level section), `level` its heading's level in this instance.
#[component]
fn ArticleSection(section: &'static Section, depth: u8, level: u8) -> AnyView {
    let scope = Scope::current();
    let id = scope.id(section.id);
    let blocks = section.blocks.iter().map(|block| view! { <ArticleBlock block/> }).collect_view();
    let subsections = section
        .subsections
        .iter()
        .map(|section| view! { <ArticleSection section depth=depth + 1 level=level + 1/> })
        .collect_view();
    view! {
        <section class=format!("sd-section sd-level-{depth}") aria-labelledby=id data-section=section.id>
            {heading(level).id(id.clone()).child(section.heading)}
            {blocks}
            {subsections}
        </section>
    }
    .into_any()
}

#[component]
fn ArticleBlock(block: &'static Block) -> impl IntoView {
    match block {
        Block::Paragraph(text) => view! { <p>{*text}</p> }.into_any(),
        Block::Bullets(bullets) => view! {
            <ul class="sd-bullets">{bullets.iter().map(|bullet| view! { <BulletItem bullet/> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Related(related) => view! { <RelatedLine related/> }.into_any(),
        Block::DifferencesTable => view! { <KeyDifferences/> }.into_any(),
    }
}

/// A bullet with its bold lead ("Concurrency:").
#[component]
fn BulletItem(bullet: &'static Bullet) -> impl IntoView {
    view! {
        <li>
            {(!bullet.lead.is_empty()).then(|| view! { <strong>{bullet.lead} ":"</strong> " " })}
            {bullet.text}
            {bullet.note.map(|note| view! { <Note note/> })}
        </li>
    }
}

/// An editor's note beside a claim that is no longer true.
#[component]
fn Note(note: EditorNote) -> impl IntoView {
    view! { <span class="sd-note" role="note">{note.text}</span> }
}

#[component]
fn RelatedLine(related: &'static Related) -> impl IntoView {
    view! {
        <p class="sd-related">
            <span class="sd-related-label">"Related: "</span>
            <a href=related.href rel="noopener">{related.title}</a>
        </p>
    }
}

/// The key differences block: the filter (an island) above the table it narrows.
#[component]
fn KeyDifferences() -> impl IntoView {
    // (Type-erased: a server-only view costs no wasm, and erasing close to the island
    // keeps the compiler within its query depth when it lays out the erased views.)
    let filter = view! { <DifferencesFilter/> }.into_any();
    let rows = DIFFERENCES.iter().map(|row| view! { <DifferenceRowView row/> }.into_any()).collect_view();
    let table = view! {
        <div class="sd-table-wrap">
            <table role="table" class="sd-table">
                <caption>{differences_section().map(|section| section.heading)}</caption>
                <thead>
                    <tr role="row">
                        {TABLE_HEAD.map(|name| view! { <th role="columnheader" scope="col">{name}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any();
    view! {
        <div class="sd-differences">
            {filter}
            {table}
        </div>
    }
}

/// One row of the table. Its badge stays hidden until the filter marks the row as
/// behind the visitor's answers.
#[component]
fn DifferenceRowView(row: &'static DifferenceRow) -> impl IntoView {
    let scope = Scope::current();
    view! {
        <tr role="row" id=row_id(&scope, row.id)>
            <th role="rowheader" scope="row">
                {row.aspect}
                <span class="sd-badge" id=badge_id(&scope, row.id) hidden>{BEHIND_YOUR_ANSWERS}</span>
            </th>
            <td role="cell" data-label=TABLE_HEAD[1]>{row.golang}</td>
            <td role="cell" data-label=TABLE_HEAD[2]>{row.python} {row.note.map(|note| view! { <Note note/> })}</td>
        </tr>
    }
}

/// The call to action after the comparisons.
#[component]
fn QuizCallout() -> impl IntoView {
    let scope = Scope::current();
    view! {
        <aside class="sd-callout" aria-label="Questionnaire">
            <p>
                <strong>"Still undecided?"</strong>
                " "
                {count_in_words(QUESTION_COUNT)}
                " questions about your project, one recommendation with its reasons."
            </p>
            <p>
                <a class="sd-button" href=scope.page_href(Route::Quiz.path())>"Take the questionnaire"</a>
            </p>
        </aside>
    }
}

/// The call to action that closes the article.
#[component]
fn ClosingCallout() -> impl IntoView {
    let scope = Scope::current();
    let id = scope.id("quiz-cta");
    view! {
        <section class="sd-callout sd-callout-closing" aria-labelledby=id>
            {heading(scope.level(2)).id(id.clone()).child("Which language fits your project?")}
            <p>
                "Answer " {count_in_words(QUESTION_COUNT).to_lowercase()}
                " short questions about your backend and get a recommendation with the reasons behind it. It takes about a minute and runs entirely in your browser."
            </p>
            <p>
                <a class="sd-button" href=scope.page_href(Route::Quiz.path())>"Find out which language fits"</a>
            </p>
        </section>
    }
}

// Rendering to HTML needs the build's renderer: `cargo test --lib --features ssr`.
#[cfg(all(test, feature = "ssr"))]
mod tests;
