//! The questionnaire's sentences that are made from its data: the count of questions
//! in words, the verdict, each reason's "you answered …" line and what would change
//! the result. Plain text (the web shell renders it), built by concatenation.

use super::{
    choice_label, choice_text, join, question_text, Flip, Language, Lean, Outcome, Reason, Recommendation, Summary,
};

/// `n` in words, capitalised ("Eight"), for the counts a questionnaire can sensibly
/// have; digits beyond twelve.
pub fn count_in_words(n: usize) -> String {
    const WORDS: [&str; 13] =
        ["No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// The sentence under the result's heading.
pub fn verdict(recommendation: Recommendation) -> &'static str {
    match recommendation {
        Recommendation::Go => "Go fits your project best.",
        Recommendation::Python => "Python fits your project best.",
        Recommendation::Both => "Both Go and Python fit your project: the scores are too close to call.",
    }
}

/// The verdict for `outcome`: when an answer ruled a language out, it says so, since
/// the scores alone may then point the other way.
pub fn verdict_for(outcome: &Outcome) -> String {
    verdict_ruling_out(outcome.recommendation, outcome.reasons.iter().find_map(|r| r.rules_out))
}

/// The verdict for `recommendation` when an answer rules out `ruled_out` (or none does).
pub fn verdict_ruling_out(recommendation: Recommendation, ruled_out: Option<Language>) -> String {
    match ruled_out {
        Some(language) => join(&[
            verdict(recommendation).trim_end_matches('.'),
            ": one of your answers rules out ",
            language.name(),
            ", whatever the points.",
        ]),
        None => verdict(recommendation).to_string(),
    }
}

/// The verdict of a [`Summary`] (the same sentence as the full result's).
pub fn verdict_of(summary: &Summary) -> String {
    verdict_ruling_out(summary.recommendation, summary.ruled_out)
}

fn lean_label(reason: &Reason) -> &'static str {
    match (reason.rules_out, reason.lean) {
        (Some(Language::Go), _) => "Rules out Go",
        (Some(Language::Python), _) => "Rules out Python",
        (None, Lean::Go) => "Points to Go",
        (None, Lean::Python) => "Points to Python",
        (None, Lean::Neutral) => "Neutral",
    }
}

/// "Points to Go · you answered “…” to “…”": which way a reason leans (or the language
/// it rules out) and the answer behind it.
pub fn reason_answer(reason: &Reason) -> String {
    let (question, choice) = (question_text(reason.question), choice_label(reason.question, reason.choice));
    join(&[lean_label(reason), " · you answered “", choice, "” to “", question, "”"])
}

/// "If you answered “X” instead of “Y” to “Q”, it would be Z.": the smallest change
/// of answers that gives another recommendation.
pub fn describe_flip(flip: Option<&Flip>) -> String {
    let Some(flip) = flip else {
        return "No change of answers would give a different recommendation.".to_string();
    };
    let mut out = String::from("If you answered ");
    let mut first = true;
    for change in &flip.changes {
        let (Some(to), Some(from)) =
            (choice_text(change.question, change.to), choice_text(change.question, change.from))
        else {
            continue;
        };
        if !first {
            out.push_str(" and ");
        }
        first = false;
        out.push_str(&join(&[
            "“",
            to.text,
            "” instead of “",
            from.text,
            "” to “",
            question_text(change.question),
            "”",
        ]));
    }
    out.push_str(", it would be ");
    out.push_str(match flip.to {
        Recommendation::Go => "Go",
        Recommendation::Python => "Python",
        Recommendation::Both => "both (too close to call)",
    });
    out.push('.');
    out
}

#[cfg(test)]
mod tests {
    use super::super::{evaluate, question_index, Change, Complete, QUESTIONS, QUESTION_COUNT};
    use super::*;

    #[test]
    fn counts_in_words() {
        assert_eq!(count_in_words(QUESTION_COUNT), "Eight");
        assert_eq!(count_in_words(1), "One");
        assert_eq!(count_in_words(12), "Twelve");
        assert_eq!(count_in_words(13), "13");
    }

