//! From answers to a recommendation: totals, reasons, and the smallest flip.
//!
//! Scoring is additive: each answer adds its choice's points to each language,
//! and only the margin `go_total - python_total` decides. That makes the result
//! deterministic and monotonic by construction.

use super::{choice_text, Complete, Language, Quiz, QUESTIONS, QUIZ};
use crate::content::ASPECTS;
use crate::quiz::questions::Choice;

/// What the questionnaire recommends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Recommendation {
    /// Go leads by more than `BOTH_THRESHOLD`.
    Go,
    /// Python leads by more than `BOTH_THRESHOLD`.
    Python,
    /// The scores are within `BOTH_THRESHOLD`: either language fits.
    Both,
}

impl Recommendation {
    /// The id used in URLs, events and `data-recommendation`: "go", "python" or "both".
    pub fn id(self) -> &'static str {
        match self {
            Recommendation::Go => "go",
            Recommendation::Python => "python",
            Recommendation::Both => "both",
        }
    }

    /// The recommendation whose id is `s`.
    pub fn from_id(s: &str) -> Option<Self> {
        match s {
            "go" => Some(Recommendation::Go),
            "python" => Some(Recommendation::Python),
            "both" => Some(Recommendation::Both),
            _ => None,
        }
    }

    /// The name shown to visitors.
    pub fn label(self) -> &'static str {
        match self {
            Recommendation::Go => "Go",
            Recommendation::Python => "Python",
            Recommendation::Both => "Both Go and Python",
        }
    }
}

/// Which way one answer leans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// The choice gives Go more points.
    Go,
    /// The choice gives Python more points.
    Python,
    /// The choice gives both the same points.
    Neutral,
}

impl Lean {
    fn of(choice: &Choice) -> Lean {
        match choice.tilt() {
            t if t > 0 => Lean::Go,
            t if t < 0 => Lean::Python,
            _ => Lean::Neutral,
        }
    }
}

/// One answer's contribution to the result, for the "why" list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// Index into `QUESTIONS`.
    pub question: usize,
    /// Index into that question's choices.
    pub choice: usize,
    pub lean: Lean,
    /// The language this answer rules out, if it is a dealbreaker.
    pub rules_out: Option<Language>,
    /// Id of the article section that backs the reason.
    pub section: &'static str,
}

impl Reason {
    /// The choice's `why` sentence, from the shipped texts (kept out of `Reason` so a
    /// bundle that only scores, the booking form's, links no text).
    pub fn text(&self) -> &'static str {
        choice_text(self.question, self.choice).map_or("", |c| c.why)
    }
}

/// One changed answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub question: usize,
    pub from: usize,
    pub to: usize,
}

/// The fewest answer changes that give a different recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flip {
    /// In question order.
    pub changes: Vec<Change>,
    pub to: Recommendation,
}

/// The recommendation and the scores without the reasons or the flip search: what the
/// article's printout says about a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub recommendation: Recommendation,
    pub go_score: u8,
    pub python_score: u8,
    /// The language an answer rules out, if one does.
    pub ruled_out: Option<Language>,
}

/// Everything the result view shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub recommendation: Recommendation,
    pub go_total: i32,
    pub python_total: i32,
    /// `go_total - python_total`.
    pub margin: i32,
    /// Go's share of all points, 0..=100, for display only.
    pub go_score: u8,
    /// Python's share of all points, 0..=100 (`100 - go_score`), for display only.
    pub python_score: u8,
    /// Every leaning answer, strongest first; padded with neutral ones to at least two.
    pub reasons: Vec<Reason>,
    /// `None` only if no answers at all would change the recommendation.
    pub flip: Option<Flip>,
}

