//! The scoring rules, checked over every answer combination of a questionnaire: the
//! build runs this on the shipped file (src/bin/prerender.rs) and stops on any finding,
//! so an edit to content/quiz.toml that breaks a rule never ships.
//!
//! The rules: the same answers always give the same result; changing one answer to an
//! option that leans more towards a language never moves the result away from it; an
//! answer that rules a language out is never outweighed; "both" only when the totals
//! are within the threshold; every result has at least two reasons.

use std::collections::HashSet;

use super::{Language, Quiz, QuizSource, Recommendation};

/// One broken rule, at the question (and option) it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub question: usize,
    pub choice: Option<usize>,
    pub message: String,
}

impl Finding {
    /// "content/quiz.toml:42: …", with the line `source` knows for it.
    pub fn show(&self, source: &QuizSource) -> String {
        format!("{}:{}: {}", source.file, source.line(self.question, self.choice), self.message)
    }
}

/// The most combinations the build checks one by one (the shipped file has 23,328).
pub const MAX_COMBINATIONS: u64 = 2_000_000;

/// Python < Both < Go: "towards Go" is up.
fn rank(recommendation: Recommendation) -> i32 {
    match recommendation {
        Recommendation::Python => 0,
        Recommendation::Both => 1,
        Recommendation::Go => 2,
    }
}

