//! The article. Its markup is static and comes from `showdown_core::article_html`
//! (far fewer wasm bytes than a view tree of the same size); this component only
//! wires the interactive bits to it: the key differences filter, and on the full
//! page the table of contents that marks the section being read.

use leptos::prelude::*;
use showdown_core::article_html::{article_html, differences_html, RenderOptions};

use crate::scope::Scope;

/// Which part of the article to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Whole,
    Differences,
}

#[component]
pub fn ArticleView(
    scope: Scope,
    /// The answers of the last finished questionnaire, as a query ("" when none).
    #[prop(optional, into)]
    last_quiz: String,
    #[prop(optional)] differences_only: bool,
) -> impl IntoView {
    let highlight = showdown_core::quiz::complete(&showdown_core::quiz::from_query(&last_quiz).answers)
        .map(|a| showdown_core::quiz::highlighted_aspects(&a))
        .unwrap_or_default();
    let link_base = scope.embedded.then_some(scope.share_url.as_str());
    let options = RenderOptions {
        id_prefix: &scope.id_prefix,
        heading_offset: scope.heading_offset,
        link_base,
        toc: !scope.embedded,
        highlight: &highlight,
    };
    let part = if differences_only { Part::Differences } else { Part::Whole };
    // On its own (only ever in an embed) the table's section is the widget's top heading, an <h2>.
    let options =
        RenderOptions { heading_offset: if differences_only { 0 } else { options.heading_offset }, ..options };
    let html = match part {
        Part::Whole => article_html(&options),
        Part::Differences => differences_html(&options),
    };
    view! {
        <div class="sd-article-host" inner_html=html on:change=on_filter_change on:click=on_filter_click></div>
    }
}

#[cfg(target_arch = "wasm32")]
mod dom {
    use wasm_bindgen::JsCast;

    /// The differences block around an event's target.
    pub fn differences_of(ev: &web_sys::Event) -> Option<web_sys::Element> {
        let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
        target.closest("[data-differences]").ok().flatten()
    }

    pub use crate::browser::all;

    /// Shows the rows whose aspect checkbox is ticked and says how many.
    pub fn apply_filter(block: &web_sys::Element) {
        let checked: Vec<String> = all(block, "input[type=checkbox]")
            .into_iter()
            .filter_map(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|input| input.checked())
            .map(|input| input.value())
            .collect();
        for row in all(block, "tr[data-aspect]") {
            let aspect = row.get_attribute("data-aspect").unwrap_or_default();
            let _ = if checked.contains(&aspect) {
                row.remove_attribute("hidden")
            } else {
                row.set_attribute("hidden", "")
            };
        }
        if let Ok(Some(status)) = block.query_selector(".sd-filter-status") {
            status.set_text_content(Some(&showdown_core::article_html::filter_status(checked.len())));
        }
    }
}

pub(crate) fn on_filter_change(ev: leptos::ev::Event) {
    #[cfg(target_arch = "wasm32")]
    if let Some(block) = dom::differences_of(&ev) {
        dom::apply_filter(&block);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ev;
}

pub(crate) fn on_filter_click(ev: leptos::ev::MouseEvent) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(button) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Some(action) = button.get_attribute("data-action") else { return };
        let Some(block) = dom::differences_of(&ev) else { return };
        let marked: Vec<String> =
            dom::all(&block, "tr.sd-highlight").iter().filter_map(|r| r.get_attribute("data-aspect")).collect();
        for input in dom::all(&block, "input[type=checkbox]") {
            if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
                input.set_checked(action == "show-all" || marked.contains(&input.value()));
            }
        }
        dom::apply_filter(&block);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ev;
}

/// Marks the contents link of the section being read (`aria-current="location"`)
/// while the visitor scrolls. The full page only (an embed has no contents).
#[cfg(all(target_arch = "wasm32", feature = "page"))]
pub(crate) fn track_contents(host: web_sys::Element) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let update = Rc::new(move || {
        let mut current = None;
        for section in dom::all(&host, ".sd-level-2[data-section]") {
            if section.get_bounding_client_rect().top() < 200.0 {
                current = section.get_attribute("data-section");
            }
        }
        for link in dom::all(&host, "a[data-toc]") {
            let is_current = current.is_some() && link.get_attribute("data-toc") == current;
            let _ = if is_current {
                link.set_attribute("aria-current", "location")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    });
    let Some(window) = crate::browser::window() else { return };
    // The first look waits for a frame: reading positions now would force a layout in the
    // middle of the page's start-up.
    {
        let update = update.clone();
        let first = Closure::once_into_js(move || update());
        let _ = window.request_animation_frame(first.unchecked_ref());
    }
    // At most one update per frame, however fast the scroll events come.
    let scheduled = Rc::new(Cell::new(false));
    let frame = {
        let (update, scheduled) = (update.clone(), scheduled.clone());
        Closure::<dyn FnMut()>::new(move || {
            scheduled.set(false);
            update();
        })
    };
    let on_scroll = Closure::<dyn FnMut()>::new(move || {
        if !scheduled.replace(true) {
            if let Some(w) = crate::browser::window() {
                let _ = w.request_animation_frame(frame.as_ref().unchecked_ref());
            }
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_passive(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "scroll",
        on_scroll.as_ref().unchecked_ref(),
        &options,
    );
    on_scroll.forget(); // lives as long as the page
}
