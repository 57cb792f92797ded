//! The embed: sections of Showdown mounted into someone else's page by
//! `embed.js` (written by `scripts/post-build.mjs`), one independent instance
//! per `<div data-showdown="…">`, each inside its own shadow root so no CSS
//! crosses in either direction. No router, no `<head>` changes, no listeners on
//! the host's window that change its behaviour, no URL or history changes.

use crate::app::Sections;

/// Which sections a marketer asked for in `data-showdown`: a comma list of
/// `article`, `differences`, `quiz`, `contact` or `all` (article, quiz, contact).
/// Unknown names are skipped. Sections show in the page's own order.
pub fn parse_sections(value: &str) -> Sections {
    let mut s = Sections::default();
    for name in value.split(',').map(|s| s.trim().to_ascii_lowercase()) {
        match name.as_str() {
            "article" => s.article = true,
            "differences" => s.differences = true,
            "quiz" => s.quiz = true,
            "contact" => s.contact = true,
            "all" => {
                s.article = true;
                s.quiz = true;
                s.contact = true;
            }
            _ => {}
        }
    }
    // The whole article already holds the table.
    s.differences &= !s.article;
    // On its own the booking section is the widget's top heading (an <h2> in an embed).
    s.contact_page = s.contact && !s.article;
    s
}

/// Called by `embed.js` for each mount point: `root` is a `<div>` inside the
/// mount element's shadow root; the options are the mount element's `data-*`.
#[cfg(all(target_arch = "wasm32", feature = "csr"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_embed(
    root: web_sys::HtmlElement,
    instance: u32,
    sections: String,
    endpoint: Option<String>,
    endpoint_format: Option<String>,
    theme: Option<String>,
    share_url: Option<String>,
) {
    let _ = root.set_attribute("class", "showdown sd-embed");
    if let Some(theme @ ("light" | "dark")) = theme.as_deref().map(str::trim) {
        let _ = root.set_attribute("data-theme", theme);
    }
    let share_url = share_url
        .map(|s| s.trim().to_string())
        .filter(|s| s.starts_with("https://") || s.starts_with("http://"))
        .unwrap_or_else(|| crate::config::site_url().to_string());
    let scope = crate::scope::Scope {
        id_prefix: format!("sd{instance}-"),
        heading_offset: 1,
        embedded: true,
        share_url,
        endpoint_attr: endpoint,
        format_attr: endpoint_format,
    };
    crate::contact::remember_landing();
    let last_quiz = crate::browser::stored(crate::quiz::LAST_RESULT_KEY).unwrap_or_default();
    let sections = parse_sections(&sections);
    leptos::mount::mount_to(root.clone(), move || crate::app::sections_view(scope, sections, String::new(), last_quiz))
        .forget();
    let _ = root.set_attribute("data-mounted", "");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(s: Sections) -> [bool; 4] {
        [s.article, s.differences, s.quiz, s.contact]
    }

    #[test]
    fn sections_parse() {
        assert_eq!(on(parse_sections("quiz")), [false, false, true, false]);
        assert_eq!(on(parse_sections(" Contact , quiz,contact")), [false, false, true, true]);
        assert_eq!(on(parse_sections("all")), [true, false, true, true]);
        assert_eq!(on(parse_sections("differences,QUIZ")), [false, true, true, false]);
        assert_eq!(on(parse_sections("differences,article")), [true, false, false, false]);
        assert_eq!(on(parse_sections("")), [false; 4]);
        assert_eq!(on(parse_sections("<script>,nope")), [false; 4]);
    }
}
