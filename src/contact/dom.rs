//! The booking form's behaviour in the browser: it reads and writes the form's
//! own elements (rendered by `showdown_core::contact::markup`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use showdown_core::contact::markup::{field_id, message_count};
use showdown_core::contact::{
    encode_draft, fingerprint, is_blank, mailto_href, parse_field_errors, to_form_urlencoded, to_json, uuid_v4,
    validate, Attribution, Day, Draft, Field, FieldError, Format, QuizSummary, StoredDraft, Submission, Topic,
};
use showdown_core::content::CONTACT;
use showdown_core::html::Html;
use wasm_bindgen::{JsCast, JsValue};

use super::{send, Target, ATTRIBUTION_KEY};
use crate::browser;
use crate::scope::Scope;

/// One form instance.
pub struct Booking {
    scope: Scope,
    draft_key: String,
    quiz: Option<QuizSummary>,
    target: Target,
    arrived_topic: Option<Topic>,
    /// The id of the message being sent, with the fingerprint of its text:
    /// every retry of the same message carries the same id.
    submission: RefCell<Option<(String, u64)>>,
    sending: Cell<bool>,
}

/// What the status area shows.
enum Status<'a> {
    None,
    Sent,
    Failed(&'a str),
    /// The `mailto:` link that was opened, offered again in case nothing happened.
    MailOpened(&'a str),
}

fn form_of(ev: &web_sys::Event) -> Option<web_sys::HtmlFormElement> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    el.closest("form[data-booking]").ok().flatten()?.dyn_into().ok()
}

fn value(form: &web_sys::HtmlFormElement, name: &str) -> String {
    let Ok(Some(el)) = form.query_selector(&format!("[name={name}]")) else { return String::new() };
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.value()
    } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else {
        String::new()
    }
}

fn set_value(form: &web_sys::HtmlFormElement, name: &str, v: &str) {
    let Ok(Some(el)) = form.query_selector(&format!("[name={name}]")) else { return };
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.set_value(v);
    } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.set_value(v);
    } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.set_value(v);
    }
}

pub(crate) fn read_draft(form: &web_sys::HtmlFormElement) -> Draft {
    Draft {
        name: value(form, "name"),
        email: value(form, "email"),
        company: value(form, "company"),
        topic: Topic::from_id(&value(form, "topic")).unwrap_or(Topic::Both),
        preferred_date: value(form, "preferred_date"),
        message: value(form, "message"),
    }
}

/// What only the visitor's browser knows, written into a form rendered without it:
/// today as the date's minimum and the visitor's timezone.
#[cfg(feature = "page")]
pub(crate) fn localise(form: &web_sys::HtmlFormElement, scope: &Scope) {
    let date_id = field_id(&scope.id_prefix, Field::PreferredDate);
    if let Some(date) = by_id(form, &date_id) {
        let _ = date.set_attribute("min", &browser::today_local());
    }
    if let Some(help) = by_id(form, &format!("{date_id}-help")) {
        help.set_text_content(Some(&showdown_core::contact::markup::timezone_help(&browser::timezone())));
    }
}

fn by_id(form: &web_sys::HtmlFormElement, id: &str) -> Option<web_sys::Element> {
    form.query_selector(&format!("[id=\"{id}\"]")).ok().flatten()
}

impl Booking {
    pub fn new(
        scope: Scope,
        draft_key: String,
        quiz: Option<QuizSummary>,
        target: Target,
        arrived_topic: Option<Topic>,
        submission: Option<(String, u64)>,
    ) -> Booking {
        Booking {
            scope,
            draft_key,
            quiz,
            target,
            arrived_topic,
            submission: RefCell::new(submission),
            sending: Cell::new(false),
        }
    }

    /// Every keystroke: keep the draft, update the message counter.
    pub fn input(&self, ev: &web_sys::Event) {
        let Some(form) = form_of(ev) else { return };
        let draft = read_draft(&form);
        self.save(&draft);
        if let Some(help) = by_id(&form, &format!("{}-help", field_id(&self.scope.id_prefix, Field::Message))) {
            help.set_text_content(Some(&message_count(draft.message.chars().count())));
        }
    }

    pub(crate) fn save(&self, draft: &Draft) {
        if is_blank(draft) {
            browser::forget(&self.draft_key);
            return;
        }
        let (submission_id, id_fingerprint) = match self.submission.borrow().clone() {
            Some((id, fp)) => (Some(id), Some(fp)),
            None => (None, None),
        };
        let stored =
            StoredDraft { draft: draft.clone(), saved_at_ms: browser::now_ms(), submission_id, id_fingerprint };
        browser::store(&self.draft_key, &encode_draft(&stored));
    }

