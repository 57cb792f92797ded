//! The form's fields, in one table. Everything else about a field is derived from
//! its row in [`FIELDS`]: validation, the wire payload, the `mailto:` body, the
//! stored draft, the fingerprint that decides whether a retry keeps its
//! `submission_id`, and the markup (`src/contact/`). A new field is a new row.

use super::day::Day;

/// At most this many characters in the message.
pub const MESSAGE_MAX_CHARS: usize = 2000;
/// At most this many characters in the full name.
pub const NAME_MAX_CHARS: usize = 200;
/// At most this many characters in the company name.
pub const COMPANY_MAX_CHARS: usize = 200;
/// At most this many characters in the email address (RFC 5321's path limit).
pub const EMAIL_MAX_CHARS: usize = 254;

/// A stored draft keeps at most this many characters of a one-line field.
const STORED_LINE_MAX_CHARS: usize = 1000;
/// … of the message.
const STORED_MESSAGE_MAX_CHARS: usize = 10_000;
/// … of a date or a topic id.
const STORED_TOKEN_MAX_CHARS: usize = 64;

/// Every field of the form, in form order (which is also the wire order).
pub const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        key: "name",
        aliases: &["full_name"],
        label: "Full name",
        input: Input::Text,
        autocomplete: Some("name"),
        required: Some("Please enter your full name."),
        limit: Some(Limit { max_chars: NAME_MAX_CHARS, called: "your name" }),
        stored_max_chars: STORED_LINE_MAX_CHARS,
    },
    FieldSpec {
        key: "email",
        aliases: &[],
        label: "Email address",
        input: Input::Email,
        autocomplete: Some("email"),
        required: Some("Please enter your email address."),
        limit: Some(Limit { max_chars: EMAIL_MAX_CHARS, called: "your email address" }),
        stored_max_chars: STORED_LINE_MAX_CHARS,
    },
    FieldSpec {
        key: "company",
        aliases: &[],
        label: "Company",
        input: Input::Text,
        autocomplete: Some("organization"),
        required: None,
        limit: Some(Limit { max_chars: COMPANY_MAX_CHARS, called: "the company name" }),
        stored_max_chars: STORED_LINE_MAX_CHARS,
    },
    FieldSpec {
        key: "topic",
        aliases: &[],
        label: "Topic",
        input: Input::Topic,
        autocomplete: None,
        required: None,
        limit: None,
        stored_max_chars: STORED_TOKEN_MAX_CHARS,
    },
    FieldSpec {
        key: "preferred_date",
        aliases: &["date"],
        label: "Preferred date",
        input: Input::Date,
        autocomplete: Some("off"),
        required: None,
        limit: None,
        stored_max_chars: STORED_TOKEN_MAX_CHARS,
    },
    FieldSpec {
        key: "message",
        aliases: &[],
        label: "Message",
        input: Input::LongText,
        autocomplete: None,
        required: None,
        limit: Some(Limit { max_chars: MESSAGE_MAX_CHARS, called: "your message" }),
        stored_max_chars: STORED_MESSAGE_MAX_CHARS,
    },
];

/// How many fields the form has.
pub const FIELD_COUNT: usize = FIELDS.len();

/// One row of [`FIELDS`].
#[derive(Debug, PartialEq, Eq)]
pub struct FieldSpec {
    /// The wire key: in the payload, the stored draft and error replies; element ids
    /// are `contact-<key>`.
    pub key: &'static str,
    /// Other keys receivers use for this field in their error replies.
    pub aliases: &'static [&'static str],
    /// The visible label; also the field's line in the `mailto:` body.
    pub label: &'static str,
    /// What kind of control it is, and the rules that come with that kind.
    pub input: Input,
    /// The `autocomplete` hint of its control.
    pub autocomplete: Option<&'static str>,
    /// `Some(what to ask)` when it must be filled in. A field that may be left
    /// empty (not the topic, which always has a value) is labelled "(optional)".
    pub required: Option<&'static str>,
    /// The most characters it may have once trimmed.
    pub limit: Option<Limit>,
    /// A stored draft keeps at most this many characters of it.
    pub stored_max_chars: usize,
}

