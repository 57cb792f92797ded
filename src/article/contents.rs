//! The full page's table of contents, which marks the section being read
//! (`aria-current="location"`) while the visitor scrolls.

use leptos::prelude::*;
use showdown_core::content::CONTENTS;

use crate::browser;
use crate::scope::Scope;

#[cfg_attr(feature = "filter", island)]
#[cfg_attr(not(feature = "filter"), component)]
pub fn Contents() -> impl IntoView {
    let scope = Scope::current();
    let root = browser::mount_root();
    let ids = CONTENTS.map(|(id, _)| scope.id(id));
    // The section being read: the last one whose top has passed the reading line.
    let reading = RwSignal::new(None::<usize>);

    // After hydration: follow the sections as they cross the reading line.
    let headings = ids.clone();
    Effect::new(move |_| {
        let Some(root) = &root else { return };
        let sections: Option<Vec<_>> =
            headings.iter().map(|id| browser::element_by_id(root, id)?.closest("section").ok()?).collect();
        let Some(sections) = sections else { return };
        browser::watch_reading_line(sections, move |i, on_line, below| {
            if on_line {
                reading.set(Some(i));
            } else if below && reading.get_untracked() == Some(i) {
                // Scrolled back up above its top: the one before is being read again.
                reading.set(i.checked_sub(1));
            }
        });
    });

    let links = CONTENTS
        .iter()
        .zip(ids)
        .enumerate()
        .map(|(i, ((_, label), id))| {
            let current = move || (reading.get() == Some(i)).then_some("location");
            view! { <li><a href=format!("#{id}") aria-current=current>{*label}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="sd-toc" aria-label="Contents">
            <p class="sd-toc-title">"On this page"</p>
            <ol>{links}</ol>
        </nav>
    }
}
