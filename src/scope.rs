//! What differs between the full page and an embedded instance: id prefixes,
//! heading levels, where links to the full page point, the form's endpoint.
//! Passed to each section by `App` and by each embed mount.

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
}
