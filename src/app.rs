//! The full page: one view per path, the header with its theme toggle, the footer;
//! and the sections an embed can show. Every view is rendered to HTML at build time
//! (`src/bin/prerender.rs`); in the browser only the islands inside it come alive.
//! Links between views are ordinary links (each view is its own HTML file in
//! `dist/`), so no router ships.

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;
use showdown_core::content::{Page, BRAND, VIEWS};

use crate::article::{ArticleView, DifferencesSection, PrintedResult};
use crate::contact::{BookingSection, Outbox, OUTBOX_KEY};
use crate::quiz::{QuizSection, LAST_RESULT_KEY};
use crate::scope::Scope;
use crate::theme::ThemeToggle;

/// The views of the full page, each its own file in `dist/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Article,
    Quiz,
    Contact,
    NotFound,
}

impl Route {
    pub const ALL: [Route; 4] = [Route::Article, Route::Quiz, Route::Contact, Route::NotFound];

    /// The view's name, on `<main data-view>`.
    pub fn id(self) -> &'static str {
        match self {
            Route::Article => "article",
            Route::Quiz => "quiz",
            Route::Contact => "contact",
            Route::NotFound => "not-found",
        }
    }

    /// The view's address on the site (the 404 page has none of its own).
    pub fn path(self) -> &'static str {
        match self {
            Route::Article => "/",
            Route::Quiz => "/quiz",
            Route::Contact => "/contact",
            Route::NotFound => "/404",
        }
    }

    /// A link to the view from the full page (under the site's base path).
    pub fn href(self) -> String {
        Scope::current().page_href(self.path())
    }

    /// The file in `dist/` that holds the view.
    pub fn file(self) -> &'static str {
        match self {
            Route::Article => "index.html",
            Route::Quiz => "quiz/index.html",
            Route::Contact => "contact/index.html",
            Route::NotFound => "404.html",
        }
    }

    /// The view's title and description (content/site.toml's `[views.*]`).
    pub fn page(self) -> &'static Page {
        match self {
            Route::Article => &VIEWS.article,
            Route::Quiz => &VIEWS.quiz,
            Route::Contact => &VIEWS.contact,
            Route::NotFound => &VIEWS.not_found,
        }
    }

    /// The views the header links to, with their link text.
    const NAV: [(Route, &'static str); 3] =
        [(Route::Article, "Article"), (Route::Quiz, "Questionnaire"), (Route::Contact, "Book a meeting")];
}

/// An element with this attribute hydrates the islands inside it only when it comes near
/// the viewport, or is used before that (the booking form at the end of the long article),
/// so their bundle is not part of the view's first load.
pub const HYDRATE_WHEN_VISIBLE: &str = "data-hydrate-when-visible";

/// An element with this attribute hydrates the islands inside it only when this browser's
/// `localStorage` has a key that starts with the attribute's value, once the view's other
/// islands have hydrated and the browser is idle (or when another tab stores one later):
/// the printout's closing block and the outbox's notice, whose bundles no visitor without a
/// finished questionnaire or a waiting booking needs.
pub const HYDRATE_IF_STORED: &str = "data-hydrate-if-stored";

/// The sections a marketer can embed (`data-showdown`), each rendered by the build
/// into its own fragment for the embed loader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Article,
    Differences,
    Quiz,
    Contact,
}

impl Section {
    pub const ALL: [Section; 4] = [Section::Article, Section::Differences, Section::Quiz, Section::Contact];

    /// The name in `data-showdown`.
    pub fn id(self) -> &'static str {
        match self {
            Section::Article => "article",
            Section::Differences => "differences",
            Section::Quiz => "quiz",
            Section::Contact => "contact",
        }
    }

    /// What `all` stands for, in the page's order.
    pub const EVERYTHING: [Section; 3] = [Section::Article, Section::Quiz, Section::Contact];

    /// Sections this one already shows (the whole article holds the table).
    pub fn covers(self) -> &'static [Section] {
        match self {
            Section::Article => &[Section::Differences],
            _ => &[],
        }
    }
}

/// One embeddable section as the build renders it for the embed loader.
#[component]
pub fn SectionView(section: Section) -> impl IntoView {
    provide_context(Scope::embed_template());
    match section {
        Section::Article => view! { <ArticleView/> }.into_any(),
        Section::Differences => view! { <DifferencesSection/> }.into_any(),
        Section::Quiz => view! { <QuizSection/> }.into_any(),
        Section::Contact => view! { <BookingSection standalone=true/> }.into_any(),
    }
}

/// The full page at `route`.
#[component]
pub fn App(route: Route) -> impl IntoView {
    provide_context(Scope::full_page());
    let main = match route {
        Route::Article => view! {
            <ArticleView/>
            <BookingSection/>
            {view! { <div><PrintedResult/></div> }.add_any_attr(custom_attribute(HYDRATE_IF_STORED, LAST_RESULT_KEY))}
        }
        .into_any(),
        Route::Quiz => view! { <QuizSection/> }.into_any(),
        Route::Contact => view! { <BookingSection standalone=true/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    };
    view! {
        <a class="sd-skip" href="#main">"Skip to content"</a>
        <Header route/>
        <main id="main" class="sd-main" tabindex="-1" data-view=route.id()>{main}</main>
        <Footer/>
        <OutboxSlot/>
    }
}

/// The outbox's notice (on every view, and in an embed when a booking waits): it hydrates
/// only when a booking waits in this browser.
#[component]
pub fn OutboxSlot() -> impl IntoView {
    view! { <div class="sd-outbox-slot"><Outbox/></div> }.add_any_attr(custom_attribute(HYDRATE_IF_STORED, OUTBOX_KEY))
}

/// The site header: brand, the three views, the theme toggle.
#[component]
fn Header(route: Route) -> impl IntoView {
    let links = Route::NAV.map(|(r, label)| {
        view! { <a href=r.href() aria-current=(r == route).then_some("page")>{label}</a> }
    });
    view! {
        <header class="sd-header">
            <div class="sd-header-inner">
                <a class="sd-brand" href=Route::Article.href()>
                    <span class="sd-brand-mark" aria-hidden="true">"</>"</span>
                    <span>{BRAND.name} " " <span class="sd-brand-sub">{BRAND.tagline}</span></span>
                </a>
                <nav class="sd-nav" aria-label="Main">{links}</nav>
                <ThemeToggle/>
            </div>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="sd-footer">
            <p>
                {showdown_core::content::ARTICLE.contact.byline} " · "
                <a href=Route::Contact.href()>"Book a meeting"</a> " · "
                <a href=Route::Quiz.href()>"Which language fits you?"</a>
            </p>
        </footer>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section class="sd-notfound" aria-labelledby="not-found">
            <h1 id="not-found">"Page not found"</h1>
            <p>"There is nothing at this address. It may have moved, or the link may have a typo."</p>
            <p><a class="sd-button" href=Route::Article.href()>"Read “Golang vs Python” from the start"</a></p>
            <p>
                "Or " <a href=Route::Quiz.href()>"find out which language fits your project"</a>
                ", or " <a href=Route::Contact.href()>"book a meeting"</a> "."
            </p>
        </section>
    }
}
