//! The article and the site's details as typed data. The words are in the content
//! folder (`content/article.md`, `content/site.toml`); the build script checks them and
//! writes them as the statics below, so components render from plain Rust data and no
//! parser reaches the browser. `content/golang-vs-python.seed.txt` is the client's
//! original, and a test checks the shipped article against it.

/// A run of inline text: the article's prose has no inline markup besides a
/// bullet's bold lead, so plain strings are enough.
pub type Text = &'static str;

/// A clearly marked editor's note that corrects a claim that is no longer true.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditorNote {
    pub text: Text,
}

/// A bullet with its bold lead ("Concurrency:") and the rest of its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bullet {
    /// The lead without its trailing colon, e.g. "Concurrency"; empty when it has none.
    pub lead: Text,
    pub text: Text,
    pub note: Option<EditorNote>,
}

/// One row of the key differences table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DifferenceRow {
    /// Stable id for filters and highlights, e.g. "performance".
    pub id: &'static str,
    pub aspect: Text,
    pub golang: Text,
    pub python: Text,
    pub note: Option<EditorNote>,
}

/// A "Related:" line: a link to another article (the target is configurable content).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Related {
    pub title: Text,
    pub href: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    Paragraph(Text),
    Bullets(&'static [Bullet]),
    Related(Related),
    /// The key differences table (its rows are `DIFFERENCES`).
    DifferencesTable,
}

/// A heading with its stable id and the blocks and subsections under it.
/// Top-level sections render as `<h2>`, their children as `<h3>`, then `<h4>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub id: &'static str,
    pub heading: Text,
    /// A short label for the table of contents (site.toml's `[contents]`, else the heading).
    pub short: Text,
    pub blocks: &'static [Block],
    pub subsections: &'static [Section],
}

/// The company's contact block at the end of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    pub company: Text,
    /// "Contact us through the following information:"
    pub intro: Text,
    /// As printed, e.g. "(+84)904026070".
    pub hotline: Text,
    /// For the `tel:` link, e.g. "+84904026070".
    pub hotline_tel: &'static str,
    pub email: &'static str,
    /// `mailto:` and the email, for links to it.
    pub email_href: &'static str,
    pub address: Text,
    /// "Editor: AMELA Technology"
    pub byline: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Article {
    pub title: Text,
    pub description: Text,
    pub intro: &'static [Text],
    /// The caption under the title's picture (empty: none).
    pub image_caption: Text,
    pub sections: &'static [Section],
    /// The closing paragraphs after the last section's own text ("In summary…", the company pitch).
    pub closing: &'static [Text],
    pub contact: Contact,
}

/// A view's title and description, for the browser tab, search engines and link previews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub title: Text,
    pub description: Text,
}

/// The name in the header, beside its mark (site.toml's `[header]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Brand {
    /// e.g. "AMELA"
    pub name: Text,
    /// e.g. "Tech Blog", shown lighter after the name.
    pub tagline: Text,
}

/// Every view's [`Page`] (site.toml's `[views.*]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Views {
    pub article: Page,
    pub quiz: Page,
    pub contact: Page,
    pub not_found: Page,
}

// ASPECTS, DIFFERENCES, TABLE_HEAD, ARTICLE, CLOSING, CONTACT, SECTION_HEADINGS,
// CONTENTS, BRAND and VIEWS, from the content folder. The closing paragraphs, the contact
// block, the headings and the aspects are reachable on their own, so the islands can
// use them without pulling the whole article into a page's wasm.
include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The heading of the section `id`, without walking the article.
pub fn heading_of(id: &str) -> Option<&'static str> {
    SECTION_HEADINGS.iter().find(|(i, _)| *i == id).map(|(_, h)| *h)
}

/// Every section with its heading level (2 for top-level, then 3 and 4), in document order.
pub fn sections_flat() -> Vec<(u8, &'static Section)> {
    fn walk(level: u8, sections: &'static [Section], out: &mut Vec<(u8, &'static Section)>) {
        for section in sections {
            out.push((level, section));
            walk(level.saturating_add(1), section.subsections, out);
        }
    }
    let mut out = Vec::new();
    walk(2, ARTICLE.sections, &mut out);
    out
}

