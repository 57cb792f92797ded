//! Renders the site to static HTML with Leptos's own renderer, at build time:
//! - each view of the page into its file in the staged site (`index.html`,
//!   `quiz/index.html`, `contact/index.html`, `404.html`), inside `<div id="app">`;
//! - each embeddable section into `embed-<section>.html`, a fragment the embed
//!   loader puts into a host page's shadow root;
//! - `showdown-build.json`, which tells the loaders about the views and sections.
//!
//! Run by `scripts/post-build.mjs` (trunk's post_build hook):
//!   cargo run --features ssr --bin prerender -- <staging dir>
//! In the browser, only the islands in this HTML hydrate; nothing is rendered twice.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use showdown::app::{HYDRATE_IF_STORED, HYDRATE_WHEN_VISIBLE};
use showdown::scope::{Scope, EMBED_ID_PREFIX};
use showdown::{App, Route, Section};
use showdown_core::content::CONTACT;
use showdown_core::quiz::{audit, QUIZ, SOURCE};

/// Renders `view` as islands HTML (islands wrapped in `<leptos-island>` for the loader).
fn render<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    owner.with(|| view().to_html())
}

/// Puts `html` inside the page's empty `<div id="app" …></div>`.
fn splice(page: &str, html: &str) -> Option<String> {
    let at = page.find("id=\"app\"").or_else(|| page.find("id=app"))?;
    let open_end = at + page[at..].find('>')? + 1;
    let close = open_end + page[open_end..].find("</div>")?;
    let inside = page[open_end..close].trim();
    if !(inside.is_empty() || inside.starts_with("<!--")) {
        return None; // already prerendered, or not the shell we expect
    }
    Some(format!("{}{}{}", &page[..open_end], html, &page[close..]))
}

/// What the loaders need to know about the views and the embed's sections, as JSON
/// (`showdown-build.json`, which the hook reads and removes).
fn build_info() -> String {
    use leptos::serde_json::{json, Map, Value};
    let ids = |s: &[Section]| s.iter().map(|s| s.id()).collect::<Vec<_>>();
    let covers: Map<String, Value> =
        Section::ALL.iter().map(|s| (s.id().to_string(), ids(s.covers()).into())).collect();
    let views: Vec<Value> =
        Route::ALL.iter().map(|r| json!({ "view": r.id(), "path": r.path(), "file": r.file() })).collect();
    json!({
        // The path the site lives under, which the hook puts the pages' files under.
        "base": showdown_core::site::base_path(showdown::config::SITE_URL),
        "views": views,
        "sections": ids(&Section::ALL),
        "defer": HYDRATE_WHEN_VISIBLE,
        "ifStored": HYDRATE_IF_STORED,
        "outboxKey": showdown::contact::OUTBOX_KEY,
        "embed": {
            "all": ids(&Section::EVERYTHING),
            "covers": covers,
            // The build renders embed sections with this id prefix and these links to the
            // full page; the loader gives each instance its own prefix and links.
            "idPrefix": EMBED_ID_PREFIX,
            "linkBase": Scope::embed_template().share_url.trim_end_matches('/'),
        },
    })
    .to_string()
}

/// The page shell's placeholders, each with the words it stands for on `route`'s view.
fn head_words(route: Route) -> [(&'static str, &'static str); 4] {
    let page = route.page();
    [
        ("__SHOWDOWN_TITLE__", page.title),
        ("__SHOWDOWN_DESCRIPTION__", page.description),
        ("__SHOWDOWN_COMPANY__", CONTACT.company),
        ("__SHOWDOWN_EMAIL__", CONTACT.email),
    ]
}

/// The scoring rules over every answer combination of content/quiz.toml (the build's
/// check of the file's weights and dealbreakers, which the engine alone can make).
fn check_questionnaire() -> Result<(), String> {
    let findings = audit(&QUIZ);
    if findings.is_empty() {
        return Ok(());
    }
    let mut message = String::from("the questionnaire breaks the scoring rules:\n");
    for finding in &findings {
        message.push_str(&finding.show(&SOURCE));
        message.push('\n');
    }
    message.push_str("Change the weights or the `rules_out` lines named above, then build again.");
    Err(message)
}

fn run(dir: &Path) -> Result<(), String> {
    check_questionnaire()?;
    for route in Route::ALL {
        let file = dir.join(route.file());
        let mut page = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        for (placeholder, words) in head_words(route) {
            // Trunk's minifier may have dropped the quotes around a placeholder attribute
            // value; the words may have spaces, so every attribute gets its quotes back.
            let value = format!("=\"{}\"", html_escape::encode_double_quoted_attribute(words));
            page = page
                .replace(&format!("=\"{placeholder}\""), &value)
                .replace(&format!("={placeholder}"), &value)
                .replace(placeholder, &html_escape::encode_text(words));
        }
        let html = render(move || view! { <App route/> });
        let out = splice(&page, &html).ok_or_else(|| format!("no empty <div id=\"app\"> in {}", file.display()))?;
        std::fs::write(&file, out).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    for section in Section::ALL {
        let file = dir.join(format!("embed-{}.html", section.id()));
        let html = render(move || view! { <showdown::app::SectionView section/> });
        std::fs::write(&file, html).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    // The outbox's notice, which the embed loader adds to a widget when a booking waits.
    let html = render(|| {
        provide_context(Scope::embed_template());
        view! { <showdown::app::OutboxSlot/> }
    });
    std::fs::write(dir.join("embed-outbox.html"), html).map_err(|e| format!("cannot write embed-outbox.html: {e}"))?;
    let manifest = dir.join("showdown-build.json");
    std::fs::write(&manifest, build_info()).map_err(|e| format!("cannot write {}: {e}", manifest.display()))
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <staging dir>");
        return ExitCode::FAILURE;
    };
    match run(Path::new(&dir)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
