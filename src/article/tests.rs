//! The article as the build renders it: its outline, table and links, on the page and in an embed.

use leptos::prelude::*;
use showdown_core::content::ASPECTS;

use super::*;

fn render<V: IntoView + 'static>(scope: Scope, view: impl FnOnce() -> V + 'static) -> String {
    Owner::new().with(move || {
        provide_context(scope);
        view().to_html()
    })
}

fn embed() -> Scope {
    Scope { share_url: "https://example.com/gvp/".into(), ..Scope::embed_template() }
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn full_page_article_structure() {
    let html = render(Scope::full_page(), || view! { <ArticleView/> });
    assert_eq!(count(&html, "<h1 "), 1);
    assert_eq!(count(&html, "<h2 "), 9, "eight sections and the closing call to action");
    assert!(html.contains("<h3 id=\"golang-used-for\"") && html.contains("<h4 id=\"python-disadvantages\""));
    assert_eq!(count(&html, "<tr role=\"row\" id="), 10);
    assert_eq!(count(&html, "scope=\"row\""), 10);
    assert_eq!(count(&html, "scope=\"col\""), 3);
    assert_eq!(count(&html, "<li><strong>"), 38);
    assert_eq!(count(&html, "role=\"note\""), 2);
    assert_eq!(count(&html, "class=\"sd-related\""), 3);
    assert!(html.contains("<nav aria-label=\"Contents\" class=\"sd-toc\">"));
    assert!(html.contains("href=\"#who-wins\""));
    assert_eq!(count(&html, "<a href=\"/quiz\" class=\"sd-button\">"), 2);
    assert!(html.contains("Global Interpreter Lock"));
    // (`<!>` separates adjacent text nodes for hydration.)
    let text = html.replace("<!>", "");
    assert!(text.contains("Eight questions about your project") && text.contains("Answer eight short questions"));
    // Curly quotes and ampersands arrive escaped where needed, intact otherwise.
    assert!(html.contains("Community &amp; Support"));
    assert!(html.contains("you’ll"));
    // Nothing is marked or narrowed before the browser knows the visitor.
    assert!(!html.contains("sd-highlight\"") && !html.contains("behind my answers") && !html.contains("aria-current"));
    assert!(html.contains("Showing all 10 aspects."));
}

#[test]
fn embed_shifts_headings_prefixes_ids_and_links_to_the_full_page() {
    let html = render(embed(), || view! { <ArticleView/> });
    assert_eq!(count(&html, "<h1"), 0);
    assert_eq!(count(&html, "<h2 id=\"sd0-title\">"), 1);
    assert!(html.contains("<h3 id=\"sd0-key-differences\""));
    assert!(html.contains("for=\"sd0-aspect-syntax\""));
    assert_eq!(count(&html, "href=\"https://example.com/gvp/quiz\""), 2);
    assert!(!html.contains("sd-toc"));
    assert!(!html.contains(" id=\"key-differences\""));
    assert!(!html.contains("href=\"/"), "no site-relative link in an embed");
}

#[test]
fn differences_section_alone_starts_at_h2_in_an_embed() {
    let html = render(embed(), || view! { <DifferencesSection/> });
    assert!(html.starts_with("<section aria-labelledby=\"sd0-key-differences\" data-section=\"key-differences\""));
    assert_eq!(count(&html, "<h2 id=\"sd0-key-differences\">Golang vs Python: Key Differences</h2>"), 1);
    assert_eq!(count(&html, "<caption>Golang vs Python: Key Differences</caption>"), 1);
    assert!(!html.contains("<h1") && !html.contains("<h3"));
}

#[test]
fn the_filter_finds_what_it_narrows_and_marks() {
    let scope = embed();
    let html = render(scope.clone(), || view! { <DifferencesSection/> });
    for (id, name) in ASPECTS {
        assert!(html.contains(&format!("id=\"{}\"", chip_id(&scope, id))), "chip {id}");
        assert!(html.contains(&format!("for=\"{}\">{}</label>", chip_id(&scope, id), name.replace('&', "&amp;"))));
        assert!(html.contains(&format!("<tr role=\"row\" id=\"{}\"", row_id(&scope, id))), "row {id}");
        assert!(html.contains(&format!("<span id=\"{}\" hidden", badge_id(&scope, id))), "badge {id}");
    }
    assert_eq!(count(&html, " checked"), ASPECTS.len(), "every chip starts ticked");
    assert_eq!(count(&html, " hidden class=\"sd-badge\">Behind your answers</span>"), ASPECTS.len());
    assert!(html.contains("aria-describedby=\"sd0-differences-status\""));
    assert!(html.contains("id=\"sd0-differences-status\" role=\"status\""));
}
