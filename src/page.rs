//! The full page in the browser. Its HTML is already there, rendered at build
//! time by the same components (`src/bin/prerender.rs`), so instead of building
//! the DOM again the page attaches behaviour to it: the theme toggle, the table
//! filter and contents tracker, the questionnaire, the booking form. Only what
//! this browser knows better than the build (a remembered theme, a finished
//! questionnaire, a kept draft, a shared result, today's date) is rendered again,
//! region by region. No Leptos runtime is needed for this, so the page's wasm
//! carries none (the embed's does: `embed.rs`).

use std::rc::Rc;

use showdown_core::article_html::{differences_block_html, RenderOptions};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::app::{Route, Start};
use crate::scope::Scope;

/// Calls `handler` for every `event` on `el`, for the life of the page.
fn listen<E: JsCast + 'static>(el: &web_sys::Element, event: &str, mut handler: impl FnMut(E) + 'static) {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Ok(ev) = ev.dyn_into::<E>() {
            handler(ev);
        }
    });
    let _ = el.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    callback.forget();
}

fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).ok().flatten()
}

/// Attaches the page to the prerendered HTML in `#app`.
pub fn attach(root: web_sys::Element) {
    let start = Start::from_browser();
    let route = Route::from_path(&start.path);
    let scope = Scope::full_page();

    // A static host's fallback may have served another view's HTML (an unknown path gets index.html).
    let served = find(&root, "main").and_then(|m| m.get_attribute("data-view"));
    if served.as_deref() != Some(route.id()) && route != Route::Article {
        if let Some(main) = find(&root, "main") {
            main.set_inner_html(&crate::app::main_html(route, &scope, &start));
            let _ = main.set_attribute("data-view", route.id());
        }
        for link in crate::browser::all(&root, ".sd-nav a") {
            let here = link.get_attribute("href").map(|h| Route::from_path(&h)) == Some(route);
            let _ =
                if here { link.set_attribute("aria-current", "page") } else { link.remove_attribute("aria-current") };
        }
    }

    if let Some(header) = find(&root, "header.sd-header") {
        if start.dark {
            if let Some(toggle) = find(&header, "[data-action=theme]") {
                crate::app::show_theme(&toggle, true);
            }
        }
        listen(&header, "click", crate::app::on_header_click);
    }

    if let Some(host) = find(&root, ".sd-article-host") {
        if let Some(answers) = start.last_quiz.as_deref() {
            let highlight = showdown_core::quiz::complete(&showdown_core::quiz::from_query(answers).answers)
                .map(|a| showdown_core::quiz::highlighted_aspects(&a))
                .unwrap_or_default();
            if let (false, Some(block)) = (highlight.is_empty(), find(&host, "[data-differences]")) {
                let options = RenderOptions { toc: true, highlight: &highlight, ..RenderOptions::default() };
                block.set_outer_html(&differences_block_html(&options));
            }
        }
        listen(&host, "change", crate::article::on_filter_change);
        listen(&host, "click", crate::article::on_filter_click);
        crate::article::track_contents(host);
    }

    let quiz = find(&root, ".sd-quiz");
    let parts = quiz.as_ref().map(|q| (find(q, "div"), find(q, "form.sd-quiz-card")));
    if let Some((Some(intro), Some(card))) = parts {
        let p = crate::quiz::prepare(&scope, &start.query);
        if p.resumed {
            intro.set_inner_html(&p.intro);
            card.set_inner_html(&p.card);
        }
        let state = Rc::new(crate::quiz::dom::Quiz::new(scope.clone(), p.progress_key, p.answers, p.step));
        if !p.resumed {
            state.adopt_checked(&card);
        }
        let (a, b, c) = (state.clone(), state.clone(), state);
        listen(&card, "change", move |ev: web_sys::Event| a.change(&ev));
        listen(&card, "submit", move |ev: web_sys::SubmitEvent| b.submit(&ev));
        listen(&card, "click", move |ev: web_sys::MouseEvent| c.click(&ev));
    }

    if let Some(host) = find(&root, ".sd-booking-host") {
        // On the article the booking section reads no query; on /contact it may carry a quiz result.
        let query = if route == Route::Contact { start.query.as_str() } else { "" };
        let p = crate::contact::prepare(&scope, query, route == Route::Contact);
        let form = find(&host, "form").and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok());
        let typed = form.as_ref().map(crate::contact::dom::read_draft).filter(|d| !showdown_core::contact::is_blank(d));
        match (&typed, &form) {
            // Typed while the wasm was loading: keep every character (and the caret) where it is.
            (Some(draft), Some(form)) => {
                p.booking.save(draft);
                crate::contact::dom::localise(form, &scope);
            }
            // Nothing this browser knows changes the prerendered form but the date and timezone:
            // patch those rather than rebuild it.
            (None, Some(form)) if !p.personal => crate::contact::dom::localise(form, &scope),
            _ => host.set_inner_html(&p.html),
        }
        let state = Rc::new(p.booking);
        let (a, b, c) = (state.clone(), state.clone(), state);
        listen(&host, "input", move |ev: web_sys::Event| a.input(&ev));
        listen(&host, "submit", move |ev: web_sys::SubmitEvent| b.submit(&ev));
        listen(&host, "click", move |ev: web_sys::MouseEvent| c.click(&ev));
    }

    // Tests and tools wait for this; CSS does not depend on it.
    let _ = root.set_attribute("data-mounted", "");

    // A form submitted before now was held by index.html's inline script: handle it.
    let held = js_sys::Reflect::get(&root, &wasm_bindgen::JsValue::from_str("__showdownHeld")).ok();
    if let Some(form) = held.and_then(|h| h.dyn_into::<web_sys::HtmlFormElement>().ok()) {
        let _ = js_sys::Reflect::delete_property(&root, &wasm_bindgen::JsValue::from_str("__showdownHeld"));
        if form.is_connected() {
            let _ = form.request_submit();
        }
    }
}
