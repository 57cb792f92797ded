//! `content/article.md`: the article in Markdown, read into the shape the page renders.
//!
//! What the file may hold, and what it means:
//! - one `#` title, then the intro's paragraphs and, optionally, a paragraph written
//!   wholly in italics: the caption under the title's picture;
//! - `##`, `###`, `####` sections, each heading with an optional `{#id}` (the id the
//!   page's links use; without one, the heading's words make it);
//! - paragraphs of plain text; bullets, each with an optional bold lead (`**Lead:** text`);
//! - "Related: [title](https://…)" (or `[title][name]`, the name's target in site.toml);
//! - one table, the key differences: a header row and three cells per row, each row's
//!   first cell with an optional `{#id}`;
//! - editor's notes as `> [!NOTE]` blocks: inside a bullet, or right after the table
//!   with the row's aspect in bold first (`> **Concurrency:** Editor’s note: …`);
//! - after a `---` line, the closing paragraphs (the company's pitch).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use toml::Spanned;

use crate::problem::{is_id, tidy, Source};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub title: String,
    pub intro: Vec<String>,
    pub caption: Option<String>,
    pub sections: Vec<Section>,
    pub closing: Vec<String>,
    pub table: Option<Table>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub heading: String,
    /// 2 for a `##` section, then 3 and 4.
    pub level: u8,
    pub blocks: Vec<Block>,
    pub subsections: Vec<Section>,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    Bullets(Vec<Bullet>),
    Related {
        title: String,
        href: String,
    },
    /// Where the key differences table stands.
    Table,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bullet {
    /// The bold lead without its colon; empty when the bullet has none.
    pub lead: String,
    pub text: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The header row: the aspect column, then Go's, then Python's.
    pub head: [String; 3],
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub aspect: String,
    pub golang: String,
    pub python: String,
    pub note: Option<String>,
    pub line: usize,
}

impl Article {
    /// Every section, depth first, in reading order.
    pub fn sections_flat(&self) -> Vec<&Section> {
        fn walk<'a>(sections: &'a [Section], out: &mut Vec<&'a Section>) {
            for section in sections {
                out.push(section);
                walk(&section.subsections, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.sections, &mut out);
        out
    }
}

/// A run of inline content.
#[derive(Debug, Clone)]
enum Inline {
    Text(String),
    Strong(String),
    Emphasis(String),
    Link { text: String, href: String, at: usize },
}

fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(t) | Inline::Strong(t) | Inline::Emphasis(t) | Inline::Link { text: t, .. } => out.push_str(t),
        }
    }
    tidy(&out)
}

/// The file's blocks, before they are put into sections.
#[derive(Debug)]
enum Raw {
    Heading { level: u8, id: Option<String>, text: String, at: usize },
    Paragraph { inlines: Vec<Inline>, at: usize },
    List { items: Vec<Item>, at: usize },
    Table { head: Vec<String>, rows: Vec<(Vec<String>, usize)>, at: usize },
    Note { inlines: Vec<Inline>, at: usize },
    Rule { at: usize },
}

#[derive(Debug, Default)]
struct Item {
    inlines: Vec<Inline>,
    note: Option<Vec<Inline>>,
}

/// An inline container being read: bold, italics or a link.
enum Open {
    Strong(String),
    Emphasis(String),
    Link { text: String, href: String, at: usize },
}

/// A table being read: its header cells, its rows (cells and offset) and its offset.
type TableInProgress = (Vec<String>, Vec<(Vec<String>, usize)>, usize);

#[derive(Default)]
struct Reader {
    blocks: Vec<Raw>,
    inlines: Vec<Inline>,
    open: Vec<Open>,
    list: Option<(Vec<Item>, usize)>,
    item: Option<Item>,
    note: Option<(Vec<Inline>, usize)>,
    table: Option<TableInProgress>,
    row: Vec<String>,
    row_at: usize,
    block_at: usize,
    heading_id: Option<String>,
}

