//! Percent-encoding for URL queries and `application/x-www-form-urlencoded`
//! bodies. Decoding is total: malformed escapes are kept as text, never a panic.

/// Encodes `s` as a query/form component: unreserved characters stay, a space
/// becomes `+`, everything else is `%XX` of its UTF-8 bytes.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => out.push(b as char),
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    out
}

/// Decodes a query/form component: `+` is a space, `%XX` a byte; a malformed
/// escape stays as written, and so does a component whose bytes are not UTF-8
/// (no lossy decoder: it would cost every page's wasm half a kilobyte for links
/// nobody writes by hand).
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() && hex(bytes[i + 1]).is_some() && hex(bytes[i + 2]).is_some() => {
                out.push(hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Splits a query (with or without its leading `?`) into decoded key/value
/// pairs, in order. Empty pieces are skipped; a piece without `=` has an empty value.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| match piece.split_once('=') {
            Some((k, v)) => (decode_component(k), decode_component(v)),
            None => (decode_component(piece), String::new()),
        })
        .collect()
}

/// Joins key/value pairs into an encoded query (no leading `?`).
pub fn build_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .into_iter()
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_encodings() {
        assert_eq!(encode_component("a b&c=d/é"), "a+b%26c%3Dd%2F%C3%A9");
        assert_eq!(decode_component("a+b%26c%3Dd%2F%C3%A9"), "a b&c=d/é");
        assert_eq!(decode_component("100%"), "100%");
        assert_eq!(decode_component("%zz%4"), "%zz%4");
        assert_eq!(decode_component("%FF"), "%FF", "bytes that are not UTF-8 stay as written");
        assert_eq!(decode_component("caf%C3%A9+%FF"), "caf%C3%A9+%FF");
        assert_eq!(
            parse_query("?a=1&&b&c=%20x"),
            vec![("a".into(), "1".into()), ("b".into(), String::new()), ("c".into(), " x".into())]
        );
    }

    proptest! {
        #[test]
        fn round_trip(s in any::<String>()) {
            prop_assert_eq!(decode_component(&encode_component(&s)), s);
        }

        #[test]
        fn decode_is_total(s in any::<String>()) {
            let _ = decode_component(&s);
            let _ = parse_query(&s);
        }
    }
}
