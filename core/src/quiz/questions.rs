//! The eight questions of the contract, their options, and each option's weights.
//!
//! Weight scale (points for Go / Python; only the difference decides, see `scoring`):
//! - 7: decisive. The article calls Python "the go-to choice" for data science and ML,
//!   and its data libraries have no Go equivalent.
//! - 5: a need the article names in "When to Use Golang?" / "When to Use Python?",
//!   a Go use case it lists explicitly (CLI/DevOps, network servers), or a team that
//!   already knows the language.
//! - 4: a strong supporting fact (Docker/Kubernetes ecosystem, Python's memory use,
//!   Python as the beginner's language).
//! - 2: a mild edge the key differences table mentions.
//! - 1: a slight edge.
//! - equal (0/0 or 1/1): the article gives neither language the edge; 1/1 marks "both
//!   fit well", 0/0 "this tells us nothing".

/// One option of a question: its id and the points it gives each language. Its texts
/// are in `QUESTION_TEXTS`, so code that only scores carries none of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The URL value, e.g. "microservices".
    pub id: &'static str,
    /// Points for Go (never negative).
    pub go: i32,
    /// Points for Python (never negative).
    pub python: i32,
    /// Id of the article section that backs the reason.
    pub section: &'static str,
}

impl Choice {
    /// How far this choice leans towards Go: `go - python` (negative leans Python).
    pub const fn tilt(&self) -> i32 {
        self.go - self.python
    }
}

/// One question: its id (the URL key), its options and the table rows behind it. Its
/// texts are in `QUESTION_TEXTS` at the same index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// The URL key, e.g. "time_to_market".
    pub id: &'static str,
    /// The options, in the contract's order.
    pub choices: &'static [Choice],
    /// Ids of key-differences table rows behind this question.
    pub aspects: &'static [&'static str],
}

impl Question {
    /// The choice at `index`, if there is one.
    pub fn choice(&self, index: usize) -> Option<&'static Choice> {
        self.choices.get(index)
    }

    /// The index of the choice whose id is `id`.
    pub fn choice_index(&self, id: &str) -> Option<usize> {
        self.choices.iter().position(|choice| choice.id == id)
    }
}

/// The texts of one option, at the same indices as its `Choice`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceText {
    /// The label shown next to the radio button.
    pub text: &'static str,
    /// Reason sentence shown when this choice was picked. Stands on its own.
    pub why: &'static str,
}

/// The texts of one question, at the same index as its `Question`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionText {
    /// The legend, exactly as the contract writes it.
    pub text: &'static str,
    /// The options' texts, in the same order as `Question::choices`.
    pub choices: &'static [ChoiceText],
}

/// Number of questions.
pub const QUESTION_COUNT: usize = 8;

/// The legend of question `question` ("" if there is none).
pub fn question_text(question: usize) -> &'static str {
    QUESTION_TEXTS.get(question).map_or("", |q| q.text)
}

/// The texts of option `choice` of question `question`, if there is one.
pub fn choice_text(question: usize, choice: usize) -> Option<&'static ChoiceText> {
    QUESTION_TEXTS.get(question)?.choices.get(choice)
}

/// The label of option `choice` of question `question` ("" if there is none).
pub fn choice_label(question: usize, choice: usize) -> &'static str {
    choice_text(question, choice).map_or("", |c| c.text)
}

/// The questionnaire is written once, below, and this expands it into two statics at the
/// same indices: `QUESTIONS` (ids, weights, sections, aspects: all that scoring and URLs
/// need) and `QUESTION_TEXTS` (legends, labels, reasons: only what the UI shows). A
/// wasm bundle that only scores (the booking form) then links none of the texts.
macro_rules! questionnaire {
    ($(
        question {
            id: $id:literal,
            text: $text:literal,
            aspects: [$($aspect:literal),* $(,)?],
            choices: [$(
                choice($choice:literal, $label:literal, $go:literal, $python:literal, $section:literal, $why:literal $(,)?)
            ),* $(,)?] $(,)?
        }
    ),* $(,)?) => {
        /// The questionnaire, in the contract's order: ids and weights.
        pub static QUESTIONS: [Question; QUESTION_COUNT] = [$(
            Question {
                id: $id,
                choices: &[$(Choice { id: $choice, go: $go, python: $python, section: $section }),*],
                aspects: &[$($aspect),*],
            }
        ),*];

        /// The questionnaire's texts, at the same indices as `QUESTIONS`.
        pub static QUESTION_TEXTS: [QuestionText; QUESTION_COUNT] = [$(
            QuestionText { text: $text, choices: &[$(ChoiceText { text: $label, why: $why }),*] }
        ),*];
    };
}

