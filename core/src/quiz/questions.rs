//! The questionnaire's types and its data. The questions, options, weights, reasons,
//! the `both` threshold and the dealbreakers are in `content/quiz.toml`; the build
//! script checks the file and writes it as the statics below (`QUESTIONS` with ids and
//! weights, all that scoring and URLs need; `QUESTION_TEXTS` with legends, labels and
//! reasons, only what the UI shows), so a wasm bundle that only scores (the booking
//! form) links none of the texts, and none links a parser.

/// One option of a question: its id and the points it gives each language. Its texts
/// are in `QUESTION_TEXTS`, so code that only scores carries none of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The URL value, e.g. "microservices".
    pub id: &'static str,
    /// Points for Go (never negative).
    pub go: i32,
    /// Points for Python (never negative).
    pub python: i32,
    /// Id of the article section that backs the reason.
    pub section: &'static str,
    /// The language this answer rules out, whatever the other answers say.
    pub rules_out: Option<Language>,
}

/// A language an answer can rule out (`rules_out` in content/quiz.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Go,
    Python,
}

impl Language {
    /// The language's name as shown.
    pub fn name(self) -> &'static str {
        match self {
            Language::Go => "Go",
            Language::Python => "Python",
        }
    }
}

impl Choice {
    /// How far this choice leans towards Go: `go - python` (negative leans Python).
    pub const fn tilt(&self) -> i32 {
        self.go - self.python
    }
}

/// One question: its id (the URL key), its options and the table rows behind it. Its
/// texts are in `QUESTION_TEXTS` at the same index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// The URL key, e.g. "time_to_market".
    pub id: &'static str,
    /// The options, in the contract's order.
    pub choices: &'static [Choice],
    /// Ids of key-differences table rows behind this question.
    pub aspects: &'static [&'static str],
}

impl Question {
    /// The choice at `index`, if there is one.
    pub fn choice(&self, index: usize) -> Option<&'static Choice> {
        self.choices.get(index)
    }

    /// The index of the choice whose id is `id`.
    pub fn choice_index(&self, id: &str) -> Option<usize> {
        self.choices.iter().position(|choice| choice.id == id)
    }
}

/// The texts of one option, at the same indices as its `Choice`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceText {
    /// The label shown next to the radio button.
    pub text: &'static str,
    /// Reason sentence shown when this choice was picked. Stands on its own.
    pub why: &'static str,
}

/// The texts of one question, at the same index as its `Question`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionText {
    /// The legend, exactly as the contract writes it.
    pub text: &'static str,
    /// The options' texts, in the same order as `Question::choices`.
    pub choices: &'static [ChoiceText],
}

/// Where content/quiz.toml writes each question and option, for the build's messages:
/// per question, its line and its options' lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizSource {
    pub file: &'static str,
    pub lines: &'static [(usize, &'static [usize])],
}

impl QuizSource {
    /// The line of question `question`'s option `choice` (of the question, with `None`).
    pub fn line(&self, question: usize, choice: Option<usize>) -> usize {
        self.lines
            .get(question)
            .map_or(0, |(line, options)| choice.map_or(*line, |c| options.get(c).copied().unwrap_or(*line)))
    }
}

/// A questionnaire: what the engine (`scoring`) scores (its texts stay in `QUESTION_TEXTS`,
/// so a bundle that only scores links none of them). [`QUIZ`] is the shipped one;
/// the build's checks (`audit`) take any, so a broken file's can be checked too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quiz {
    pub questions: &'static [Question],
    /// A margin within this many points of zero recommends both languages.
    pub both_threshold: i32,
}

/// The shipped questionnaire, from content/quiz.toml.
pub static QUIZ: Quiz = Quiz { questions: &QUESTIONS, both_threshold: BOTH_THRESHOLD };

// QUESTION_COUNT, BOTH_THRESHOLD, QUESTIONS, QUESTION_TEXTS and SOURCE, from content/quiz.toml.
include!(concat!(env!("OUT_DIR"), "/quiz.rs"));

/// The legend of question `question` ("" if there is none).
pub fn question_text(question: usize) -> &'static str {
    QUESTION_TEXTS.get(question).map_or("", |q| q.text)
}

/// The texts of option `choice` of question `question`, if there is one.
pub fn choice_text(question: usize, choice: usize) -> Option<&'static ChoiceText> {
    QUESTION_TEXTS.get(question)?.choices.get(choice)
}

/// The label of option `choice` of question `question` ("" if there is none).
pub fn choice_label(question: usize, choice: usize) -> &'static str {
    choice_text(question, choice).map_or("", |c| c.text)
}

/// The index of the question whose id is `id`.
pub fn question_index(id: &str) -> Option<usize> {
    QUESTIONS.iter().position(|question| question.id == id)
}
