//! What is wrong with a content file, said so that the person who edits it can fix it.

use std::fmt;

/// One problem in one file: where it is and what is wrong, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the editor knows it, e.g. `content/quiz.toml`.
    pub file: String,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

/// A file's text with what is needed to turn byte offsets into line numbers, and the
/// problems found in it so far.
pub(crate) struct Source<'a> {
    pub name: String,
    pub text: &'a str,
    line_starts: Vec<usize>,
    pub problems: Vec<Problem>,
}

impl<'a> Source<'a> {
    pub fn new(name: impl Into<String>, text: &'a str) -> Self {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Source { name: name.into(), text, line_starts, problems: Vec::new() }
    }

    /// The 1-based line of byte offset `at`.
    pub fn line_of(&self, at: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= at).max(1)
    }

    /// Records a problem at byte offset `at`.
    pub fn at(&mut self, at: usize, message: impl Into<String>) {
        let line = self.line_of(at);
        self.on_line(line, message);
    }

    /// The file read as TOML into `T`; `None` and a problem (toml's own message, first
    /// line, where it points) when it cannot be.
    pub fn toml<T: serde::de::DeserializeOwned>(&mut self) -> Option<T> {
        toml::from_str(self.text)
            .map_err(|e| {
                let message = e.message().trim();
                let message = message.lines().next().unwrap_or(message);
                let message =
                    format!("{message} (the file is not valid TOML as written, or a key is missing or misspelt)");
                self.at(e.span().map_or(0, |span| span.start), message);
            })
            .ok()
    }

    /// Records a problem on `line` (0: the whole file).
    pub fn on_line(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem { file: self.name.clone(), line, message: message.into() });
    }
}

/// Whether `id` is a well-formed id: lowercase ASCII letters, digits, `-` and `_`,
/// starting with a letter (ids end up in URLs and element ids).
pub fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Every whitespace run as one space, trimmed: how the page shows text anyway.
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines() {
        let source = Source::new("f", "a\nbc\n\nd");
        assert_eq!([0, 1, 2, 3, 4, 5, 6].map(|at| source.line_of(at)), [1, 1, 2, 2, 2, 3, 4]);
    }

    #[test]
    fn ids_are_lowercase_words() {
        assert!(is_id("time_to_market") && is_id("when-to-use-go2"));
        for bad in ["", "Go", "2go", "has space", "-x", "ünï"] {
            assert!(!is_id(bad), "{bad:?}");
        }
    }
}
