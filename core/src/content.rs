//! The article "Golang vs Python: The Ultimate Showdown for Backend Development",
//! every word of it, as typed data. Components render from this; nothing else
//! holds article text. `content/golang-vs-python.seed.txt` is the client's
//! original, and the tests check this module against it.

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
    /// The lead without its trailing colon, e.g. "Concurrency".
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
    /// A short label for the table of contents.
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
    /// The seed's title line under the heading: an image caption, not a second `<h1>`.
    pub image_caption: Text,
    pub sections: &'static [Section],
    /// The closing paragraphs after the last section's own text ("In summary…", the company pitch).
    pub closing: &'static [Text],
    pub contact: Contact,
}

/// A bullet without an editor's note.
const fn bullet(lead: Text, text: Text) -> Bullet {
    Bullet { lead, text, note: None }
}

/// A table row without an editor's note; `aspect` is its entry in [`ASPECTS`].
const fn row((id, aspect): (&'static str, Text), golang: Text, python: Text) -> DifferenceRow {
    DifferenceRow { id, aspect, golang, python, note: None }
}

/// The aspects the key differences table compares, in its order: each row's stable id
/// and its name. The rows take theirs from here, and the table's filter needs only
/// these (so the rows' text stays out of the code that runs in the browser).
pub const ASPECTS: [(&str, Text); 10] = [
    ("design-philosophy", "Design Philosophy"),
    ("syntax", "Syntax"),
    ("performance", "Performance"),
    ("concurrency", "Concurrency"),
    ("ease-of-learning", "Ease of Learning"),
    ("community", "Community & Support"),
    ("libraries", "Libraries & Frameworks"),
    ("use-cases", "Typical Use Cases"),
    ("ecosystem", "Ecosystem"),
    ("development-speed", "Development Speed"),
];

/// The key differences table, in the article's order.
pub static DIFFERENCES: [DifferenceRow; ASPECTS.len()] = [
    row(
        ASPECTS[0],
        "Designed with simplicity and efficiency in mind, particularly for concurrent processes and system-level programming.",
        "Emphasizes readability and simplicity, making it ideal for beginners and for rapid development of applications with less boilerplate code.",
    ),
    row(
        ASPECTS[1],
        "Strict typing, minimalistic syntax. Requires explicit variable declarations.",
        "Highly readable with dynamic typing. Uses indentation to define code blocks.",
    ),
    row(
        ASPECTS[2],
        "Generally faster due to native code compilation and strong concurrency support through goroutines.",
        "Slower compared to Go, as it is an interpreted language with overheads due to dynamic typing.",
    ),
    DifferenceRow {
        note: Some(EditorNote {
            text: "Editor’s note: since Python 3.13 (October 2024), CPython offers an optional free-threaded build without the GIL; the default build still has it.",
        }),
        ..row(
            ASPECTS[3],
            "Built-in concurrency model using goroutines and channels, making it highly efficient for tasks that require concurrent processing.",
            "Supports concurrency through threads and asyncio library, but is less efficient due to the Global Interpreter Lock (GIL).",
        )
    },
    row(
        ASPECTS[4],
        "Steeper learning curve due to strict typing and syntax, but manageable.",
        "Very easy to learn due to its straightforward syntax and large community support.",
    ),
    row(
        ASPECTS[5],
        "Strong in areas like cloud services and systems programming. Backed by Google. Relatively smaller community compared to Python.",
        "Extremely large community, widely used in web development, data science, artificial intelligence, and more. Supported by many companies.",
    ),
    row(
        ASPECTS[6],
        "Rich set of standard libraries especially for building network servers, limited third-party libraries compared to Python.",
        "Vast array of libraries and frameworks for almost all programming needs, particularly strong in scientific computing and web frameworks.",
    ),
    row(
        ASPECTS[7],
        "Ideal for backend services, distributed networks, and microservices. Often used in cloud services and systems programming.",
        "Versatile use cases including web development, data analysis, AI and machine learning, scripting, and automation.",
    ),
    row(
        ASPECTS[8],
        "Strong in cloud computing (Docker, Kubernetes) and modern back-end technology.",
        "Rich ecosystem with tools for web development (Django, Flask), data science (Pandas, NumPy), AI (TensorFlow, PyTorch), and more.",
    ),
    row(
        ASPECTS[9],
        "Fast execution speed but potentially slower development due to compilation and stricter syntax.",
        "Rapid development facilitated by easy syntax and powerful libraries. Ideal for prototypes and projects where speed to market is crucial.",
    ),
];

static GOLANG_FEATURES: [Bullet; 3] = [
    bullet(
        "Concurrency",
        "Go has built-in support for concurrent execution through goroutines and channels.",
    ),
    bullet(
        "Simplicity and Performance",
        "Go is designed to be simple to understand and efficient in performance, making it suitable for modern computer systems. It compiles quickly to machine code yet maintains the readability and usability of a dynamic language.",
    ),
    bullet(
        "Standard Library",
        "Go has a rich standard library which provides clean and efficient APIs for a variety of common tasks like web programming, I/O operations, and more.",
    ),
];

static GOLANG_USES: [Bullet; 5] = [
    bullet(
        "Web Development",
        "Go is popular for building web servers, RESTful APIs, and backend services due to its powerful standard libraries and straightforward handling of concurrency.",
    ),
    bullet(
        "Cloud Services",
        "Given its efficiency and scalability, Go is often used for developing cloud-based applications, including platforms for deploying and managing cloud infrastructure.",
    ),
    bullet(
        "DevOps Tools",
        "Go’s ability to compile down to a single binary and its cross-platform support make it ideal for creating tools used in DevOps environments, such as Docker and Kubernetes.",
    ),
    bullet(
        "Command-line Tools",
        "Its simple syntax and compiled nature make Go a great choice for developing CLI tools that are fast and easy to distribute.",
    ),
    bullet(
        "Networking",
        "The language’s strong support for concurrent programming and network manipulation makes it suitable for developing network servers and proxies.",
    ),
];

static PYTHON_USES: [Bullet; 4] = [
    bullet(
        "Web Development",
        "Python is a great choice for backend web development, where it’s used to handle data processing, interact with databases, and power various web services. Popular web frameworks like Django make Python development efficient.",
    ),
    bullet(
        "Data Science and Machine Learning",
        "Python excels in data analysis and machine learning due to its readability and extensive libraries like NumPy, pandas, and scikit-learn. These libraries provide tools for data manipulation, statistical analysis, and building machine learning models.",
    ),
    bullet(
        "Automation",
        "Python is a master of automation. You can write Python scripts to automate repetitive tasks on your computer, like file management, data cleaning, or web scraping.",
    ),
    bullet(
        "Software Development",
        "Python is a general-purpose language and can be used to build all sorts of software applications, from desktop tools to scientific simulations.",
    ),
];

static GOLANG_ADVANTAGES: [Bullet; 5] = [
    bullet(
        "Fast",
        "Golang is a compiled language, meaning it compiles directly to machine code for the target architecture. This allows Golang programs to run efficiently without the overhead of an interpreter.",
    ),
    bullet(
        "Easy to Learn",
        "Golang has a clean and concise syntax, making it easier to learn compared to other languages like C++. It also has a built-in garbage collector, so you don’t need to worry about manual memory management.",
    ),
    bullet(
        "Well-Suited for Concurrency",
        "Golang provides built-in support for concurrency with features like goroutines and channels. This makes it a great choice for building applications that need to handle multiple tasks simultaneously.",
    ),
    bullet(
        "Standard Library and Tools",
        "Golang comes with a comprehensive standard library that provides many common functionalities like working with files, networks, and data structures. There are also a rich set of open-source tools available for Golang development.",
    ),
    bullet(
        "Growing Popularity",
        "Golang is a relatively young language, but it has gained significant popularity in recent years. This means there’s a growing pool of Golang developers, making it easier to find talent for your projects.",
    ),
];

static GOLANG_DISADVANTAGES: [Bullet; 4] = [
    Bullet {
        lead: "Lack of generics",
        text: "Golang doesn’t support generics, which are functions or data structures that can work with different types of data. This can lead to code duplication and make it harder to write reusable code.",
        note: Some(EditorNote {
            text: "Editor’s note: Go has supported generics (type parameters) since Go 1.18, released in March 2022, so this point no longer applies to current Go.",
        }),
    },
    bullet(
        "Verbose error handling",
        "Error handling in Golang can be more verbose compared to other languages. This can make code harder to read and maintain.",
    ),
    bullet(
        "Steeper learning curve for concurrency",
        "While Golang has built-in concurrency features, understanding and using them effectively can have a steeper learning curve compared to some other languages.",
    ),
    bullet(
        "Smaller ecosystem",
        "Compared to languages like Python or Java, Golang has a relatively smaller ecosystem of libraries and tools. This means there may be fewer resources available for Golang developers.",
    ),
];

static PYTHON_ADVANTAGES: [Bullet; 7] = [
    bullet(
        "Easy to learn and use",
        "Python’s syntax is known for being clear and concise, making it a great choice for beginners. This readability also benefits experienced programmers for code maintainability.",
    ),
    bullet(
        "Versatile",
        "Python can be used for a wide variety of tasks, including web development, data science, machine learning, scripting, and more.",
    ),
    bullet(
        "Large and supportive community",
        "Python has a vast and active community of developers who are always willing to help and share resources.",
    ),
    bullet(
        "Extensive libraries and frameworks",
        "There are many pre-written libraries and frameworks available for Python, which can save developers time and effort.",
    ),
    bullet(
        "Rapid development",
        "Python’s simplicity and readability make it possible to develop code quickly.",
    ),
    bullet(
        "Portable",
        "Python code can be run on different operating systems without modification.",
    ),
    bullet(
        "Free and open-source",
        "Python is free to use and modify, making it a great choice for personal and commercial projects.",
    ),
];

static PYTHON_DISADVANTAGES: [Bullet; 4] = [
    bullet(
        "Slower Runtime",
        "Compared to compiled languages like C++, Python can be slower because it’s interpreted, meaning each line of code is executed one at a time. This can be a drawback for performance-critical applications.",
    ),
    bullet(
        "Mobile Development",
        "While there are frameworks for mobile development with Python, it’s generally not the preferred language for native mobile apps. Languages like Java (for Android) and Swift (for iOS) are more common.",
    ),
    bullet(
        "Memory Usage",
        "Python’s dynamic nature and garbage collection can lead to higher memory consumption compared to compiled languages. This can be an issue for resource-constrained environments.",
    ),
    bullet(
        "Enterprise Usage",
        "While Python is gaining traction in enterprise development, some established enterprise systems may rely on more traditional languages like Java or C#.",
    ),
];

static WHEN_TO_USE_GOLANG: [Bullet; 3] = [
    bullet(
        "Performance-critical applications",
        "If speed is a major concern, Golang’s compiled nature makes it ideal.",
    ),
    bullet(
        "Highly concurrent systems",
        "Golang’s built-in concurrency features streamline development for applications that need to handle multiple tasks efficiently.",
    ),
    bullet(
        "Cloud-native development",
        "Golang is well-suited for building applications designed to run in distributed cloud environments.",
    ),
];

static WHEN_TO_USE_PYTHON: [Bullet; 3] = [
    bullet(
        "Data science and machine learning",
        "Python’s extensive data science libraries make it the go-to choice for data analysis, manipulation, and building machine learning models.",
    ),
    bullet(
        "Web development (if rapid prototyping is a priority)",
        "Python’s readability and frameworks like Django can accelerate the development process for web applications.",
    ),
    bullet(
        "Scripting and automation",
        "Python excels at automating repetitive tasks, saving development time.",
    ),
];

/// A section with no subsections.
const fn leaf(id: &'static str, heading: Text, short: Text, blocks: &'static [Block]) -> Section {
    Section { id, heading, short, blocks, subsections: &[] }
}

static SECTIONS: [Section; 8] = [
    leaf(
        "what-is-golang",
        "What is Golang?",
        "What is Go?",
        &[
            Block::Paragraph("Golang, also known as Go, is an open-source programming language developed by Google. It was created by Robert Griesemer, Rob Pike, and Ken Thompson and officially launched in 2009. Go is statically typed, compiled, and syntactically similar to C, but with memory safety, garbage collection, structural typing, and CSP-style concurrency features."),
            Block::Paragraph("Some of the key features of Go include:"),
            Block::Bullets(&GOLANG_FEATURES),
        ],
    ),
    leaf(
        "what-is-python",
        "What is Python?",
        "What is Python?",
        &[
            Block::Paragraph("Python is a high-level, interpreted programming language known for its clear syntax and readability. Python is an excellent choice for beginners and experienced programmers alike. It was created by Guido van Rossum and first released in 1991."),
            Block::Paragraph("Python supports multiple programming paradigms, including procedural, object-oriented, and functional programming. It has a comprehensive standard library that provides tools suited to many tasks, and its modularity and extensibility have made it popular for a wide range of applications, from web development to data analysis and machine learning."),
            Block::Paragraph("Python’s popularity is also boosted by its large community, which contributes to an ever-growing array of libraries and frameworks such as NumPy for numerical computations, Pandas for data manipulation, Flask and Django for web development, and TensorFlow and PyTorch for machine learning."),
            Block::Related(Related {
                title: "An Ultimate Guide to Golang: Your Go-to Web Framework",
                href: "https://amela.tech/an-ultimate-guide-to-golang-your-go-to-web-framework/",
            }),
        ],
    ),
    Section {
        id: "used-for",
        heading: "Golang vs Python: What Are They Used For?",
        short: "What they’re used for",
        blocks: &[],
        subsections: &[
            leaf(
                "golang-used-for",
                "What is Golang Used For?",
                "Golang’s uses",
                &[
                    Block::Paragraph("Golang is widely used for various applications due to its simplicity, performance, and efficiency. Here are some common uses of Golang:"),
                    Block::Bullets(&GOLANG_USES),
                ],
            ),
            // The seed's "Related:" line after both lists belongs to the parent
            // section; a section's blocks render before its subsections, so it
            // lives here to keep its place in the reading order.
            leaf(
                "python-used-for",
                "What is Python Used For?",
                "Python’s uses",
                &[
                    Block::Bullets(&PYTHON_USES),
                    Block::Related(Related {
                        title: "An Ultimate Guide to Python Web Development You Need to Know",
                        href: "https://amela.tech/an-ultimate-guide-to-python-web-development-you-need-to-know/",
                    }),
                ],
            ),
        ],
    },
    leaf(
        "key-differences",
        "Golang vs Python: Key Differences",
        "Key differences",
        &[Block::DifferencesTable],
    ),
    Section {
        id: "advantages-and-disadvantages",
        heading: "Golang vs Python: Advantages and Disadvantages",
        short: "Pros and cons",
        blocks: &[],
        subsections: &[
            Section {
                id: "golang-pros-cons",
                heading: "Advantages and Disadvantages of Golang",
                short: "Golang pros and cons",
                blocks: &[],
                subsections: &[
                    leaf(
                        "golang-advantages",
                        "Advantages of Golang",
                        "Golang advantages",
                        &[Block::Bullets(&GOLANG_ADVANTAGES)],
                    ),
                    leaf(
                        "golang-disadvantages",
                        "Disadvantages of Golang",
                        "Golang disadvantages",
                        &[Block::Bullets(&GOLANG_DISADVANTAGES)],
                    ),
                ],
            },
            Section {
                id: "python-pros-cons",
                heading: "Advantages and Disadvantages of Python",
                short: "Python pros and cons",
                blocks: &[],
                subsections: &[
                    leaf(
                        "python-advantages",
                        "Advantages of Python",
                        "Python advantages",
                        &[Block::Bullets(&PYTHON_ADVANTAGES)],
                    ),
                    // Holds the seed's trailing "Related:" line, as in "python-used-for".
                    leaf(
                        "python-disadvantages",
                        "Disadvantages of Python",
                        "Python disadvantages",
                        &[
                            Block::Bullets(&PYTHON_DISADVANTAGES),
                            Block::Related(Related {
                                title: "An Ultimate Guide to Python Web Framework You Need to Learn",
                                href: "https://amela.tech/an-ultimate-guide-to-python-web-framework-you-need-to-learn/",
                            }),
                        ],
                    ),
                ],
            },
        ],
    },
    leaf(
        "when-to-use-golang",
        "When to Use Golang?",
        "When to use Golang",
        &[
            Block::Paragraph("Golang, or Go, is particularly strong for certain types of applications due to its design and ecosystem:"),
            Block::Bullets(&WHEN_TO_USE_GOLANG),
        ],
    ),
    leaf(
        "when-to-use-python",
        "When to Use Python?",
        "When to use Python",
        &[
            Block::Paragraph("Python, on the other hand, has its own strengths and is preferred in different scenarios:"),
            Block::Bullets(&WHEN_TO_USE_PYTHON),
        ],
    ),
    leaf(
        "who-wins",
        "Golang vs Python: Who Wins?",
        "Who wins?",
        &[
            Block::Paragraph("Ultimately, the best language depends on your project’s specific requirements. If you need raw speed and concurrency, Golang is a strong contender. But if readability, ease of learning, and extensive libraries for data science or web development are more important, Python might be the better fit."),
            Block::Paragraph("In summary, both Golang vs Python offer unique advantages depending on the application requirements. Golang is often preferred for its performance and efficiency in networked and distributed systems, while Python’s versatility makes it suitable for a wide range of applications from web development to scientific computing."),
        ],
    ),
];

/// The whole article, in reading order.
pub static ARTICLE: Article = Article {
    title: "Golang vs Python: The Ultimate Showdown for Backend Development",
    description: "Golang vs Python for backend development: features, uses, key differences, pros and cons, and when to choose each language.",
    intro: &["In the ever-evolving realm of backend development, two languages constantly vie for dominance: Golang and Python. Both boast impressive strengths, but which reigns supreme for your next project? This blog post dives deep into the “Golang vs Python” debate, meticulously dissecting their strengths, weaknesses, and ideal use cases. By the end, you’ll be equipped to make an informed decision and crown the champion for your backend development needs."],
    image_caption: "Golang vs Python: The Ultimate Showdown for Backend Development",
    sections: &SECTIONS,
    closing: CLOSING,
    contact: CONTACT,
};

// The closing paragraphs, the contact block and the section headings are also
// reachable on their own, so the booking form and the questionnaire can use them
// without pulling the whole article into the page's wasm.

/// The company pitch after the last section (`Article::closing`).
pub const CLOSING: &[Text] = &["Whether you choose Golang vs Python for your backend, AMELA Technology can be your trusted partner in crafting exceptional web applications. Our team of skilled developers possesses mastery in both languages, along with a deep understanding of modern web development best practices. We collaborate closely with clients to understand their unique needs and deliver robust, scalable backend solutions that fuel their success."];

/// The company's contact block (`Article::contact`).
/// The company's email address, written once for [`CONTACT`]'s `email` and `email_href`.
macro_rules! email {
    () => {
        "hello@amela.tech"
    };
}

pub const CONTACT: Contact = Contact {
    company: "AMELA Technology",
    intro: "Contact us through the following information:",
    hotline: "(+84)904026070",
    hotline_tel: "+84904026070",
    email: email!(),
    email_href: concat!("mailto:", email!()),
    address: "5th Floor, Tower A, Keangnam Building, Urban Area new E6 Cau Giay, Pham Hung, Me Tri, Nam Tu Liem, Hanoi",
    byline: "Editor: AMELA Technology",
};

/// Every section's id and heading, in document order (checked against `ARTICLE` by a test).
pub const SECTION_HEADINGS: [(&str, &str); 14] = [
    ("what-is-golang", "What is Golang?"),
    ("what-is-python", "What is Python?"),
    ("used-for", "Golang vs Python: What Are They Used For?"),
    ("golang-used-for", "What is Golang Used For?"),
    ("python-used-for", "What is Python Used For?"),
    ("key-differences", "Golang vs Python: Key Differences"),
    ("advantages-and-disadvantages", "Golang vs Python: Advantages and Disadvantages"),
    ("golang-pros-cons", "Advantages and Disadvantages of Golang"),
    ("golang-advantages", "Advantages of Golang"),
    ("golang-disadvantages", "Disadvantages of Golang"),
    ("python-pros-cons", "Advantages and Disadvantages of Python"),
    ("python-advantages", "Advantages of Python"),
    ("python-disadvantages", "Disadvantages of Python"),
    ("when-to-use-golang", "When to Use Golang?"),
];

/// The heading of the section `id`, without walking the article.
pub fn heading_of(id: &str) -> Option<&'static str> {
    SECTION_HEADINGS.iter().chain(LAST_HEADINGS.iter()).find(|(i, _)| *i == id).map(|(_, h)| *h)
}