impl FieldSpec {
    /// Whether its label says "(optional)".
    pub fn optional(&self) -> bool {
        self.required.is_none() && self.input != Input::Topic
    }
}

/// A length limit, and how the advice names the field ("Please shorten `called` to …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub max_chars: usize,
    pub called: &'static str,
}

/// The kind of control a field is; each kind brings its own rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// One line of text.
    Text,
    /// An email address: no spaces, a plausible `local@domain.tld`.
    Email,
    /// A calendar date as `YYYY-MM-DD`: a real day, not before today; sent as `null`
    /// when empty; its help line names the visitor's timezone.
    Date,
    /// The meeting's [`Topic`], from a `<select>`: always has a value.
    Topic,
    /// Several lines, with a character counter under them; its `mailto:` line
    /// starts on a line of its own.
    LongText,
}

impl Input {
    /// The `type` of its `<input>` (`None` for a `<select>` or `<textarea>`).
    pub fn input_type(self) -> Option<&'static str> {
        match self {
            Input::Text => Some("text"),
            Input::Email => Some("email"),
            Input::Date => Some("date"),
            Input::Topic | Input::LongText => None,
        }
    }
}

/// A field of the form: its row in [`FIELDS`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Field(u8);

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; FIELD_COUNT] = {
        let mut all = [Field(0); FIELD_COUNT];
        let mut i = 0;
        while i < FIELD_COUNT {
            all[i] = Field(i as u8);
            i += 1;
        }
        all
    };

    /// The field the meeting's topic is chosen in.
    pub const TOPIC: Field = Field::first(Input::Topic);

    /// The first field of kind `input` (not compiling when the table has none).
    const fn first(input: Input) -> Field {
        let mut i = 0;
        while i < FIELD_COUNT {
            if FIELDS[i].input as u8 == input as u8 {
                return Field(i as u8);
            }
            i += 1;
        }
        panic!("FIELDS has no field of this kind")
    }

    /// Its row in [`FIELDS`].
    pub fn spec(self) -> &'static FieldSpec {
        &FIELDS[self.index()]
    }

    /// Its position in form order.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The wire key.
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    /// The visible label.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// The field with this key, or one of the aliases receivers use (`date`, `full_name`).
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key || f.spec().aliases.contains(&key))
    }
}

impl std::fmt::Debug for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Field({})", self.key())
    }
}

/// What the meeting is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Topic {
    /// Golang.
    Go,
    /// Python.
    Python,
    /// Both, or the visitor is not sure.
    #[default]
    Both,
}

impl Topic {
    /// Every topic, in the order the `<select>` lists them.
    pub const ALL: [Topic; 3] = [Topic::Go, Topic::Python, Topic::Both];

    /// The wire id: `go`, `python` or `both`.
    pub fn id(self) -> &'static str {
        match self {
            Topic::Go => "go",
            Topic::Python => "python",
            Topic::Both => "both",
        }
    }

    /// The topic with this wire id.
    pub fn from_id(id: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|topic| topic.id() == id)
    }

    /// The option text shown in the `<select>`.
    pub fn label(self) -> &'static str {
        match self {
            Topic::Go => "Golang",
            Topic::Python => "Python",
            Topic::Both => "Both / not sure",
        }
    }
}

/// What the visitor has typed so far, field by field, exactly as typed.
#[derive(Clone, PartialEq, Eq)]
pub struct Draft {
    values: [String; FIELD_COUNT],
}

impl Default for Draft {
    /// Every field empty, the topic at its default.
    fn default() -> Draft {
        let mut values: [String; FIELD_COUNT] = Default::default();
        values[Field::TOPIC.index()] = Topic::default().id().to_owned();
        Draft { values }
    }
}