impl Reader {
    fn text(&mut self, text: &str) {
        match self.open.last_mut() {
            Some(Open::Strong(t) | Open::Emphasis(t) | Open::Link { text: t, .. }) => t.push_str(text),
            None => self.inlines.push(Inline::Text(text.to_string())),
        }
    }

    fn close_inline(&mut self) {
        let inline = match self.open.pop() {
            Some(Open::Strong(t)) => Inline::Strong(t),
            Some(Open::Emphasis(t)) => Inline::Emphasis(t),
            Some(Open::Link { text, href, at }) => Inline::Link { text, href, at },
            None => return,
        };
        match self.open.last_mut() {
            // Formatting inside formatting keeps only its words.
            Some(Open::Strong(t) | Open::Emphasis(t) | Open::Link { text: t, .. }) => t.push_str(&plain(&[inline])),
            None => self.inlines.push(inline),
        }
    }

    /// The inline content read so far, taken.
    fn take(&mut self) -> Vec<Inline> {
        while !self.open.is_empty() {
            self.close_inline();
        }
        std::mem::take(&mut self.inlines)
    }

    /// Inline content a tight list item holds directly goes into the item.
    fn flush_into_item(&mut self) {
        if self.note.is_none() {
            let inlines = self.take();
            if let Some(item) = self.item.as_mut() {
                item.inlines.extend(inlines);
            }
        }
    }
}