const LAST_HEADINGS: [(&str, &str); 2] =
    [("when-to-use-python", "When to Use Python?"), ("who-wins", "Golang vs Python: Who Wins?")];

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

/// The table of contents: each top-level section's id and short label, in order
/// (checked against `ARTICLE` by a test). The contents list that marks the section
/// being read runs in the browser, and needs only these.
pub const CONTENTS: [(&str, Text); 8] = [
    ("what-is-golang", "What is Go?"),
    ("what-is-python", "What is Python?"),
    ("used-for", "What they’re used for"),
    ("key-differences", "Key differences"),
    ("advantages-and-disadvantages", "Pros and cons"),
    ("when-to-use-golang", "When to use Golang"),
    ("when-to-use-python", "When to use Python"),
    ("who-wins", "Who wins?"),
];

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

    #[test]
    fn content_matches_the_seed_line_for_line() {
        if let Err(diff) = compare(&seed_items(), &article_items()) {
            panic!("{diff}");
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
    fn content_sections_follow_the_contract() {
        let top: Vec<&str> = ARTICLE.sections.iter().map(|s| s.heading).collect();
        assert_eq!(
            top,
            [
                "What is Golang?",
                "What is Python?",
                "Golang vs Python: What Are They Used For?",
                "Golang vs Python: Key Differences",
                "Golang vs Python: Advantages and Disadvantages",
                "When to Use Golang?",
                "When to Use Python?",
                "Golang vs Python: Who Wins?",
            ]
        );
        let outline: Vec<(u8, &str)> =
            sections_flat().into_iter().map(|(level, section)| (level, section.id)).collect();
        assert_eq!(
            outline,
            [
                (2, "what-is-golang"),
                (2, "what-is-python"),
                (2, "used-for"),
                (3, "golang-used-for"),
                (3, "python-used-for"),
                (2, "key-differences"),
                (2, "advantages-and-disadvantages"),
                (3, "golang-pros-cons"),
                (4, "golang-advantages"),
                (4, "golang-disadvantages"),
                (3, "python-pros-cons"),
                (4, "python-advantages"),
                (4, "python-disadvantages"),
                (2, "when-to-use-golang"),
                (2, "when-to-use-python"),
                (2, "who-wins"),
            ]
        );
        let tables: Vec<&str> = sections_flat()
            .into_iter()
            .filter(|(_, s)| s.blocks.contains(&Block::DifferencesTable))
            .map(|(_, s)| s.id)
            .collect();
        assert_eq!(tables, ["key-differences"]);
    }

    #[test]
    fn content_bullet_lists_have_the_seed_counts() {
        let counts: Vec<usize> = sections_flat()
            .into_iter()
            .flat_map(|(_, section)| section.blocks)
            .filter_map(|block| match block {
                Block::Bullets(bullets) => Some(bullets.len()),
                _ => None,
            })
            .collect();
        assert_eq!(counts, [3, 5, 4, 5, 4, 7, 4, 3, 3]);
        for (_, section) in sections_flat() {
            for block in section.blocks {
                if let Block::Bullets(bullets) = block {
                    for bullet in bullets.iter() {
                        assert!(!bullet.lead.ends_with(':'), "colon in {:?}", bullet.lead);
                    }
                }
            }
        }
    }

    #[test]
    fn content_difference_rows_follow_the_contract() {
        let aspects: Vec<&str> = DIFFERENCES.iter().map(|row| row.aspect).collect();
        assert_eq!(
            aspects,
            [
                "Design Philosophy",
                "Syntax",
                "Performance",
                "Concurrency",
                "Ease of Learning",
                "Community & Support",
                "Libraries & Frameworks",
                "Typical Use Cases",
                "Ecosystem",
                "Development Speed",
            ]
        );
        let ids: Vec<&str> = DIFFERENCES.iter().map(|row| row.id).collect();
        assert_eq!(
            ids,
            [
                "design-philosophy",
                "syntax",
                "performance",
                "concurrency",
                "ease-of-learning",
                "community",
                "libraries",
                "use-cases",
                "ecosystem",
                "development-speed",
            ]
        );
        // Each cell is whole sentences: the split sits on a sentence boundary.
        for row in &DIFFERENCES {
            for cell in [row.golang, row.python] {
                assert!(cell.ends_with('.'), "{}: {cell:?}", row.id);
                assert!(cell.chars().next().is_some_and(char::is_uppercase), "{}: {cell:?}", row.id);
            }
        }
        assert_eq!(
            difference_by_id("performance").map(|row| row.golang),
            Some("Generally faster due to native code compilation and strong concurrency support through goroutines.")
        );
        assert_eq!(difference_by_id("nope"), None);
    }

    #[test]
    fn content_ids_are_unique_lowercase_kebab() {
        let ids: Vec<&str> = sections_flat()
            .into_iter()
            .map(|(_, section)| section.id)
            .chain(DIFFERENCES.iter().map(|row| row.id))
            .collect();
        for id in &ids {
            let kebab = !id.is_empty()
                && !id.starts_with('-')
                && !id.ends_with('-')
                && !id.contains("--")
                && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            assert!(kebab, "not lowercase-kebab: {id:?}");
            assert_eq!(ids.iter().filter(|other| *other == id).count(), 1, "duplicate id {id:?}");
        }
        assert_eq!(section_by_id("golang-disadvantages").map(|s| s.heading), Some("Disadvantages of Golang"));
        assert_eq!(section_by_id("Key-Differences"), None);
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
}

#[cfg(test)]
mod page_head {
    /// The page shell's meta description is the article's (they must not drift apart).
    #[test]
    fn index_html_carries_the_description() {
        let index = include_str!("../../index.html");
        let tag = format!("<meta name=\"description\" content=\"{}\">", super::ARTICLE.description);
        assert!(index.contains(&tag), "index.html must hold {tag}");
        assert!(index.contains(super::ARTICLE.title));
    }
}

#[cfg(test)]
mod standalone_parts {
    use super::*;

    #[test]
    fn section_headings_match_the_article() {
        let flat: Vec<(&str, &str)> = sections_flat().iter().map(|(_, s)| (s.id, s.heading)).collect();
        let listed: Vec<(&str, &str)> = SECTION_HEADINGS.iter().chain(LAST_HEADINGS.iter()).copied().collect();
        assert_eq!(listed, flat);
        assert_eq!(heading_of("key-differences"), Some("Golang vs Python: Key Differences"));
        assert_eq!(heading_of("who-wins"), Some("Golang vs Python: Who Wins?"));
        assert_eq!(heading_of("nope"), None);
    }

    #[test]
    fn contents_list_every_top_level_section() {
        let top: Vec<(&str, &str)> = ARTICLE.sections.iter().map(|s| (s.id, s.short)).collect();
        assert_eq!(CONTENTS.to_vec(), top);
    }

    #[test]
    fn aspects_are_the_table_rows() {
        let rows: Vec<(&str, &str)> = DIFFERENCES.iter().map(|row| (row.id, row.aspect)).collect();
        assert_eq!(ASPECTS.to_vec(), rows);
        assert_eq!(differences_section().map(|s| s.id), Some("key-differences"));
    }

    #[test]
    fn filter_status_texts() {
        assert_eq!(filter_status(10), "Showing all 10 aspects.");
        assert_eq!(filter_status(3), "Showing 3 of 10 aspects.");
        assert_eq!(filter_status(1), "Showing 1 of 10 aspects.");
        assert!(filter_status(0).contains("at least one"));
    }
}
