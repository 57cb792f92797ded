//! The site's words as files: `content/article.md`, `content/quiz.toml` and
//! `content/site.toml`, read and checked at build time and written out as Rust data
//! for `showdown-core` (its build script calls [`load`] and [`rust`]).
//!
//! Every problem names the file, the line and what is wrong, in words an editor can act
//! on; the build prints them all and stops. Nothing here runs in the browser: the page's
//! wasm gets the data, never a parser.

pub mod article;
mod codegen;
mod problem;
pub mod quiz;
pub mod site;

use std::collections::HashSet;
use std::path::Path;

pub use codegen::rust;
pub use problem::{is_id, tidy, Problem};

use problem::Source;

/// The three files, read and checked.
#[derive(Debug)]
pub struct Content {
    pub article: article::Article,
    pub quiz: quiz::Quiz,
    pub site: site::Site,
}

/// The files' names in the content folder.
pub const ARTICLE_FILE: &str = "article.md";
pub const QUIZ_FILE: &str = "quiz.toml";
pub const SITE_FILE: &str = "site.toml";

/// Reads the content folder `dir`; `shown_as` is how messages name it (e.g. `content`).
pub fn load(dir: &Path, shown_as: &str) -> Result<Content, Vec<Problem>> {
    let read = |file: &str| {
        std::fs::read_to_string(dir.join(file)).map_err(|e| Problem {
            file: format!("{shown_as}/{file}"),
            line: 0,
            message: format!("cannot be read ({e})"),
        })
    };
    let texts = [read(SITE_FILE), read(QUIZ_FILE), read(ARTICLE_FILE)];
    let problems: Vec<Problem> = texts.iter().filter_map(|t| t.as_ref().err().cloned()).collect();
    match texts {
        [Ok(site), Ok(quiz), Ok(article)] => parse(shown_as, &site, &quiz, &article),
        _ => Err(problems),
    }
}

/// Checks the three files' texts, each on its own and against each other.
pub fn parse(shown_as: &str, site: &str, quiz: &str, article: &str) -> Result<Content, Vec<Problem>> {
    let mut site_src = Source::new(format!("{shown_as}/{SITE_FILE}"), site);
    let mut quiz_src = Source::new(format!("{shown_as}/{QUIZ_FILE}"), quiz);
    let mut article_src = Source::new(format!("{shown_as}/{ARTICLE_FILE}"), article);
    let site = site::parse(&mut site_src);
    let quiz = quiz::parse(&mut quiz_src);
    let article = article::parse(&mut article_src, site.as_ref().map(|s| &s.links));
    if let (Some(site), Some(quiz), Some(article)) = (&site, &quiz, &article) {
        cross_check(site, &mut site_src, quiz, &mut quiz_src, article, &mut article_src);
    }
    let problems: Vec<Problem> =
        [site_src.problems, quiz_src.problems, article_src.problems].into_iter().flatten().collect();
    match (site, quiz, article) {
        (Some(site), Some(quiz), Some(article)) if problems.is_empty() => Ok(Content { article, quiz, site }),
        _ => Err(problems),
    }
}

/// What one file says about another: the sections and rows the questionnaire names,
/// the sections the article's own links name, the sections the contents list labels.
fn cross_check(
    site: &site::Site,
    site_src: &mut Source,
    quiz: &quiz::Quiz,
    quiz_src: &mut Source,
    article: &article::Article,
    article_src: &mut Source,
) {
    let sections: HashSet<&str> = article.sections_flat().iter().map(|s| s.id.as_str()).collect();
    let rows: HashSet<&str> = article.table.iter().flat_map(|t| &t.rows).map(|r| r.id.as_str()).collect();
    let known = |set: &HashSet<&str>| {
        let mut ids: Vec<&str> = set.iter().copied().collect();
        ids.sort_unstable();
        ids.join(", ")
    };
    for question in &quiz.questions {
        for (aspect, line) in &question.aspects {
            if !rows.contains(aspect.as_str()) {
                quiz_src.on_line(
                    *line,
                    format!("question `{}` names the table row `{aspect}`, which content/article.md does not have (its rows: {})", question.id, known(&rows)),
                );
            }
        }
        for option in &question.options {
            let (section, line) = &option.section;
            if !sections.contains(section.as_str()) {
                quiz_src.on_line(
                    *line,
                    format!("option `{}` of question `{}` links its reason to the section `{section}`, which content/article.md does not have (its sections: {})", option.id, question.id, known(&sections)),
                );
            }
        }
    }
    for section in article.sections_flat() {
        for block in &section.blocks {
            if let article::Block::Related { href, .. } = block {
                if let Some(id) = href.strip_prefix('#') {
                    if !sections.contains(id) {
                        article_src.on_line(section.line, format!("the “Related:” link in section `{}` points at `#{id}`, which is no section of the article", section.id));
                    }
                }
            }
        }
    }
    let top: HashSet<&str> = article.sections.iter().map(|s| s.id.as_str()).collect();
    for (id, label) in &site.contents {
        if !top.contains(id.as_str()) {
            site_src.at(
                label.span().start,
                format!(
                    "`contents` labels `{id}`, which is no `##` section of content/article.md (they are: {})",
                    known(&top)
                ),
            );
        }
    }
}