impl Quiz {
    /// (question index, choice index, choice) for every answer that names an option.
    fn picked<'a>(&self, answers: &'a [u8]) -> impl Iterator<Item = (usize, usize, &'static Choice)> + 'a {
        let questions = self.questions;
        answers.iter().enumerate().filter_map(move |(question, &index)| {
            let index = usize::from(index);
            Some((question, index, questions.get(question)?.choice(index)?))
        })
    }

    fn totals(&self, answers: &[u8]) -> (i32, i32) {
        self.picked(answers).fold((0, 0), |(go, python), (_, _, choice)| (go + choice.go, python + choice.python))
    }

    /// The recommendation for these answers with this margin: a language an answer rules
    /// out cannot be recommended, alone or with the other; otherwise the margin decides.
    fn decide(&self, answers: &[u8], margin: i32) -> Recommendation {
        let ruled_out = |language| self.picked(answers).any(|(_, _, choice)| choice.rules_out == Some(language));
        match (ruled_out(Language::Go), ruled_out(Language::Python)) {
            (true, false) => Recommendation::Python,
            (false, true) => Recommendation::Go,
            // Both ruled out is a contradiction the build refuses (`audit`); the margin decides.
            _ if margin.abs() <= self.both_threshold => Recommendation::Both,
            _ if margin > 0 => Recommendation::Go,
            _ => Recommendation::Python,
        }
    }

    /// The recommendation alone (no reasons, no flip search, no texts).
    pub fn recommend(&self, answers: &[u8]) -> Recommendation {
        let (go, python) = self.totals(answers);
        self.decide(answers, go - python)
    }

    /// The recommendation and the display scores alone.
    pub fn summarize(&self, answers: &[u8]) -> Summary {
        let (go, python) = self.totals(answers);
        let go_score = share_percent(go, python);
        Summary {
            recommendation: self.decide(answers, go - python),
            go_score,
            python_score: 100 - go_score,
            ruled_out: self.picked(answers).find_map(|(_, _, choice)| choice.rules_out),
        }
    }

    /// The full result: totals, display scores, reasons and the smallest flip.
    pub fn evaluate(&self, answers: &[u8]) -> Outcome {
        let (go_total, python_total) = self.totals(answers);
        let margin = go_total - python_total;
        let recommendation = self.decide(answers, margin);
        let go_score = share_percent(go_total, python_total);
        Outcome {
            recommendation,
            go_total,
            python_total,
            margin,
            go_score,
            python_score: 100 - go_score,
            reasons: self.reasons(answers),
            flip: self.find_flip(answers, recommendation),
        }
    }

    fn reasons(&self, answers: &[u8]) -> Vec<Reason> {
        let reason = |question: usize, index: usize, choice: &'static Choice| Reason {
            question,
            choice: index,
            lean: Lean::of(choice),
            rules_out: choice.rules_out,
            section: choice.section,
        };
        // Dealbreakers first, then strongest first, in question order among equally strong
        // answers (a pass per strength: weights are small, and it keeps a sort out of the wasm).
        let mut out: Vec<Reason> = Vec::new();
        for (question, index, choice) in self.picked(answers) {
            if choice.rules_out.is_some() {
                out.push(reason(question, index, choice));
            }
        }
        let strongest = self.picked(answers).map(|(_, _, choice)| choice.tilt().abs()).max().unwrap_or(0);
        for strength in (1..=strongest).rev() {
            for (question, index, choice) in self.picked(answers) {
                if choice.tilt().abs() == strength && choice.rules_out.is_none() {
                    out.push(reason(question, index, choice));
                }
            }
        }
        for (question, index, choice) in self.picked(answers) {
            if out.len() >= 2 {
                break;
            }
            if choice.tilt() == 0 && choice.rules_out.is_none() {
                out.push(reason(question, index, choice));
            }
        }
        out
    }

    /// Breadth-first over the number of changes, so the first hit is minimal; within a
    /// count, question subsets in lexicographic order, then new choices in lexicographic order.
    fn find_flip(&self, answers: &[u8], current: Recommendation) -> Option<Flip> {
        let n = answers.len().min(self.questions.len());
        for count in 1..=n {
            let mut subset: Vec<usize> = (0..count).collect();
            loop {
                if let Some(flip) = self.flip_within(answers, &subset, current) {
                    return Some(flip);
                }
                if !next_subset(&mut subset, n) {
                    break;
                }
            }
        }
        None
    }

    /// The first option of `question` at or after `start` that is not `from`.
    fn alternative(&self, question: usize, from: usize, start: usize) -> Option<usize> {
        let options = self.questions.get(question).map_or(0, |q| q.choices.len());
        (start..options).find(|&option| option != from)
    }

    /// The first way, in lexicographic order of new choice indices, to change every
    /// question of `subset` to another option so that the recommendation changes.
    fn flip_within(&self, answers: &[u8], subset: &[usize], current: Recommendation) -> Option<Flip> {
        let from = |position: usize| answers.get(subset[position]).map_or(0, |&a| usize::from(a));
        let mut candidate = answers.to_vec();
        // An odometer over each changed question's other options; the last question turns fastest.
        let mut to = Vec::with_capacity(subset.len());
        for (position, &question) in subset.iter().enumerate() {
            to.push(self.alternative(question, from(position), 0)?);
        }
        loop {
            for (position, &question) in subset.iter().enumerate() {
                candidate[question] = u8::try_from(to[position]).ok()?;
            }
            let recommendation = self.recommend(&candidate);
            if recommendation != current {
                let changes = (0..subset.len())
                    .map(|position| Change { question: subset[position], from: from(position), to: to[position] })
                    .collect();
                return Some(Flip { changes, to: recommendation });
            }
            // The next combination: the last position that can move on does, the ones after it restart.
            let mut position = subset.len();
            loop {
                position = position.checked_sub(1)?;
                if let Some(next) = self.alternative(subset[position], from(position), to[position] + 1) {
                    to[position] = next;
                    break;
                }
                to[position] = self.alternative(subset[position], from(position), 0)?;
            }
        }
    }
}

