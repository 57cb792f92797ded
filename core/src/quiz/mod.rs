//! The questionnaire engine: the eight questions, the scoring that turns answers
//! into a recommendation with reasons and the smallest change that would flip it,
//! and the URL encoding that makes a result shareable.
//!
//! Everything is pure and total: indices out of range or malformed URLs never
//! panic, and the same answers always give the same outcome.

pub mod markup;
mod questions;
mod scoring;
mod share;
#[cfg(test)]
mod tests;

pub use questions::{question_index, Choice, Question, QUESTIONS, QUESTION_COUNT};
pub use scoring::{
    evaluate, highlighted_aspects, recommend, Change, Flip, Lean, Outcome, Reason, Recommendation, BOTH_THRESHOLD,
};
pub use share::{from_query, to_query, Decoded};

/// Answers in progress: the chosen option's index per question, `None` while unanswered.
pub type Answers = [Option<u8>; QUESTION_COUNT];

/// A finished questionnaire: one option index per question.
pub type Complete = [u8; QUESTION_COUNT];

/// The finished answers, if every question has an answer that is one of its options.
pub fn complete(answers: &Answers) -> Option<Complete> {
    let mut done: Complete = [0; QUESTION_COUNT];
    for ((slot, answer), question) in done.iter_mut().zip(answers).zip(QUESTIONS.iter()) {
        let index = (*answer)?;
        question.choice(usize::from(index))?;
        *slot = index;
    }
    Some(done)
}
