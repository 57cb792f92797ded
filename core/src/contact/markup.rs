//! The booking section's static HTML: the company's contact details and the
//! form with its labels, help texts and (empty, hidden) error slots. Rendered
//! for the page, the embed and the build-time prerender alike; the web shell
//! (`src/contact/`) reads and updates it by ids and `data-*` attributes.

use super::{Draft, Field, Topic, MESSAGE_MAX_CHARS};
use crate::content::{CLOSING, CONTACT};
use crate::html::Html;

/// What varies between instances and visits.
#[derive(Clone, Debug)]
pub struct FormView<'a> {
    /// Prefixed to every id ("" on the full page).
    pub id_prefix: &'a str,
    /// The heading level of "Book a meeting" (1 on `/contact`, 2 in the article, 2 in an embed).
    pub heading_level: u8,
    /// The values to start with (a restored draft, or empty with a preselected topic).
    pub draft: &'a Draft,
    /// Whether `draft` came back from an earlier visit.
    pub restored: bool,
    /// No endpoint is configured: sending opens the visitor's mail app.
    pub mail_fallback: bool,
    /// The questionnaire result that travels with the booking ("Go", …).
    pub quiz_label: Option<&'a str>,
    /// Today as `YYYY-MM-DD` in the visitor's timezone ("" when not known yet).
    pub today: &'a str,
    /// The visitor's IANA timezone ("" when not known yet).
    pub timezone: &'a str,
    /// The host name the form posts to, for the privacy line.
    pub endpoint_host: Option<&'a str>,
}

impl<'a> FormView<'a> {
    /// A view of `draft` with nothing else set.
    pub fn new(draft: &'a Draft) -> FormView<'a> {
        FormView {
            id_prefix: "",
            heading_level: 2,
            draft,
            restored: false,
            mail_fallback: false,
            quiz_label: None,
            today: "",
            timezone: "",
            endpoint_host: None,
        }
    }

    fn id(&self, local: &str) -> String {
        format!("{}{}", self.id_prefix, local)
    }
}

/// The id of a field's input, e.g. `contact-email`.
pub fn field_id(prefix: &str, field: Field) -> String {
    format!("{prefix}contact-{}", field.id())
}

/// The help line under the preferred date.
pub fn timezone_help(timezone: &str) -> String {
    if timezone.is_empty() {
        "We will propose times in your timezone.".to_string()
    } else {
        format!("Your timezone: {timezone}. We will propose times in it.")
    }
}

/// The counter under the message.
pub fn message_count(chars: usize) -> String {
    format!("{chars} of {MESSAGE_MAX_CHARS} characters")
}

/// The privacy line under the form: what is sent where, and what is kept.
pub fn privacy_line(endpoint_host: Option<&str>) -> String {
    match endpoint_host {
        Some(host) => format!("What you enter is sent to {host} only when you press “Book a meeting”, with the address of this page and the campaign that brought you here. Until then it is kept in this browser so nothing is lost; after a successful send nothing is kept here."),
        None => "Nothing is sent from this page: “Book a meeting” opens your email app with your request filled in. Until then what you type is kept in this browser only, so nothing is lost.".to_string(),
    }
}

/// The host of an endpoint URL ("this site" for a site-relative path).
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or("");
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        "this site".to_string()
    } else {
        host.to_string()
    }
}

/// The whole "Book a meeting" section.
pub fn booking_html(v: &FormView) -> String {
    let mut h = Html::new();
    let title_id = v.id("book-a-meeting");
    let c = &CONTACT;
    h.open("section", &[("class", Some("sd-book")), ("aria-labelledby", Some(&title_id))]);
    h.element(&format!("h{}", v.heading_level.clamp(1, 6)), &[("id", Some(&title_id))], "Book a meeting");
    for p in CLOSING {
        h.element("p", &[], p);
    }
    h.open("div", &[("class", Some("sd-book-grid"))]);
    h.open("div", &[("class", Some("sd-contact-card"))]);
    h.element("p", &[], c.intro);
    h.open("dl", &[]);
    let tel = format!("tel:{}", c.hotline_tel);
    let mail = format!("mailto:{}", c.email);
    h.element("dt", &[], "Hotline").open("dd", &[]).element("a", &[("href", Some(&tel))], c.hotline).close("dd");
    h.element("dt", &[], "Email").open("dd", &[]).element("a", &[("href", Some(&mail))], c.email).close("dd");
    h.element("dt", &[], "Address").open("dd", &[]).element("address", &[], c.address).close("dd");
    h.close("dl").close("div");
    form(&mut h, v, &title_id);
    h.close("div").close("section");
    h.finish()
}

