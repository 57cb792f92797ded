//! The theme toggle: light or dark, remembered in `localStorage`. The theme lives on
//! the app's root element (`.showdown[data-theme]`), never on the host's `:root`;
//! index.html applies a remembered choice before the first paint.

use leptos::prelude::*;

use crate::browser;

/// `localStorage` key of the theme a visitor chose with the toggle (index.html's
/// inline script reads the same key before the first paint).
pub const THEME_KEY: &str = "showdown-theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark].into_iter().find(|t| t.id() == id.trim())
    }

    fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

#[island]
pub fn ThemeToggle() -> impl IntoView {
    // The build knows neither the visitor's choice nor their system's: it renders light,
    // and once hydrated the toggle shows what this browser says.
    let theme = RwSignal::new(Theme::Light);
    let root = browser::mount_root();
    Effect::new(move |_| {
        let remembered = browser::stored(THEME_KEY).as_deref().and_then(Theme::from_id);
        let system = if browser::prefers_dark() { Theme::Dark } else { Theme::Light };
        theme.set(remembered.unwrap_or(system));
    });
    let toggle = move |_| {
        let next = theme.get_untracked().other();
        theme.set(next);
        if let Some(root) = &root {
            let _ = root.set_attribute("data-theme", next.id());
        }
        browser::store(THEME_KEY, next.id());
    };
    let dark = move || theme.get() == Theme::Dark;
    view! {
        <button type="button" class="sd-theme-toggle" aria-pressed=move || if dark() { "true" } else { "false" }
            on:click=toggle>
            <span class="sd-theme-icon" aria-hidden="true">{move || if dark() { "☾" } else { "☀" }}</span>
            " Dark theme"
        </button>
    }
}