// Each choice: (id, label, Go points, Python points, backing section, reason).
questionnaire! {
    question {
        id: "workload",
        text: "What will your backend mainly do?",
        aspects: ["libraries", "use-cases", "ecosystem"],
        choices: [
            // Both "used for" lists open with web development: a tie.
            choice(
                "api",
                "Web APIs and backend services for a product",
                1,
                1,
                "used-for",
                "Both languages are well suited to web APIs and backend services, Go with its standard library and Python with frameworks like Django, so this favours neither.",
            ),
            // "Cloud-native development" is a "When to Use Golang?" bullet.
            choice(
                "microservices",
                "Microservices and cloud-native platforms",
                5,
                0,
                "when-to-use-golang",
                "Go is well suited to cloud-native development and to microservices that run in distributed cloud environments.",
            ),
            // "Data science and machine learning": Python's "go-to choice", decisive.
            choice(
                "data",
                "Data processing, analytics or machine learning",
                0,
                7,
                "when-to-use-python",
                "Python's data science libraries (NumPy, pandas, scikit-learn) make it the go-to choice for data processing, analytics and machine learning.",
            ),
            // "DevOps Tools" and "Command-line Tools" are listed Go uses (single binary).
            choice(
                "cli",
                "Command-line or DevOps tools",
                5,
                0,
                "golang-used-for",
                "Go compiles to a single cross-platform binary, which makes command-line and DevOps tools fast and easy to distribute.",
            ),
            // "Scripting and automation" is a "When to Use Python?" bullet.
            choice(
                "automation",
                "Scripting and automation",
                0,
                5,
                "when-to-use-python",
                "Python excels at scripting and automating repetitive tasks, saving development time.",
            ),
            // "Networking: ... network servers and proxies" is a listed Go use.
            choice(
                "network",
                "Network servers, proxies or real-time messaging",
                5,
                0,
                "golang-used-for",
                "Go's strong support for concurrency and its standard library for network servers make it suitable for servers, proxies and real-time messaging.",
            ),
        ],
    },
    question {
        id: "performance",
        text: "How much does raw speed matter?",
        aspects: ["performance"],
        choices: [
            // "Performance-critical applications" is a "When to Use Golang?" bullet.
            choice(
                "critical",
                "Critical: latency and throughput are top priorities",
                5,
                0,
                "when-to-use-golang",
                "Go compiles to machine code, so it suits latency-critical, high-throughput work where Python's interpreter overhead would hurt.",
            ),
            // The table's performance row: Go is generally faster. A mild edge here.
            choice(
                "important",
                "Important, but not the main concern",
                2,
                0,
                "key-differences",
                "Go's compiled code generally runs faster than interpreted Python, a useful edge when speed matters but is not the main concern.",
            ),
            // "Who Wins?": without the need for raw speed, Python's strengths weigh more.
            choice(
                "minor",
                "Minor: fast enough is fine",
                0,
                2,
                "who-wins",
                "When fast enough is fine, Python's slower runtime costs little and its readability and rapid development count for more.",
            ),
        ],
    },
    question {
        id: "concurrency",
        text: "How much concurrent work must it handle?",
        aspects: ["concurrency"],
        choices: [
            // "Highly concurrent systems" is a "When to Use Golang?" bullet.
            choice(
                "high",
                "Thousands of simultaneous connections or tasks",
                5,
                0,
                "when-to-use-golang",
                "Go's goroutines and channels handle thousands of simultaneous tasks efficiently, while Python's concurrency is held back by the Global Interpreter Lock.",
            ),
            // The table's concurrency row: Go more efficient, but Python copes at this load.
            choice(
                "moderate",
                "A moderate number of parallel requests",
                1,
                0,
                "key-differences",
                "Go's built-in concurrency handles parallel requests more efficiently than Python's threads, a small edge at moderate load.",
            ),
            // Sequential work uses neither Go's strength nor hits Python's weakness.
            choice(
                "low",
                "Mostly sequential work",
                0,
                0,
                "key-differences",
                "Mostly sequential work needs neither Go's goroutines nor a way around Python's Global Interpreter Lock, so this favours neither.",
            ),
        ],
    },
    question {
        id: "time_to_market",
        text: "How quickly must the first version ship?",
        aspects: ["design-philosophy", "syntax", "development-speed"],
        choices: [
            // "Web development (if rapid prototyping is a priority)" is a Python bullet.
            choice(
                "asap",
                "As fast as possible: a prototype or MVP",
                0,
                5,
                "when-to-use-python",
                "Python's readable syntax and frameworks like Django make it ideal for rapid prototyping and an MVP that must ship fast.",
            ),
            // Python develops faster, Go's strict typing helps upkeep: they cancel out.
            choice(
                "balanced",
                "Balanced: speed matters, so does maintainability",
                0,
                0,
                "key-differences",
                "Balancing speed and maintainability favours neither language: Python is quicker to write, Go's strict typing helps keep a codebase in shape.",
            ),
            // Static typing and compilation catch errors early; mild, since the article
            // also credits Python's readability with maintainability.
            choice(
                "long_term",
                "Long-term reliability matters more than speed to market",
                2,
                0,
                "what-is-golang",
                "Go is statically typed and compiled, so many mistakes are caught before release, which helps long-term reliability.",
            ),
        ],
    },
    question {
        id: "team",
        text: "What does your team already know?",
        aspects: ["ease-of-learning", "community"],
        choices: [
            // Knowing the language removes the learning cost entirely.
            choice(
                "python",
                "Mostly Python",
                0,
                5,
                "python-advantages",
                "A team that already knows Python can start at full speed, backed by Python's large and supportive community.",
            ),
            choice(
                "go",
                "Mostly Go",
                5,
                0,
                "golang-advantages",
                "A team that already knows Go can use its speed and concurrency without first climbing its learning curve.",
            ),
            // The article: Go is easier to learn than C++, and its strict typing is
            // familiar to developers of compiled languages. Mild.
            choice(
                "both",
                "Both, or another compiled language (Java, C#, C++)",
                2,
                0,
                "golang-advantages",
                "Developers used to compiled languages like Java, C# or C++ find Go's strict typing familiar and its syntax simpler than C++.",
            ),
            // Python is "a great choice for beginners"; Go has a steeper curve.
            choice(
                "new",
                "We are new to backend development",
                0,
                4,
                "python-advantages",
                "Python's clear and concise syntax makes it a great choice for beginners, while Go has a steeper learning curve.",
            ),
        ],
    },
    question {
        id: "libraries",
        text: "Do you depend on data-science or ML libraries (NumPy, pandas, PyTorch)?",
        aspects: ["libraries", "ecosystem"],
        choices: [
            // These libraries are Python's; Go has no equivalent. Decisive.
            choice(
                "core",
                "Yes, they are core to the product",
                0,
                7,
                "when-to-use-python",
                "NumPy, pandas and PyTorch are Python libraries, so a product built on them is best written in Python.",
            ),
            choice(
                "some",
                "Some, for reporting or analysis",
                0,
                2,
                "python-advantages",
                "Even occasional reporting or analysis is easier with Python's pandas and NumPy than with Go's smaller ecosystem.",
            ),
            // Neither the Python advantage nor a Go one applies.
            choice(
                "none",
                "No",
                0,
                0,
                "key-differences",
                "Without data-science or ML libraries, Python's biggest library advantage does not come into play, so this favours neither.",
            ),
        ],
    },
    question {
        id: "deployment",
        text: "How will it be deployed?",
        aspects: ["use-cases", "ecosystem"],
        choices: [
            // The table's ecosystem row: Go is strong in cloud computing (Docker, Kubernetes).
            choice(
                "containers",
                "Containers and Kubernetes in the cloud",
                4,
                0,
                "when-to-use-golang",
                "Go is built for distributed cloud environments, and its ecosystem is strong in cloud computing with Docker and Kubernetes.",
            ),
            // Compiling "down to a single binary" is the article's reason for Go tools.
            choice(
                "binary",
                "As a single binary that users download",
                5,
                0,
                "golang-used-for",
                "Go compiles down to a single binary with cross-platform support, so users download one file and need no interpreter.",
            ),
            // The article does not favour either language on managed platforms.
            choice(
                "managed",
                "Serverless or a managed platform",
                1,
                1,
                "used-for",
                "Serverless and managed platforms run both Go and Python backends, so this favours neither.",
            ),
            choice(
                "undecided",
                "Not decided yet",
                0,
                0,
                "who-wins",
                "An open deployment choice favours neither language.",
            ),
        ],
    },
    question {
        id: "resources",
        text: "How tight are memory and hardware budgets?",
        aspects: ["design-philosophy", "performance"],
        choices: [
            // Python's "Memory Usage" disadvantage names resource-constrained environments.
            choice(
                "tight",
                "Tight: small containers or edge devices",
                4,
                0,
                "python-disadvantages",
                "Python's dynamic nature leads to higher memory use, an issue in resource-constrained environments where compiled Go runs leaner.",
            ),
            choice(
                "normal",
                "Normal",
                0,
                0,
                "key-differences",
                "A normal hardware budget favours neither language.",
            ),
            // Python's memory cost stops mattering: a slight edge, not a strength.
            choice(
                "relaxed",
                "Relaxed: hardware is not a concern",
                0,
                1,
                "python-disadvantages",
                "With hardware not a concern, Python's higher memory use costs little.",
            ),
        ],
    },
}

/// The index of the question whose id is `id`.
pub fn question_index(id: &str) -> Option<usize> {
    QUESTIONS.iter().position(|question| question.id == id)
}