/// The recommendation alone, for the shipped questionnaire.
pub fn recommend(answers: &Complete) -> Recommendation {
    QUIZ.recommend(answers)
}

/// The recommendation and the scores, for the shipped questionnaire.
pub fn summarize(answers: &Complete) -> Summary {
    QUIZ.summarize(answers)
}

/// The full result, for the shipped questionnaire.
pub fn evaluate(answers: &Complete) -> Outcome {
    QUIZ.evaluate(answers)
}

/// `part`'s share of both totals, rounded; 50 when nobody has points.
fn share_percent(part: i32, other: i32) -> u8 {
    let part = part.max(0);
    let sum = part + other.max(0);
    if sum == 0 {
        return 50;
    }
    // Rounds half up in integers: floor((200 * part + sum) / (2 * sum)).
    let percent = (200 * part + sum) / (2 * sum);
    u8::try_from(percent.clamp(0, 100)).unwrap_or(50)
}

/// Advances `subset` (strictly increasing indices below `n`) to the next one in
/// lexicographic order; false when it was the last.
fn next_subset(subset: &mut [usize], n: usize) -> bool {
    let k = subset.len();
    for position in (0..k).rev() {
        let limit = n - k + position;
        if subset[position] < limit {
            subset[position] += 1;
            for later in position + 1..k {
                subset[later] = subset[later - 1] + 1;
            }
            return true;
        }
    }
    false
}

/// Key-differences row ids behind the answers that lean, without repeats, in table order.
pub fn highlighted_aspects(answers: &Complete) -> Vec<&'static str> {
    let behind: Vec<&'static str> = QUIZ
        .picked(answers)
        .filter(|(_, _, choice)| choice.tilt() != 0)
        .filter_map(|(question, _, _)| QUESTIONS.get(question))
        .flat_map(|question| question.aspects.iter().copied())
        .collect();
    ASPECTS.iter().map(|(id, _)| *id).filter(|aspect| behind.contains(aspect)).collect()
}
