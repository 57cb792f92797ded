//! Each check the build makes, shown failing on a broken copy of the shipped files: the
//! message names the file and the line, and says what is wrong.

use std::path::Path;

use showdown_content::{parse, Problem};

fn shipped(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../content").join(file)).expect("shipped file")
}

/// The line `text` starts on in the shipped `file`.
fn line_of(file: &str, text: &str) -> usize {
    let shipped = shipped(file);
    shipped[..shipped.find(text).expect("text in the file")].matches('\n').count() + 1
}

/// The problems after replacing `from` with `to` (once) in `file`, and the line the edit is on.
fn broken(file: &str, from: &str, to: &str) -> (Vec<Problem>, usize) {
    let mut texts = ["site.toml", "quiz.toml", "article.md"].map(|f| (f, shipped(f)));
    let (_, text) = texts.iter_mut().find(|(f, _)| *f == file).expect("a content file");
    let at = text.find(from).unwrap_or_else(|| panic!("{from:?} is not in {file}"));
    text.replace_range(at..at + from.len(), to);
    let line =
        text[..at].matches('\n').count() + 1 + to[..to.find(|c: char| c != '\n').unwrap_or(0)].matches('\n').count();
    let [(_, site), (_, quiz), (_, article)] = texts;
    match parse("content", &site, &quiz, &article) {
        Ok(_) => (Vec::new(), line),
        Err(problems) => (problems, line),
    }
}

/// Asserts that the broken copy fails with one problem in `file`, on `line` (or the
/// edit's line), whose message contains `says`.
fn fails(file: &str, from: &str, to: &str, line: Option<usize>, says: &str) {
    let (problems, edited) = broken(file, from, to);
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let want = line.unwrap_or(edited);
    assert!(
        problems.iter().any(|p| p.file == format!("content/{file}") && p.line == want && p.message.contains(says)),
        "expected content/{file}:{want}: …{says}…, got:\n{}",
        shown.join("\n")
    );
}

#[test]
fn the_unbroken_files_pass() {
    assert_eq!(broken("article.md", "#", "#").0, vec![]);
}

#[test]
fn the_article_has_exactly_one_title() {
    fails("article.md", "## Golang vs Python: Who Wins?", "# Golang vs Python: Who Wins?", None, "2 `#` titles");
    fails("article.md", "# Golang vs Python: The Ultimate", "## Golang vs Python: The Ultimate", Some(0), "no title");
}

#[test]
fn every_table_row_has_as_many_cells_as_the_header() {
    fails(
        "article.md",
        "| Syntax {#syntax} | Strict typing,",
        "| Syntax {#syntax} | Strict typing | extra,",
        None,
        "has 4 cells but the header has 3",
    );
    let row = "| Syntax {#syntax} | Strict typing, minimalistic syntax. Requires explicit variable declarations. | Highly readable with dynamic typing. Uses indentation to define code blocks. |";
    fails("article.md", row, "| Syntax {#syntax} | Strict typing |", None, "has 2 cells");
}

#[test]
fn a_table_needs_its_header_row() {
    let header = line_of("article.md", "| Aspect | Golang | Python |");
    fails("article.md", "| --- | --- | --- |\n", "", Some(header), "table without its header");
}

#[test]
fn section_ids_are_unique_and_well_formed() {
    fails("article.md", "{#what-is-python}", "{#what-is-golang}", None, "`what-is-golang` is used twice");
    fails("article.md", "{#who-wins}", "{#Who_Wins}", None, "not well-formed");
}

#[test]
fn headings_do_not_skip_levels() {
    fails("article.md", "### What is Golang Used For?", "#### What is Golang Used For?", None, "skips a level");
}

#[test]
fn named_links_need_a_target_and_addresses_must_parse() {
    fails("article.md", "[golang-web-framework-guide]", "[no-such-guide]", None, "`[no-such-guide]` has no target");
    fails(
        "site.toml",
        "\"https://amela.tech/an-ultimate-guide-to-python-web-framework",
        "\"htps:/amela",
        None,
        "not a web address",
    );
}

#[test]
fn html_and_stray_quotes_are_refused() {
    fails(
        "article.md",
        "Some of the key features of Go include:",
        "Some of the <b>key</b> features of Go include:",
        None,
        "HTML is not allowed",
    );
    fails(
        "article.md",
        "Some of the key features of Go include:",
        "> Some of the key features of Go include:",
        None,
        "only for editor's notes",
    );
}

