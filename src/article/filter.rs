//! The key differences filter: chips that narrow the table to the chosen aspects, a
//! live status line, and after a finished questionnaire the rows behind its answers
//! marked, with a shortcut to show only those.
//!
//! The table itself is server-rendered next to the island (its text never enters the
//! wasm): the island's state is which aspects are shown and which are marked, and an
//! effect writes that onto the rows and their badges (`hidden`, `sd-highlight`), found by id.

use leptos::prelude::*;
use showdown_core::content::{filter_status, ASPECTS};
use showdown_core::quiz::highlighted_aspects;

use super::{badge_id, chip_id, row_id, BEHIND_YOUR_ANSWERS};
use crate::browser;
use crate::quiz::last_result;
use crate::scope::Scope;

/// One flag per aspect, in the table's order.
type PerAspect = [bool; ASPECTS.len()];

/// What the build renders: every aspect shown, none marked.
const ALL: PerAspect = [true; ASPECTS.len()];
const NONE: PerAspect = [false; ASPECTS.len()];

#[cfg_attr(feature = "filter", island)]
#[cfg_attr(not(feature = "filter"), component)]
pub fn DifferencesFilter() -> impl IntoView {
    let scope = Scope::current();
    let root = browser::mount_root();
    // In the browser, before hydration: the rows to narrow and mark, and the chips a
    // visitor may already have changed on the prerendered page.
    let rows = root.as_ref().map(|root| {
        ASPECTS.map(|(id, _)| {
            let find = |id: String| browser::element_by_id(root, &id);
            Some((find(row_id(&scope, id))?, find(badge_id(&scope, id))?))
        })
    });
    let early: Option<PerAspect> = root
        .as_ref()
        .map(|root| ASPECTS.map(|(id, _)| browser::is_checked(root, &chip_id(&scope, id)).unwrap_or(true)));

    let shown = RwSignal::new(ALL);
    let marked = RwSignal::new(NONE);
    let shown_count = move || shown.get().iter().filter(|on| **on).count();
    let any_marked = move || marked.get().contains(&true);

    // After hydration, once: what only this browser knows.
    Effect::new(move |_| {
        if let Some(early) = early.filter(|early| *early != ALL) {
            shown.set(early);
        }
        if let Some(done) = last_result() {
            let behind = highlighted_aspects(&done);
            marked.set(ASPECTS.map(|(id, _)| behind.contains(&id)));
        }
    });
    // The rows show the state.
    Effect::new(move |_| {
        let (shown, marked) = (shown.get(), marked.get());
        let Some(rows) = &rows else { return };
        for (i, found) in rows.iter().enumerate() {
            let Some((row, badge)) = found else { continue };
            let _ = row.toggle_attribute_with_force("hidden", !shown[i]);
            let _ = row.class_list().toggle_with_force("sd-highlight", marked[i]);
            let _ = badge.toggle_attribute_with_force("hidden", !marked[i]);
        }
    });

    let chips = ASPECTS
        .iter()
        .enumerate()
        .map(|(i, (id, name))| {
            let input = chip_id(&scope, id);
            view! {
                <li>
                    <input type="checkbox" id=input.clone() checked prop:checked=move || shown.get()[i]
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            shown.update(|shown| shown[i] = on);
                        }/>
                    <label for=input>{*name}</label>
                </li>
            }
        })
        .collect_view();
    let status_id = scope.id("differences-status");
    view! {
        <fieldset class="sd-filter" aria-describedby=status_id>
            <legend>"Compare only what matters to you"</legend>
            <ul class="sd-filter-options">{chips}</ul>
            <div class="sd-filter-actions">
                <button type="button" class="sd-link-button" on:click=move |_| shown.set(ALL)>"Show all aspects"</button>
                {move || any_marked().then(|| view! {
                    <button type="button" class="sd-link-button" on:click=move |_| shown.set(marked.get_untracked())>
                        "Show only the aspects behind my answers"
                    </button>
                })}
                <span id=status_id.clone() role="status" class="sd-filter-status">{move || filter_status(shown_count())}</span>
            </div>
        </fieldset>
        {move || any_marked().then(|| view! {
            <p class="sd-highlight-note">
                "Rows marked “" {BEHIND_YOUR_ANSWERS} "” are the aspects your questionnaire answers point to."
            </p>
        })}
    }
}
