//! Exhaustive checks over every answer combination, and the article's clear-cut cases.

use super::*;

/// Every complete combination, in odometer order (the last question turns fastest).
fn all_combinations() -> Vec<Complete> {
    let mut out = vec![[0u8; QUESTION_COUNT]];
    for (question_index, question) in QUESTIONS.iter().enumerate() {
        out = out
            .into_iter()
            .flat_map(|prefix| {
                (0..question.choices.len()).map(move |option| {
                    let mut next = prefix;
                    next[question_index] = option as u8;
                    next
                })
            })
            .collect();
    }
    out
}

/// Python < Both < Go, for "moves towards".
fn rank(recommendation: Recommendation) -> i32 {
    match recommendation {
        Recommendation::Python => 0,
        Recommendation::Both => 1,
        Recommendation::Go => 2,
    }
}

fn tilt(question: usize, option: usize) -> i32 {
    QUESTIONS[question].choices[option].tilt()
}

/// `(question id, option id)` for every question, in order.
type AnswerIds = [(&'static str, &'static str); QUESTION_COUNT];

/// Answers from `(question id, option id)` pairs; panics (in tests) on a typo.
fn answers(pairs: AnswerIds) -> Complete {
    let mut out = [0u8; QUESTION_COUNT];
    for (position, (question_id, option_id)) in pairs.iter().enumerate() {
        let question = question_index(question_id).expect("question id");
        assert_eq!(question, position, "pairs are in question order");
        out[question] = QUESTIONS[question].choice_index(option_id).expect("option id") as u8;
    }
    out
}

#[test]
fn questions_follow_the_contract() {
    let expected: [(&str, &str, &[&str]); QUESTION_COUNT] = [
        (
            "workload",
            "What will your backend mainly do?",
            &["api", "microservices", "data", "cli", "automation", "network"],
        ),
        ("performance", "How much does raw speed matter?", &["critical", "important", "minor"]),
        ("concurrency", "How much concurrent work must it handle?", &["high", "moderate", "low"]),
        ("time_to_market", "How quickly must the first version ship?", &["asap", "balanced", "long_term"]),
        ("team", "What does your team already know?", &["python", "go", "both", "new"]),
        (
            "libraries",
            "Do you depend on data-science or ML libraries (NumPy, pandas, PyTorch)?",
            &["core", "some", "none"],
        ),
        ("deployment", "How will it be deployed?", &["containers", "binary", "managed", "undecided"]),
        ("resources", "How tight are memory and hardware budgets?", &["tight", "normal", "relaxed"]),
    ];
    for (question, (id, text, options)) in QUESTIONS.iter().zip(expected) {
        assert_eq!(question.id, id);
        assert_eq!(question_text(question_index(id).unwrap()), text);
        let ids: Vec<&str> = question.choices.iter().map(|choice| choice.id).collect();
        assert_eq!(ids, options, "{id}");
    }
    assert_eq!(choice_label(4, 2), "Both, or another compiled language (Java, C#, C++)");
    assert_eq!(QUESTION_TEXTS[6].choices[1].text, "As a single binary that users download");
    assert_eq!(question_text(QUESTION_COUNT), "");
    assert_eq!((choice_label(0, 99), choice_text(99, 0)), ("", None));
}

#[test]
fn weights_and_links_are_well_formed() {
    for (question, texts) in QUESTIONS.iter().zip(&QUESTION_TEXTS) {
        assert!(!question.aspects.is_empty(), "{}", question.id);
        assert_eq!(question.choices.len(), texts.choices.len(), "{}", question.id);
        for aspect in question.aspects {
            assert!(crate::content::difference_by_id(aspect).is_some(), "{}: {aspect}", question.id);
        }
        for (choice, text) in question.choices.iter().zip(texts.choices) {
            assert!(!text.text.is_empty(), "{}", choice.id);
            assert!(choice.go >= 0 && choice.python >= 0, "{}", choice.id);
            assert!(crate::content::heading_of(choice.section).is_some(), "{}: {}", choice.id, choice.section);
            assert!(text.why.ends_with('.') && text.why.len() > 30, "{}", choice.id);
            // A neutral option's reason must say it favours neither.
            assert_eq!(choice.tilt() == 0, text.why.contains("favours neither"), "{}", choice.id);
        }
    }
}

