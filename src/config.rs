//! Build-time configuration (environment variables read by `rustc`).

/// The site's public address (canonical link, share links, the embed's links to
/// the full page). `SHOWDOWN_SITE_URL` at build time; local `trunk serve` otherwise.
pub const SITE_URL: &str = match option_env!("SHOWDOWN_SITE_URL") {
    Some(url) if !url.trim_ascii().is_empty() => url.trim_ascii(),
    _ => "http://127.0.0.1:8080/",
};

/// The path the site lives under, between its slashes (`""` at a domain's root,
/// `blog/golang-vs-python` for `https://example.com/blog/golang-vs-python/`): the full
/// page's links between its views sit under it.
pub const SITE_PATH: &str = showdown_core::site::path_of(SITE_URL);

/// `SHOWDOWN_CONTACT_ENDPOINT` at build time: where the booking form posts when
/// neither the embed element nor the page's `<meta>` says otherwise.
pub fn build_time_endpoint() -> Option<&'static str> {
    option_env!("SHOWDOWN_CONTACT_ENDPOINT")
}