    #[test]
    fn verdicts_name_the_recommendation() {
        assert!(verdict(Recommendation::Go).starts_with("Go "));
        assert!(verdict(Recommendation::Python).starts_with("Python "));
        assert!(verdict(Recommendation::Both).contains("too close to call"));
    }

    #[test]
    fn a_reason_names_the_answer_and_the_question() {
        let reason = Reason { question: 1, choice: 2, lean: Lean::Python, rules_out: None, section: "who-wins" };
        assert_eq!(
            reason_answer(&reason),
            "Points to Python · you answered “Minor: fast enough is fine” to “How much does raw speed matter?”"
        );
        let neutral = Reason { question: 0, choice: 0, lean: Lean::Neutral, rules_out: None, section: "used-for" };
        assert!(reason_answer(&neutral).starts_with("Neutral · you answered “Web APIs"));
        // Out of range: no panic, just less text.
        let odd = Reason { question: 99, choice: 99, lean: Lean::Go, rules_out: None, section: "" };
        assert_eq!(reason_answer(&odd), "Points to Go · you answered “” to “”");
        let libraries = question_index("libraries").expect("the libraries question");
        let core = QUESTIONS[libraries].choice_index("core").expect("its core option");
        let dealbreaker = Reason {
            question: libraries,
            choice: core,
            lean: Lean::Python,
            rules_out: Some(Language::Go),
            section: "",
        };
        assert!(
            reason_answer(&dealbreaker).starts_with("Rules out Go · you answered “Yes, they are core to the product”")
        );
    }

    #[test]
    fn a_ruled_out_language_is_said_in_the_verdict() {
        let libraries = question_index("libraries").expect("the libraries question");
        let mut done: Complete = [0; QUESTION_COUNT];
        done[libraries] = QUESTIONS[libraries].choice_index("core").expect("core") as u8;
        assert_eq!(
            verdict_for(&evaluate(&done)),
            "Python fits your project best: one of your answers rules out Go, whatever the points."
        );
        done[libraries] = QUESTIONS[libraries].choice_index("none").expect("none") as u8;
        let outcome = evaluate(&done);
        assert_eq!(verdict_for(&outcome), verdict(outcome.recommendation));
    }

    #[test]
    fn a_flip_names_every_change_and_the_new_recommendation() {
        let one = Flip { changes: vec![Change { question: 4, from: 1, to: 0 }], to: Recommendation::Python };
        assert_eq!(
            describe_flip(Some(&one)),
            "If you answered “Mostly Python” instead of “Mostly Go” to “What does your team already know?”, it would be Python."
        );
        let two = Flip {
            changes: vec![Change { question: 1, from: 0, to: 2 }, Change { question: 2, from: 0, to: 2 }],
            to: Recommendation::Both,
        };
        let text = describe_flip(Some(&two));
        assert!(text.starts_with("If you answered “Minor: fast enough is fine” instead of “Critical"));
        assert!(text.contains("” and “Mostly sequential work” instead of “Thousands"));
        assert!(text.ends_with(", it would be both (too close to call)."));
        assert_eq!(describe_flip(None), "No change of answers would give a different recommendation.");
    }

    #[test]
    fn every_result_describes_its_flip() {
        let done: Complete = [2, 2, 2, 0, 0, 0, 3, 2];
        let outcome = evaluate(&done);
        let text = describe_flip(outcome.flip.as_ref());
        let flip = outcome.flip.as_ref().expect("a flip");
        assert_ne!(flip.to, outcome.recommendation);
        assert!(text.starts_with("If you answered “"), "{text}");
        let to = match flip.to {
            Recommendation::Go => "Go.",
            Recommendation::Python => "Python.",
            Recommendation::Both => "both (too close to call).",
        };
        assert!(text.ends_with(&[", it would be ", to].concat()), "{text}");
    }
}