#[test]
fn the_article_sets_the_direction_of_each_lean() {
    let lean = |question: &str, option: &str| {
        let q = question_index(question).unwrap();
        tilt(q, QUESTIONS[q].choice_index(option).unwrap()).signum()
    };
    for (question, option) in [
        ("workload", "microservices"),
        ("workload", "cli"),
        ("workload", "network"),
        ("performance", "critical"),
        ("concurrency", "high"),
        ("time_to_market", "long_term"),
        ("team", "go"),
        ("deployment", "containers"),
        ("deployment", "binary"),
        ("resources", "tight"),
    ] {
        assert_eq!(lean(question, option), 1, "{question}={option} should lean Go");
    }
    for (question, option) in [
        ("workload", "data"),
        ("workload", "automation"),
        ("time_to_market", "asap"),
        ("team", "python"),
        ("team", "new"),
        ("libraries", "core"),
    ] {
        assert_eq!(lean(question, option), -1, "{question}={option} should lean Python");
    }
    for (question, option) in [("workload", "api"), ("deployment", "undecided"), ("resources", "normal")] {
        assert_eq!(lean(question, option), 0, "{question}={option} should be neutral");
    }
}

#[test]
fn recommendation_ids_round_trip() {
    for recommendation in [Recommendation::Go, Recommendation::Python, Recommendation::Both] {
        assert_eq!(Recommendation::from_id(recommendation.id()), Some(recommendation));
    }
    assert_eq!(Recommendation::Both.label(), "Both Go and Python");
    assert_eq!(Recommendation::from_id("Go"), None);
    assert_eq!(Recommendation::from_id(""), None);
}

#[test]
fn complete_requires_every_answer_in_range() {
    let mut partial: Answers = [Some(0); QUESTION_COUNT];
    assert_eq!(complete(&partial), Some([0; QUESTION_COUNT]));
    partial[7] = None;
    assert_eq!(complete(&partial), None);
    partial[7] = Some(3); // resources has three options
    assert_eq!(complete(&partial), None);
    partial[7] = Some(2);
    partial[0] = Some(5);
    assert_eq!(complete(&partial), Some([5, 0, 0, 0, 0, 0, 0, 2]));
}

#[test]
fn out_of_range_answers_count_as_unanswered_and_never_panic() {
    let valid = [0u8; QUESTION_COUNT];
    let mut broken = valid;
    broken[0] = 200;
    let outcome = evaluate(&broken);
    let workload = QUESTIONS[0].choices[0];
    assert_eq!(outcome.go_total, evaluate(&valid).go_total - workload.go);
    assert!(outcome.reasons.iter().all(|reason| reason.question != 0));
    assert_eq!(recommend(&[u8::MAX; QUESTION_COUNT]), Recommendation::Both);
    let empty = evaluate(&[u8::MAX; QUESTION_COUNT]);
    assert_eq!((empty.go_score, empty.python_score), (50, 50));
    assert!(empty.reasons.is_empty());
    assert!(highlighted_aspects(&[u8::MAX; QUESTION_COUNT]).is_empty());
}

#[test]
fn the_distribution_matches_the_documented_one() {
    let mut counts = [0usize; 3];
    for combination in all_combinations() {
        counts[rank(recommend(&combination)) as usize] += 1;
    }
    // Python, Both, Go, as the README documents them (a third of the combinations
    // answer libraries=core, which rules Go out).
    assert_eq!(counts.iter().sum::<usize>(), 23_328);
    assert_eq!(counts, [11_442, 1_705, 10_181]);
}