fn form(h: &mut Html, v: &FormView, labelled_by: &str) {
    h.open(
        "form",
        &[
            ("class", Some("sd-form")),
            ("aria-labelledby", Some(labelled_by)),
            ("novalidate", Some("")),
            ("data-booking", Some("")),
        ],
    );
    if v.restored {
        h.open("p", &[("class", Some("sd-banner sd-banner-info")), ("data-restored", Some(""))]);
        h.text("We kept what you typed last time. ");
        h.element(
            "button",
            &[("type", Some("button")), ("class", Some("sd-link-button")), ("data-action", Some("clear"))],
            "Clear form",
        );
        h.close("p");
    }
    if v.mail_fallback {
        h.element(
            "p",
            &[("class", Some("sd-banner sd-banner-info")), ("data-mail-notice", Some(""))],
            &format!("This page has no booking service set up, so “Book a meeting” will open your email app with your request filled in, addressed to {}. Your draft stays here until you clear it.", CONTACT.email),
        );
    }
    if let Some(label) = v.quiz_label {
        h.element(
            "p",
            &[("class", Some("sd-banner sd-banner-info"))],
            &format!("Your questionnaire result ({label}) and answers will be sent with your request."),
        );
    }
    let status_id = v.id("contact-status");
    // A live region that is on the page from the start, so screen readers announce what lands in it.
    h.element(
        "div",
        &[("id", Some(&status_id)), ("role", Some("status")), ("tabindex", Some("-1")), ("data-status", Some(""))],
        "",
    );

    text_field(h, v, Field::Name, "text", "name", &v.draft.name, None);
    text_field(h, v, Field::Email, "email", "email", &v.draft.email, None);
    text_field(h, v, Field::Company, "text", "organization", &v.draft.company, None);

    let topic_id = field_id(v.id_prefix, Field::Topic);
    h.open("div", &[("class", Some("sd-field"))]);
    h.element("label", &[("for", Some(&topic_id))], Field::Topic.label());
    h.open("select", &[("id", Some(&topic_id)), ("name", Some("topic"))]);
    for t in Topic::ALL {
        h.element("option", &[("value", Some(t.id())), ("selected", (t == v.draft.topic).then_some(""))], t.label());
    }
    h.close("select").close("div");

    let date_help = timezone_help(v.timezone);
    text_field(h, v, Field::PreferredDate, "date", "off", &v.draft.preferred_date, Some(&date_help));

    let message_id = field_id(v.id_prefix, Field::Message);
    let help_id = format!("{message_id}-help");
    let error_id = format!("{message_id}-error");
    h.open("div", &[("class", Some("sd-field"))]);
    label(h, &message_id, Field::Message);
    h.open(
        "textarea",
        &[
            ("id", Some(&message_id)),
            ("name", Some("message")),
            ("rows", Some("5")),
            ("aria-describedby", Some(&help_id)),
        ],
    );
    h.text(&v.draft.message).close("textarea");
    h.element(
        "p",
        &[("class", Some("sd-field-help")), ("id", Some(&help_id))],
        &message_count(v.draft.message.chars().count()),
    );
    h.element("p", &[("class", Some("sd-field-error")), ("id", Some(&error_id)), ("hidden", Some(""))], "");
    h.close("div");

    // A honeypot: invisible to people and to assistive technology; bots fill it in.
    let trap = v.id("contact-website");
    h.open("div", &[("class", Some("sd-honeypot")), ("aria-hidden", Some("true"))]);
    h.element("label", &[("for", Some(&trap))], "Leave this field empty");
    h.open(
        "input",
        &[
            ("id", Some(&trap)),
            ("name", Some("website")),
            ("type", Some("text")),
            ("tabindex", Some("-1")),
            ("autocomplete", Some("off")),
        ],
    );
    h.close("div");

    h.open("div", &[("class", Some("sd-form-actions"))]);
    h.element(
        "button",
        &[("type", Some("submit")), ("class", Some("sd-button")), ("data-submit", Some(""))],
        "Book a meeting",
    );
    h.element(
        "button",
        &[("type", Some("button")), ("class", Some("sd-button sd-secondary")), ("data-action", Some("clear"))],
        "Clear form",
    );
    h.close("div");
    h.element(
        "p",
        &[("class", Some("sd-privacy")), ("data-privacy", Some(""))],
        &privacy_line(if v.mail_fallback { None } else { Some(v.endpoint_host.unwrap_or("this site")) }),
    );
    h.close("form");
}