impl Draft {
    /// The text of `field`, as typed.
    pub fn get(&self, field: Field) -> &str {
        &self.values[field.index()]
    }

    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        self.values[field.index()] = value.into();
    }

    /// This draft with `field` set to `value`.
    pub fn with(mut self, field: Field, value: impl Into<String>) -> Draft {
        self.set(field, value);
        self
    }

    /// The chosen topic (the default one when the value is not a topic's id).
    pub fn topic(&self) -> Topic {
        Topic::from_id(self.get(Field::TOPIC)).unwrap_or_default()
    }

    /// The value of `field` as it is sent: trimmed, a topic's id, `None` (null) for an empty date.
    pub fn wire(&self, field: Field) -> Option<&str> {
        let value = self.get(field).trim();
        match field.spec().input {
            Input::Topic => Some(self.topic().id()),
            Input::Date if value.is_empty() => None,
            _ => Some(value),
        }
    }

    /// True when every field typed into is empty after trimming (the topic always has a value).
    pub fn is_blank(&self) -> bool {
        Field::ALL.into_iter().filter(|f| f.spec().input != Input::Topic).all(|f| self.get(f).trim().is_empty())
    }
}

impl std::fmt::Debug for Draft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(Field::ALL.into_iter().map(|field| (field.key(), self.get(field)))).finish()
    }
}

/// A problem with one field, worded so the visitor knows how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field at fault.
    pub field: Field,
    /// Plain-English advice.
    pub message: String,
}

/// Every problem with `draft`, in form order; empty when it may be sent.
pub fn validate(draft: &Draft, today: Day) -> Vec<FieldError> {
    Field::ALL
        .into_iter()
        .filter_map(|field| Some(FieldError { field, message: check(field, draft.get(field).trim(), today)? }))
        .collect()
}

/// The advice for `value` (already trimmed) in `field`, if it is not acceptable.
fn check(field: Field, value: &str, today: Day) -> Option<String> {
    let spec = field.spec();
    if value.is_empty() {
        return spec.required.map(str::to_owned);
    }
    if let Some(Limit { max_chars, called }) = spec.limit {
        let count = value.chars().count();
        if count > max_chars {
            return Some(format!("Please shorten {called} to {max_chars} characters (it has {count})."));
        }
    }
    match spec.input {
        Input::Email => check_email(value),
        Input::Date => check_date(value, today),
        Input::Text | Input::Topic | Input::LongText => None,
    }
}

fn check_email(email: &str) -> Option<String> {
    if email.chars().any(char::is_whitespace) {
        return Some("Please remove the spaces from your email address.".to_owned());
    }
    if !is_plausible_email(email) {
        return Some("Please enter an email address like name@example.com.".to_owned());
    }
    None
}

/// A deliberately forgiving check: catches typos, not every RFC 5322 corner.
fn is_plausible_email(email: &str) -> bool {
    // These never appear in an unquoted address; they hint at a pasted "Name <a@b.c>".
    const FORBIDDEN: &[char] = &['<', '>', '(', ')', '[', ']', '\\', ',', ';', ':', '"'];
    if email.chars().any(|c| c.is_whitespace() || c.is_control() || FORBIDDEN.contains(&c)) {
        return false;
    }
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty())
}