#[test]
fn every_combination_gives_a_sound_outcome() {
    let combinations = all_combinations();
    assert_eq!(combinations.len(), 6 * 3 * 3 * 3 * 4 * 3 * 4 * 3);
    let mut flip_sizes = [0usize; QUESTION_COUNT + 1];
    for answers in &combinations {
        let outcome = evaluate(answers);
        assert_eq!(outcome, evaluate(answers), "deterministic");
        assert_eq!(outcome.recommendation, recommend(answers));
        // The printout's summary says what the result says.
        let summary = summarize(answers);
        assert_eq!(
            (summary.recommendation, summary.go_score, summary.python_score),
            (outcome.recommendation, outcome.go_score, outcome.python_score),
            "{answers:?}"
        );
        assert_eq!(verdict_of(&summary), verdict_for(&outcome), "{answers:?}");
        assert_eq!(outcome.margin, outcome.go_total - outcome.python_total);
        let go_ruled_out =
            QUESTIONS.iter().zip(answers).any(|(q, &a)| q.choices[usize::from(a)].rules_out == Some(Language::Go));
        let expected = if go_ruled_out {
            Recommendation::Python
        } else if outcome.margin.abs() <= BOTH_THRESHOLD {
            Recommendation::Both
        } else if outcome.margin > 0 {
            Recommendation::Go
        } else {
            Recommendation::Python
        };
        assert_eq!(outcome.recommendation, expected, "{answers:?}");

        // Display scores.
        assert!(outcome.go_score <= 100 && outcome.python_score <= 100);
        assert_eq!(u32::from(outcome.go_score) + u32::from(outcome.python_score), 100);
        if outcome.margin > BOTH_THRESHOLD {
            assert!(outcome.go_score > outcome.python_score, "{answers:?}");
        }
        if outcome.recommendation == Recommendation::Both {
            assert!(outcome.margin.abs() <= BOTH_THRESHOLD, "both only when close: {answers:?}");
        }
        if outcome.margin < -BOTH_THRESHOLD {
            assert!(outcome.python_score > outcome.go_score, "{answers:?}");
        }

        check_reasons(answers, &outcome);
        check_highlights(answers);
        flip_sizes[check_flip(answers, &outcome)] += 1;
    }
    // Most results flip with one change (answering libraries=core, or no longer, often
    // is that change); the most lopsided answers need three.
    assert_eq!(flip_sizes, [0, 21_399, 1_795, 134, 0, 0, 0, 0, 0]);
}

fn check_reasons(answers: &Complete, outcome: &Outcome) {
    let reasons = &outcome.reasons;
    assert!(reasons.len() >= 2, "{answers:?}");
    let leaning = (0..QUESTION_COUNT).filter(|&q| tilt(q, answers[q] as usize) != 0).count();
    assert_eq!(reasons.len(), leaning.max(2), "{answers:?}");
    for reason in reasons {
        assert_eq!(reason.choice, answers[reason.question] as usize);
        let choice = &QUESTIONS[reason.question].choices[reason.choice];
        assert_eq!(reason.text(), QUESTION_TEXTS[reason.question].choices[reason.choice].why);
        assert_eq!(reason.section, choice.section);
        let expected = match choice.tilt() {
            t if t > 0 => Lean::Go,
            t if t < 0 => Lean::Python,
            _ => Lean::Neutral,
        };
        assert_eq!(reason.lean, expected);
    }
    // Dealbreakers first, then strongest first, ties in question order; neutral padding
    // after, in question order.
    for pair in reasons.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert_eq!(a.rules_out, QUESTIONS[a.question].choices[a.choice].rules_out);
        if a.rules_out.is_some() || b.rules_out.is_some() {
            assert!(a.rules_out.is_some() && (b.rules_out.is_none() || a.question < b.question), "{reasons:?}");
            continue;
        }
        let strength = |r: &Reason| tilt(r.question, r.choice).abs();
        assert!(strength(a) > strength(b) || (strength(a) == strength(b) && a.question < b.question), "{reasons:?}");
    }
    let mut questions: Vec<usize> = reasons.iter().map(|r| r.question).collect();
    questions.sort_unstable();
    questions.dedup();
    assert_eq!(questions.len(), reasons.len(), "one reason per question");
}

