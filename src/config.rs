//! Build-time configuration (environment variables read by `rustc`).

/// The site's public address (canonical link, share links, the embed's links to
/// the full page). `SHOWDOWN_SITE_URL` at build time; local `trunk serve` otherwise.
pub fn site_url() -> &'static str {
    match option_env!("SHOWDOWN_SITE_URL") {
        Some(url) if !url.trim().is_empty() => url,
        _ => "http://127.0.0.1:8080/",
    }
}

/// `SHOWDOWN_CONTACT_ENDPOINT` at build time: where the booking form posts when
/// neither the embed element nor the page's `<meta>` says otherwise.
pub fn build_time_endpoint() -> Option<&'static str> {
    option_env!("SHOWDOWN_CONTACT_ENDPOINT")
}
