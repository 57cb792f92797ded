//! What differs between the full page and an embedded instance: id prefixes,
//! heading levels, where links to the full page point, the form's endpoint.
//! Provided as context by `App` and by each embed mount.

use leptos::prelude::*;

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
}

impl Scope {
    pub fn full_page() -> Scope {
        Scope {
            id_prefix: String::new(),
            heading_offset: 0,
            embedded: false,
            share_url: crate::config::site_url().to_string(),
            endpoint_attr: None,
            format_attr: None,
        }
    }

    /// An id unique to this instance.
    pub fn id(&self, local: &str) -> String {
        format!("{}{}", self.id_prefix, local)
    }

    /// The heading level for a heading that is `level` on the full page.
    pub fn level(&self, level: u8) -> u8 {
        (level + self.heading_offset).min(6)
    }

    /// A link to `path` on the full page ("/quiz", "/#key-differences"):
    /// site-relative on the page itself, absolute from an embed.
    pub fn page_href(&self, path: &str) -> String {
        if self.embedded {
            crate::config::absolute(&self.share_url, path)
        } else {
            format!("/{}", path.trim_start_matches('/'))
        }
    }

    /// An in-page link to one of this instance's ids.
    pub fn anchor(&self, local: &str) -> String {
        format!("#{}", self.id(local))
    }
}

pub fn use_scope() -> Scope {
    use_context::<Scope>().unwrap_or_else(Scope::full_page)
}

/// A heading at this instance's level for a full-page `level`.
pub fn heading(level: u8, id: Option<String>, text: impl IntoView + 'static) -> AnyView {
    let level = use_scope().level(level);
    match level {
        1 => view! { <h1 id=id>{text}</h1> }.into_any(),
        2 => view! { <h2 id=id>{text}</h2> }.into_any(),
        3 => view! { <h3 id=id>{text}</h3> }.into_any(),
        4 => view! { <h4 id=id>{text}</h4> }.into_any(),
        5 => view! { <h5 id=id>{text}</h5> }.into_any(),
        _ => view! { <h6 id=id>{text}</h6> }.into_any(),
    }
}