fn check_highlights(answers: &Complete) {
    let highlighted = highlighted_aspects(answers);
    let positions: Vec<usize> = highlighted
        .iter()
        .map(|aspect| crate::content::DIFFERENCES.iter().position(|row| row.id == *aspect).expect("known aspect"))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "table order, no repeats: {highlighted:?}");
    for (question, spec) in QUESTIONS.iter().enumerate() {
        if tilt(question, answers[question] as usize) != 0 {
            for aspect in spec.aspects {
                assert!(highlighted.contains(aspect), "{aspect} for {}", spec.id);
            }
        }
    }
    for aspect in &highlighted {
        assert!(
            QUESTIONS
                .iter()
                .enumerate()
                .any(|(q, spec)| tilt(q, answers[q] as usize) != 0 && spec.aspects.contains(aspect)),
            "{aspect} is behind no leaning answer"
        );
    }
}

/// Checks the flip and returns its size.
fn check_flip(answers: &Complete, outcome: &Outcome) -> usize {
    let flip = outcome.flip.as_ref().expect("a flip exists for every combination");
    assert_ne!(flip.to, outcome.recommendation);
    assert!(!flip.changes.is_empty());
    let mut changed = *answers;
    for change in &flip.changes {
        assert_eq!(change.from, answers[change.question] as usize);
        assert_ne!(change.from, change.to);
        assert!(change.to < QUESTIONS[change.question].choices.len());
        changed[change.question] = change.to as u8;
    }
    assert!(flip.changes.windows(2).all(|w| w[0].question < w[1].question));
    assert_eq!(recommend(&changed), flip.to);

    // Minimality and tie-breaking for one change: exhaustively, the first single
    // change in (question, option) order that flips is the one reported.
    let first_single = (0..QUESTION_COUNT).find_map(|question| {
        (0..QUESTIONS[question].choices.len()).filter(|&option| option != answers[question] as usize).find_map(
            |option| {
                let mut candidate = *answers;
                candidate[question] = option as u8;
                let to = recommend(&candidate);
                (to != outcome.recommendation).then_some((question, option, to))
            },
        )
    });
    match first_single {
        Some((question, option, to)) => {
            assert_eq!(flip.changes, vec![Change { question, from: answers[question] as usize, to: option }]);
            assert_eq!(flip.to, to);
        }
        None => assert!(flip.changes.len() >= 2, "{answers:?}"),
    }
    flip.changes.len()
}

#[test]
fn two_change_flips_are_minimal_and_first_in_order() {
    // Exhaustive over every combination whose reported flip needs two changes.
    let mut checked = 0;
    for answers in all_combinations() {
        let outcome = evaluate(&answers);
        let Some(flip) = &outcome.flip else { continue };
        if flip.changes.len() != 2 {
            continue;
        }
        checked += 1;
        let mut first = None;
        'search: for a in 0..QUESTION_COUNT {
            for b in a + 1..QUESTION_COUNT {
                for x in (0..QUESTIONS[a].choices.len()).filter(|&x| x != answers[a] as usize) {
                    for y in (0..QUESTIONS[b].choices.len()).filter(|&y| y != answers[b] as usize) {
                        let mut candidate = answers;
                        candidate[a] = x as u8;
                        candidate[b] = y as u8;
                        if recommend(&candidate) != outcome.recommendation {
                            first = Some((a, x, b, y));
                            break 'search;
                        }
                    }
                }
            }
        }
        let (a, x, b, y) = first.expect("a two-change flip exists");
        assert_eq!((flip.changes[0].question, flip.changes[0].to), (a, x), "{answers:?}");
        assert_eq!((flip.changes[1].question, flip.changes[1].to), (b, y), "{answers:?}");
    }
    assert!(checked > 0, "some results need two changes");
}

