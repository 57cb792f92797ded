//! Renders each view of the page to static HTML with Leptos's own renderer (the
//! same components the browser mounts), and writes it into the staged site:
//! `index.html`, `quiz/index.html`, `contact/index.html` and `404.html`.
//! Run by `scripts/post-build.mjs` (trunk's post_build hook):
//!   cargo run --no-default-features --features ssr --bin prerender -- <staging dir>
//!
//! The browser then replaces this HTML with the same markup in one task (no
//! paint in between), so the first paint needs no wasm at all.

use std::path::Path;
use std::process::ExitCode;

use leptos::prelude::*;
use showdown::app::{App, AppProps, Start};

const VIEWS: [(&str, &str); 4] =
    [("/", "index.html"), ("/quiz", "quiz/index.html"), ("/contact", "contact/index.html"), ("/404", "404.html")];

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

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <staging dir>");
        return ExitCode::FAILURE;
    };
    for (path, file) in VIEWS {
        let file = Path::new(&dir).join(file);
        let page = match std::fs::read_to_string(&file) {
            Ok(page) => page,
            Err(e) => {
                eprintln!("prerender: cannot read {}: {e}", file.display());
                return ExitCode::FAILURE;
            }
        };
        let start = Start::for_path(path);
        let html = Owner::new().with(|| App(AppProps { start }).to_html());
        let Some(out) = splice(&page, &html) else {
            eprintln!("prerender: no empty <div id=\"app\"> in {}", file.display());
            return ExitCode::FAILURE;
        };
        if let Err(e) = std::fs::write(&file, out) {
            eprintln!("prerender: cannot write {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
