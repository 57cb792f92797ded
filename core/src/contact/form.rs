//! The form's fields, the visitor's draft, and the rules it must meet before sending.

use super::day::Day;

/// At most this many characters in the message.
pub const MESSAGE_MAX_CHARS: usize = 2000;
/// At most this many characters in the full name.
pub const NAME_MAX_CHARS: usize = 200;
/// At most this many characters in the company name.
pub const COMPANY_MAX_CHARS: usize = 200;
/// At most this many characters in the email address (RFC 5321's path limit).
pub const EMAIL_MAX_CHARS: usize = 254;

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

/// A field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// "Full name" (required).
    Name,
    /// "Email address" (required).
    Email,
    /// "Company" (optional).
    Company,
    /// "Topic".
    Topic,
    /// "Preferred date" (optional, not in the past).
    PreferredDate,
    /// "Message" (optional, at most [`MESSAGE_MAX_CHARS`]).
    Message,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 6] =
        [Field::Name, Field::Email, Field::Company, Field::Topic, Field::PreferredDate, Field::Message];

    /// The wire key (also the basis of element ids).
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Email => "email",
            Field::Company => "company",
            Field::Topic => "topic",
            Field::PreferredDate => "preferred_date",
            Field::Message => "message",
        }
    }

    /// The field with this key; also accepts the aliases receivers use (`date`, `full_name`).
    pub fn from_id(id: &str) -> Option<Field> {
        match id {
            "date" => Some(Field::PreferredDate),
            "full_name" => Some(Field::Name),
            _ => Field::ALL.into_iter().find(|field| field.id() == id),
        }
    }

    /// The visible label.
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Full name",
            Field::Email => "Email address",
            Field::Company => "Company",
            Field::Topic => "Topic",
            Field::PreferredDate => "Preferred date",
            Field::Message => "Message",
        }
    }
}

/// What the visitor has typed so far, exactly as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    /// Full name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// Company.
    pub company: String,
    /// Topic.
    pub topic: Topic,
    /// `""` or `YYYY-MM-DD`, as an `<input type="date">` gives it.
    pub preferred_date: String,
    /// Message.
    pub message: String,
}

/// A problem with one field, worded so the visitor knows how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field at fault.
    pub field: Field,
    /// Plain-English advice.
    pub message: String,
}

/// Every problem with `draft`, in field order; empty when it may be sent.
pub fn validate(draft: &Draft, today: Day) -> Vec<FieldError> {
    let checks = [
        (Field::Name, check_name(draft.name.trim())),
        (Field::Email, check_email(draft.email.trim())),
        (Field::Company, check_company(draft.company.trim())),
        (Field::PreferredDate, check_date(draft.preferred_date.trim(), today)),
        (Field::Message, check_message(draft.message.trim())),
    ];
    checks.into_iter().filter_map(|(field, problem)| problem.map(|message| FieldError { field, message })).collect()
}

/// True when every text field is empty after trimming (the topic always has a value).
pub fn is_blank(d: &Draft) -> bool {
    [&d.name, &d.email, &d.company, &d.preferred_date, &d.message].iter().all(|text| text.trim().is_empty())
}

fn too_long(what: &str, max: usize, text: &str) -> Option<String> {
    let count = text.chars().count();
    (count > max).then(|| format!("Please shorten {what} to {max} characters (it has {count})."))
}

fn check_name(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("Please enter your full name.".to_owned());
    }
    too_long("your name", NAME_MAX_CHARS, name)
}