    pub fn click(self: &Rc<Self>, ev: &web_sys::MouseEvent) {
        let Some(action) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-action]").ok().flatten())
            .and_then(|el| el.get_attribute("data-action"))
        else {
            return;
        };
        let Some(form) = form_of(ev) else { return };
        match action.as_str() {
            "clear" => {
                self.clear(&form);
                self.show_errors(&form, &[]);
                self.show_status(&form, Status::None);
                if let Ok(Some(note)) = form.query_selector("[data-restored]") {
                    note.remove();
                }
            }
            "retry" => self.send(&form),
            _ => {}
        }
    }

    fn clear(&self, form: &web_sys::HtmlFormElement) {
        for name in ["name", "email", "company", "preferred_date", "message", "website"] {
            set_value(form, name, "");
        }
        set_value(form, "topic", self.arrived_topic.unwrap_or(Topic::Both).id());
        self.submission.replace(None);
        browser::forget(&self.draft_key);
        if let Some(help) = by_id(form, &format!("{}-help", field_id(&self.scope.id_prefix, Field::Message))) {
            help.set_text_content(Some(&message_count(0)));
        }
    }

    pub fn submit(self: &Rc<Self>, ev: &web_sys::SubmitEvent) {
        ev.prevent_default();
        if let Some(form) = form_of(ev) {
            self.send(&form);
        }
    }

    fn send(self: &Rc<Self>, form: &web_sys::HtmlFormElement) {
        if self.sending.get() {
            return; // one click sends once
        }
        let draft = read_draft(form);
        // A filled honeypot is a bot: show the normal success, send nothing, announce nothing.
        if !value(form, "website").trim().is_empty() {
            self.clear(form);
            self.show_errors(form, &[]);
            self.show_status(form, Status::Sent);
            return;
        }
        let today = Day::parse(&browser::today_local()).unwrap_or(Day { year: 1970, month: 1, day: 1 });
        let errors = validate(&draft, today);
        self.show_errors(form, &errors);
        if let Some(first) = errors.first() {
            self.show_status(form, Status::None);
            browser::focus_by_id(form, &field_id(&self.scope.id_prefix, first.field));
            return;
        }
        let Some(endpoint) = self.target.endpoint.clone() else {
            let href = mailto_href(CONTACT.email, &draft, self.quiz.as_ref());
            self.show_status(form, Status::MailOpened(&href));
            send::open_mailto(&href);
            return;
        };

        let print = fingerprint(&draft);
        let existing = self.submission.borrow().clone();
        let submission_id = match existing {
            Some((id, fp)) if fp == print => id,
            _ => {
                let id = uuid_v4(browser::random_bytes());
                self.submission.replace(Some((id.clone(), print)));
                id
            }
        };
        // Keep the id with the draft, so a retry after a reload reuses it too.
        self.save(&draft);
        let attribution = browser::session_stored(ATTRIBUTION_KEY)
            .and_then(|s| Attribution::decode(&s))
            .unwrap_or_else(|| Attribution::from_landing(&browser::location_href(), &browser::referrer()));
        let topic = draft.topic;
        let payload = Submission {
            draft,
            quiz: self.quiz.clone(),
            source_url: browser::location_href(),
            submitted_at: browser::now_rfc3339(),
            timezone: browser::timezone(),
            submission_id,
            attribution,
        };
        let body = match self.target.format {
            Format::Json => to_json(&payload),
            Format::Form => to_form_urlencoded(&payload),
        };
        self.set_sending(form, true);
        self.show_status(form, Status::None);
        let this = Rc::clone(self);
        let form = form.clone();
        let content_type = self.target.format.content_type();
        let timeout_ms = self.target.timeout_ms;
        wasm_bindgen_futures::spawn_local(async move {
            let reply = send::post(&endpoint, content_type, &body, timeout_ms).await;
            this.finish(&form, reply, topic);
        });
    }

    /// The endpoint answered (or did not).
    fn finish(&self, form: &web_sys::HtmlFormElement, reply: Result<send::Reply, send::SendError>, topic: Topic) {
        self.set_sending(form, false);
        let status_id = self.scope.id("contact-status");
        match reply {
            Ok(r) if (200..300).contains(&r.status) => {
                self.clear(form);
                self.show_status(form, Status::Sent);
                browser::focus_by_id(form, &status_id);
                let root = form.closest(".showdown").ok().flatten().unwrap_or_else(|| form.clone().into());
                browser::announce(
                    &root,
                    "showdown:contact-submitted",
                    "showdown_contact_submitted",
                    &[("topic", JsValue::from_str(topic.id()))],
                );
            }
            Ok(r) => {
                let replied = parse_field_errors(&r.body);
                // In the form's order, whatever the reply's: focus goes to the first invalid field.
                let field_errors: Vec<FieldError> = Field::ALL
                    .iter()
                    .filter_map(|field| {
                        let (_, message) = replied.iter().find(|(f, _)| *f == Some(*field))?;
                        Some(FieldError { field: *field, message: message.clone() })
                    })
                    .collect();
                let general = replied.iter().find(|(f, _)| f.is_none()).map(|(_, m)| m.as_str());
                let why = if (400..500).contains(&r.status) && !field_errors.is_empty() {
                    "The booking service could not accept some of the details: please check the messages next to the fields, then try again.".to_string()
                } else if (400..500).contains(&r.status) {
                    let said = general.map(|m| format!(" It said: “{m}”")).unwrap_or_default();
                    format!("The booking service turned the request down (error {}).{said}", r.status)
                } else {
                    format!(
                        "The booking service had a problem on its side (error {}), so your request was not sent.",
                        r.status
                    )
                };
                self.show_errors(form, &field_errors);
                self.show_status(form, Status::Failed(&why));
                match field_errors.first() {
                    Some(first) => browser::focus_by_id(form, &field_id(&self.scope.id_prefix, first.field)),
                    None => browser::focus_by_id(form, &status_id),
                }
            }
            Err(send::SendError::Timeout) => {
                let why = format!(
                    "The booking service did not answer within {} seconds, so we stopped waiting. It may be busy or down; your request may not have arrived.",
                    (self.target.timeout_ms + 999) / 1000
                );
                self.show_status(form, Status::Failed(&why));
                browser::focus_by_id(form, &status_id);
            }
            Err(send::SendError::Network) => {
                self.show_status(form, Status::Failed("We could not reach the booking service. Check your internet connection; if it works, the service may be down."));
                browser::focus_by_id(form, &status_id);
            }
        }
    }

    fn set_sending(&self, form: &web_sys::HtmlFormElement, sending: bool) {
        self.sending.set(sending);
        if let Ok(Some(button)) = form.query_selector("[data-submit]") {
            let _ = if sending { button.set_attribute("disabled", "") } else { button.remove_attribute("disabled") };
            button.set_text_content(Some(if sending { "Sending…" } else { "Book a meeting" }));
        }
    }

    /// Puts each message next to its field (tied with `aria-describedby`), clears the others.
    fn show_errors(&self, form: &web_sys::HtmlFormElement, errors: &[FieldError]) {
        for field in Field::ALL {
            let id = field_id(&self.scope.id_prefix, field);
            let (Some(input), Some(slot)) = (by_id(form, &id), by_id(form, &format!("{id}-error"))) else { continue };
            let help = by_id(form, &format!("{id}-help")).map(|_| format!("{id}-help"));
            let message = errors.iter().find(|e| e.field == field).map(|e| e.message.as_str());
            slot.set_text_content(message);
            let mut described: Vec<String> = help.into_iter().collect();
            if message.is_some() {
                let _ = slot.remove_attribute("hidden");
                let _ = input.set_attribute("aria-invalid", "true");
                described.push(format!("{id}-error"));
            } else {
                let _ = slot.set_attribute("hidden", "");
                let _ = input.remove_attribute("aria-invalid");
            }
            let _ = if described.is_empty() {
                input.remove_attribute("aria-describedby")
            } else {
                input.set_attribute("aria-describedby", &described.join(" "))
            };
        }
    }

    fn show_status(&self, form: &web_sys::HtmlFormElement, status: Status) {
        let Some(area) = by_id(form, &self.scope.id("contact-status")) else { return };
        let mut h = Html::new();
        match status {
            Status::None => {}
            Status::Sent => {
                h.open("div", &[("class", Some("sd-banner sd-banner-ok"))]);
                h.open("p", &[]).element("strong", &[], "Thank you!");
                h.text(" Your request has been sent. We will reply by email to confirm a time.")
                    .close("p")
                    .close("div");
            }
            Status::Failed(why) => {
                h.open("div", &[("class", Some("sd-banner sd-banner-error")), ("role", Some("alert"))]);
                h.element("p", &[], why);
                h.element("p", &[], "Everything you typed is still here, and kept in this browser.");
                h.element(
                    "button",
                    &[("type", Some("button")), ("class", Some("sd-button")), ("data-action", Some("retry"))],
                    "Try again",
                );
                h.close("div");
            }
            Status::MailOpened(href) => {
                h.open("div", &[("class", Some("sd-banner sd-banner-info"))]);
                h.open("p", &[]).text("Your email app should now open with your request filled in. Send the email from there to book the meeting. If nothing opened, ");
                h.element("a", &[("href", Some(href)), ("data-mailto", Some(""))], "open the email again");
                h.text(" or write to ").text(CONTACT.email).text(". Your draft is kept here.").close("p").close("div");
            }
        }
        area.set_inner_html(&h.finish());
    }
}