#[test]
fn moving_an_answer_towards_go_never_moves_the_result_towards_python() {
    for answers in all_combinations() {
        let base = evaluate(&answers);
        for (question, spec) in QUESTIONS.iter().enumerate() {
            let current = tilt(question, answers[question] as usize);
            for option in 0..spec.choices.len() {
                let mut moved = answers;
                moved[question] = option as u8;
                let after = evaluate(&moved);
                let lean = tilt(question, option);
                if lean > current {
                    assert!(after.margin >= base.margin);
                    assert!(
                        rank(after.recommendation) >= rank(base.recommendation),
                        "{answers:?} q{question}->{option}"
                    );
                }
                if lean < current {
                    assert!(after.margin <= base.margin);
                    assert!(
                        rank(after.recommendation) <= rank(base.recommendation),
                        "{answers:?} q{question}->{option}"
                    );
                }
            }
        }
    }
}

#[test]
fn clear_cut_cases_from_the_article() {
    let cases: [(&str, AnswerIds, Recommendation); 8] = [
        (
            "performance-critical, highly concurrent network server on tight hardware with a Go team",
            [
                ("workload", "network"),
                ("performance", "critical"),
                ("concurrency", "high"),
                ("time_to_market", "balanced"),
                ("team", "go"),
                ("libraries", "none"),
                ("deployment", "containers"),
                ("resources", "tight"),
            ],
            Recommendation::Go,
        ),
        (
            "ML product, Python team, ASAP, data libraries core",
            [
                ("workload", "data"),
                ("performance", "important"),
                ("concurrency", "moderate"),
                ("time_to_market", "asap"),
                ("team", "python"),
                ("libraries", "core"),
                ("deployment", "containers"),
                ("resources", "normal"),
            ],
            Recommendation::Python,
        ),
        (
            "cloud-native microservices on Kubernetes, long-term",
            [
                ("workload", "microservices"),
                ("performance", "important"),
                ("concurrency", "moderate"),
                ("time_to_market", "long_term"),
                ("team", "both"),
                ("libraries", "none"),
                ("deployment", "containers"),
                ("resources", "normal"),
            ],
            Recommendation::Go,
        ),
        (
            "scripting and automation for a beginner team",
            [
                ("workload", "automation"),
                ("performance", "minor"),
                ("concurrency", "low"),
                ("time_to_market", "balanced"),
                ("team", "new"),
                ("libraries", "none"),
                ("deployment", "undecided"),
                ("resources", "normal"),
            ],
            Recommendation::Python,
        ),
        (
            "CLI tool shipped as a single binary",
            [
                ("workload", "cli"),
                ("performance", "important"),
                ("concurrency", "low"),
                ("time_to_market", "balanced"),
                ("team", "both"),
                ("libraries", "none"),
                ("deployment", "binary"),
                ("resources", "normal"),
            ],
            Recommendation::Go,
        ),
        (
            "web MVP prototyped fast by a Python team on a managed platform",
            [
                ("workload", "api"),
                ("performance", "minor"),
                ("concurrency", "moderate"),
                ("time_to_market", "asap"),
                ("team", "python"),
                ("libraries", "some"),
                ("deployment", "managed"),
                ("resources", "relaxed"),
            ],
            Recommendation::Python,
        ),
        (
            "mixed: highly concurrent real-time messaging, built as an MVP by a Python team",
            [
                ("workload", "network"),
                ("performance", "important"),
                ("concurrency", "high"),
                ("time_to_market", "asap"),
                ("team", "python"),
                ("libraries", "some"),
                ("deployment", "managed"),
                ("resources", "relaxed"),
            ],
            Recommendation::Both,
        ),
        (
            "mixed: a web API with no strong needs either way",
            [
                ("workload", "api"),
                ("performance", "important"),
                ("concurrency", "moderate"),
                ("time_to_market", "balanced"),
                ("team", "new"),
                ("libraries", "none"),
                ("deployment", "managed"),
                ("resources", "normal"),
            ],
            Recommendation::Both,
        ),
    ];
    for (name, pairs, expected) in cases {
        let outcome = evaluate(&answers(pairs));
        assert_eq!(outcome.recommendation, expected, "{name}: margin {}", outcome.margin);
    }
}