/// Every finding for `quiz`, at most a few of each kind.
pub fn audit(quiz: &Quiz) -> Vec<Finding> {
    let questions = quiz.questions;
    let combinations = questions.iter().try_fold(1u64, |n, q| n.checked_mul(q.choices.len() as u64));
    match combinations {
        Some(n) if n <= MAX_COMBINATIONS && questions.iter().all(|q| !q.choices.is_empty()) => {}
        _ => {
            return vec![Finding {
                question: 0,
                choice: None,
                message: format!(
                    "the questions have too many combinations of answers to check them all (more than {MAX_COMBINATIONS}): use fewer questions or options"
                ),
            }]
        }
    }
    let describe = |answers: &[u8]| -> String {
        let pairs: Vec<String> = questions
            .iter()
            .zip(answers)
            .filter_map(|(q, &a)| Some(format!("{}={}", q.id, q.choice(usize::from(a))?.id)))
            .collect();
        pairs.join(", ")
    };
    let mut findings = Vec::new();
    let mut seen: HashSet<(usize, usize, usize, &'static str)> = HashSet::new();
    let mut report = |findings: &mut Vec<Finding>,
                      key: (usize, usize, usize, &'static str),
                      choice: Option<usize>,
                      message: String| {
        if seen.insert(key) && findings.len() < 20 {
            findings.push(Finding { question: key.0, choice, message });
        }
    };
    let mut answers = vec![0u8; questions.len()];
    loop {
        let outcome = quiz.evaluate(&answers);
        let recommendation = outcome.recommendation;
        if quiz.evaluate(&answers) != outcome || quiz.recommend(&answers) != recommendation {
            report(
                &mut findings,
                (0, 0, 0, "deterministic"),
                None,
                format!("the same answers gave two results ({})", describe(&answers)),
            );
        }
        if recommendation == Recommendation::Both && outcome.margin.abs() > quiz.both_threshold {
            report(
                &mut findings,
                (0, 0, 0, "both"),
                None,
                format!(
                    "“both” with totals {} apart, more than `both_threshold` ({})",
                    outcome.margin.abs(),
                    describe(&answers)
                ),
            );
        }
        if outcome.reasons.len() < 2 {
            report(
                &mut findings,
                (0, 0, 0, "reasons"),
                None,
                format!("a result with fewer than two reasons ({})", describe(&answers)),
            );
        }
        let rules: Vec<(usize, usize, Language)> = questions
            .iter()
            .zip(&answers)
            .enumerate()
            .filter_map(|(q, (question, &a))| Some((q, usize::from(a), question.choice(usize::from(a))?.rules_out?)))
            .collect();
        for &(q, c, language) in &rules {
            let alone = if language == Language::Go { Recommendation::Go } else { Recommendation::Python };
            if recommendation == alone {
                report(
                    &mut findings,
                    (q, c, 0, "dealbreaker"),
                    Some(c),
                    format!(
                        "option `{}` of `{}` rules out {} but the result is {} ({})",
                        questions[q].choices[c].id,
                        questions[q].id,
                        language.name(),
                        language.name(),
                        describe(&answers)
                    ),
                );
            }
            if let Some(&(other_q, other_c, other)) = rules.iter().find(|(_, _, other)| *other != language) {
                if other_q > q {
                    report(
                        &mut findings,
                        (q, c, other_q * 1000 + other_c, "conflict"),
                        Some(c),
                        format!(
                            "`{}={}` rules out {} and `{}={}` rules out {}: answered together, no language is left",
                            questions[q].id,
                            questions[q].choices[c].id,
                            language.name(),
                            questions[other_q].id,
                            questions[other_q].choices[other_c].id,
                            other.name()
                        ),
                    );
                }
            }
        }
        // Monotonic: every other option of each question that leans more towards Go.
        for (q, question) in questions.iter().enumerate() {
            let from = usize::from(answers[q]);
            let from_tilt = question.choices[from].tilt();
            for (to, choice) in question.choices.iter().enumerate() {
                if choice.tilt() <= from_tilt {
                    continue;
                }
                let mut changed = answers.clone();
                changed[q] = to as u8;
                let after = quiz.recommend(&changed);
                if rank(after) < rank(recommendation) {
                    report(
                        &mut findings,
                        (q, from, to, "monotonic"),
                        Some(to),
                        format!(
                            "option `{}` of `{}` leans more towards Go than `{}`, yet choosing it instead turns the result from {} to {} ({}): a dealbreaker must be the option that leans furthest away from the language it rules out",
                            choice.id, question.id, question.choices[from].id, recommendation.label(), after.label(), describe(&answers)
                        ),
                    );
                }
            }
        }
        // The next combination (the last question turns fastest).
        let mut q = questions.len();
        loop {
            let Some(next) = q.checked_sub(1) else { return findings };
            q = next;
            if usize::from(answers[q]) + 1 < questions[q].choices.len() {
                answers[q] += 1;
                break;
            }
            answers[q] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    //! The audit on the shipped questionnaire, and on broken copies of content/quiz.toml
    //! (read by the build's own reader, as the build would read them).

    use std::path::Path;

    use super::*;
    use crate::quiz::{Choice, Question, QUIZ, SOURCE};

    #[test]
    fn the_shipped_questionnaire_keeps_every_rule() {
        let findings = audit(&QUIZ);
        assert!(findings.is_empty(), "{:?}", findings.iter().map(|f| f.show(&SOURCE)).collect::<Vec<_>>());
    }

    fn leak(text: &str) -> &'static str {
        Box::leak(text.to_string().into_boxed_str())
    }

    /// content/quiz.toml with each edit's `from` replaced by its `to`, read by the build's reader, as
    /// a questionnaire the engine scores, and where it says each option is.
    fn broken(edits: &[(&str, &str)]) -> (Quiz, Vec<(usize, Vec<usize>)>) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let read = |f: &str| std::fs::read_to_string(dir.join(f)).expect("content file");
        let mut quiz = read("quiz.toml");
        for (from, to) in edits {
            assert!(quiz.contains(from), "{from:?}");
            quiz = quiz.replacen(from, to, 1);
        }
        let content = showdown_content::parse("content", &read("site.toml"), &quiz, &read("article.md"))
            .unwrap_or_else(|problems| panic!("the reader refused the copy: {problems:?}"));
        let questions: Vec<Question> = content
            .quiz
            .questions
            .iter()
            .map(|q| Question {
                id: leak(&q.id),
                choices: Box::leak(
                    q.options
                        .iter()
                        .map(|o| Choice {
                            id: leak(&o.id),
                            go: o.go,
                            python: o.python,
                            section: leak(&o.section.0),
                            rules_out: o.rules_out.map(|l| match l {
                                showdown_content::quiz::Language::Go => Language::Go,
                                showdown_content::quiz::Language::Python => Language::Python,
                            }),
                        })
                        .collect::<Vec<_>>()
                        .into_boxed_slice(),
                ),
                aspects: &[],
            })
            .collect();
        let lines =
            content.quiz.questions.iter().map(|q| (q.line, q.options.iter().map(|o| o.line).collect())).collect();
        let quiz =
            Quiz { questions: Box::leak(questions.into_boxed_slice()), both_threshold: content.quiz.both_threshold };
        (quiz, lines)
    }

    /// The findings as the build prints them.
    fn shown(quiz: &Quiz, lines: Vec<(usize, Vec<usize>)>) -> Vec<String> {
        let lines: Vec<(usize, &'static [usize])> =
            lines.into_iter().map(|(l, options)| (l, &*Box::leak(options.into_boxed_slice()))).collect();
        let source = QuizSource { file: "content/quiz.toml", lines: Box::leak(lines.into_boxed_slice()) };
        audit(quiz).iter().map(|f| f.show(&source)).collect()
    }

    fn line_of(text: &str) -> usize {
        let quiz =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/quiz.toml")).expect("quiz");
        quiz[..quiz.find(text).expect("text")].matches('\n').count() + 1
    }

    #[test]
    fn an_unchanged_copy_passes() {
        let (quiz, lines) = broken(&[]);
        assert_eq!(shown(&quiz, lines), Vec::<String>::new());
    }

    #[test]
    fn a_dealbreaker_on_an_option_that_is_not_the_furthest_away_breaks_monotonicity() {
        // The rule moves from "core" (0/7) to "some" (0/2): choosing core instead of some
        // then leans further from Go, yet can turn Python into Go.
        let some = "id = \"some\"\ntext = \"Some, for reporting or analysis\"\n";
        let (quiz, lines) = broken(&[("\nrules_out = \"go\"", ""), (some, &format!("{some}rules_out = \"go\"\n"))]);
        let findings = shown(&quiz, lines);
        let line = line_of(some) - 1; // the copy lost core's `rules_out` line above it
        let says = format!("content/quiz.toml:{line}: option `some` of `libraries` leans more towards Go than `core`, yet choosing it instead turns the result from Both Go and Python to Python");
        assert!(findings.iter().any(|f| f.starts_with(&says)), "{findings:?}");
    }

    #[test]
    fn dealbreakers_for_both_languages_that_can_be_answered_together_are_refused() {
        // Team "go" rules Python out, while libraries=core rules Go out.
        let from = "id = \"go\"\ntext = \"Mostly Go\"\ngo = 5\npython = 0\n";
        let (quiz, lines) = broken(&[(from, &format!("{from}rules_out = \"python\"\n"))]);
        let findings = shown(&quiz, lines);
        let line = line_of("id = \"go\"\ntext = \"Mostly Go\"");
        assert!(
            findings.iter().any(|f| f.starts_with(&format!("content/quiz.toml:{line}:"))
                && f.contains("`team=go` rules out Python and `libraries=core` rules out Go: answered together, no language is left")),
            "{findings:?}"
        );
    }

    #[test]
    fn too_many_combinations_are_refused_rather_than_checked_for_hours() {
        let choice = Choice { id: "a", go: 1, python: 0, section: "s", rules_out: None };
        let choices: &'static [Choice] = Box::leak(vec![choice; 10].into_boxed_slice());
        let questions: Vec<Question> = (0..7).map(|_| Question { id: "q", choices, aspects: &[] }).collect();
        let quiz = Quiz { questions: Box::leak(questions.into_boxed_slice()), both_threshold: 1 };
        let findings = audit(&quiz);
        assert_eq!(findings.len(), 1);
        assert!(findings[0].message.contains("too many combinations"));
    }
}