/// Reads `content/article.md`. `links` are site.toml's named link targets (`None` when
/// site.toml could not be read: its own problem is reported, not every link's).
pub(crate) fn parse(source: &mut Source, links: Option<&BTreeMap<String, Spanned<String>>>) -> Option<Article> {
    let missing: RefCell<Vec<(usize, String)>> = RefCell::new(Vec::new());
    let callback = |link: pulldown_cmark::BrokenLink<'_>| {
        let name = link.reference.to_string();
        match links.and_then(|links| links.get(&name).or_else(|| links.get(&name.to_lowercase()))) {
            Some(target) => Some((CowStr::from(target.get_ref().clone()), CowStr::from(""))),
            None => {
                missing.borrow_mut().push((link.span.start, name));
                None
            }
        }
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_GFM;
    let events: Vec<(Event<'_>, Range<usize>)> =
        Parser::new_with_broken_link_callback(source.text, options, Some(callback)).into_offset_iter().collect();
    for (at, name) in missing.take().into_iter().filter(|_| links.is_some()) {
        source.at(
            at,
            format!("the link `[{name}]` has no target: add `{name} = \"https://…\"` under `[links]` in content/site.toml, or write the address in the link"),
        );
    }
    let raw = read_blocks(source, events);
    assemble(source, raw)
}

fn read_blocks(source: &mut Source, events: Vec<(Event<'_>, Range<usize>)>) -> Vec<Raw> {
    let mut r = Reader::default();
    for (event, range) in events {
        let at = range.start;
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { id, .. } => {
                    r.heading_id = id.map(|id| id.to_string());
                    r.block_at = at;
                }
                Tag::Paragraph => {
                    if r.item.is_some() {
                        r.flush_into_item();
                    }
                    if r.item.is_none() && r.note.is_none() {
                        r.block_at = at;
                    }
                }
                Tag::List(_) => {
                    if r.list.is_some() {
                        source.at(at, "a list inside a bullet is not supported: make it its own list");
                    } else {
                        r.list = Some((Vec::new(), at));
                    }
                }
                Tag::Item => r.item = Some(Item::default()),
                Tag::BlockQuote(kind) => {
                    if r.item.is_some() {
                        r.flush_into_item();
                    }
                    if kind != Some(BlockQuoteKind::Note) {
                        source.at(at, "a quote (`>`) is only for editor's notes: start it with a line `> [!NOTE]`");
                    }
                    if r.note.is_none() {
                        r.note = Some((Vec::new(), at));
                    }
                }
                Tag::Table(_) => r.table = Some((Vec::new(), Vec::new(), at)),
                Tag::TableHead | Tag::TableRow => {
                    r.row.clear();
                    r.row_at = at;
                }
                Tag::TableCell => {}
                Tag::Strong => r.open.push(Open::Strong(String::new())),
                Tag::Emphasis => r.open.push(Open::Emphasis(String::new())),
                Tag::Link { dest_url, .. } => r.open.push(Open::Link { text: String::new(), href: dest_url.to_string(), at }),
                Tag::CodeBlock(_) => source.at(at, "code blocks are not supported in the article"),
                Tag::Image { .. } => source.at(at, "images are not supported in the article"),
                Tag::HtmlBlock => {
                    let html = source.text[range.clone()].trim();
                    if !(html.starts_with("<!--") && html.ends_with("-->")) {
                        source.at(at, "HTML is not allowed in the article (comments `<!-- … -->` are): write Markdown");
                    }
                }
                _ => source.at(at, "this Markdown is not supported in the article (only headings, paragraphs, bullets, one table, links and `> [!NOTE]` notes)"),
            },
            Event::End(end) => match end {
                TagEnd::Heading(level) => {
                    let inlines = r.take();
                    let level = match level {
                        HeadingLevel::H1 => 1,
                        HeadingLevel::H2 => 2,
                        HeadingLevel::H3 => 3,
                        HeadingLevel::H4 => 4,
                        _ => {
                            source.at(at, "headings go down to `####`: this one is too deep");
                            4
                        }
                    };
                    let id = r.heading_id.take();
                    r.blocks.push(Raw::Heading { level, id, text: plain(&inlines), at: r.block_at });
                }
                TagEnd::Paragraph => {
                    let inlines = r.take();
                    if let Some((note, _)) = r.note.as_mut() {
                        note.extend(inlines);
                    } else if let Some(item) = r.item.as_mut() {
                        item.inlines.extend(inlines);
                    } else {
                        r.blocks.push(Raw::Paragraph { inlines, at: r.block_at });
                    }
                }
                TagEnd::BlockQuote(_) => {
                    let rest = r.take();
                    if let Some((mut note, at)) = r.note.take() {
                        note.extend(rest);
                        if let Some(item) = r.item.as_mut() {
                            item.note = Some(note);
                        } else {
                            r.blocks.push(Raw::Note { inlines: note, at });
                        }
                    }
                }
                TagEnd::Item => {
                    r.flush_into_item();
                    if let (Some(item), Some((items, _))) = (r.item.take(), r.list.as_mut()) {
                        items.push(item);
                    }
                }
                TagEnd::List(_) => {
                    if let Some((items, at)) = r.list.take() {
                        r.blocks.push(Raw::List { items, at });
                    }
                }
                TagEnd::TableCell => {
                    let cell = plain(&r.take());
                    r.row.push(cell);
                }
                TagEnd::TableHead => {
                    let head = std::mem::take(&mut r.row);
                    if let Some((h, _, _)) = r.table.as_mut() {
                        *h = head;
                    }
                }
                TagEnd::TableRow => {
                    let row = std::mem::take(&mut r.row);
                    let row_at = r.row_at;
                    if let Some((_, rows, _)) = r.table.as_mut() {
                        rows.push((row, row_at));
                    }
                }
                TagEnd::Table => {
                    if let Some((head, rows, at)) = r.table.take() {
                        r.blocks.push(Raw::Table { head, rows, at });
                    }
                }
                TagEnd::Strong | TagEnd::Emphasis | TagEnd::Link => r.close_inline(),
                _ => {}
            },
            Event::Text(text) => r.text(&text),
            Event::SoftBreak | Event::HardBreak => r.text(" "),
            Event::Code(code) => {
                source.at(at, "`code` is not supported in the article: write the words plainly");
                r.text(&code);
            }
            Event::Html(_) => {} // inside an HTML block, checked as a whole at its start
            Event::InlineHtml(html) => {
                if !(html.starts_with("<!--") && html.ends_with("-->")) {
                    source.at(at, "HTML is not allowed in the article (comments `<!-- … -->` are): write Markdown");
                }
            }
            Event::Rule => r.blocks.push(Raw::Rule { at }),
            _ => source.at(at, "this Markdown is not supported in the article"),
        }
    }
    r.blocks
}

