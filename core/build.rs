//! Reads the content folder (`content/` beside this crate, or `SHOWDOWN_CONTENT_DIR`),
//! checks it, and writes it as Rust data into `OUT_DIR` for `src/content.rs` and
//! `src/quiz/questions.rs` to include. A file that cannot be used stops the build with
//! every problem, each naming its file and line.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo::rerun-if-env-changed=SHOWDOWN_CONTENT_DIR");
    let (dir, shown_as) = match std::env::var("SHOWDOWN_CONTENT_DIR") {
        Ok(dir) if !dir.trim().is_empty() => (PathBuf::from(&dir), dir.trim_end_matches('/').to_string()),
        _ => (manifest.join("../content"), "content".to_string()),
    };
    for file in [showdown_content::ARTICLE_FILE, showdown_content::QUIZ_FILE, showdown_content::SITE_FILE] {
        println!("cargo::rerun-if-changed={}", dir.join(file).display());
    }
    let content = match showdown_content::load(&dir, &shown_as) {
        Ok(content) => content,
        Err(problems) => {
            for problem in &problems {
                println!("cargo::error={problem}");
            }
            let count = problems.len();
            println!("cargo::error={count} problem(s) in the content files: fix them and build again (the README's \"Changing the words\" says what each file may hold)");
            return;
        }
    };
    let generated = showdown_content::rust(&content, &shown_as);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (file, source) in [("content.rs", &generated.content), ("quiz.rs", &generated.quiz)] {
        if let Err(e) = std::fs::write(out.join(file), source) {
            println!("cargo::error=cannot write {file} into {}: {e}", out.display());
        }
    }
}
