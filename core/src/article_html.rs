//! The article as static HTML, rendered from `content` for the page, the embed
//! and the build-time prerender alike. The page's interactive bits (the table
//! filter, the contents tracker) attach to this markup by its ids and
//! `data-*` attributes; see `src/article/` in the web shell.

use crate::content::{Block, Bullet, DifferenceRow, Section, ARTICLE, DIFFERENCES};
use crate::html::Html;

/// How one instance renders: the full page, or an embed on someone else's page.
#[derive(Clone, Debug, Default)]
pub struct RenderOptions<'a> {
    /// Prefixed to every id ("" on the full page) so instances never share ids.
    pub id_prefix: &'a str,
    /// 0 on the full page; 1 in an embed, where the host owns the `<h1>`.
    pub heading_offset: u8,
    /// The full page's address for links to it; `None` links site-relative ("/quiz").
    pub link_base: Option<&'a str>,
    /// Whether to include the table of contents.
    pub toc: bool,
    /// Table row ids behind the visitor's last questionnaire answers.
    pub highlight: &'a [&'a str],
}

impl RenderOptions<'_> {
    fn id(&self, local: &str) -> String {
        format!("{}{}", self.id_prefix, local)
    }

    fn heading_tag(&self, level: u8) -> String {
        format!("h{}", (level + self.heading_offset).clamp(1, 6))
    }

    /// A link to `path` on the full page.
    pub fn page_href(&self, path: &str) -> String {
        let path = path.trim_start_matches('/');
        match self.link_base {
            Some(base) => format!("{}/{}", base.trim_end_matches('/'), path),
            None => format!("/{path}"),
        }
    }
}

/// Text of the filter's status line for `shown` of the ten aspects.
pub fn filter_status(shown: usize) -> String {
    match shown {
        0 => "No aspects selected: tick at least one to compare.".to_string(),
        n if n == DIFFERENCES.len() => format!("Showing all {n} aspects."),
        n => format!("Showing {n} of {} aspects.", DIFFERENCES.len()),
    }
}

/// The whole article: hero, contents, every section, the calls to action.
pub fn article_html(o: &RenderOptions) -> String {
    let mut h = Html::new();
    let title_id = o.id("title");
    h.open("article", &[("class", Some("sd-article")), ("aria-labelledby", Some(&title_id))]);
    h.open("header", &[("class", Some("sd-hero"))]);
    h.element("p", &[("class", Some("sd-kicker"))], "Backend development");
    h.element(&o.heading_tag(1), &[("id", Some(&title_id))], ARTICLE.title);
    for p in ARTICLE.intro {
        h.element("p", &[("class", Some("sd-lede"))], p);
    }
    h.open("figure", &[("class", Some("sd-hero-figure"))]);
    h.open("div", &[("class", Some("sd-versus")), ("aria-hidden", Some("true"))]);
    h.element("span", &[("class", Some("sd-versus-go"))], "Go");
    h.element("span", &[("class", Some("sd-versus-vs"))], "vs");
    h.element("span", &[("class", Some("sd-versus-py"))], "Python");
    h.close("div");
    h.element("figcaption", &[], ARTICLE.image_caption);
    h.close("figure").close("header");

    h.open("div", &[("class", Some("sd-layout"))]);
    if o.toc {
        h.open("nav", &[("class", Some("sd-toc")), ("aria-label", Some("Contents"))]);
        h.element("p", &[("class", Some("sd-toc-title"))], "On this page");
        h.open("ol", &[]);
        for s in ARTICLE.sections {
            let href = format!("#{}", o.id(s.id));
            h.open("li", &[]).element("a", &[("href", Some(&href)), ("data-toc", Some(s.id))], s.short).close("li");
        }
        h.close("ol").close("nav");
    }
    h.open("div", &[("class", Some("sd-body"))]);
    for s in ARTICLE.sections {
        section(&mut h, o, s, 2);
        // The call to action sits right after the comparisons.
        if s.id == "advantages-and-disadvantages" {
            quiz_callout(&mut h, o);
        }
    }
    closing_callout(&mut h, o);
    h.element("p", &[("class", Some("sd-byline"))], ARTICLE.contact.byline);
    h.close("div").close("div").close("article");
    h.finish()
}

/// The "Key Differences" section on its own (the `differences` embed).
pub fn differences_html(o: &RenderOptions) -> String {
    let mut h = Html::new();
    if let Some(s) = ARTICLE.sections.iter().find(|s| s.id == "key-differences") {
        section(&mut h, o, s, 2);
    }
    h.finish()
}

