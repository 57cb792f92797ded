//! `content/quiz.toml`: the questions, their options, each option's points, reason and
//! backing section, the `both` threshold, and the answers that rule a language out.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use crate::problem::{is_id, tidy, Source};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    both_threshold: Spanned<i64>,
    #[serde(default)]
    question: Vec<QuestionFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    id: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    aspects: Vec<Spanned<String>>,
    #[serde(default)]
    option: Vec<OptionFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFile {
    id: Spanned<String>,
    text: Spanned<String>,
    go: Option<Spanned<i64>>,
    python: Option<Spanned<i64>>,
    section: Spanned<String>,
    reason: Spanned<String>,
    rules_out: Option<Spanned<String>>,
}

/// A language an answer can rule out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Go,
    Python,
}

impl Language {
    pub const ALL: [(&'static str, Language); 2] = [("go", Language::Go), ("python", Language::Python)];
}

/// The questionnaire as the file says, checked for shape (the scoring rules are checked
/// by the core, which owns the engine, over every combination of these answers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    pub both_threshold: i32,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub text: String,
    /// Ids of key differences rows behind the question.
    pub aspects: Vec<(String, usize)>,
    pub options: Vec<Choice>,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub text: String,
    pub go: i32,
    pub python: i32,
    /// The article section that backs the reason, and the line that names it.
    pub section: (String, usize),
    pub reason: String,
    pub rules_out: Option<Language>,
    pub line: usize,
}

/// The most points one answer may give a language: enough for any judgement, small
/// enough that no sum can overflow.
pub const MAX_POINTS: i64 = 100;

/// Reads and checks `content/quiz.toml`; problems go to `source`.
pub(crate) fn parse(source: &mut Source) -> Option<Quiz> {
    let file: QuizFile = source.toml()?;
    let threshold = *file.both_threshold.get_ref();
    if !(0..=MAX_POINTS).contains(&threshold) {
        source.at(
            file.both_threshold.span().start,
            format!("`both_threshold` is {threshold}: it must be a whole number of points from 0 to {MAX_POINTS}"),
        );
    }
    if file.question.len() < 2 {
        source.on_line(0, "the questionnaire needs at least two questions (`[[question]]` tables)");
    }
    let mut question_ids = HashSet::new();
    let mut questions = Vec::new();
    for q in &file.question {
        let line = source.line_of(q.id.span().start);
        id_check(source, &q.id, "question", &mut question_ids);
        text_check(source, &q.text, &format!("the text of question `{}`", q.id.get_ref()));
        if q.option.len() < 2 {
            source.on_line(
                line,
                format!(
                    "question `{}` has {} option(s): it needs at least two (`[[question.option]]` tables)",
                    q.id.get_ref(),
                    q.option.len()
                ),
            );
        }
        let mut option_ids = HashSet::new();
        let mut options = Vec::new();
        for o in &q.option {
            let what = format!("option `{}` of question `{}`", o.id.get_ref(), q.id.get_ref());
            id_check(source, &o.id, &format!("option of question `{}`", q.id.get_ref()), &mut option_ids);
            text_check(source, &o.text, &format!("the text of {what}"));
            text_check(source, &o.reason, &format!("the reason of {what}"));
            let option_line = source.line_of(o.id.span().start);
            let go = points(source, o.go.as_ref(), "go", "Go", &what, option_line);
            let python = points(source, o.python.as_ref(), "python", "Python", &what, option_line);
            let rules_out = o.rules_out.as_ref().and_then(|r| {
                let language = Language::ALL.iter().find(|(name, _)| name == r.get_ref()).map(|(_, l)| *l);
                if language.is_none() {
                    source.at(
                        r.span().start,
                        format!("`rules_out` of {what} is `{}`: write \"go\" or \"python\"", r.get_ref()),
                    );
                }
                language
            });
            let leans_away = match rules_out {
                Some(Language::Go) => python <= go,
                Some(Language::Python) => go <= python,
                None => false,
            };
            if leans_away {
                source.on_line(
                    option_line,
                    format!("{what} rules a language out but does not give the other one more points: give it more points for the language it leaves"),
                );
            }
            options.push(Choice {
                id: o.id.get_ref().clone(),
                text: tidy(o.text.get_ref()),
                go,
                python,
                section: (o.section.get_ref().clone(), source.line_of(o.section.span().start)),
                reason: tidy(o.reason.get_ref()),
                rules_out,
                line: option_line,
            });
        }
        questions.push(Question {
            id: q.id.get_ref().clone(),
            text: tidy(q.text.get_ref()),
            aspects: q.aspects.iter().map(|a| (a.get_ref().clone(), source.line_of(a.span().start))).collect(),
            options,
            line,
        });
    }
    Some(Quiz { both_threshold: i32::try_from(threshold.clamp(0, MAX_POINTS)).unwrap_or(0), questions })
}

fn id_check(source: &mut Source, id: &Spanned<String>, what: &str, seen: &mut HashSet<String>) {
    let value = id.get_ref();
    if !is_id(value) {
        source.at(
            id.span().start,
            format!("the {what} id `{value}` is not well-formed: use lowercase letters, digits, `-` or `_`, starting with a letter"),
        );
    } else if !seen.insert(value.clone()) {
        source.at(id.span().start, format!("the {what} id `{value}` is used twice: ids must be unique"));
    }
}

fn text_check(source: &mut Source, text: &Spanned<String>, what: &str) {
    if tidy(text.get_ref()).is_empty() {
        source.at(text.span().start, format!("{what} is empty"));
    }
}

fn points(source: &mut Source, value: Option<&Spanned<i64>>, key: &str, name: &str, what: &str, line: usize) -> i32 {
    let Some(value) = value else {
        source.on_line(line, format!("{what} has no {name} points: add `{key} = 0` (or more) to it"));
        return 0;
    };
    let points = *value.get_ref();
    if !(0..=MAX_POINTS).contains(&points) {
        source.at(
            value.span().start,
            format!("{what} gives {name} {points} points: use a whole number from 0 to {MAX_POINTS}"),
        );
        return 0;
    }
    i32::try_from(points).unwrap_or(0)
}