#[test]
fn a_note_after_the_table_names_a_row() {
    let note = line_of("article.md", "> [!NOTE]\n> **Concurrency:**");
    fails(
        "article.md",
        "> **Concurrency:** Editor",
        "> **Speed:** Editor",
        Some(note),
        "names `Speed`, which is no row",
    );
}

#[test]
fn reasons_link_to_sections_that_exist() {
    fails(
        "quiz.toml",
        "section = \"used-for\"",
        "section = \"used-fore\"",
        None,
        "the section `used-fore`, which content/article.md does not have",
    );
}

#[test]
fn questions_name_rows_that_exist() {
    fails("quiz.toml", "aspects = [\"performance\"]", "aspects = [\"speed\"]", None, "the table row `speed`");
}

#[test]
fn renaming_a_section_the_questionnaire_uses_is_caught_in_the_questionnaire() {
    let (problems, _) = broken("article.md", "{#when-to-use-python}", "{#python-when}");
    assert!(
        problems.iter().any(|p| p.file == "content/quiz.toml" && p.message.contains("`when-to-use-python`")),
        "{problems:?}"
    );
}

#[test]
fn question_and_option_ids_are_unique_and_well_formed() {
    fails("quiz.toml", "id = \"performance\"", "id = \"workload\"", None, "question id `workload` is used twice");
    fails("quiz.toml", "id = \"time_to_market\"", "id = \"Time to market\"", None, "not well-formed");
    fails("quiz.toml", "id = \"important\"", "id = \"critical\"", None, "`critical` is used twice");
}

#[test]
fn every_option_has_both_weights() {
    let from = "id = \"minor\"\ntext = \"Minor: fast enough is fine\"\ngo = 0\n";
    fails(
        "quiz.toml",
        from,
        "id = \"minor\"\ntext = \"Minor: fast enough is fine\"\n",
        None,
        "has no Go points: add `go = 0`",
    );
    fails(
        "quiz.toml",
        "go = 5\npython = 0\nsection = \"when-to-use-golang\"",
        "go = -5\npython = 0\nsection = \"when-to-use-golang\"",
        None,
        "-5 points",
    );
}

#[test]
fn every_question_has_two_options() {
    // Drops two of the three options of "concurrency".
    let mut quiz = shipped("quiz.toml");
    for id in ["low", "moderate"] {
        let at = quiz.find(&format!("id = \"{id}\"")).expect("the option");
        let start = quiz[..at].rfind("[[question.option]]").expect("its table");
        let end = at + quiz[at..].find("\n[[").expect("a table after it") + 1;
        quiz.replace_range(start..end, "");
    }
    let problems = parse("content", &shipped("site.toml"), &quiz, &shipped("article.md")).unwrap_err();
    assert!(problems.iter().any(|p| p.message.contains("question `concurrency` has 1 option(s)")), "{problems:?}");
}

#[test]
fn a_dealbreaker_names_a_language_and_leans_away_from_it() {
    fails("quiz.toml", "\nrules_out = \"go\"", "\nrules_out = \"golang\"", None, "write \"go\" or \"python\"");
    let option = line_of("quiz.toml", "id = \"core\"");
    fails(
        "quiz.toml",
        "\nrules_out = \"go\"",
        "\nrules_out = \"python\"",
        Some(option),
        "does not give the other one more points",
    );
}

#[test]
fn a_file_that_is_not_toml_says_where() {
    fails("quiz.toml", "both_threshold = 1", "both_threshold = = 1", None, "not valid TOML");
}

#[test]
fn required_settings_are_present_and_well_formed() {
    fails("site.toml", "email = \"hello@amela.tech\"\n", "", Some(6), "missing field `email`");
    fails("site.toml", "email = \"hello@amela.tech\"", "email = \"hello at amela\"", None, "not an email address");
    fails("site.toml", "what-is-python = ", "what-is-pyhton = ", None, "`what-is-pyhton`, which is no `##` section");
    fails(
        "site.toml",
        "[views.quiz]\ntitle = \"Which",
        "[views.quiz]\ntitl = \"Which",
        Some(line_of("site.toml", "[views.quiz]") + 1),
        "unknown field `titl`",
    );
}