/// A heading's default id: its words, lowercase, joined by `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() && (c.is_whitespace() || c.is_ascii_punctuation()) {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The number of cells in the raw table row on the line at `at` (`|` escaped as `\|` does not count).
fn cells_on_line(text: &str, at: usize) -> usize {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next().unwrap_or("").trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = if line.ends_with('|') && !line.ends_with("\\|") { &line[..line.len() - 1] } else { line };
    let mut cells = 1;
    let mut escaped = false;
    for c in line.chars() {
        if c == '|' && !escaped {
            cells += 1;
        }
        escaped = c == '\\' && !escaped;
    }
    cells
}

/// The id at the end of a table row's first cell, `Aspect {#id}`, and the aspect's words.
fn row_id(cell: &str) -> (String, Option<String>) {
    if let Some(rest) = cell.strip_suffix('}') {
        if let Some((aspect, attrs)) = rest.rsplit_once('{') {
            if let Some(id) = attrs.trim().strip_prefix('#') {
                return (tidy(aspect), Some(id.trim().to_string()));
            }
        }
    }
    (tidy(cell), None)
}

fn assemble(source: &mut Source, raw: Vec<Raw>) -> Option<Article> {
    let mut article = Article {
        title: String::new(),
        intro: Vec::new(),
        caption: None,
        sections: Vec::new(),
        closing: Vec::new(),
        table: None,
    };
    let titles: Vec<usize> =
        raw.iter().filter_map(|b| matches!(b, Raw::Heading { level: 1, .. }).then_some(())).map(|_| 0).collect();
    match titles.len() {
        0 => source.on_line(0, "the article has no title: its first line must be `# ` and the title"),
        1 => {}
        n => {
            for block in raw.iter().skip(1) {
                if let Raw::Heading { level: 1, at, .. } = block {
                    source
                        .at(*at, format!("the article has {n} `#` titles: keep one, and make this one a `##` section"));
                }
            }
        }
    }
    let mut heading_ids: HashSet<String> = HashSet::new();
    // The open sections, outermost first.
    let mut path: Vec<Section> = Vec::new();
    let mut closing = false;
    let mut last_was_table = false;
    let mut notes_after_table: Vec<(Vec<Inline>, usize)> = Vec::new();
    for block in raw {
        let is_note = matches!(block, Raw::Note { .. });
        if !is_note {
            last_was_table = matches!(block, Raw::Table { .. });
        }
        match block {
            Raw::Heading { level: 1, text, at, .. } => {
                if article.title.is_empty() {
                    if !path.is_empty() || !article.intro.is_empty() {
                        source.at(at, "the `#` title must come first, before any section");
                    }
                    article.title = text;
                }
            }
            Raw::Heading { level, id, text, at } => {
                if closing {
                    source.at(at, "after the `---` line only the closing paragraphs may follow, not sections");
                    continue;
                }
                let depth = path.last().map_or(1, |s| s.level);
                if level > depth + 1 {
                    source.at(
                        at,
                        format!(
                            "this `{}` heading skips a level: use `{}`",
                            "#".repeat(level.into()),
                            "#".repeat((depth + 1).into())
                        ),
                    );
                }
                let id = id.unwrap_or_else(|| slug(&text));
                if !is_id(&id) {
                    source.at(at, format!("the section id `{id}` is not well-formed: use lowercase letters, digits and `-`, starting with a letter (`{{#my-section}}`)"));
                } else if !heading_ids.insert(id.clone()) {
                    source.at(at, format!("the section id `{id}` is used twice: give one of them another `{{#id}}`"));
                }
                if text.is_empty() {
                    source.at(at, "this heading has no words");
                }
                close_sections(&mut path, &mut article.sections, level);
                path.push(Section {
                    id,
                    heading: text,
                    level,
                    blocks: Vec::new(),
                    subsections: Vec::new(),
                    line: source.line_of(at),
                });
            }
            Raw::Rule { at } => {
                if closing {
                    source.at(at, "the article has more than one `---` line: the closing part starts at the first");
                }
                closing = true;
            }
            Raw::Paragraph { inlines, at } => {
                let text = plain(&inlines);
                if text.starts_with('|') {
                    source.at(at, "this looks like a table without its header: a table needs a header row and, under it, a line like `| --- | --- | --- |`");
                    continue;
                }
                if closing {
                    if inlines.iter().any(|i| !matches!(i, Inline::Text(_))) {
                        source.at(at, "the closing paragraphs are plain text: remove the formatting or links");
                    }
                    article.closing.push(text);
                    continue;
                }
                let Some(section) = path.last_mut() else {
                    if let [Inline::Emphasis(caption)] = inlines.as_slice() {
                        article.caption = Some(tidy(caption));
                    } else if inlines.iter().any(|i| !matches!(i, Inline::Text(_))) {
                        source.at(at, "the intro is plain text: remove the formatting or links");
                        article.intro.push(text);
                    } else {
                        article.intro.push(text);
                    }
                    continue;
                };
                if let Some(rest) = text.strip_prefix("Related:") {
                    let links: Vec<(&String, &String, usize)> = inlines
                        .iter()
                        .filter_map(|i| match i {
                            Inline::Link { text, href, at } => Some((text, href, *at)),
                            _ => None,
                        })
                        .collect();
                    match links.as_slice() {
                        [(title, href, link_at)] if tidy(rest) == tidy(title) => {
                            check_href(source, *link_at, href);
                            section.blocks.push(Block::Related { title: tidy(title), href: href.to_string() });
                        }
                        _ => source
                            .at(at, "a “Related:” line holds one link and nothing else: `Related: [Title](https://…)`"),
                    }
                    continue;
                }
                if inlines.iter().any(|i| !matches!(i, Inline::Text(_))) {
                    source.at(at, "paragraphs are plain text (bold leads are for bullets, links for “Related:” lines): remove the formatting");
                }
                section.blocks.push(Block::Paragraph(text));
            }
            Raw::List { items, at } => {
                let Some(section) = path.last_mut().filter(|_| !closing) else {
                    source.at(at, "bullets belong in a section: put them under a `##` heading");
                    continue;
                };
                let bullets = items.into_iter().map(|item| bullet(source, item, at)).collect();
                section.blocks.push(Block::Bullets(bullets));
            }
            Raw::Table { head, rows, at } => {
                if article.table.is_some() {
                    source.at(at, "the article has a second table: only the key differences table is supported");
                    continue;
                }
                let Some(section) = path.last_mut().filter(|_| !closing) else {
                    source.at(at, "the table belongs in a section: put it under a `##` heading");
                    continue;
                };
                section.blocks.push(Block::Table);
                article.table = Some(table(source, head, rows, at));
            }
            Raw::Note { inlines, at } => {
                if last_was_table {
                    notes_after_table.push((inlines, at));
                } else {
                    source.at(at, "an editor's note goes inside the bullet it corrects (indented under it), or right after the table with the row's aspect in bold first");
                }
            }
        }
    }
    close_sections(&mut path, &mut article.sections, 2);
    if let Some(last) = path.pop() {
        article.sections.push(last);
    }
    if let Some(table) = article.table.as_mut() {
        for (inlines, at) in notes_after_table {
            attach_row_note(source, table, &inlines, at);
        }
    }
    if article.sections.is_empty() {
        source.on_line(0, "the article has no sections: start each with a `## ` heading");
    }
    Some(article)
}

