//! `content/site.toml`: the company's details, each view's title and description, the
//! contents list's short labels and the targets of the article's named links.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::problem::{tidy, Source};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub company: Company,
    pub header: Header,
    pub views: Views,
    /// Short labels for the contents list, by top-level section id.
    #[serde(default)]
    pub contents: BTreeMap<String, Spanned<String>>,
    /// Link targets the article names (`[title][name]`), by name.
    #[serde(default)]
    pub links: BTreeMap<String, Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub name: Spanned<String>,
    /// The line above the contact details.
    pub contact_intro: Spanned<String>,
    /// As printed; the `tel:` link keeps its `+` and digits.
    pub hotline: Spanned<String>,
    pub email: Spanned<String>,
    pub address: Spanned<String>,
    /// The line that closes the article, e.g. "Editor: …".
    pub byline: Spanned<String>,
}

/// The name in the page's header.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub brand: Spanned<String>,
    #[serde(default)]
    pub tagline: Option<Spanned<String>>,
}

/// Each view's title and description, for the browser tab, search engines and link previews.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Views {
    pub article: Page,
    pub quiz: Page,
    pub contact: Page,
    pub not_found: Page,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub title: Spanned<String>,
    pub description: Spanned<String>,
}

impl Views {
    /// Each view with the name its table has in the file.
    pub fn all(&self) -> [(&'static str, &Page); 4] {
        [("article", &self.article), ("quiz", &self.quiz), ("contact", &self.contact), ("not_found", &self.not_found)]
    }
}

impl Company {
    /// The hotline for a `tel:` link: its leading `+` and its digits.
    pub fn hotline_tel(&self) -> String {
        let hotline = self.hotline.get_ref();
        let plus = if hotline.trim_start().starts_with(['+', '(']) && hotline.contains('+') { "+" } else { "" };
        let digits: String = hotline.chars().filter(char::is_ascii_digit).collect();
        format!("{plus}{digits}")
    }
}

/// Whether `address` looks like an email address: one `@` between a local part and a
/// domain with a dot, nothing that cannot be in one.
pub fn looks_like_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !address.contains(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"' || c == ',')
        && !domain.contains('@')
}

/// Whether `target` is an absolute http(s) URL; a problem at `at` when it is not.
pub(crate) fn check_url(source: &mut Source, at: usize, what: &str, target: &str) -> bool {
    match url::Url::parse(target) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => true,
        Ok(_) => {
            source.at(at, format!("{what} `{target}` is not a web address: it must start with https:// (or http://)"));
            false
        }
        Err(e) => {
            source.at(at, format!("{what} `{target}` is not a valid web address ({e})"));
            false
        }
    }
}

/// Reads and checks `content/site.toml`; problems go to `source`.
pub(crate) fn parse(source: &mut Source) -> Option<Site> {
    let site: Site = source.toml()?;
    let c = &site.company;
    let texts = [
        ("company.name", &c.name),
        ("company.contact_intro", &c.contact_intro),
        ("company.hotline", &c.hotline),
        ("company.email", &c.email),
        ("company.address", &c.address),
        ("company.byline", &c.byline),
    ];
    let texts = texts.into_iter().chain([("header.brand", &site.header.brand)]);
    for (key, value) in texts {
        if tidy(value.get_ref()).is_empty() {
            source.at(value.span().start, format!("`{key}` is empty: write the text the page shows"));
        }
    }
    if !looks_like_email(c.email.get_ref()) {
        source.at(
            c.email.span().start,
            format!("`company.email` is `{}`, which is not an email address", c.email.get_ref()),
        );
    }
    if c.hotline_tel().trim_start_matches('+').len() < 6 {
        source.at(c.hotline.span().start, "`company.hotline` needs a phone number's digits, e.g. \"(+84)904026070\"");
    }
    for (view, page) in site.views.all() {
        for (key, value) in [("title", &page.title), ("description", &page.description)] {
            if tidy(value.get_ref()).is_empty() {
                source.at(value.span().start, format!("`views.{view}.{key}` is empty"));
            }
        }
    }
    for (name, target) in &site.links {
        check_url(source, target.span().start, &format!("the link `{name}`"), target.get_ref());
    }
    for (id, label) in &site.contents {
        if tidy(label.get_ref()).is_empty() {
            source.at(label.span().start, format!("the contents label of `{id}` is empty"));
        }
    }
    Some(site)
}
