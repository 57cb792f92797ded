//! Answers in a URL query (`workload=api&performance=critical&…`), so a result can be
//! shared and reopened without answering again.

use super::{complete, join, question_index, recommend, Answers, Complete, QUESTIONS, QUESTION_COUNT};
use crate::urlcode::{encode_component, parse_query};

/// The answered questions as `question_id=choice_id` pairs, in question order,
/// without a leading `?`. Out-of-range indices are left out.
pub fn to_query(answers: &Answers) -> String {
    // Written out rather than with `urlcode::build_query` (its `format!` and `join` cost the wasm).
    let mut out = String::new();
    for (question, answer) in QUESTIONS.iter().zip(answers) {
        let Some(choice) = answer.and_then(|index| question.choice(usize::from(index))) else { continue };
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&encode_component(question.id));
        out.push('=');
        out.push_str(&encode_component(choice.id));
    }
    out
}

/// The booking form's query for a finished questionnaire (without a leading `?`): the
/// recommendation as its topic, then the answers, so the form can carry the result.
pub fn booking_query(done: &Complete) -> String {
    join(&["topic=", recommend(done).id(), "&", &to_query(&done.map(Some))])
}

/// Answers read back from a query, and how many quiz pieces were not usable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub answers: Answers,
    /// Pieces with a quiz key whose value is not one of its option ids, plus
    /// repeats of a key after its first occurrence.
    pub rejected: usize,
}

/// The finished questionnaire a query holds: every question answered, nothing unreadable.
pub fn result_of(query: &str) -> Option<Complete> {
    from_query(query).finished()
}

impl Decoded {
    /// The finished questionnaire, when every question has an answer and nothing was unreadable.
    pub fn finished(&self) -> Option<Complete> {
        complete(&self.answers).filter(|_| self.rejected == 0)
    }
}