/// The section (at any level) with this id.
pub fn section_by_id(id: &str) -> Option<&'static Section> {
    sections_flat().into_iter().map(|(_, section)| section).find(|section| section.id == id)
}

/// The key differences row with this id.
pub fn difference_by_id(id: &str) -> Option<&'static DifferenceRow> {
    DIFFERENCES.iter().find(|row| row.id == id)
}

/// The section that holds the key differences table.
pub fn differences_section() -> Option<&'static Section> {
    sections_flat()
        .into_iter()
        .map(|(_, section)| section)
        .find(|section| section.blocks.contains(&Block::DifferencesTable))
}

/// The table filter's status line when `shown` of the [`ASPECTS`] are ticked.
pub fn filter_status(shown: usize) -> String {
    match shown {
        0 => "No aspects selected: tick at least one to compare.".to_string(),
        n if n == ASPECTS.len() => format!("Showing all {n} aspects."),
        n => format!("Showing {n} of {} aspects.", ASPECTS.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../content/golang-vs-python.seed.txt");

    /// The original page's form widget after the article: not content.
    const CHROME: [&str; 4] = ["celeder Book a meeting", "Full Name", "Email address", "call close-call"];

    /// One content line of the seed, in the shape both walks can produce.
    #[derive(Debug, Clone, PartialEq, Eq)]
    enum Item {
        Line(String),
        Bullet { lead: String, text: String },
        Related(String),
    }

    /// Collapses every whitespace run (the seed has no-break spaces too) and trims.
    fn normalise(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// "#1 What is Golang Used For?" -> "What is Golang Used For?".
    fn strip_heading_number(line: &str) -> &str {
        line.strip_prefix('#')
            .and_then(|rest| rest.split_once(' '))
            .filter(|(number, _)| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()))
            .map_or(line, |(_, heading)| heading)
    }

    fn parse_seed_line(line: &str) -> Item {
        if let Some(title) = line.strip_prefix("> Related: ") {
            return Item::Related(title.to_owned());
        }
        if let Some(rest) = line.strip_prefix('•') {
            let (lead, text) =
                rest.trim().split_once(": ").unwrap_or_else(|| panic!("seed bullet without a \"Lead: \": {line:?}"));
            return Item::Bullet { lead: lead.to_owned(), text: text.to_owned() };
        }
        Item::Line(strip_heading_number(line).to_owned())
    }

    /// The seed's content lines, in order, without blanks and the trailing chrome.
    fn seed_items() -> Vec<Item> {
        let lines: Vec<String> = SEED.lines().map(normalise).filter(|line| !line.is_empty()).collect();
        let chrome_start = lines.iter().position(|line| line == CHROME[0]).expect("the seed ends with the page chrome");
        // Only the known chrome may be skipped, never content after it.
        assert_eq!(lines[chrome_start..], CHROME, "unexpected lines in the chrome");
        lines[..chrome_start].iter().map(|line| parse_seed_line(line)).collect()
    }

    fn line(text: &str) -> Item {
        Item::Line(normalise(text))
    }

    fn bullet_item(lead: &str, text: &str) -> Item {
        Item::Bullet { lead: normalise(lead), text: normalise(text) }
    }

    fn push_section(section: &Section, out: &mut Vec<Item>) {
        out.push(line(section.heading));
        for block in section.blocks {
            match block {
                Block::Paragraph(text) => out.push(line(text)),
                Block::Bullets(bullets) => {
                    out.extend(bullets.iter().map(|bullet| bullet_item(bullet.lead, bullet.text)))
                }
                Block::Related(related) => out.push(Item::Related(normalise(related.title))),
                Block::DifferencesTable => out.extend(
                    DIFFERENCES.iter().map(|row| line(&format!("{} {} {}", row.aspect, row.golang, row.python))),
                ),
            }
        }
        for subsection in section.subsections {
            push_section(subsection, out);
        }
    }

    /// The seed lines the data stands for, walking it in document order.
    fn article_items() -> Vec<Item> {
        let mut out = vec![line(ARTICLE.title)];
        out.extend(ARTICLE.intro.iter().map(|text| line(text)));
        out.push(line(ARTICLE.image_caption));
        for section in ARTICLE.sections {
            push_section(section, &mut out);
        }
        out.extend(ARTICLE.closing.iter().map(|text| line(text)));
        let contact = &ARTICLE.contact;
        out.push(line(contact.intro));
        out.push(bullet_item("Hotline", contact.hotline));
        out.push(bullet_item("Email", contact.email));
        out.push(bullet_item("Address", contact.address));
        out.push(line(contact.byline));
        out
    }

    /// `Err` with the first difference and its neighbourhood on both sides.
    fn compare(seed: &[Item], data: &[Item]) -> Result<(), String> {
        let Some(first) = (0..seed.len().max(data.len())).find(|&i| seed.get(i) != data.get(i)) else {
            return Ok(());
        };
        let window = first.saturating_sub(2)..first.saturating_add(3);
        let show = |items: &[Item]| {
            window
                .clone()
                .map(|i| {
                    let marker = if i == first { ">>" } else { "  " };
                    format!("{marker} [{i}] {:?}", items.get(i))
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        Err(format!(
            "seed and data differ first at item {first} (seed has {} items, data has {}).\n\
             seed:\n{}\ndata:\n{}",
            seed.len(),
            data.len(),
            show(seed),
            show(data)
        ))
    }

    /// The shipped article says what the client's original says, line for line (the
    /// editor's notes and ids aside). An editor who changes the article on purpose
    /// makes the same change to content/golang-vs-python.seed.txt, the reference copy,
    /// in the same commit.
    #[test]
    fn content_matches_the_seed_line_for_line() {
        if let Err(diff) = compare(&seed_items(), &article_items()) {
            panic!(
                "content/article.md (or content/site.toml's contact details) no longer says what the client's original says.\nIf you changed it on purpose, make the same change to content/golang-vs-python.seed.txt.\n{diff}"
            );
        }
    }

    #[test]
    fn content_comparison_catches_dropped_reordered_and_altered_items() {
        let data = article_items();
        assert!(!data.is_empty(), "the walk yields the article");
        for i in 0..data.len() {
            let mut dropped = data.clone();
            dropped.remove(i);
            assert!(compare(&data, &dropped).is_err(), "drop of item {i} missed");

            let mut altered = data.clone();
            if let Some(Item::Line(text) | Item::Related(text) | Item::Bullet { text, .. }) = altered.get_mut(i) {
                text.push('.');
            }
            assert!(compare(&data, &altered).is_err(), "change of item {i} missed");

            if i + 1 < data.len() && data.get(i) != data.get(i + 1) {
                let mut swapped = data.clone();
                swapped.swap(i, i + 1);
                assert!(compare(&data, &swapped).is_err(), "swap at {i} missed");
            }
        }
    }

    #[test]
    fn content_strings_are_already_normalised() {
        let mut texts: Vec<&str> = vec![
            ARTICLE.title,
            ARTICLE.description,
            ARTICLE.image_caption,
            ARTICLE.contact.company,
            ARTICLE.contact.intro,
            ARTICLE.contact.hotline,
            ARTICLE.contact.email,
            ARTICLE.contact.address,
            ARTICLE.contact.byline,
        ];
        texts.extend(ARTICLE.intro);
        texts.extend(ARTICLE.closing);
        for (_, section) in sections_flat() {
            texts.extend([section.heading, section.short]);
            for block in section.blocks {
                match block {
                    Block::Paragraph(text) => texts.push(text),
                    Block::Bullets(bullets) => {
                        for bullet in bullets.iter() {
                            texts.extend([bullet.lead, bullet.text]);
                            texts.extend(bullet.note.map(|note| note.text));
                        }
                    }
                    Block::Related(related) => texts.extend([related.title, related.href]),
                    Block::DifferencesTable => {}
                }
            }
        }
        for row in &DIFFERENCES {
            texts.extend([row.aspect, row.golang, row.python]);
            texts.extend(row.note.map(|note| note.text));
        }
        for text in texts {
            assert!(!text.is_empty(), "empty text");
            assert_eq!(text, normalise(text), "stray whitespace in {text:?}");
        }
    }

    #[test]
    fn content_editor_notes_sit_where_specified() {
        let generics = section_by_id("golang-disadvantages")
            .and_then(|section| {
                section.blocks.iter().find_map(|block| match block {
                    Block::Bullets(bullets) => bullets.iter().find(|b| b.lead == "Lack of generics"),
                    _ => None,
                })
            })
            .and_then(|bullet| bullet.note)
            .expect("a note on \"Lack of generics\"");
        assert!(generics.text.starts_with("Editor’s note:"));
        assert!(generics.text.contains("Go 1.18") && generics.text.contains("2022"));

        let gil = difference_by_id("concurrency").and_then(|row| row.note).expect("a note on the concurrency row");
        assert!(gil.text.starts_with("Editor’s note:"));
        assert!(gil.text.contains("3.13") && gil.text.contains("GIL"));

        let bullet_notes = sections_flat()
            .into_iter()
            .flat_map(|(_, section)| section.blocks)
            .filter_map(|block| match block {
                Block::Bullets(bullets) => Some(bullets.iter().filter(|b| b.note.is_some()).count()),
                _ => None,
            })
            .sum::<usize>();
        let row_notes = DIFFERENCES.iter().filter(|row| row.note.is_some()).count();
        assert_eq!((bullet_notes, row_notes), (1, 1), "only the two specified notes");
    }

    #[test]
    fn content_related_links_and_contact_are_usable() {
        let related: Vec<(&str, Related)> = sections_flat()
            .into_iter()
            .flat_map(|(_, section)| section.blocks.iter().map(move |block| (section.id, block)))
            .filter_map(|(id, block)| match block {
                Block::Related(related) => Some((id, *related)),
                _ => None,
            })
            .collect();
        let placed: Vec<(&str, &str)> = related.iter().map(|(id, r)| (*id, r.href)).collect();
        assert_eq!(
            placed,
            [
                ("what-is-python", "https://amela.tech/an-ultimate-guide-to-golang-your-go-to-web-framework/"),
                ("python-used-for", "https://amela.tech/an-ultimate-guide-to-python-web-development-you-need-to-know/"),
                (
                    "python-disadvantages",
                    "https://amela.tech/an-ultimate-guide-to-python-web-framework-you-need-to-learn/"
                ),
            ]
        );
        // Each "Related:" line closes its section's text.
        for (id, link) in &related {
            let last = section_by_id(id).and_then(|section| section.blocks.last());
            assert_eq!(last, Some(&Block::Related(*link)), "{id}");
        }

        let contact = &ARTICLE.contact;
        let digits: String = contact.hotline.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(contact.hotline_tel, format!("+{digits}"));
        assert!(contact.email.contains('@') && !contact.email.contains(char::is_whitespace));

        let description_chars = ARTICLE.description.chars().count();
        assert!((50..=160).contains(&description_chars), "{description_chars} chars");
        assert!(ARTICLE.description.contains("Golang") && ARTICLE.description.contains("Python"));
        assert_eq!(ARTICLE.image_caption, ARTICLE.title);
    }
    #[test]
    fn filter_status_texts() {
        assert_eq!(filter_status(ASPECTS.len()), format!("Showing all {} aspects.", ASPECTS.len()));
        assert_eq!(filter_status(3), format!("Showing 3 of {} aspects.", ASPECTS.len()));
        assert!(filter_status(0).contains("at least one"));
    }

    #[test]
    fn standalone_parts_match_the_article() {
        let flat: Vec<(&str, &str)> = sections_flat().iter().map(|(_, s)| (s.id, s.heading)).collect();
        assert_eq!(SECTION_HEADINGS.to_vec(), flat);
        assert_eq!(heading_of("nope"), None);
        let rows: Vec<(&str, &str)> = DIFFERENCES.iter().map(|row| (row.id, row.aspect)).collect();
        assert_eq!(ASPECTS.to_vec(), rows);
        assert_eq!(differences_section().map(|s| s.id), Some("key-differences"));
    }
}
