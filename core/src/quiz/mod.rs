//! The questionnaire engine: the questions, the scoring that turns answers into a
//! recommendation with reasons and the smallest change that would flip it, the URL
//! encoding that makes a result shareable, where a visit opens, and the sentences
//! made from all that. No markup: the web shell (`src/quiz/`) renders it.
//!
//! Everything is pure and total: indices out of range or malformed URLs never
//! panic, and the same answers always give the same outcome.

mod audit;
mod questions;
mod scoring;
mod share;
mod start;
#[cfg(test)]
mod tests;
mod text;

pub use audit::{audit, Finding};
pub use questions::{
    choice_label, choice_text, question_index, question_text, Choice, ChoiceText, Language, Question, QuestionText,
    Quiz, QuizSource, BOTH_THRESHOLD, QUESTIONS, QUESTION_COUNT, QUESTION_TEXTS, QUIZ, SOURCE,
};
pub use scoring::{
    evaluate, highlighted_aspects, recommend, summarize, Change, Flip, Lean, Outcome, Reason, Recommendation, Summary,
};
pub use share::{booking_query, from_query, result_of, to_query, Decoded};
pub use start::{start, Opening, Start};
pub use text::{count_in_words, describe_flip, reason_answer, verdict, verdict_for, verdict_of};

/// Answers in progress: the chosen option's index per question, `None` while unanswered.
pub type Answers = [Option<u8>; QUESTION_COUNT];

/// A finished questionnaire: one option index per question.
pub type Complete = [u8; QUESTION_COUNT];

/// `parts` joined: the text helpers build strings this way (smaller in the wasm than
/// `concat` or `format!`).
fn join(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}

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
