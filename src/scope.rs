//! What differs between the full page and an embedded instance: id prefixes,
//! heading levels, where links to the full page point, the form's endpoint, and
//! under which key an instance keeps its drafts and answers.
//!
//! At build time `App` (and each embed section) provides it as context. In the
//! browser an island has no parent to take context from: the loader names the
//! instance's root element and options (`enter_mount`) before it hydrates each
//! island, and the island reads them with [`Scope::current`].

use leptos::html::{custom, Custom, HtmlElement};
use leptos::prelude::*;
use showdown_core::site::under;

/// `<h1>`…`<h6>` for a level only known when rendering (an embed shifts headings
/// down by [`Scope::heading_offset`]); every heading of the app is made with it.
pub fn heading(level: u8) -> HtmlElement<Custom<&'static str>, (), ()> {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    custom(TAGS[usize::from(level.clamp(1, 6)) - 1])
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope {
    /// Prefixed to every id this instance renders ("" on the full page), so two
    /// instances in one document never share an id, a label `for` or a radio group.
    pub id_prefix: String,
    /// 0 on the full page (the article title is the `<h1>`), 1 in an embed (the host owns the `<h1>`).
    pub heading_offset: u8,
    pub embedded: bool,
    /// The full page's address, for share links and links from an embed.
    pub share_url: String,
    /// `data-endpoint` of the embed element.
    pub endpoint_attr: Option<String>,
    /// `data-endpoint-format` of the embed element.
    pub format_attr: Option<String>,
    /// What this instance keeps in storage is kept under this suffix ("" on the full
    /// page; in an embed the mount's `id`, or its section, the host page's path and
    /// its place among mounts of that section, never its place among all mounts).
    pub storage_suffix: String,
}

/// The id prefix the build renders embed sections with; the embed loader gives
/// each instance its own (`sd1-`, `sd2-`, …) before it hydrates.
pub const EMBED_ID_PREFIX: &str = "sd0-";

impl Scope {
    pub fn full_page() -> Scope {
        Scope {
            id_prefix: String::new(),
            heading_offset: 0,
            embedded: false,
            share_url: crate::config::SITE_URL.to_string(),
            endpoint_attr: None,
            format_attr: None,
            storage_suffix: String::new(),
        }
    }

    /// An embedded section as the build renders it.
    pub fn embed_template() -> Scope {
        Scope { id_prefix: EMBED_ID_PREFIX.to_string(), heading_offset: 1, embedded: true, ..Scope::full_page() }
    }

    /// The scope of the instance being rendered or hydrated.
    pub fn current() -> Scope {
        use_context::<Scope>().or_else(crate::browser::mount_scope).unwrap_or_else(Scope::full_page)
    }

    /// An id unique to this instance.
    pub fn id(&self, local: &str) -> String {
        format!("{}{}", self.id_prefix, local)
    }

    /// The heading level for a heading that is `level` on the full page.
    pub fn level(&self, level: u8) -> u8 {
        (level + self.heading_offset).min(6)
    }

    /// A link to `path` on the full page (`/quiz`, `/#key-differences`): under the site's
    /// path on the full page (`/blog/gvp/quiz` when the site lives there), on the full
    /// page's address in an embed (never into the host's site).
    pub fn page_href(&self, path: &str) -> String {
        if self.embedded {
            format!("{}/{}", self.share_url.trim_end_matches('/'), path.trim_start_matches('/'))
        } else {
            under(crate::config::SITE_PATH, path)
        }
    }

    /// A storage key of this instance: `base` on the full page, `base:suffix` in an embed.
    pub fn storage_key(&self, base: &str) -> String {
        if self.storage_suffix.is_empty() {
            base.to_string()
        } else {
            format!("{base}:{}", self.storage_suffix)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_keys_differ_between_page_and_embed() {
        let page = Scope::full_page();
        assert_eq!(page.page_href("/quiz"), "/quiz");
        assert_eq!(page.storage_key("showdown-draft"), "showdown-draft");
        let embed = Scope {
            share_url: "https://example.com/gvp/".into(),
            storage_suffix: "contact@/host.html#1".into(),
            ..Scope::embed_template()
        };
        assert_eq!(embed.page_href("/#key-differences"), "https://example.com/gvp/#key-differences");
        assert_eq!(embed.storage_key("showdown-draft"), "showdown-draft:contact@/host.html#1");
        assert_eq!(embed.level(1), 2);
        assert_eq!(embed.id("quiz-title"), "sd0-quiz-title");
    }
}