fn check_date(date: &str, today: Day) -> Option<String> {
    match Day::parse(date) {
        None => Some("Please pick a date from the calendar, or enter it as YYYY-MM-DD.".to_owned()),
        Some(day) if day < today => Some("Please choose today or a later date.".to_owned()),
        Some(_) => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    const TODAY: Day = Day { year: 2025, month: 6, day: 15 };

    /// The field with `key` (tests name fields by their wire key).
    pub(crate) fn f(key: &str) -> Field {
        Field::from_key(key).unwrap_or_else(|| panic!("no field {key:?}"))
    }

    /// A draft from `(key, value)` pairs, the other fields at their defaults.
    pub(crate) fn draft(pairs: &[(&str, &str)]) -> Draft {
        pairs.iter().fold(Draft::default(), |d, (key, value)| d.with(f(key), *value))
    }

    fn valid_draft() -> Draft {
        draft(&[("name", "Ada Lovelace"), ("email", "ada@example.com")])
    }

    fn errors_for(draft: &Draft) -> Vec<(Field, String)> {
        validate(draft, TODAY).into_iter().map(|e| (e.field, e.message)).collect()
    }

    fn email_ok(email: &str) -> bool {
        errors_for(&valid_draft().with(f("email"), email)).is_empty()
    }

    #[test]
    fn the_table_is_consistent() {
        let mut keys: Vec<&str> =
            FIELDS.iter().flat_map(|s| std::iter::once(s.key).chain(s.aliases.iter().copied())).collect();
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), count, "a key or alias names two fields");
        for spec in FIELDS {
            assert!(spec.key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{:?} is not a plain key", spec.key);
            assert!(
                spec.limit.is_none_or(|l| l.max_chars <= spec.stored_max_chars),
                "{} keeps less than it allows",
                spec.key
            );
            assert!(spec.required.is_none_or(|r| r.starts_with("Please ")), "{}", spec.key);
        }
        assert_eq!(Field::TOPIC.spec().input, Input::Topic);
        assert!(Field::ALL.iter().enumerate().all(|(i, f)| f.index() == i));
    }

    #[test]
    fn ids_and_labels_round_trip() {
        for topic in Topic::ALL {
            assert_eq!(Topic::from_id(topic.id()), Some(topic));
        }
        for field in Field::ALL {
            assert_eq!(Field::from_key(field.key()), Some(field));
        }
        assert_eq!(Topic::from_id("Go"), None);
        assert_eq!(Topic::default(), Topic::Both);
        assert_eq!(Topic::Both.label(), "Both / not sure");
        assert_eq!(Field::from_key("date"), Some(f("preferred_date")));
        assert_eq!(Field::from_key("full_name"), Some(f("name")));
        assert_eq!(Field::from_key("phone"), None);
        assert_eq!(f("preferred_date").label(), "Preferred date");
        let keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
        assert_eq!(keys, ["name", "email", "company", "topic", "preferred_date", "message"]);
        let optional: Vec<&str> = Field::ALL.iter().filter(|f| f.spec().optional()).map(|f| f.key()).collect();
        assert_eq!(optional, ["company", "preferred_date", "message"]);
    }

    #[test]
    fn wire_values_are_trimmed_with_null_for_an_empty_date() {
        let d = draft(&[("name", "  Ada "), ("topic", "python"), ("preferred_date", "  ")]);
        assert_eq!(d.wire(f("name")), Some("Ada"));
        assert_eq!(d.wire(f("topic")), Some("python"));
        assert_eq!(d.wire(f("preferred_date")), None);
        assert_eq!(d.topic(), Topic::Python);
        assert_eq!(
            draft(&[("topic", "rust")]).wire(f("topic")),
            Some("both"),
            "an unknown topic is sent as the default"
        );
    }

    #[test]
    fn a_complete_draft_passes() {
        let d = valid_draft()
            .with(f("company"), "Amela")
            .with(f("topic"), "go")
            .with(f("preferred_date"), "2025-07-01")
            .with(f("message"), "Let's talk.");
        assert_eq!(errors_for(&d), vec![]);
    }

    #[test]
    fn an_empty_draft_names_the_required_fields_in_order() {
        assert_eq!(
            errors_for(&draft(&[("name", "   "), ("email", "\t\n")])),
            vec![
                (f("name"), "Please enter your full name.".to_owned()),
                (f("email"), "Please enter your email address.".to_owned()),
            ]
        );
    }

    #[test]
    fn good_emails_pass() {
        for email in [
            "ada@example.com",
            "a@b.co",
            "first.last@example.co.uk",
            "name+tag@sub.domain.example",
            "o'brien@example.ie",
            "UPPER@EXAMPLE.COM",
            "user_name-1@my-company.io",
            "jürgen@münchen.de",
            "  padded@example.com  ",
            "x@123.45.67.89",
        ] {
            assert!(email_ok(email), "{email:?} should pass");
        }
    }

    #[test]
    fn bad_emails_are_rejected_with_advice() {
        for email in [
            "plainaddress",
            "@example.com",
            "ada@",
            "ada@example",
            "ada@@example.com",
            "ada@exa@mple.com",
            "ada@.example.com",
            "ada@example.com.",
            "ada@example..com",
            "Ada <ada@example.com>",
            "ada@exam\u{0}ple.com",
            "ada,bob@example.com",
        ] {
            assert!(!email_ok(email), "{email:?} should be rejected");
        }
        assert_eq!(
            errors_for(&valid_draft().with(f("email"), "ada@example")),
            vec![(f("email"), "Please enter an email address like name@example.com.".to_owned())]
        );
        assert_eq!(
            errors_for(&valid_draft().with(f("email"), "ada @example.com")),
            vec![(f("email"), "Please remove the spaces from your email address.".to_owned())]
        );
        let long = format!("{}@example.com", "a".repeat(EMAIL_MAX_CHARS));
        assert!(!email_ok(&long));
        let just_fits = format!("{}@example.com", "a".repeat(EMAIL_MAX_CHARS - 12));
        assert!(email_ok(&just_fits));
    }

    #[test]
    fn dates_must_be_real_and_not_in_the_past() {
        let date_errors = |date: &str| errors_for(&valid_draft().with(f("preferred_date"), date));
        let past = vec![(f("preferred_date"), "Please choose today or a later date.".to_owned())];
        assert_eq!(date_errors(""), vec![]);
        assert_eq!(date_errors("2025-06-15"), vec![], "today is fine");
        assert_eq!(date_errors("2025-06-16"), vec![]);
        assert_eq!(date_errors("2030-01-01"), vec![]);
        assert_eq!(date_errors("2025-06-14"), past);
        assert_eq!(date_errors("1999-12-31"), past);
        assert_eq!(date_errors("2028-02-29"), vec![], "2028 is a leap year");
        let leap_today = Day { year: 2024, month: 2, day: 1 };
        assert_eq!(validate(&valid_draft().with(f("preferred_date"), "2024-02-29"), leap_today), vec![]);
        for bad in ["2027-02-29", "2025-13-01", "2025-1-1", "tomorrow", "2025-06-31"] {
            let errors = date_errors(bad);
            assert_eq!(errors.len(), 1, "{bad:?}");
            assert_eq!(errors.first().map(|e| e.0), Some(f("preferred_date")));
            assert!(errors.iter().all(|e| e.1.contains("YYYY-MM-DD")), "{bad:?}");
        }
    }

    #[test]
    fn lengths_are_counted_in_characters() {
        let with_message = |message: String| valid_draft().with(f("message"), message);
        assert_eq!(errors_for(&with_message("a".repeat(2000))), vec![]);
        assert_eq!(errors_for(&with_message("é".repeat(2000))), vec![], "4000 bytes, 2000 chars");
        assert_eq!(errors_for(&with_message(format!("  {}\n\n", "a".repeat(2000)))), vec![]);
        assert_eq!(
            errors_for(&with_message("a".repeat(2001))),
            vec![(f("message"), "Please shorten your message to 2000 characters (it has 2001).".to_owned())]
        );
        assert_eq!(
            errors_for(&with_message("é".repeat(2345))),
            vec![(f("message"), "Please shorten your message to 2000 characters (it has 2345).".to_owned())]
        );
        let long_name = valid_draft().with(f("name"), "n".repeat(201));
        assert_eq!(errors_for(&long_name).first().map(|e| e.0), Some(f("name")));
        let long_company = valid_draft().with(f("company"), "c".repeat(201));
        assert_eq!(errors_for(&long_company).first().map(|e| e.0), Some(f("company")));
        assert_eq!(errors_for(&valid_draft().with(f("company"), "c".repeat(200))), vec![]);
    }

    #[test]
    fn blank_ignores_topic_and_whitespace() {
        assert!(Draft::default().is_blank());
        assert!(draft(&[("topic", "go"), ("message", " \n ")]).is_blank());
        assert!(!draft(&[("company", "x")]).is_blank());
        assert!(!draft(&[("preferred_date", "2025-01-01")]).is_blank());
    }

    proptest! {
        #[test]
        fn validate_is_total(values in prop::collection::vec(any::<String>(), FIELD_COUNT)) {
            let draft = Field::ALL.into_iter().zip(values).fold(Draft::default(), |d, (f, v)| d.with(f, v));
            let errors = validate(&draft, TODAY);
            let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
            let mut in_form_order = fields.clone();
            in_form_order.sort();
            in_form_order.dedup();
            prop_assert_eq!(fields, in_form_order);
            prop_assert!(errors.iter().all(|e| e.message.starts_with("Please ")));
        }
    }
}
