//! The full page: one view per path, the header with its theme toggle, the footer.
//! Routing is a match on the path at load: links between views are ordinary
//! links (each view is its own HTML file in `dist/`), so no router ships.

use leptos::prelude::*;

use crate::article::ArticleView;
use crate::contact::BookingSection;
use crate::quiz::QuizView;
use crate::scope::Scope;
use showdown_core::html::Html;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Article,
    Quiz,
    Contact,
    NotFound,
}

impl Route {
    /// The view's name, on `<main data-view>`.
    pub fn id(self) -> &'static str {
        match self {
            Route::Article => "article",
            Route::Quiz => "quiz",
            Route::Contact => "contact",
            Route::NotFound => "not-found",
        }
    }

    pub fn from_path(path: &str) -> Route {
        match path.trim_end_matches('/').trim_end_matches("/index.html") {
            "" => Route::Article,
            "/quiz" => Route::Quiz,
            "/contact" => Route::Contact,
            _ => Route::NotFound,
        }
    }
}

/// The theme a visitor chose with the toggle, remembered in `localStorage`.
pub const THEME_KEY: &str = "showdown-theme";

/// Everything the page needs from the browser, read once before rendering so
/// that components render from plain data (and can be rendered to HTML at build time).
#[derive(Clone, Debug, Default)]
pub struct Start {
    pub path: String,
    /// `location.search`, for the quiz's shared answers and the form's topic.
    pub query: String,
    /// Whether the page shows in dark: the remembered choice, else the system's.
    pub dark: bool,
    /// The answers of the last finished questionnaire, as a query (for the table highlight).
    pub last_quiz: Option<String>,
}

impl Start {
    pub fn for_path(path: &str) -> Start {
        Start { path: path.to_string(), ..Start::default() }
    }

    #[cfg(target_arch = "wasm32")]
    pub fn from_browser() -> Start {
        use crate::browser;
        let dark = match browser::stored(THEME_KEY).as_deref() {
            Some("dark") => true,
            Some("light") => false,
            _ => browser::prefers_dark(),
        };
        crate::contact::remember_landing();
        Start {
            path: browser::location_path(),
            query: browser::location_search(),
            dark,
            last_quiz: browser::stored(crate::quiz::LAST_RESULT_KEY),
        }
    }
}

/// Which sections an instance shows (the full page's views, or an embed's `data-showdown`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sections {
    pub article: bool,
    pub differences: bool,
    pub quiz: bool,
    pub contact: bool,
    /// The booking section is the page (`/contact`): its heading is the `<h1>`.
    pub contact_page: bool,
    pub not_found: bool,
}

/// The sections of one instance, in the page's order. (Options rather than
/// type-erased views: each erased view costs wasm bytes.)
pub fn sections_view(scope: Scope, show: Sections, query: String, last_quiz: String) -> impl IntoView {
    let nothing = !(show.article || show.differences || show.quiz || show.contact || show.not_found);
    view! {
        {show.article.then(|| view! { <ArticleView scope=scope.clone() last_quiz=last_quiz.clone()/> })}
        {show.differences.then(|| view! { <ArticleView scope=scope.clone() last_quiz=last_quiz.clone() differences_only=true/> })}
        {show.quiz.then(|| view! { <QuizView scope=scope.clone() query=query.clone()/> })}
        {show.contact.then(|| view! { <BookingSection scope=scope.clone() query=query.clone() standalone=show.contact_page/> })}
        {show.not_found.then(|| view! { <section class="sd-notfound" aria-labelledby="not-found" inner_html=not_found_html()></section> })}
        {nothing.then(|| view! { <p class="sd-quiz-note">"Nothing to show here: data-showdown should name article, differences, quiz, contact or all."</p> })}
    }
}

#[component]
pub fn App(start: Start) -> impl IntoView {
    let route = Route::from_path(&start.path);
    let show = match route {
        Route::Article => Sections { article: true, contact: true, ..Sections::default() },
        Route::Quiz => Sections { quiz: true, ..Sections::default() },
        Route::Contact => Sections { contact: true, contact_page: true, ..Sections::default() },
        Route::NotFound => Sections { not_found: true, ..Sections::default() },
    };
    // The article's own closing section is the booking form, which reads no query there.
    let query = if route == Route::Article { String::new() } else { start.query.clone() };
    let main = sections_view(Scope::full_page(), show, query, start.last_quiz.clone().unwrap_or_default());
    view! {
        <a class="sd-skip" href="#main">"Skip to content"</a>
        <header class="sd-header" inner_html=header_html(route, start.dark) on:click=on_header_click></header>
        <main id="main" class="sd-main" tabindex="-1" data-view=route.id()>{main}</main>
        <footer class="sd-footer" inner_html=footer_html()></footer>
    }
}

