//! Where the form posts and in which format, from the embed attribute, the
//! page's `<meta>`, or the build.

/// How long to wait for a reply when the page does not say.
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// The body format of a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// `application/json` (preflighted when cross-origin).
    #[default]
    Json,
    /// `application/x-www-form-urlencoded` (no preflight).
    Form,
}

impl Format {
    /// The `Content-Type` header value.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Form => "application/x-www-form-urlencoded",
        }
    }

    fn from_setting(setting: &str) -> Option<Format> {
        match setting.trim().to_ascii_lowercase().as_str() {
            "json" | "application/json" => Some(Format::Json),
            "form" | "urlencoded" | "application/x-www-form-urlencoded" => Some(Format::Form),
            _ => None,
        }
    }
}

/// The first usable endpoint among the attribute, the `<meta>` and the build-time
/// value, trimmed; `None` means "fall back to `mailto:`".
pub fn resolve_endpoint(attribute: Option<&str>, meta: Option<&str>, build_time: Option<&str>) -> Option<String> {
    [attribute, meta, build_time]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|candidate| is_usable_endpoint(candidate))
        .map(str::to_owned)
}

/// The first recognised format among the attribute and the `<meta>`; JSON otherwise.
pub fn resolve_format(attribute: Option<&str>, meta: Option<&str>) -> Format {
    [attribute, meta].into_iter().flatten().find_map(Format::from_setting).unwrap_or_default()
}

/// The reply timeout in milliseconds from a setting (the page's `<meta>`): whole
/// milliseconds from 100 to 120 000, else [`DEFAULT_TIMEOUT_MS`].
pub fn resolve_timeout_ms(setting: Option<&str>) -> u32 {
    setting
        .and_then(|t| t.trim().parse::<u32>().ok())
        .filter(|t| (100..=120_000).contains(t))
        .unwrap_or(DEFAULT_TIMEOUT_MS)
}

/// An absolute `http(s)` URL with a host, or a root-relative path.
fn is_usable_endpoint(url: &str) -> bool {
    // Browsers drop tabs/newlines and read `\` as `/`, so "/\evil" or "/\t/evil"
    // would become protocol-relative: refuse them outright.
    if url.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\') {
        return false;
    }
    match strip_scheme(url) {
        Some(rest) => has_valid_authority(rest),
        None => url.starts_with('/') && !url.starts_with("//"),
    }
}

fn strip_scheme(url: &str) -> Option<&str> {
    ["https://", "http://"].into_iter().find_map(|scheme| {
        let head = url.get(..scheme.len())?;
        head.eq_ignore_ascii_case(scheme).then(|| url.get(scheme.len()..)).flatten()
    })
}

/// `host[:port]` up to the path; credentials are refused because `fetch` rejects them.
fn has_valid_authority(rest: &str) -> bool {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return false;
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(ipv6) => match ipv6.split_once(']') {
            Some((address, after)) if !address.is_empty() => (address, after.strip_prefix(':')),
            _ => return false,
        },
        None => match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let port_ok = port.is_none_or(|p| p.is_empty() || p.parse::<u16>().is_ok());
    let bad_host_char = |c: char| matches!(c, '<' | '>' | '"' | '`' | '{' | '}' | '|' | '^' | '%');
    !host.is_empty() && !host.contains(bad_host_char) && port_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn first_usable_source_wins() {
        let a = "https://a.example/submit";
        let m = "https://m.example/f/xyz";
        let b = "/api/contact";
        // (attribute, meta, build time, expected)
        type Row<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>, Option<&'a str>);
        let table: [Row; 16] = [
            (Some(a), Some(m), Some(b), Some(a)),
            (None, Some(m), Some(b), Some(m)),
            (None, None, Some(b), Some(b)),
            (None, None, None, None),
            (Some(""), Some(m), None, Some(m)),
            (Some("   "), None, Some(b), Some(b)),
            (Some("javascript:alert(1)"), Some(m), None, Some(m)),
            (Some("mailto:x@y.z"), None, Some(b), Some(b)),
            (Some("//evil.example/x"), Some(m), None, Some(m)),
            (Some("/\\evil.example"), Some("not a url"), Some(b), Some(b)),
            (Some("/\t/evil.example"), None, None, None),
            (Some("https://"), Some("http://:8080/x"), Some(b), Some(b)),
            (Some("ftp://files.example"), Some("relative/path"), None, None),
            (Some("https://user:pw@host.example/"), Some(m), None, Some(m)),
            (Some("  https://a.example/submit \n"), Some(m), None, Some(a)),
            (Some("HTTP://LOCALHOST:3000"), None, None, Some("HTTP://LOCALHOST:3000")),
        ];
        for (attribute, meta, build, expected) in table {
            assert_eq!(
                resolve_endpoint(attribute, meta, build).as_deref(),
                expected,
                "{attribute:?} {meta:?} {build:?}"
            );
        }
    }

    #[test]
    fn accepts_common_endpoint_shapes() {
        for good in [
            "https://formspree.io/f/abcd1234",
            "http://localhost:8080/contact",
            "https://[::1]:8443/x",
            "https://example.com?x=1",
            "https://bücher.example/",
            "/contact",
            "/",
        ] {
            assert!(is_usable_endpoint(good), "{good:?}");
        }
        for bad in ["https://host:99999/", "https://host:x/", "https://[]/", "https://a b/", "é"] {
            assert!(!is_usable_endpoint(bad), "{bad:?}");
        }
    }

    #[test]
    fn format_resolution() {
        assert_eq!(resolve_format(None, None), Format::Json);
        assert_eq!(resolve_format(Some("form"), None), Format::Form);
        assert_eq!(resolve_format(Some(" FORM "), Some("json")), Format::Form);
        assert_eq!(resolve_format(Some("json"), Some("form")), Format::Json);
        assert_eq!(resolve_format(Some(""), Some("urlencoded")), Format::Form);
        assert_eq!(resolve_format(Some("xml"), Some("Application/X-WWW-Form-Urlencoded")), Format::Form);
        assert_eq!(resolve_format(Some("xml"), None), Format::Json);
        assert_eq!(Format::Form.content_type(), "application/x-www-form-urlencoded");
        assert_eq!(Format::default().content_type(), "application/json");
    }

    #[test]
    fn timeout_resolution() {
        assert_eq!(resolve_timeout_ms(None), DEFAULT_TIMEOUT_MS);
        assert_eq!(resolve_timeout_ms(Some(" 1500 ")), 1500);
        assert_eq!(resolve_timeout_ms(Some("100")), 100);
        assert_eq!(resolve_timeout_ms(Some("120000")), 120_000);
        for bad in ["99", "120001", "-5", "1.5e3", "fast", ""] {
            assert_eq!(resolve_timeout_ms(Some(bad)), DEFAULT_TIMEOUT_MS, "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn resolve_endpoint_is_total(a in any::<Option<String>>(), m in any::<Option<String>>(), b in any::<Option<String>>()) {
            let resolved = resolve_endpoint(a.as_deref(), m.as_deref(), b.as_deref());
            if let Some(url) = resolved {
                prop_assert!(url.starts_with('/') || url.to_ascii_lowercase().starts_with("http"));
                prop_assert!(!url.starts_with("//"));
                prop_assert_eq!(url.trim(), url.as_str());
            }
        }

        #[test]
        fn resolve_format_is_total(a in any::<Option<String>>(), m in any::<Option<String>>()) {
            let _ = resolve_format(a.as_deref(), m.as_deref());
        }
    }
}