/// Reads answers from a query (leading `?` optional). Total: never panics.
///
/// Unknown keys (`utm_source`, …) are ignored. The first occurrence of a quiz key
/// decides that question, even when its value is invalid, so a URL means one thing.
pub fn from_query(query: &str) -> Decoded {
    let mut answers: Answers = [None; QUESTION_COUNT];
    let mut seen = [false; QUESTION_COUNT];
    let mut rejected = 0;
    for (key, value) in parse_query(query) {
        let Some(question) = question_index(&key) else {
            continue;
        };
        let (Some(seen_before), Some(slot), Some(spec)) =
            (seen.get_mut(question), answers.get_mut(question), QUESTIONS.get(question))
        else {
            continue;
        };
        if *seen_before {
            rejected += 1;
            continue;
        }
        *seen_before = true;
        match spec.choice_index(&value).and_then(|index| u8::try_from(index).ok()) {
            Some(index) => *slot = Some(index),
            None => rejected += 1,
        }
    }
    Decoded { answers, rejected }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A complete share query (every question answered): also the questionnaire's start tests' fixture.
    pub(in crate::quiz) const FULL: &str = "workload=api&performance=critical&concurrency=high&time_to_market=asap\
                        &team=python&libraries=core&deployment=containers&resources=tight";

    #[test]
    fn encodes_like_build_query() {
        use crate::urlcode::build_query;
        let answers: Answers = [Some(1), None, Some(2), Some(0), None, Some(1), Some(3), Some(2)];
        let pairs = QUESTIONS.iter().zip(&answers).filter_map(|(q, a)| Some((q.id, q.choices[usize::from((*a)?)].id)));
        assert_eq!(to_query(&answers), build_query(pairs));
    }

    #[test]
    fn encodes_answered_questions_in_order() {
        let mut answers: Answers = [None; QUESTION_COUNT];
        answers[6] = Some(1);
        answers[0] = Some(5);
        answers[3] = Some(2);
        assert_eq!(to_query(&answers), "workload=network&time_to_market=long_term&deployment=binary");
        assert_eq!(to_query(&[None; QUESTION_COUNT]), "");
    }

    #[test]
    fn out_of_range_indices_are_left_out_of_the_query() {
        let mut answers: Answers = [None; QUESTION_COUNT];
        answers[0] = Some(6);
        answers[1] = Some(255);
        answers[2] = Some(0);
        assert_eq!(to_query(&answers), "concurrency=high");
    }

    #[test]
    fn the_booking_query_carries_the_topic_and_every_answer() {
        let done: Complete = [2, 2, 2, 0, 0, 0, 3, 2];
        let query = booking_query(&done);
        let topic = recommend(&done).id();
        assert_eq!(query, format!("topic={topic}&{}", to_query(&done.map(Some))));
        assert!(query.starts_with(&format!("topic={topic}&workload=data&performance=minor&")));
        assert_eq!(from_query(&query).answers, done.map(Some), "the topic is no quiz answer");
    }

    #[test]
    fn decodes_a_full_query() {
        let decoded = from_query(FULL);
        assert_eq!(decoded.answers, [Some(0); QUESTION_COUNT]);
        assert_eq!(decoded.rejected, 0);
    }

    #[test]
    fn leading_question_mark_is_accepted() {
        assert_eq!(from_query(&format!("?{FULL}")), from_query(FULL));
    }

    #[test]
    fn unknown_option_ids_are_rejected() {
        let decoded = from_query("workload=quantum&performance=CRITICAL&team=go&concurrency=");
        assert_eq!(decoded.answers[0], None);
        assert_eq!(decoded.answers[1], None, "ids are case-sensitive");
        assert_eq!(decoded.answers[2], None);
        assert_eq!(decoded.answers[4], Some(1));
        assert_eq!(decoded.rejected, 3);
    }

    #[test]
    fn missing_keys_leave_their_question_unanswered() {
        let decoded = from_query("team=new&resources=relaxed");
        let mut expected: Answers = [None; QUESTION_COUNT];
        expected[4] = Some(3);
        expected[7] = Some(2);
        assert_eq!(decoded, Decoded { answers: expected, rejected: 0 });
    }

    #[test]
    fn first_occurrence_of_a_key_wins_and_repeats_are_rejected() {
        let decoded = from_query("team=go&team=python&team=bogus");
        assert_eq!(decoded.answers[4], Some(1));
        assert_eq!(decoded.rejected, 2);
        // An invalid first occurrence still decides: the later valid one is a repeat.
        let decoded = from_query("team=bogus&team=python");
        assert_eq!(decoded.answers[4], None);
        assert_eq!(decoded.rejected, 2);
    }

    #[test]
    fn unknown_keys_are_ignored_not_rejected() {
        let decoded = from_query("utm_source=news&workload=data&gclid=x&utm_source=again&Workload=cli");
        assert_eq!(decoded.answers[0], Some(2));
        assert_eq!(decoded.rejected, 0);
    }

    #[test]
    fn percent_encoded_keys_and_values_are_decoded() {
        let decoded = from_query("time%5Fto%5Fmarket=long%5Fterm&%77orkload=%61pi");
        assert_eq!(decoded.answers[3], Some(2));
        assert_eq!(decoded.answers[0], Some(0));
        assert_eq!(decoded.rejected, 0);
    }

    #[test]
    fn pieces_without_a_value_are_rejected() {
        let decoded = from_query("workload&performance=");
        assert_eq!(decoded.answers, [None; QUESTION_COUNT]);
        assert_eq!(decoded.rejected, 2);
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        let per_question: Vec<_> =
            QUESTIONS.iter().map(|question| proptest::option::of(0..question.choices.len() as u8)).collect();
        per_question.prop_map(|v| {
            let mut answers: Answers = [None; QUESTION_COUNT];
            for (slot, answer) in answers.iter_mut().zip(v) {
                *slot = answer;
            }
            answers
        })
    }

    proptest! {
        #[test]
        fn any_answers_round_trip(answers in any_answers()) {
            let decoded = from_query(&to_query(&answers));
            prop_assert_eq!(decoded.answers, answers);
            prop_assert_eq!(decoded.rejected, 0);
        }

        #[test]
        fn from_query_is_total(query in any::<String>()) {
            let decoded = from_query(&query);
            let quiz_pieces = parse_query(&query)
                .iter()
                .filter(|(key, _)| question_index(key).is_some())
                .count();
            let answered = decoded.answers.iter().flatten().count();
            prop_assert_eq!(answered + decoded.rejected, quiz_pieces);
        }

        #[test]
        fn from_query_survives_long_odd_input(
            unit in "[=&?%+é\u{0}\u{FFFD}\u{1F600}a-z_]{1,8}",
            repeat in 1250usize..1300,
        ) {
            let query = unit.repeat(repeat);
            prop_assert!(query.chars().count() >= 1250);
            let decoded = from_query(&query);
            prop_assert!(decoded.answers.iter().flatten().all(|&index| usize::from(index) < 6));
        }

        #[test]
        fn garbage_gives_no_answers(query in "[^=&]{0,200}") {
            // Without '=' no piece can carry a value, and without '&' there is one piece at most.
            let decoded = from_query(&query);
            prop_assert_eq!(decoded.answers, [None; QUESTION_COUNT]);
        }

        #[test]
        fn random_pairs_give_no_answers(pairs in proptest::collection::vec(("[a-z%]{0,12}", "[^&]{0,12}"), 0..20)) {
            let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}x!")).collect();
            // Every value ends in "x!", which no option id does.
            let decoded = from_query(&query.join("&"));
            prop_assert_eq!(decoded.answers, [None; QUESTION_COUNT]);
        }
    }

    #[test]
    fn ten_thousand_character_queries_do_not_panic() {
        let inputs = [
            "%".repeat(10_000),
            "é&=".repeat(3_400),
            format!("workload={}", "a".repeat(10_000)),
            format!("{}workload=api", "&".repeat(10_000)),
            "\u{1F600}%F0%9F%98".repeat(1_000),
        ];
        for input in &inputs {
            let decoded = from_query(input);
            assert!(decoded.rejected <= 1, "{} rejected", decoded.rejected);
        }
        assert_eq!(from_query(&inputs[3]).answers[0], Some(0));
    }
}
