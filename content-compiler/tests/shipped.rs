//! The shipped content folder reads without a problem.

use std::path::Path;

#[test]
fn the_shipped_content_has_no_problems() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    match showdown_content::load(&dir, "content") {
        Ok(content) => {
            assert_eq!(content.quiz.questions.len(), 8);
            assert_eq!(content.article.table.as_ref().map(|t| t.rows.len()), Some(10));
            let generated = showdown_content::rust(&content, "content");
            assert!(generated.content.contains("pub static ARTICLE"));
        }
        Err(problems) => panic!("{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
    }
}
