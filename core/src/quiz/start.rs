//! Where a questionnaire opens: a share link's result, the first open question of a
//! link with answers it could not all read, answers in progress kept from an earlier
//! visit, or a fresh first question.

use super::{from_query, Answers, QUESTION_COUNT};

/// How the questionnaire opens, and so what it says about that.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    Fresh,
    /// A share link: its result straight away.
    Shared,
    /// The link carried answers that could not all be read.
    Malformed,
    /// Answers in progress, restored after a reload.
    Resumed,
}

impl Opening {
    /// The note shown above the questionnaire, if this opening needs one.
    pub fn note(self) -> Option<&'static str> {
        match self {
            Opening::Malformed => Some(
                "The link you followed had answers we could not read, so the questionnaire starts at the first open question. Anything it could read is already filled in.",
            ),
            Opening::Resumed => {
                Some("Welcome back: your answers so far are kept, so you can carry on where you left off.")
            }
            Opening::Fresh | Opening::Shared => None,
        }
    }
}

/// The answers and step (`QUESTION_COUNT` is the result) to open with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Start {
    pub answers: Answers,
    pub step: usize,
    pub opening: Opening,
}

/// Where to open, from the page's query (leading `?` optional; "" when there is none)
/// and the answers in progress kept as a query, if any. A query with quiz answers
/// wins over kept progress; unrelated parameters (`utm_source`) do not count.
pub fn start(query: &str, saved: Option<&str>) -> Start {
    let decoded = from_query(query);
    let (answers, opening) = if decoded.finished().is_some() {
        (decoded.answers, Opening::Shared)
    } else if decoded.answers.iter().any(Option::is_some) || decoded.rejected > 0 {
        (decoded.answers, Opening::Malformed)
    } else {
        match saved.map(|saved| from_query(saved).answers) {
            Some(saved) if saved.iter().any(Option::is_some) => (saved, Opening::Resumed),
            _ => ([None; QUESTION_COUNT], Opening::Fresh),
        }
    };
    let step = match opening {
        Opening::Shared => QUESTION_COUNT,
        _ => answers.iter().position(Option::is_none).unwrap_or(QUESTION_COUNT - 1),
    };
    Start { answers, step, opening }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::share::tests::FULL;

    #[test]
    fn nothing_to_go_on_opens_fresh() {
        for (query, saved) in [("", None), ("?utm_source=news", None), ("%%%&&==", Some("")), ("", Some("x=1"))] {
            let s = start(query, saved);
            assert_eq!(s, Start { answers: [None; QUESTION_COUNT], step: 0, opening: Opening::Fresh }, "{query}");
            assert_eq!(s.opening.note(), None);
        }
    }

    #[test]
    fn a_share_link_opens_on_its_result_whatever_was_kept() {
        let s = start(&format!("?{FULL}&utm_source=x"), Some("workload=data"));
        assert_eq!(s, Start { answers: [Some(0); QUESTION_COUNT], step: QUESTION_COUNT, opening: Opening::Shared });
        assert_eq!(s.opening.note(), None);
    }

    #[test]
    fn a_link_with_unreadable_answers_opens_at_the_first_open_question() {
        let s = start("?workload=data&performance=minor", Some("team=go"));
        assert_eq!(s.opening, Opening::Malformed);
        assert_eq!((s.answers[0], s.answers[1], s.answers[4]), (Some(2), Some(2), None));
        assert_eq!(s.step, 2);
        assert!(s.opening.note().is_some_and(|n| n.contains("could not read")));
        // Every answer there, but one repeated: still not a clean share link.
        let s = start(&format!("{FULL}&team=go"), None);
        assert_eq!((s.opening, s.step), (Opening::Malformed, QUESTION_COUNT - 1));
        assert_eq!(start("?workload=nope", None).step, 0);
    }

    #[test]
    fn kept_progress_resumes_at_the_first_open_question() {
        let s = start("", Some("workload=cli&performance=important&concurrency=low"));
        assert_eq!(s.opening, Opening::Resumed);
        assert_eq!(s.step, 3);
        assert_eq!(&s.answers[..4], &[Some(3), Some(1), Some(2), None]);
        assert!(s.opening.note().is_some_and(|n| n.starts_with("Welcome back")));
        // All eight kept (the last one chosen, "See my recommendation" not yet pressed): the last question.
        assert_eq!(start("", Some(FULL)).step, QUESTION_COUNT - 1);
    }
}