#[test]
fn a_known_result_in_full() {
    // Go team building a network server, everything else neutral.
    let answers = answers([
        ("workload", "network"),
        ("performance", "critical"),
        ("concurrency", "low"),
        ("time_to_market", "balanced"),
        ("team", "go"),
        ("libraries", "none"),
        ("deployment", "undecided"),
        ("resources", "normal"),
    ]);
    let outcome = evaluate(&answers);
    assert_eq!((outcome.go_total, outcome.python_total, outcome.margin), (15, 0, 15));
    assert_eq!((outcome.go_score, outcome.python_score), (100, 0));
    let reasons: Vec<(usize, Lean)> = outcome.reasons.iter().map(|r| (r.question, r.lean)).collect();
    assert_eq!(reasons, vec![(0, Lean::Go), (1, Lean::Go), (4, Lean::Go)]);
    assert_eq!(
        highlighted_aspects(&answers),
        vec!["performance", "ease-of-learning", "community", "libraries", "use-cases", "ecosystem"]
    );
    // 15 points ahead: no change of points alone gets within 1 (workload -> data leaves
    // 3), but libraries -> core rules Go out, whatever the points.
    let flip = outcome.flip.expect("flip");
    assert_eq!(flip.changes, vec![Change { question: 5, from: 2, to: 0 }]);
    assert_eq!(flip.to, Recommendation::Python);
}

#[test]
fn core_data_libraries_rule_go_out_however_go_leaning_the_rest() {
    // The most Go-leaning option of every other question, with libraries=core.
    let libraries = question_index("libraries").expect("libraries");
    let core = QUESTIONS[libraries].choice_index("core").expect("core") as u8;
    let mut answers = [0u8; QUESTION_COUNT];
    for (q, question) in QUESTIONS.iter().enumerate() {
        let most_go = (0..question.choices.len()).max_by_key(|&c| (question.choices[c].tilt(), usize::MAX - c));
        answers[q] = most_go.expect("options") as u8;
    }
    answers[libraries] = core;
    let outcome = evaluate(&answers);
    assert!(outcome.go_total > outcome.python_total + 10, "the other answers lean Go: {outcome:?}");
    assert_eq!(outcome.recommendation, Recommendation::Python);
    // The dealbreaker is named first among the reasons.
    let first = &outcome.reasons[0];
    assert_eq!((first.question, first.rules_out), (libraries, Some(Language::Go)));
    assert!(reason_answer(first).starts_with("Rules out Go"));
    // And what would change it is that answer.
    let flip = outcome.flip.expect("a flip");
    assert!(flip.changes.iter().any(|c| c.question == libraries), "{flip:?}");
}

#[test]
fn neutral_answers_pad_the_reasons_to_two() {
    // With valid answers at least two always lean (no neutral option for performance
    // or team), so padding shows only when answers are out of range.
    let none_lean = evaluate(&[0, 200, 2, 1, 200, 2, 3, 1]);
    let padded: Vec<(usize, Lean)> = none_lean.reasons.iter().map(|r| (r.question, r.lean)).collect();
    assert_eq!(padded, vec![(0, Lean::Neutral), (2, Lean::Neutral)]);
    assert!(none_lean.reasons.iter().all(|r| r.text().contains("favours neither")));

    let one_leans = evaluate(&[0, 0, 2, 1, 200, 2, 3, 1]);
    let padded: Vec<(usize, Lean)> = one_leans.reasons.iter().map(|r| (r.question, r.lean)).collect();
    assert_eq!(padded, vec![(1, Lean::Go), (0, Lean::Neutral)]);
}