/// Closes the open sections at `level` or deeper, each into its parent (or the article).
fn close_sections(path: &mut Vec<Section>, top: &mut Vec<Section>, level: u8) {
    while path.last().is_some_and(|s| s.level >= level) {
        let Some(done) = path.pop() else { break };
        match path.last_mut() {
            Some(parent) => parent.subsections.push(done),
            None => top.push(done),
        }
    }
}

fn check_href(source: &mut Source, at: usize, href: &str) {
    if href.starts_with('#') {
        return; // checked against the sections once all are known (`crate::check_links`)
    }
    crate::site::check_url(source, at, "the link", href);
}

fn bullet(source: &mut Source, item: Item, at: usize) -> Bullet {
    let note = item.note.map(|n| plain(&n));
    let (lead, rest) = match item.inlines.split_first() {
        Some((Inline::Strong(lead), rest)) => (tidy(lead), rest),
        _ => (String::new(), item.inlines.as_slice()),
    };
    if rest.iter().any(|i| !matches!(i, Inline::Text(_))) {
        source.at(at, "a bullet is plain text after its bold lead: remove the other formatting");
    }
    let text = plain(rest);
    let (lead, text) = match lead.strip_suffix(':') {
        Some(lead) => (lead.trim().to_string(), text),
        None => match text.strip_prefix(':') {
            Some(text) => (lead, tidy(text)),
            None => (lead, text),
        },
    };
    if text.is_empty() && lead.is_empty() {
        source.at(at, "a bullet has no words");
    }
    Bullet { lead, text, note }
}

