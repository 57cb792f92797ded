//! A small, total JSON reader and compact writer, enough for the form's
//! payload and a receiver's error reply. Nesting is capped so hostile input
//! cannot exhaust the stack.

/// Containers nested deeper than this make the document invalid.
pub const MAX_DEPTH: usize = 64;

/// A JSON value; objects keep their keys in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, kept as its JSON source text (never converted to a float,
    /// which would pull float parsing and formatting into the wasm bundle).
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object, as key/value pairs in order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value of the first `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The items of an array value.
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// Compact JSON text (no spaces); a `Number` whose text is not a JSON number becomes `null`.
    pub fn stringify(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(text) if number_len(text.as_bytes()) == Some(text.len()) => out.push_str(text),
            Json::Number(_) => out.push_str("null"),
            Json::String(s) => write_string(out, s),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(pairs) => {
                out.push('{');
                for (i, (key, value)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// Length of the JSON number (`-`? int frac? exp?) at the start of `bytes`; `None` if none is there.
fn number_len(bytes: &[u8]) -> Option<usize> {
    let digits_at =
        |start: usize| bytes.get(start..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
    let mut pos = usize::from(bytes.first() == Some(&b'-'));
    match bytes.get(pos)? {
        b'0' => pos += 1,
        b'1'..=b'9' => pos += digits_at(pos),
        _ => return None,
    }
    if bytes.get(pos) == Some(&b'.') {
        let fraction = digits_at(pos + 1);
        if fraction == 0 {
            return None;
        }
        pos += 1 + fraction;
    }
    if matches!(bytes.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        if matches!(bytes.get(pos), Some(b'+' | b'-')) {
            pos += 1;
        }
        let exponent = digits_at(pos);
        if exponent == 0 {
            return None;
        }
        pos += exponent;
    }
    Some(pos)
}

/// Appends `s` as a quoted JSON string, escaped the way `JSON.stringify` does.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Parses a whole JSON document; `None` if it is malformed or nested deeper than [`MAX_DEPTH`].
pub fn parse(text: &str) -> Option<Json> {
    let mut parser = Parser { text, pos: 0 };
    parser.skip_whitespace();
    let value = parser.value(0)?;
    parser.skip_whitespace();
    (parser.pos == text.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        match self.peek()? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(Json::String),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'n' => self.literal("null", Json::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Option<Json> {
        let end = self.pos + word.len();
        (self.text.as_bytes().get(self.pos..end)? == word.as_bytes()).then(|| {
            self.pos = end;
            value
        })
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.pos += 1; // '['
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.eat(b']') {
            return Some(Json::Array(items));
        }
        loop {
            self.skip_whitespace();
            items.push(self.value(depth)?);
            self.skip_whitespace();
            if self.eat(b']') {
                return Some(Json::Array(items));
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.pos += 1; // '{'
        let mut pairs = Vec::new();
        self.skip_whitespace();
        if self.eat(b'}') {
            return Some(Json::Object(pairs));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return None;
            }
            let key = self.string()?;
            self.skip_whitespace();
            if !self.eat(b':') {
                return None;
            }
            self.skip_whitespace();
            pairs.push((key, self.value(depth)?));
            self.skip_whitespace();
            if self.eat(b'}') {
                return Some(Json::Object(pairs));
            }
            if !self.eat(b',') {
                return None;
            }
        }
    }

    fn number(&mut self) -> Option<Json> {
        let len = number_len(self.text.as_bytes().get(self.pos..)?)?;
        // A number is all ASCII, so both ends are char boundaries.
        let text = self.text.get(self.pos..self.pos + len)?;
        self.pos += len;
        Some(Json::Number(text.to_owned()))
    }

    fn string(&mut self) -> Option<String> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            // The run ends at an ASCII byte (or the end), so it is a char boundary.
            out.push_str(self.text.get(run_start..self.pos)?);
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                _ => return None, // raw control character
            }
        }
    }

    fn escape(&mut self) -> Option<char> {
        let byte = self.peek()?;
        self.pos += 1;
        Some(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => return None,
        })
    }

    /// After `\u`: one code unit, or a surrogate pair; a lone surrogate becomes U+FFFD.
    fn unicode_escape(&mut self) -> Option<char> {
        let unit = self.hex4()?;
        if (0xD800..0xDC00).contains(&unit) {
            let checkpoint = self.pos;
            if self.eat(b'\\') && self.eat(b'u') {
                if let Some(low @ 0xDC00..=0xDFFF) = self.hex4() {
                    let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    return char::from_u32(code);
                }
            }
            self.pos = checkpoint; // not a pair: the next escape is read on its own
            return Some(char::REPLACEMENT_CHARACTER);
        }
        Some(char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.pos..self.pos + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.pos += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn s(text: &str) -> Json {
        Json::String(text.to_owned())
    }

    fn n(text: &str) -> Json {
        Json::Number(text.to_owned())
    }

    #[test]
    fn numbers_keep_their_exact_text() {
        for text in ["-0", "0.000", "1E+400", "-1e-400", "12345678901234567890123", "9007199254740993"] {
            assert_eq!(parse(text), Some(n(text)), "{text}");
            assert_eq!(parse(&format!("[{text}]")).map(|v| v.stringify()), Some(format!("[{text}]")));
        }
    }

    #[test]
    fn parses_every_kind_of_value() {
        assert_eq!(
            parse(r#" {"a":[1,-2.5e2,true,false,null],"b":{"c":"d"},"e":[]} "#),
            Some(Json::Object(vec![
                ("a".into(), Json::Array(vec![n("1"), n("-2.5e2"), Json::Bool(true), Json::Bool(false), Json::Null,])),
                ("b".into(), Json::Object(vec![("c".into(), s("d"))])),
                ("e".into(), Json::Array(vec![])),
            ]))
        );
        assert_eq!(parse("0"), Some(n("0")));
        assert_eq!(parse("\"\""), Some(s("")));
    }

    #[test]
    fn decodes_escapes_and_surrogate_pairs() {
        assert_eq!(parse(r#""a\"b\\c\/d\n\t\u00e9\u20AC""#), Some(s("a\"b\\c/d\n\té€")));
        assert_eq!(parse(r#""\ud83d\ude00""#), Some(s("😀")));
        assert_eq!(parse(r#""\ud83dx""#), Some(s("\u{FFFD}x")));
        assert_eq!(parse(r#""\ude00""#), Some(s("\u{FFFD}")));
        assert_eq!(parse(r#""\ud83d\u0041""#), Some(s("\u{FFFD}A")));
        assert_eq!(parse("\"héllo ✓\""), Some(s("héllo ✓")));
    }

    #[test]
    fn rejects_malformed_documents() {
        for bad in [
            "",
            " ",
            "{",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{a:1}",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nulll",
            "\"abc",
            "\"a\nb\"",
            r#""\x""#,
            r#""\u12""#,
            r#""\u12g4""#,
            "[1] [2]",
            "NaN",
            "'a'",
            "\"\\",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_without_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep), None);
        let deep_closed = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(parse(&deep_closed), None);
        let deep_objects = "{\"a\":".repeat(100_000);
        assert_eq!(parse(&deep_objects), None);
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_some());
        let too_deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&too_deep), None);
    }

    #[test]
    fn writes_compact_escaped_json() {
        let value = Json::Object(vec![
            ("t".into(), s("quote\" back\\slash\nnewline\u{1}\u{7f}<&>é\u{2028}")),
            ("n".into(), Json::Array(vec![n("3"), n("0.5"), Json::Null])),
            ("bad".into(), Json::Array(vec![n("NaN"), n("1."), n(""), n("01"), n("1 "), n("+1")])),
        ]);
        assert_eq!(
            value.stringify(),
            "{\"t\":\"quote\\\" back\\\\slash\\nnewline\\u0001\u{7f}<&>é\u{2028}\",\
             \"n\":[3,0.5,null],\"bad\":[null,null,null,null,null,null]}"
        );
    }

    proptest! {
        #[test]
        fn parse_is_total(text in any::<String>()) {
            let _ = parse(&text);
        }

        #[test]
        fn parse_is_total_on_json_like_text(text in r#"[\[\]{}",:0-9a-z\\ .eE+-]{0,200}"#) {
            let _ = parse(&text);
        }

        #[test]
        fn numbers_round_trip(text in r"-?(0|[1-9][0-9]{0,30})(\.[0-9]{1,30})?([eE][+-]?[0-9]{1,5})?") {
            prop_assert_eq!(parse(&text), Some(n(&text)));
            prop_assert_eq!(n(&text).stringify(), text);
        }

        #[test]
        fn strings_round_trip(text in any::<String>()) {
            let written = Json::String(text.clone()).stringify();
            prop_assert_eq!(parse(&written), Some(Json::String(text)));
        }
    }
}
