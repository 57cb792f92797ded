//! Where the site lives: the path of its public address, under which every view, asset and
//! link sits (`/` at a domain's root, `/blog/golang-vs-python/` under a sub-path).

/// The path of the site's public address between its outer slashes: `https://example.com`
/// → `""`, `https://example.com/blog/gvp/?x#y` → `"blog/gvp"`.
///
/// Written here (a loop over bytes, usable in a `const`) rather than taken from the `url`
/// crate: the wasm needs only this slice of the address its own build was given, and a URL
/// parser, or even `str`'s pattern searches, would add kilobytes to every bundle.
pub const fn path_of(site_url: &str) -> &str {
    let b = site_url.as_bytes();
    // After the scheme's "://" (the whole text when there is none).
    let mut from = 0;
    let mut i = 0;
    while i + 2 < b.len() {
        if b[i] == b':' && b[i + 1] == b'/' && b[i + 2] == b'/' {
            from = i + 3;
            break;
        }
        i += 1;
    }
    // The path starts at the first '/' after the host and ends at the query or fragment.
    while from < b.len() && !matches!(b[from], b'/' | b'?' | b'#') {
        from += 1;
    }
    let mut to = from;
    while to < b.len() && !matches!(b[to], b'?' | b'#') {
        to += 1;
    }
    while from < to && b[from] == b'/' {
        from += 1;
    }
    while to > from && matches!(b[to - 1], b'/' | b' ' | b'\t' | b'\n' | b'\r') {
        to -= 1;
    }
    let (_, rest) = b.split_at(from);
    let (path, _) = rest.split_at(to - from);
    // Cut at ASCII bytes, so always UTF-8.
    match core::str::from_utf8(path) {
        Ok(path) => path,
        Err(_) => "",
    }
}

/// The path the site lives under, starting and ending with `/`: `/` at a domain's root,
/// `/blog/gvp/` for `https://example.com/blog/gvp`.
pub fn base_path(site_url: &str) -> String {
    under(path_of(site_url), "/")
}

/// The address from the domain's root of `local` (a view's path such as `/quiz`,
/// `/#key-differences` or `/`) on a site whose path is `path` (as [`path_of`] gives it):
/// `/blog/gvp/quiz` for `blog/gvp`.
pub fn under(path: &str, local: &str) -> String {
    let local = local.strip_prefix('/').unwrap_or(local);
    let mut href = String::with_capacity(path.len() + local.len() + 2);
    href.push('/');
    if !path.is_empty() {
        href.push_str(path);
        href.push('/');
    }
    href.push_str(local);
    href
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_path_of_an_address() {
        for (url, base) in [
            ("http://127.0.0.1:8080/", "/"),
            ("https://example.com", "/"),
            ("https://example.com?utm_source=x", "/"),
            ("https://example.com/blog/golang-vs-python/", "/blog/golang-vs-python/"),
            ("https://example.com/blog/golang-vs-python", "/blog/golang-vs-python/"),
            ("https://example.com/gvp/?ref=1#top", "/gvp/"),
            ("https://example.com#a/b", "/"),
            (" https://example.com/x/ ", "/x/"),
        ] {
            assert_eq!(base_path(url), base, "{url}");
        }
    }

    #[test]
    fn views_under_the_path() {
        for (site, local, path) in [
            ("http://127.0.0.1:8080/", "/", "/"),
            ("http://127.0.0.1:8080/", "/quiz", "/quiz"),
            ("https://example.com/blog/gvp/", "/", "/blog/gvp/"),
            ("https://example.com/blog/gvp", "/quiz", "/blog/gvp/quiz"),
            ("https://example.com/blog/gvp/", "/#key-differences", "/blog/gvp/#key-differences"),
        ] {
            assert_eq!(under(path_of(site), local), path, "{site} {local}");
        }
    }

    #[test]
    fn a_build_can_read_it_as_a_constant() {
        const PATH: &str = path_of("https://example.com/blog/gvp/");
        assert_eq!(PATH, "blog/gvp");
    }

    proptest! {
        /// The same path a URL parser finds (for the addresses a site owner writes:
        /// plain segments, with or without a trailing slash, a query or a fragment).
        #[test]
        fn agrees_with_a_url_parser(
            segments in proptest::collection::vec("[a-z0-9][a-z0-9._~-]{0,8}", 0..4),
            slash in any::<bool>(),
            port in proptest::option::of(1u16..),
            tail in "(\\?[a-z=&]{0,6})?(#[a-z/]{0,6})?",
        ) {
            prop_assume!(segments.iter().all(|s| s != "." && s != ".."));
            let host = port.map_or("example.com".to_string(), |p| format!("example.com:{p}"));
            let url = format!("https://{host}/{}{}{tail}", segments.join("/"), if slash && !segments.is_empty() { "/" } else { "" });
            let parsed = url::Url::parse(&url).unwrap();
            let path = parsed.path();
            let expected = if path.ends_with('/') { path.to_string() } else { format!("{path}/") };
            prop_assert_eq!(base_path(&url), expected);
        }
    }
}