fn label(h: &mut Html, id: &str, field: Field) {
    h.open("label", &[("for", Some(id))]).text(field.label());
    if matches!(field, Field::Company | Field::PreferredDate | Field::Message) {
        h.text(" ").element("span", &[("class", Some("sd-optional"))], "(optional)");
    }
    h.close("label");
}

fn text_field(
    h: &mut Html,
    v: &FormView,
    field: Field,
    kind: &str,
    autocomplete: &str,
    value: &str,
    help: Option<&str>,
) {
    let id = field_id(v.id_prefix, field);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let required = matches!(field, Field::Name | Field::Email);
    h.open("div", &[("class", Some("sd-field"))]);
    label(h, &id, field);
    h.open(
        "input",
        &[
            ("id", Some(&id)),
            ("name", Some(field.id())),
            ("type", Some(kind)),
            ("autocomplete", Some(autocomplete)),
            ("required", required.then_some("")),
            ("aria-required", required.then_some("true")),
            ("min", (field == Field::PreferredDate && !v.today.is_empty()).then_some(v.today)),
            ("value", Some(value)),
            ("aria-describedby", help.map(|_| help_id.as_str())),
        ],
    );
    if let Some(help) = help {
        h.element("p", &[("class", Some("sd-field-help")), ("id", Some(&help_id))], help);
    }
    h.element("p", &[("class", Some("sd-field-error")), ("id", Some(&error_id)), ("hidden", Some(""))], "");
    h.close("div");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_every_field_with_a_label_and_escapes_values() {
        let draft = Draft {
            name: "<img src=x onerror=alert(1)>".into(),
            message: "</textarea><b>x</b>".into(),
            topic: Topic::Python,
            ..Draft::default()
        };
        let html = booking_html(&FormView { today: "2026-11-29", timezone: "Europe/Berlin", ..FormView::new(&draft) });
        for f in Field::ALL {
            assert!(html.contains(&format!("for=\"contact-{}\"", f.id())), "label for {f:?}");
        }
        assert!(html.contains("value=\"&lt;img src=x onerror=alert(1)&gt;\""));
        assert!(html.contains("&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;</textarea>"));
        assert!(html.contains("<option value=\"python\" selected>Python</option>"));
        assert!(html.contains("min=\"2026-11-29\""));
        assert!(html.contains("Your timezone: Europe/Berlin."));
        assert!(html.contains("href=\"tel:+84904026070\""));
        assert!(html.contains("href=\"mailto:hello@amela.tech\""));
        assert!(html.contains("<h2 id=\"book-a-meeting\">Book a meeting</h2>"));
        assert!(html.contains("aria-hidden=\"true\"") && html.contains("tabindex=\"-1\" autocomplete=\"off\""));
        assert!(!html.contains("data-mail-notice"));
    }

    #[test]
    fn mail_fallback_says_so_before_sending() {
        let html =
            booking_html(&FormView { mail_fallback: true, heading_level: 1, ..FormView::new(&Draft::default()) });
        assert!(html.contains("data-mail-notice") && html.contains("open your email app"));
        assert!(html.contains("<h1 id=\"book-a-meeting\">"));
    }

    #[test]
    fn hosts() {
        assert_eq!(host_of("https://hooks.example.com/x?y"), "hooks.example.com");
        assert_eq!(host_of("/api/contact"), "this site");
    }
}