/// The key differences block alone (filter and table), e.g. to mark the rows
/// behind the visitor's answers on a page that was rendered before they were known.
pub fn differences_block_html(o: &RenderOptions) -> String {
    let mut h = Html::new();
    differences_table(&mut h, o);
    h.finish()
}

fn section(h: &mut Html, o: &RenderOptions, s: &Section, level: u8) {
    let id = o.id(s.id);
    let class = format!("sd-section sd-level-{level}");
    h.open("section", &[("class", Some(&class)), ("aria-labelledby", Some(&id)), ("data-section", Some(s.id))]);
    h.element(&o.heading_tag(level), &[("id", Some(&id))], s.heading);
    for b in s.blocks {
        block(h, o, b);
    }
    for sub in s.subsections {
        section(h, o, sub, level + 1);
    }
    h.close("section");
}

fn block(h: &mut Html, o: &RenderOptions, b: &Block) {
    match b {
        Block::Paragraph(text) => {
            h.element("p", &[], text);
        }
        Block::Bullets(bullets) => {
            h.open("ul", &[("class", Some("sd-bullets"))]);
            for bullet in *bullets {
                bullet_item(h, bullet);
            }
            h.close("ul");
        }
        Block::Related(r) => {
            h.open("p", &[("class", Some("sd-related"))]);
            h.element("span", &[("class", Some("sd-related-label"))], "Related: ");
            h.element("a", &[("href", Some(r.href)), ("rel", Some("noopener"))], r.title);
            h.close("p");
        }
        Block::DifferencesTable => differences_table(h, o),
    }
}

fn bullet_item(h: &mut Html, b: &Bullet) {
    h.open("li", &[]);
    h.open("strong", &[]).text(b.lead).text(":").close("strong");
    h.text(" ").text(b.text);
    if let Some(note) = b.note {
        h.element("span", &[("class", Some("sd-note")), ("role", Some("note"))], note.text);
    }
    h.close("li");
}