/// The site header: brand, the three views, the theme toggle.
fn header_html(route: Route, dark: bool) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", Some("sd-header-inner"))]);
    h.open("a", &[("class", Some("sd-brand")), ("href", Some("/"))]);
    h.element("span", &[("class", Some("sd-brand-mark")), ("aria-hidden", Some("true"))], "</>");
    h.open("span", &[]).text("AMELA ").element("span", &[("class", Some("sd-brand-sub"))], "Tech Blog").close("span");
    h.close("a");
    h.open("nav", &[("class", Some("sd-nav")), ("aria-label", Some("Main"))]);
    for (href, label, r) in [
        ("/", "Article", Route::Article),
        ("/quiz", "Questionnaire", Route::Quiz),
        ("/contact", "Book a meeting", Route::Contact),
    ] {
        h.element("a", &[("href", Some(href)), ("aria-current", (r == route).then_some("page"))], label);
    }
    h.close("nav");
    h.open(
        "button",
        &[
            ("type", Some("button")),
            ("class", Some("sd-theme-toggle")),
            ("aria-pressed", Some(if dark { "true" } else { "false" })),
            ("data-action", Some("theme")),
        ],
    );
    h.element("span", &[("class", Some("sd-theme-icon")), ("aria-hidden", Some("true"))], if dark { "☾" } else { "☀" });
    h.text(" Dark theme").close("button");
    h.close("div");
    h.finish()
}

fn footer_html() -> String {
    let mut h = Html::new();
    h.open("p", &[]).text(showdown_core::content::ARTICLE.contact.byline).text(" · ");
    h.element("a", &[("href", Some("/contact"))], "Book a meeting").text(" · ");
    h.element("a", &[("href", Some("/quiz"))], "Which language fits you?").close("p");
    h.finish()
}

fn not_found_html() -> String {
    let mut h = Html::new();
    h.element("h1", &[("id", Some("not-found"))], "Page not found");
    h.element("p", &[], "There is nothing at this address. It may have moved, or the link may have a typo.");
    h.open("p", &[])
        .element("a", &[("class", Some("sd-button")), ("href", Some("/"))], "Read “Golang vs Python” from the start")
        .close("p");
    h.open("p", &[]).text("Or ").element("a", &[("href", Some("/quiz"))], "find out which language fits your project");
    h.text(", or ").element("a", &[("href", Some("/contact"))], "book a meeting").text(".").close("p");
    h.finish()
}

/// The main content of `route` as HTML, for when a static host's fallback served
/// another view's page (the same markup the components render).
#[cfg(all(target_arch = "wasm32", feature = "page"))]
pub(crate) fn main_html(route: Route, scope: &Scope, start: &Start) -> String {
    match route {
        // Only `/` itself is served the article's page, so it never needs rendering here
        // (and leaving it out keeps the article's text out of the page's wasm).
        Route::Article => String::new(),
        Route::Quiz => {
            let p = crate::quiz::prepare(scope, &start.query);
            format!(
                "<div class=\"sd-quiz\"><div>{}</div><form class=\"sd-quiz-card\" novalidate>{}</form></div>",
                p.intro, p.card
            )
        }
        Route::Contact => {
            format!("<div class=\"sd-booking-host\">{}</div>", crate::contact::prepare(scope, &start.query, true).html)
        }
        Route::NotFound => {
            format!("<section class=\"sd-notfound\" aria-labelledby=\"not-found\">{}</section>", not_found_html())
        }
    }
}

/// Shows the theme toggle as on (dark) or off.
#[cfg(target_arch = "wasm32")]
pub(crate) fn show_theme(toggle: &web_sys::Element, dark: bool) {
    let _ = toggle.set_attribute("aria-pressed", if dark { "true" } else { "false" });
    if let Ok(Some(icon)) = toggle.query_selector(".sd-theme-icon") {
        icon.set_text_content(Some(if dark { "☾" } else { "☀" }));
    }
}

/// The theme toggle: switches light/dark and remembers it. The theme lives on
/// the app's root element (`.showdown`), never on the host's `:root`.
pub(crate) fn on_header_click(ev: leptos::ev::MouseEvent) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-action=theme]").ok().flatten())
        else {
            return;
        };
        let dark = button.get_attribute("aria-pressed").as_deref() != Some("true");
        let theme = if dark { "dark" } else { "light" };
        show_theme(&button, dark);
        if let Some(root) = button.closest(".showdown").ok().flatten() {
            let _ = root.set_attribute("data-theme", theme);
        }
        crate::browser::store(THEME_KEY, theme);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ev;
}