fn check_email(email: &str) -> Option<String> {
    if email.is_empty() {
        return Some("Please enter your email address.".to_owned());
    }
    if let Some(problem) = too_long("your email address", EMAIL_MAX_CHARS, email) {
        return Some(problem);
    }
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

fn check_company(company: &str) -> Option<String> {
    too_long("the company name", COMPANY_MAX_CHARS, company)
}

fn check_date(date: &str, today: Day) -> Option<String> {
    if date.is_empty() {
        return None;
    }
    match Day::parse(date) {
        None => Some("Please pick a date from the calendar, or enter it as YYYY-MM-DD.".to_owned()),
        Some(day) if day < today => Some("Please choose today or a later date.".to_owned()),
        Some(_) => None,
    }
}

fn check_message(message: &str) -> Option<String> {
    too_long("your message", MESSAGE_MAX_CHARS, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const TODAY: Day = Day { year: 2025, month: 6, day: 15 };

    fn valid_draft() -> Draft {
        Draft { name: "Ada Lovelace".into(), email: "ada@example.com".into(), ..Draft::default() }
    }

    fn errors_for(draft: &Draft) -> Vec<(Field, String)> {
        validate(draft, TODAY).into_iter().map(|e| (e.field, e.message)).collect()
    }

    fn email_ok(email: &str) -> bool {
        let draft = Draft { email: email.into(), ..valid_draft() };
        errors_for(&draft).is_empty()
    }

    #[test]
    fn ids_and_labels_round_trip() {
        for topic in Topic::ALL {
            assert_eq!(Topic::from_id(topic.id()), Some(topic));
        }
        for field in Field::ALL {
            assert_eq!(Field::from_id(field.id()), Some(field));
        }
        assert_eq!(Topic::from_id("Go"), None);
        assert_eq!(Topic::default(), Topic::Both);
        assert_eq!(Topic::Both.label(), "Both / not sure");
        assert_eq!(Field::from_id("date"), Some(Field::PreferredDate));
        assert_eq!(Field::from_id("full_name"), Some(Field::Name));
        assert_eq!(Field::from_id("phone"), None);
        assert_eq!(Field::PreferredDate.label(), "Preferred date");
    }

    #[test]
    fn a_complete_draft_passes() {
        let draft = Draft {
            company: "Amela".into(),
            topic: Topic::Go,
            preferred_date: "2025-07-01".into(),
            message: "Let's talk.".into(),
            ..valid_draft()
        };
        assert_eq!(errors_for(&draft), vec![]);
    }

    #[test]
    fn an_empty_draft_names_the_required_fields_in_order() {
        assert_eq!(
            errors_for(&Draft { name: "   ".into(), email: "\t\n".into(), ..Draft::default() }),
            vec![
                (Field::Name, "Please enter your full name.".to_owned()),
                (Field::Email, "Please enter your email address.".to_owned()),
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
        let draft = Draft { email: "ada@example".into(), ..valid_draft() };
        assert_eq!(
            errors_for(&draft),
            vec![(Field::Email, "Please enter an email address like name@example.com.".to_owned())]
        );
        let draft = Draft { email: "ada @example.com".into(), ..valid_draft() };
        assert_eq!(
            errors_for(&draft),
            vec![(Field::Email, "Please remove the spaces from your email address.".to_owned())]
        );
        let long = format!("{}@example.com", "a".repeat(EMAIL_MAX_CHARS));
        assert!(!email_ok(&long));
        let just_fits = format!("{}@example.com", "a".repeat(EMAIL_MAX_CHARS - 12));
        assert!(email_ok(&just_fits));
    }

    #[test]
    fn dates_must_be_real_and_not_in_the_past() {
        let date_errors = |date: &str| {
            let draft = Draft { preferred_date: date.into(), ..valid_draft() };
            errors_for(&draft)
        };
        let past = vec![(Field::PreferredDate, "Please choose today or a later date.".to_owned())];
        assert_eq!(date_errors(""), vec![]);
        assert_eq!(date_errors("2025-06-15"), vec![], "today is fine");
        assert_eq!(date_errors("2025-06-16"), vec![]);
        assert_eq!(date_errors("2030-01-01"), vec![]);
        assert_eq!(date_errors("2025-06-14"), past);
        assert_eq!(date_errors("1999-12-31"), past);
        assert_eq!(date_errors("2028-02-29"), vec![], "2028 is a leap year");
        let leap_today = Day { year: 2024, month: 2, day: 1 };
        let leap = Draft { preferred_date: "2024-02-29".into(), ..valid_draft() };
        assert_eq!(validate(&leap, leap_today), vec![]);
        for bad in ["2027-02-29", "2025-13-01", "2025-1-1", "tomorrow", "2025-06-31"] {
            let errors = date_errors(bad);
            assert_eq!(errors.len(), 1, "{bad:?}");
            assert_eq!(errors.first().map(|e| e.0), Some(Field::PreferredDate));
            assert!(errors.iter().all(|e| e.1.contains("YYYY-MM-DD")), "{bad:?}");
        }
    }

    #[test]
    fn lengths_are_counted_in_characters() {
        let with_message = |message: String| Draft { message, ..valid_draft() };
        assert_eq!(errors_for(&with_message("a".repeat(2000))), vec![]);
        assert_eq!(errors_for(&with_message("é".repeat(2000))), vec![], "4000 bytes, 2000 chars");
        assert_eq!(errors_for(&with_message(format!("  {}\n\n", "a".repeat(2000)))), vec![]);
        assert_eq!(
            errors_for(&with_message("a".repeat(2001))),
            vec![(Field::Message, "Please shorten your message to 2000 characters (it has 2001).".to_owned())]
        );
        assert_eq!(
            errors_for(&with_message("é".repeat(2345))),
            vec![(Field::Message, "Please shorten your message to 2000 characters (it has 2345).".to_owned())]
        );
        let long_name = Draft { name: "n".repeat(201), ..valid_draft() };
        assert_eq!(errors_for(&long_name).first().map(|e| e.0), Some(Field::Name));
        let long_company = Draft { company: "c".repeat(201), ..valid_draft() };
        assert_eq!(errors_for(&long_company).first().map(|e| e.0), Some(Field::Company));
        let max_company = Draft { company: "c".repeat(200), ..valid_draft() };
        assert_eq!(errors_for(&max_company), vec![]);
    }

    #[test]
    fn blank_ignores_topic_and_whitespace() {
        assert!(is_blank(&Draft::default()));
        assert!(is_blank(&Draft { topic: Topic::Go, message: " \n ".into(), ..Draft::default() }));
        assert!(!is_blank(&Draft { company: "x".into(), ..Draft::default() }));
        assert!(!is_blank(&Draft { preferred_date: "2025-01-01".into(), ..Draft::default() }));
    }

    proptest! {
        #[test]
        fn validate_is_total(
            name in any::<String>(),
            email in any::<String>(),
            company in any::<String>(),
            date in any::<String>(),
            message in any::<String>(),
            topic in prop::sample::select(Topic::ALL.to_vec()),
        ) {
            let draft = Draft { name, email, company, topic, preferred_date: date, message };
            let errors = validate(&draft, TODAY);
            let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
            let mut in_form_order = fields.clone();
            in_form_order.sort_by_key(|f| Field::ALL.iter().position(|g| g == f));
            in_form_order.dedup();
            prop_assert_eq!(fields, in_form_order);
            prop_assert!(errors.iter().all(|e| e.message.starts_with("Please ")));
        }
    }
}