fn table(source: &mut Source, head: Vec<String>, rows: Vec<(Vec<String>, usize)>, at: usize) -> Table {
    if head.len() != 3 {
        source.at(
            at,
            format!("the table's header has {} cells: it needs three (the aspect, Golang, Python)", head.len()),
        );
    }
    let cell = |cells: &[String], i: usize| cells.get(i).cloned().unwrap_or_default();
    let mut ids = HashSet::new();
    let mut out = Vec::new();
    for (cells, row_at) in rows {
        let written = cells_on_line(source.text, row_at);
        if written != head.len() {
            source.at(
                row_at,
                format!(
                    "this table row has {written} cells but the header has {}: every row needs the same number",
                    head.len()
                ),
            );
        }
        let (aspect, id) = row_id(&cell(&cells, 0));
        let id = id.unwrap_or_else(|| slug(&aspect));
        if !is_id(&id) {
            source.at(
                row_at,
                format!(
                    "the row id `{id}` is not well-formed: use lowercase letters, digits and `-` (`{{#my-aspect}}`)"
                ),
            );
        } else if !ids.insert(id.clone()) {
            source.at(row_at, format!("the row id `{id}` is used twice: give one of the rows another `{{#id}}`"));
        }
        let golang = cell(&cells, 1);
        let python = cell(&cells, 2);
        if aspect.is_empty() || golang.is_empty() || python.is_empty() {
            source.at(row_at, "this table row has an empty cell");
        }
        out.push(Row { id, aspect, golang, python, note: None, line: source.line_of(row_at) });
    }
    if out.is_empty() {
        source.at(at, "the table has no rows");
    }
    Table { head: [cell(&head, 0), cell(&head, 1), cell(&head, 2)], rows: out }
}

fn attach_row_note(source: &mut Source, table: &mut Table, inlines: &[Inline], at: usize) {
    let (Some(Inline::Strong(lead)), rest) = (inlines.first(), inlines.get(1..).unwrap_or(&[])) else {
        source.at(
            at,
            "a note after the table starts with the row's aspect in bold: `> **Concurrency:** Editor’s note: …`",
        );
        return;
    };
    let lead = tidy(lead.trim_end_matches(':'));
    let text = tidy(plain(rest).trim_start_matches(':'));
    match table.rows.iter_mut().find(|row| row.aspect.eq_ignore_ascii_case(&lead) || row.id == lead) {
        Some(row) if row.note.is_none() && !text.is_empty() => row.note = Some(text),
        Some(_) if text.is_empty() => source.at(at, "this editor's note has no words after its row's name"),
        Some(row) => source.at(at, format!("the row `{}` already has an editor's note", row.aspect)),
        None => source.at(
            at,
            format!("this note names `{lead}`, which is no row of the table: start it with a row's aspect in bold"),
        ),
    }
}