fn differences_table(h: &mut Html, o: &RenderOptions) {
    let status_id = o.id("differences-status");
    let marked = |row: &DifferenceRow| o.highlight.contains(&row.id);
    let any_marked = DIFFERENCES.iter().any(marked);
    h.open("div", &[("class", Some("sd-differences")), ("data-differences", Some(""))]);
    h.open("fieldset", &[("class", Some("sd-filter")), ("aria-describedby", Some(&status_id))]);
    h.element("legend", &[], "Compare only what matters to you");
    h.open("ul", &[("class", Some("sd-filter-options"))]);
    for row in &DIFFERENCES {
        let id = o.id(&format!("aspect-{}", row.id));
        h.open("li", &[]);
        h.open(
            "input",
            &[("type", Some("checkbox")), ("id", Some(&id)), ("value", Some(row.id)), ("checked", Some(""))],
        );
        h.element("label", &[("for", Some(&id))], row.aspect);
        h.close("li");
    }
    h.close("ul");
    h.open("div", &[("class", Some("sd-filter-actions"))]);
    h.element(
        "button",
        &[("type", Some("button")), ("class", Some("sd-link-button")), ("data-action", Some("show-all"))],
        "Show all aspects",
    );
    if any_marked {
        h.element(
            "button",
            &[("type", Some("button")), ("class", Some("sd-link-button")), ("data-action", Some("show-highlighted"))],
            "Show only the aspects behind my answers",
        );
    }
    h.element(
        "span",
        &[("id", Some(&status_id)), ("role", Some("status")), ("class", Some("sd-filter-status"))],
        &filter_status(DIFFERENCES.len()),
    );
    h.close("div").close("fieldset");
    if any_marked {
        h.element(
            "p",
            &[("class", Some("sd-highlight-note"))],
            "Rows marked “Behind your answers” are the aspects your questionnaire answers point to.",
        );
    }
    h.open("div", &[("class", Some("sd-table-wrap"))]);
    h.open("table", &[("role", Some("table")), ("class", Some("sd-table"))]);
    h.element("caption", &[], "Golang vs Python: Key Differences");
    h.open("thead", &[]).open("tr", &[("role", Some("row"))]);
    for col in ["Aspect", "Golang", "Python"] {
        h.element("th", &[("role", Some("columnheader")), ("scope", Some("col"))], col);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for row in &DIFFERENCES {
        let is_marked = marked(row);
        h.open(
            "tr",
            &[("role", Some("row")), ("data-aspect", Some(row.id)), ("class", is_marked.then_some("sd-highlight"))],
        );
        h.open("th", &[("role", Some("rowheader")), ("scope", Some("row"))]).text(row.aspect);
        if is_marked {
            h.element("span", &[("class", Some("sd-badge"))], "Behind your answers");
        }
        h.close("th");
        h.element("td", &[("role", Some("cell")), ("data-label", Some("Golang"))], row.golang);
        h.open("td", &[("role", Some("cell")), ("data-label", Some("Python"))]).text(row.python);
        if let Some(note) = row.note {
            h.element("span", &[("class", Some("sd-note")), ("role", Some("note"))], note.text);
        }
        h.close("td").close("tr");
    }
    h.close("tbody").close("table").close("div").close("div");
}

fn quiz_callout(h: &mut Html, o: &RenderOptions) {
    let href = o.page_href("/quiz");
    h.open("aside", &[("class", Some("sd-callout")), ("aria-label", Some("Questionnaire"))]);
    h.open("p", &[]).element("strong", &[], "Still undecided?");
    h.text(" Eight questions about your project, one recommendation with its reasons.").close("p");
    h.open("p", &[])
        .element("a", &[("class", Some("sd-button")), ("href", Some(&href))], "Take the questionnaire")
        .close("p");
    h.close("aside");
}

fn closing_callout(h: &mut Html, o: &RenderOptions) {
    let id = o.id("quiz-cta");
    let href = o.page_href("/quiz");
    h.open("section", &[("class", Some("sd-callout sd-callout-closing")), ("aria-labelledby", Some(&id))]);
    h.element(&o.heading_tag(2), &[("id", Some(&id))], "Which language fits your project?");
    h.element("p", &[], "Answer eight short questions about your backend and get a recommendation with the reasons behind it. It takes about a minute and runs entirely in your browser.");
    h.open("p", &[])
        .element("a", &[("class", Some("sd-button")), ("href", Some(&href))], "Find out which language fits")
        .close("p");
    h.close("section");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(haystack: &str, needle: &str) -> usize {
        haystack.matches(needle).count()
    }

    #[test]
    fn full_page_article_structure() {
        let html = article_html(&RenderOptions { toc: true, ..Default::default() });
        assert_eq!(count(&html, "<h1 "), 1);
        assert_eq!(count(&html, "<h2 "), 9, "eight sections and the closing call to action");
        assert_eq!(count(&html, "<tr role=\"row\" data-aspect="), 10);
        assert_eq!(count(&html, "scope=\"row\""), 10);
        assert_eq!(count(&html, "scope=\"col\""), 3);
        assert_eq!(count(&html, "<li><strong>"), 38);
        assert_eq!(count(&html, "role=\"note\""), 2);
        assert_eq!(count(&html, "data-toc="), 8);
        assert!(html.contains("<a class=\"sd-button\" href=\"/quiz\">"));
        assert!(html.contains("Global Interpreter Lock"));
        // Curly quotes and ampersands arrive escaped where needed, intact otherwise.
        assert!(html.contains("Community &amp; Support"));
        assert!(html.contains("you’ll"));
    }

    #[test]
    fn embed_shifts_headings_prefixes_ids_and_links_to_the_full_page() {
        let o = RenderOptions {
            id_prefix: "sd2-",
            heading_offset: 1,
            link_base: Some("https://example.com/gvp/"),
            toc: false,
            highlight: &[],
        };
        let html = article_html(&o);
        assert_eq!(count(&html, "<h1"), 0);
        assert_eq!(count(&html, "<h2 id=\"sd2-title\">"), 1);
        assert!(html.contains("id=\"sd2-key-differences\""));
        assert!(html.contains("for=\"sd2-aspect-syntax\""));
        assert!(html.contains("href=\"https://example.com/gvp/quiz\""));
        assert!(!html.contains("sd-toc"));
        assert!(!html.contains(" id=\"key-differences\""));
    }

    #[test]
    fn highlight_marks_rows_and_offers_the_shortcut() {
        let html =
            differences_html(&RenderOptions { highlight: &["performance", "concurrency"], ..Default::default() });
        assert_eq!(count(&html, "class=\"sd-highlight\""), 2);
        assert_eq!(count(&html, "Behind your answers</span>"), 2);
        assert!(html.contains("data-action=\"show-highlighted\""));
        let plain = differences_html(&RenderOptions::default());
        assert!(!plain.contains("sd-highlight\"") && !plain.contains("show-highlighted"));
    }

    #[test]
    fn filter_status_texts() {
        assert_eq!(filter_status(10), "Showing all 10 aspects.");
        assert_eq!(filter_status(3), "Showing 3 of 10 aspects.");
        assert!(filter_status(0).contains("at least one"));
    }
}
