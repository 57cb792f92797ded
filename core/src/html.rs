//! A tiny HTML writer for static markup built from our own typed data. Every
//! piece of text and every attribute value goes through `escape`, so nothing is
//! ever interpreted as markup. (Leptos views cost far more wasm per element than
//! this does; the interactive parts stay Leptos components.)

/// Escapes text for use in element content and in double-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s);
    out
}

fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Builds markup: `open`/`close` for elements, `text` for escaped content.
#[derive(Default)]
pub struct Html {
    out: String,
}

impl Html {
    pub fn new() -> Html {
        Html::default()
    }

    /// Opens `<tag attr="value" …>`; attributes with a `None` value are left out,
    /// `Some("")` writes a boolean attribute.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) -> &mut Html {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            let Some(value) = value else { continue };
            self.out.push(' ');
            self.out.push_str(name);
            if !value.is_empty() {
                self.out.push_str("=\"");
                push_escaped(&mut self.out, value);
                self.out.push('"');
            }
        }
        self.out.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    pub fn text(&mut self, s: &str) -> &mut Html {
        push_escaped(&mut self.out, s);
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, Option<&str>)], text: &str) -> &mut Html {
        self.open(tag, attrs).text(text).close(tag)
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut h = Html::new();
        h.element(
            "p",
            &[("title", Some("a\"b<c")), ("hidden", Some("")), ("id", None)],
            "<img src=x onerror=alert(1)> & 'q'",
        );
        assert_eq!(
            h.finish(),
            "<p title=\"a&quot;b&lt;c\" hidden>&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</p>"
        );
    }

    proptest! {
        #[test]
        fn escaped_text_has_no_markup(s in any::<String>()) {
            let e = escape(&s);
            prop_assert!(!e.contains('<') && !e.contains('>') && !e.contains('"'));
        }
    }
}
