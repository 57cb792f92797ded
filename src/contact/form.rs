//! The booking form, an island. Its state lives in signals: what is typed (a `Draft`
//! of the fields in `showdown_core::contact::FIELDS`), the errors, the status, and what
//! only this browser knows (where to post, a questionnaire result, today, the
//! timezone). The markup is derived from the field table and that state.
//!
//! The build renders the form empty, posting where the build knows of (the mail
//! fallback when it knows of nothing). Once hydrated, an effect applies what only
//! this browser knows: the mount's `data-endpoint` or the page's `<meta>`, a kept
//! draft, a topic and result in the address of `/contact`, today and the timezone.

use leptos::either::EitherOf3;
use leptos::prelude::*;
use showdown_core::contact::{
    arrival, count_text, decode_draft, encode_draft, field_errors, fingerprint, mail_notice, mailto_href,
    no_random_text, outcome, privacy_line, quiz_notice, refusal, resolve_endpoint, resolve_format, resolve_timeout_ms,
    timeout_text, timezone_help, uuid_v4, validate, Attribution, Day, Draft, Field, FieldError, Format, Input, Kept,
    Outcome, QuizSummary, Refusal, Request, StoredDraft, Submission, Topic, Waiting, DEFAULT_TIMEOUT_MS,
    REFUSED_ELSEWHERE_TEXT, STILL_WAITING_TEXT, UNREACHABLE_TEXT,
};
use showdown_core::content::CONTACT;
use showdown_core::events::{Event, Reason};
use wasm_bindgen::JsValue;

use super::outbox::{self, OUTBOX_KEY};
use super::{wire, TITLE_ID};
use crate::browser::{self, PostError, Reply};
use crate::scope::Scope;

/// `localStorage` key (one per instance, see [`Scope::storage_key`]) of the draft.
pub const DRAFT_KEY: &str = "showdown-draft";
/// `sessionStorage` key of the campaign that brought the visitor, kept for the visit.
pub const ATTRIBUTION_KEY: &str = "showdown-attribution";

/// Local ids of the status line and of the honeypot.
const STATUS_ID: &str = "contact-status";
const TRAP_ID: &str = "contact-website";

/// The local id of a field's control: `contact-<key>` (its help line and error slot
/// add `-help` and `-error`).
fn field_id(field: Field) -> String {
    format!("contact-{}", field.key())
}

/// Keeps the campaign that brought the visitor (UTM parameters, click ids, referrer,
/// landing page) for the whole visit, from its first page view that runs this.
pub fn remember_landing() {
    if browser::session_stored(ATTRIBUTION_KEY).is_none() {
        let landing = Attribution::from_landing(&browser::location_href(), &browser::referrer());
        browser::session_store(ATTRIBUTION_KEY, &landing.encode());
    }
}

fn attribution() -> Attribution {
    browser::session_stored(ATTRIBUTION_KEY)
        .and_then(|s| Attribution::decode(&s))
        .unwrap_or_else(|| Attribution::from_landing(&browser::location_href(), &browser::referrer()))
}

/// Where the form posts, how, and how long it waits for a reply.
#[derive(Clone, Debug, PartialEq)]
struct Target {
    endpoint: Option<String>,
    format: Format,
    timeout_ms: u32,
}

impl Target {
    /// What the build knows: the build-time endpoint.
    fn built() -> Target {
        Target {
            endpoint: resolve_endpoint(None, None, crate::config::build_time_endpoint()),
            format: Format::default(),
            timeout_ms: DEFAULT_TIMEOUT_MS,
        }
    }

    /// What this instance was told: the mount's attributes, the page's `<meta>`, the build.
    fn resolve(scope: &Scope) -> Target {
        let meta = browser::meta_content;
        Target {
            endpoint: resolve_endpoint(
                scope.endpoint_attr.as_deref(),
                meta("showdown:contact-endpoint").as_deref(),
                crate::config::build_time_endpoint(),
            ),
            format: resolve_format(scope.format_attr.as_deref(), meta("showdown:contact-format").as_deref()),
            timeout_ms: resolve_timeout_ms(meta("showdown:contact-timeout").as_deref()),
        }
    }
}

/// What the view shows besides the fields (one signal: it changes a few times a visit).
#[derive(Clone, Debug, PartialEq)]
struct Ui {
    status: Status,
    sending: bool,
    /// Whether the fields hold a draft kept from an earlier visit.
    restored: bool,
    target: Target,
    /// The label of a questionnaire result that travels with the booking.
    quiz_label: Option<&'static str>,
    /// `YYYY-MM-DD` in the visitor's timezone ("" at build time).
    today: String,
    /// The visitor's timezone ("" at build time).
    timezone: String,
}

impl Ui {
    /// What the build renders.
    fn built() -> Ui {
        Ui {
            status: Status::Idle,
            sending: false,
            restored: false,
            target: Target::built(),
            quiz_label: None,
            today: String::new(),
            timezone: String::new(),
        }
    }
}

/// The notices above the form (each hidden while it does not apply).
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    /// No endpoint: "Book a meeting" opens the mail app.
    Mail,
    /// A questionnaire result travels with the booking.
    Quiz,
}

/// What the status line shows.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Idle,
    Sent,
    /// Not sent, and why; whether it waits to go out by itself; offers to try again.
    Failed(String, Kept),
    /// The `mailto:` link that was opened, offered again in case nothing happened.
    MailOpened(String),
}

/// The parts of the status line's text.
#[derive(Clone, Copy)]
enum Part {
    /// In bold: "Thank you!".
    Headline,
    Message,
    /// The text of the link that opens the `mailto:` again.
    Link,
    /// After the link.
    Tail,
    /// Under a failure: that nothing typed is lost.
    Kept,
}

impl Status {
    /// The classes of its banner.
    fn class(&self) -> &'static str {
        match self {
            Status::Idle => "sd-banner",
            Status::Sent => "sd-banner sd-banner-ok",
            Status::Failed(..) => "sd-banner sd-banner-error",
            Status::MailOpened(_) => "sd-banner sd-banner-info",
        }
    }

    /// One part of what it says ("" where it says nothing).
    fn text(&self, part: Part) -> String {
        let text = match (self, part) {
            (Status::Sent, Part::Headline) => "Thank you!",
            (Status::Sent, Part::Message) => " Your request has been sent. We will reply by email to confirm a time.",
            (Status::Failed(why, _), Part::Message) => why,
            (Status::Failed(_, kept), Part::Kept) => kept.text(),
            (Status::MailOpened(_), Part::Message) => "Your email app should now open with your request filled in. Send the email from there to book the meeting. If nothing opened, ",
            (Status::MailOpened(_), Part::Link) => "open the email again",
            (Status::MailOpened(_), Part::Tail) => return format!(" or write to {}. Your draft is kept here.", CONTACT.email),
            _ => "",
        };
        text.to_owned()
    }
}

/// What the handlers need and the view does not show.
struct Inner {
    scope: Scope,
    /// The instance's root: events are announced from it, ids looked up under it.
    root: Option<web_sys::Element>,
    /// Whether [`Form::localise`] has run.
    localised: bool,
    /// The id of the message last sent, with the fingerprint of its text: every retry
    /// of the same message carries the same id.
    submission: Option<(String, u64)>,
    /// A finished questionnaire the visitor arrived with, sent along.
    quiz: Option<QuizSummary>,
    /// The topic the visitor arrived with: preselected, and kept by "Clear form".
    arrived: Option<Topic>,
    /// Whether the waiting booking is kept in memory only (this browser keeps nothing).
    page_only: bool,
}

/// One form instance (all `Copy`, so every handler and binding can hold it).
#[derive(Clone, Copy)]
struct Form {
    /// What is typed.
    draft: RwSignal<Draft>,
    /// The messages beside the fields.
    errors: RwSignal<Vec<FieldError>>,
    ui: RwSignal<Ui>,
    inner: StoredValue<Inner, LocalStorage>,
}

/// The booking form, with its notices, status line, fields and privacy line.
#[cfg_attr(feature = "booking", island)]
#[cfg_attr(not(feature = "booking"), component)]
pub fn BookingForm() -> impl IntoView {
    let scope = Scope::current();
    let root = browser::mount_root();
    // Text typed into the prerendered form while the wasm was loading: the signals start
    // from it, so hydration (which sets each control's value) keeps every character.
    let typed = root.as_ref().map(|root| typed_draft(root, &scope)).unwrap_or_default();
    let form = Form {
        draft: RwSignal::new(typed),
        errors: RwSignal::new(Vec::new()),
        ui: RwSignal::new(Ui::built()),
        inner: StoredValue::new_local(Inner {
            scope,
            root,
            localised: false,
            submission: None,
            quiz: None,
            arrived: None,
            page_only: false,
        }),
    };
    // After hydration (never at build time).
    Effect::new(move |_| untrack(|| form.localise()));
    form.view()
}

/// The values of the prerendered form's controls under `root`, found by id.
fn typed_draft(root: &web_sys::Element, scope: &Scope) -> Draft {
    let mut draft = Draft::default();
    for field in Field::ALL {
        let control = browser::element_by_id(root, &scope.id(&field_id(field)));
        if let Some(value) = control.and_then(|el| browser::control_value(&el)) {
            draft.set(field, value);
        }
    }
    draft
}

impl Form {
    /// Applies what only this browser knows, once (see the module doc).
    fn localise(self) {
        if std::mem::replace(&mut self.inner.write_value().localised, true) {
            return;
        }
        let scope = self.inner.read_value().scope.clone();
        // What was typed before hydration (and since).
        let typed = self.draft.get_untracked();
        remember_landing();
        // Only `/contact` reads its address: the article's form and an embed's do not.
        let (arrived, quiz) = if !scope.embedded && is_contact_path(&browser::location_path()) {
            arrival(&browser::location_search())
        } else {
            (None, None)
        };
        let stored = browser::stored(&self.draft_key()).and_then(|s| decode_draft(&s, browser::now_ms()));
        let typed_something = !typed.is_blank();
        let (mut draft, restored) = match &stored {
            _ if typed_something => (typed, false),
            Some(kept) if !kept.draft.is_blank() => (kept.draft.clone(), true),
            _ => (Draft::default(), false),
        };
        if let (Some(topic), false) = (arrived, typed_something) {
            draft.set(Field::TOPIC, topic.id());
        }
        {
            let mut inner = self.inner.write_value();
            inner.submission = stored.and_then(|s| Some((s.submission_id?, s.id_fingerprint?)));
            inner.arrived = arrived;
            inner.quiz = quiz;
        }
        {
            let mut ui = self.ui.write();
            ui.restored = restored;
            ui.target = Target::resolve(&scope);
            ui.quiz_label = self.inner.read_value().quiz.as_ref().and_then(QuizSummary::label);
            ui.today = browser::today_local();
            ui.timezone = browser::timezone();
        }
        // Also when the values are the typed ones: what is derived from them (the
        // counter) shows the build's state until they are set.
        if typed_something {
            self.save(&draft);
        }
        // A booking of this text that still waits to go out.
        let key = self.outbox_key();
        if outbox::read(&key).is_some_and(|w| w.is_for(fingerprint(&draft))) {
            self.set_status(Status::Failed(STILL_WAITING_TEXT.to_owned(), Kept::Outbox));
        }
        self.draft.set(draft);
        let Some(root) = self.inner.read_value().root.clone() else { return };
        // What the outbox sent by itself, for this form: shown here (not in the outbox's notice).
        browser::listen(&root, outbox::SETTLED_EVENT, move |ev| {
            if let Some((_, reply)) = outbox::settled(&ev).filter(|(k, _)| *k == key) {
                ev.prevent_default();
                self.finish(Some(reply), true);
            }
        });
        outbox::start(root, Some(self.outbox_key()));
        // What another tab did with the booking that waits here.
        let Some(window) = browser::window() else { return };
        let key = self.outbox_key();
        browser::listen(&window, "storage", move |ev| {
            let waits = matches!(self.ui.read_untracked().status, Status::Failed(_, kept) if kept.waits());
            if !waits || browser::property(&ev, "key").as_string() != Some(key.clone()) {
                return;
            }
            match browser::property(&ev, "newValue").as_string().as_deref() {
                // Delivered there: thank the visitor here as well.
                Some(outbox::SENT_MARK) => {
                    self.clear();
                    self.set_status(Status::Sent);
                }
                // Its schedule moved on there: it still waits.
                Some(_) => {}
                // Gone without the mark, the draft kept: refused there.
                None if browser::stored(&self.draft_key()).is_some() => {
                    self.set_status(Status::Failed(REFUSED_ELSEWHERE_TEXT.to_owned(), Kept::Draft));
                }
                // Cleared there: nothing waits any more.
                None => self.set_status(Status::Idle),
            }
        });
    }

    fn outbox_key(self) -> String {
        self.inner.read_value().scope.storage_key(OUTBOX_KEY)
    }

    /// Today in the visitor's timezone.
    fn today(self) -> Day {
        Day::parse(&browser::today_local()).unwrap_or(Day { year: 1970, month: 1, day: 1 })
    }

    /// Announces a failed send from the instance's root.
    fn announce_error(self, reason: Reason) {
        if let Some(root) = self.inner.read_value().root.as_ref() {
            browser::announce(root, Event::ContactError, &[("reason", JsValue::from_str(reason.id()))]);
        }
    }

    /// How a booking that waits is kept.
    fn kept(self) -> Kept {
        if self.inner.read_value().page_only {
            Kept::PageOnly
        } else {
            Kept::Outbox
        }
    }

    fn draft_key(self) -> String {
        self.inner.read_value().scope.storage_key(DRAFT_KEY)
    }

    fn id(self, local: &str) -> String {
        self.inner.read_value().scope.id(local)
    }

    /// The message beside `field`, if it has one.
    fn error_of(self, field: Field) -> Option<String> {
        self.errors.read().iter().find(|e| e.field == field).map(|e| e.message.clone())
    }

    fn set_status(self, status: Status) {
        self.ui.write().status = status;
    }

    /// Every keystroke: the value, and the draft kept in this browser (and the booking that
    /// waits, if one does: it becomes the edited text).
    fn edit(self, field: Field, value: String) {
        self.draft.write().set(field, value);
        self.save(&self.draft.read_untracked());
        self.requeue();
    }

    /// While a booking waits, the form's text is what waits: after an edit the edited
    /// booking (with a new id) takes the waiting one's place, and the old text is never
    /// sent; an edit that leaves the form incomplete leaves nothing waiting until it is
    /// complete again.
    fn requeue(self) {
        let Status::Failed(why, kept) = self.ui.read_untracked().status.clone() else { return };
        if !kept.waits() {
            return;
        }
        let key = self.outbox_key();
        let draft = self.draft.get_untracked();
        let waiting = outbox::read(&key);
        if waiting.as_ref().is_some_and(|w| w.is_for(fingerprint(&draft))) {
            return;
        }
        let target = self.ui.read_untracked().target.clone();
        let complete = validate(&draft, self.today()).is_empty();
        let request =
            target.endpoint.as_deref().filter(|_| complete).and_then(|e| self.request(&draft, e, target.format));
        let Some(request) = request else {
            outbox::remove(&key);
            self.set_status(Status::Failed(why, Kept::Incomplete));
            return;
        };
        let waiting = match waiting {
            Some(old) => old.replaced_by(request, browser::now_ms()),
            None => Waiting::new(request, browser::now_ms(), 0),
        };
        let kept = outbox::write(&key, &waiting);
        self.inner.write_value().page_only = !kept;
        self.save(&draft);
        self.set_status(Status::Failed(why, self.kept()));
        outbox::schedule();
    }

    /// Keeps `draft` in this browser (with the id of its last send), or forgets a blank one.
    fn save(self, draft: &Draft) {
        let key = self.draft_key();
        if draft.is_blank() {
            browser::forget(&key);
            return;
        }
        let (submission_id, id_fingerprint) = self.inner.read_value().submission.clone().unzip();
        let stored =
            StoredDraft { draft: draft.clone(), saved_at_ms: browser::now_ms(), submission_id, id_fingerprint };
        browser::store(&key, &encode_draft(&stored));
    }

    /// Empties the form for good (the topic the visitor arrived with stays chosen).
    fn clear(self) {
        outbox::remove(&self.outbox_key());
        let topic = {
            let mut inner = self.inner.write_value();
            inner.submission = None;
            inner.arrived.unwrap_or_default()
        };
        self.draft.set(Draft::default().with(Field::TOPIC, topic.id()));
        if let Some(trap) = self.trap() {
            browser::set_control_value(&trap, "");
        }
        browser::forget(&self.draft_key());
        self.errors.set(Vec::new());
        self.ui.write().restored = false;
    }

    /// "Clear form".
    fn reset(self) {
        self.clear();
        self.set_status(Status::Idle);
    }

    /// The honeypot. Bots fill it without input events, so its value is read on submit.
    fn trap(self) -> Option<web_sys::Element> {
        let inner = self.inner.read_value();
        browser::element_by_id(inner.root.as_ref()?, &inner.scope.id(TRAP_ID))
    }

    fn focus(self, local_id: &str) {
        let inner = self.inner.read_value();
        if let Some(root) = &inner.root {
            browser::focus_by_id(root, &inner.scope.id(local_id));
        }
    }

    /// "Book a meeting" (and "Try again", and a submit held before hydration).
    fn send(self) {
        if self.ui.read_untracked().sending {
            return; // one click sends once
        }
        self.localise(); // in case a held submit comes before the effect
        let draft = self.draft.get_untracked();
        // A filled honeypot is a bot: show the normal success, send nothing, announce nothing.
        if self.trap().and_then(|trap| browser::control_value(&trap)).is_some_and(|v| !v.trim().is_empty()) {
            self.clear();
            self.set_status(Status::Sent);
            return;
        }
        let errors = validate(&draft, self.today());
        let first = errors.first().map(|e| e.field);
        self.errors.set(errors);
        if let Some(first) = first {
            self.set_status(Status::Idle);
            self.focus(&field_id(first));
            self.announce_error(Reason::Invalid);
            return;
        }
        let target = self.ui.read_untracked().target.clone();
        let Some(endpoint) = target.endpoint else {
            let quiz = self.inner.read_value().quiz.clone();
            let href = mailto_href(CONTACT.email, &draft, quiz.as_ref());
            browser::open_url(&href);
            self.set_status(Status::MailOpened(href));
            return;
        };
        let Some(request) = self.request(&draft, &endpoint, target.format) else {
            return self.fail(no_random_text());
        };
        // Kept with the draft, so a retry after a reload reuses the id too.
        self.save(&draft);
        // In the outbox from now until it is delivered or refused.
        let key = self.outbox_key();
        let kept = outbox::write(&key, &Waiting::new(request, browser::now_ms(), u64::from(target.timeout_ms)));
        self.inner.write_value().page_only = !kept;
        {
            let mut ui = self.ui.write();
            ui.sending = true;
            ui.status = Status::Idle;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let attempt = outbox::attempt(key, outbox::When::Now).await;
            self.finish(attempt.map(|a| a.reply), false);
        });
    }

    /// The request that sends `draft` to `endpoint` as `format`; `None` when the browser
    /// gives no random bytes for its id.
    fn request(self, draft: &Draft, endpoint: &str, format: Format) -> Option<Request> {
        let submission_id = self.submission_id(draft)?;
        let submission = Submission {
            draft: draft.clone(),
            quiz: self.inner.read_value().quiz.clone(),
            source_url: browser::location_href(),
            submitted_at: browser::now_rfc3339(),
            timezone: browser::timezone(),
            submission_id: submission_id.clone(),
            attribution: attribution(),
        };
        Some(Request {
            submission_id,
            topic: draft.topic().id().to_owned(),
            endpoint: endpoint.to_owned(),
            content_type: format.content_type().to_owned(),
            body: wire::body(&submission, format),
            fingerprint: fingerprint(draft),
        })
    }

    /// The id for sending `draft`: the last one if the text is the same, else a new
    /// random one; `None` when the browser gives no random bytes.
    fn submission_id(self, draft: &Draft) -> Option<String> {
        let print = fingerprint(draft);
        let mut inner = self.inner.write_value();
        match &inner.submission {
            Some((id, kept)) if *kept == print => Some(id.clone()),
            _ => {
                let id = uuid_v4(browser::random_bytes()?);
                inner.submission = Some((id.clone(), print));
                Some(id)
            }
        }
    }

    /// An attempt ended: the visitor's own (`automatic` false: focus moves to what it says,
    /// and it is announced), or the outbox's (which announced it). `None`: nothing was sent,
    /// because the booking had gone meanwhile (another tab delivered it).
    fn finish(self, reply: Option<Result<Reply, PostError>>, automatic: bool) {
        if !automatic {
            self.ui.write().sending = false;
        }
        let Some(reply) = reply else {
            if browser::stored(&self.draft_key()).is_none() {
                self.clear();
                self.set_status(Status::Sent);
            }
            return;
        };
        let answer = reply.as_ref().ok();
        let fail = |why: String, kept: Kept, reason: Reason| {
            self.set_status(Status::Failed(why, kept));
            if !automatic {
                self.focus(STATUS_ID);
                self.announce_error(reason);
            }
        };
        let outcome = outcome(answer.map(|r| r.status), None);
        // The outbox sent a text the visitor has edited since: the edited booking waits in its
        // place, and this says nothing about it.
        let edited =
            outbox::read(&self.outbox_key()).is_some_and(|w| w.is_for(fingerprint(&self.draft.get_untracked())));
        if automatic && edited && !matches!(outcome, Outcome::Retry { .. }) {
            return;
        }
        match (outcome, &reply) {
            (Outcome::Sent, _) => {
                let topic = self.draft.read_untracked().topic();
                self.clear();
                self.set_status(Status::Sent);
                if automatic {
                    return;
                }
                self.focus(STATUS_ID);
                if let Some(root) = self.inner.read_value().root.as_ref() {
                    browser::announce(root, Event::ContactSubmitted, &[("topic", JsValue::from_str(topic.id()))]);
                }
            }
            (Outcome::Refused, Ok(reply)) => {
                let entries = wire::reply_entries(&reply.body);
                let replied = field_errors(entries.iter().map(|(f, m)| (f.as_deref(), m.as_deref())));
                let Refusal { errors, why } = refusal(reply.status, &replied);
                let first = errors.first().map(|e| e.field);
                let reason = Reason::of(Some(reply.status), false, first.is_some());
                self.errors.set(errors);
                fail(why, Kept::Draft, reason);
                if let (Some(field), false) = (first, automatic) {
                    self.focus(&field_id(field));
                }
            }
            (_, reply) => {
                let (why, reason) = match reply {
                    Ok(reply) => (refusal(reply.status, &[]).why, Reason::of(Some(reply.status), false, false)),
                    Err(PostError::Timeout) => {
                        (timeout_text(self.ui.read_untracked().target.timeout_ms), Reason::Timeout)
                    }
                    Err(PostError::Network) => (UNREACHABLE_TEXT.to_owned(), Reason::Network),
                };
                // An automatic retry leaves the alert as it is (read out once is enough).
                if !automatic {
                    fail(why, self.kept(), reason);
                }
                // Edited while it was on its way: the edited text waits in its place.
                self.requeue();
                outbox::schedule();
            }
        }
    }

    fn fail(self, why: String) {
        self.set_status(Status::Failed(why, Kept::Draft));
        self.focus(STATUS_ID);
    }

    fn view(self) -> impl IntoView {
        let reset = move |_| self.reset();
        view! {
            <form class="sd-form" aria-labelledby=self.id(TITLE_ID) novalidate=""
                on:submit=move |ev| {
                    ev.prevent_default();
                    self.send();
                }>
                <p class="sd-banner sd-banner-info" data-restored="" hidden=self.is(Is::Hidden(Banner::Restored))>
                    {self.text(Text::Restored)}
                    <button type="button" class="sd-link-button" on:click=reset>"Clear form"</button>
                </p>
                {self.notice_view(Notice::Mail)}
                {self.notice_view(Notice::Quiz)}
                // A live region on the page from the start, so screen readers announce what lands in it.
                <div id=self.id(STATUS_ID) role="status" tabindex="-1" data-status="">
                    <div class=self.text(Text::StatusClass) role=self.attr(Attr::StatusRole)
                        hidden=self.is(Is::Hidden(Banner::Status))>
                        <p>
                            <strong>{self.text(Text::Status(Part::Headline))}</strong>
                            {self.text(Text::Status(Part::Message))}
                            <a href=self.attr(Attr::MailHref) hidden=self.is(Is::Hidden(Banner::MailLink)) data-mailto="">
                                {self.text(Text::Status(Part::Link))}
                            </a>
                            {self.text(Text::Status(Part::Tail))}
                        </p>
                        <p hidden=self.is(Is::Hidden(Banner::Retry))>{self.text(Text::Status(Part::Kept))}</p>
                        <button type="button" class="sd-button" hidden=self.is(Is::Hidden(Banner::Retry))
                            on:click=move |_| self.send()>"Try again"</button>
                    </div>
                </div>
                {Field::ALL.map(|field| self.field_view(field))}
                // A honeypot: invisible to people and to assistive technology; bots fill it in.
                <div class="sd-honeypot" aria-hidden="true">
                    <label for=self.id(TRAP_ID)>"Leave this field empty"</label>
                    <input id=self.id(TRAP_ID) name="website" type="text" tabindex="-1" autocomplete="off"/>
                </div>
                <div class="sd-form-actions">
                    <button type="submit" class="sd-button" disabled=self.is(Is::Sending)>{self.text(Text::Submit)}</button>
                    <button type="button" class="sd-button sd-secondary" on:click=reset>"Clear form"</button>
                </div>
                <p class="sd-privacy" data-privacy="">{self.text(Text::Privacy)}</p>
            </form>
        }
    }

    fn notice_view(self, notice: Notice) -> impl IntoView {
        view! {
            <p class="sd-banner sd-banner-info" data-mail-notice=(notice == Notice::Mail).then_some("")
                hidden=self.is(Is::Hidden(Banner::Notice(notice)))>
                {self.text(Text::Notice(notice))}
            </p>
        }
    }

    /// One field: label, control, help line, error slot; all from its row in the table.
    fn field_view(self, field: Field) -> impl IntoView {
        let spec = field.spec();
        let id = self.id(&field_id(field));
        let value = self.text(Text::Value(field));
        let on_edit = move |ev: leptos::ev::Event| self.edit(field, event_target_value(&ev));
        let described = self.attr(Attr::DescribedBy(field));
        let invalid = self.attr(Attr::Invalid(field));
        let control = match spec.input {
            Input::Topic => EitherOf3::A(view! {
                <select id=id.clone() name=spec.key aria-describedby=described aria-invalid=invalid
                    prop:value=value on:input=on_edit>
                    {[option_view(Topic::Go), option_view(Topic::Python), option_view(Topic::Both)]}
                </select>
            }),
            Input::LongText => EitherOf3::B(view! {
                <textarea id=id.clone() name=spec.key rows="5" aria-describedby=described aria-invalid=invalid
                    prop:value=value on:input=on_edit></textarea>
            }),
            Input::Text | Input::Email | Input::Date => EitherOf3::C(view! {
                <input id=id.clone() name=spec.key type=spec.input.input_type() autocomplete=spec.autocomplete
                    required=spec.required.is_some() aria-required=spec.required.map(|_| "true")
                    min=self.attr(Attr::Min(field)) aria-describedby=described aria-invalid=invalid
                    prop:value=value on:input=on_edit/>
            }),
        };
        view! {
            <div class="sd-field">
                <label for=id.clone()>
                    {spec.label}
                    {spec.optional().then(|| view! { <span class="sd-optional">" (optional)"</span> })}
                </label>
                {control}
                {has_help(field).then(|| view! {
                    <p class="sd-field-help" id=format!("{id}-help")>{self.text(Text::Help(field))}</p>
                })}
                <p class="sd-field-error" id=format!("{id}-error") hidden=self.is(Is::Hidden(Banner::Error(field)))>
                    {self.text(Text::Error(field))}
                </p>
            </div>
        }
    }

    // The view's reactive text and attributes. Each kind is one closure type, however
    // many places use it: every distinct closure would bring its own copy of the
    // rendering code into the wasm.

    /// A reactive text (or `value`).
    fn text(self, text: Text) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || match text {
            Text::Value(field) => self.draft.read().get(field).to_owned(),
            Text::Error(field) => self.error_of(field).unwrap_or_default(),
            Text::Help(field) => match field.spec().input {
                Input::Date => timezone_help(&self.ui.read().timezone),
                _ => count_text(
                    self.draft.read().get(field).chars().count(),
                    field.spec().limit.map_or(0, |l| l.max_chars),
                ),
            },
            Text::Notice(notice) => self.notice(&self.ui.read(), notice).unwrap_or_default(),
            Text::Restored => {
                if self.ui.read().restored { "We kept what you typed last time. " } else { "" }.to_owned()
            }
            Text::StatusClass => self.ui.read().status.class().to_owned(),
            Text::Status(part) => self.ui.read().status.text(part),
            Text::Submit => if self.ui.read().sending { "Sending…" } else { "Book a meeting" }.to_owned(),
            Text::Privacy => privacy_line(self.ui.read().target.endpoint.as_deref()),
        }
    }

    /// A reactive boolean attribute.
    fn is(self, is: Is) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
        move || {
            let ui = self.ui.read();
            match is {
                Is::Hidden(Banner::Notice(notice)) => self.notice(&ui, notice).is_none(),
                Is::Hidden(Banner::Restored) => !ui.restored,
                Is::Hidden(Banner::Error(field)) => self.error_of(field).is_none(),
                Is::Hidden(Banner::Status) => ui.status == Status::Idle,
                Is::Hidden(Banner::MailLink) => !matches!(ui.status, Status::MailOpened(_)),
                Is::Hidden(Banner::Retry) => !matches!(ui.status, Status::Failed(..)),
                Is::Sending => ui.sending,
            }
        }
    }

    /// A reactive attribute that may be absent.
    fn attr(self, attr: Attr) -> impl Fn() -> Option<String> + Copy + Send + Sync + 'static {
        move || match attr {
            Attr::StatusRole => matches!(self.ui.read().status, Status::Failed(..)).then(|| "alert".to_owned()),
            Attr::MailHref => match &self.ui.read().status {
                Status::MailOpened(href) => Some(href.clone()),
                // Hidden until then, but still a real address (a link without one is not a link).
                _ => Some(CONTACT.email_href.to_owned()),
            },
            // Today, once the browser has said which day it is.
            Attr::Min(field) => {
                let today = &self.ui.read().today;
                (field.spec().input == Input::Date && !today.is_empty()).then(|| today.clone())
            }
            Attr::Invalid(field) => self.error_of(field).map(|_| "true".to_owned()),
            // Its help line, and its error when it has one.
            Attr::DescribedBy(field) => {
                let id = self.id(&field_id(field));
                let help = has_help(field).then(|| format!("{id}-help"));
                let error = self.error_of(field).map(|_| format!("{id}-error"));
                match (help, error) {
                    (Some(help), Some(error)) => Some(format!("{help} {error}")),
                    (help, error) => help.or(error),
                }
            }
        }
    }

    /// The text of a notice above the form, when it shows.
    fn notice(self, ui: &Ui, notice: Notice) -> Option<String> {
        match notice {
            Notice::Mail => ui.target.endpoint.is_none().then(mail_notice),
            Notice::Quiz => ui.quiz_label.map(quiz_notice),
        }
    }
}

/// One option of the topic `<select>` (the build renders the default one chosen).
fn option_view(topic: Topic) -> impl IntoView {
    view! { <option value=topic.id() selected={topic == Topic::default()}>{topic.label()}</option> }
}

/// Whether a field has a help line under it (the timezone, the counter).
fn has_help(field: Field) -> bool {
    matches!(field.spec().input, Input::Date | Input::LongText)
}

#[derive(Clone, Copy)]
enum Text {
    Value(Field),
    Error(Field),
    Help(Field),
    Notice(Notice),
    Restored,
    StatusClass,
    Status(Part),
    Submit,
    Privacy,
}

#[derive(Clone, Copy)]
enum Is {
    Hidden(Banner),
    Sending,
}

/// What may be hidden: the banners above the form, parts of the status, error slots.
#[derive(Clone, Copy)]
enum Banner {
    Notice(Notice),
    Restored,
    Error(Field),
    Status,
    MailLink,
    Retry,
}

#[derive(Clone, Copy)]
enum Attr {
    Min(Field),
    Invalid(Field),
    DescribedBy(Field),
    StatusRole,
    MailHref,
}

/// Whether `path` is the `/contact` view (`/contact`, `/contact/`, `/contact/index.html`,
/// under the site's path). Compared piece by piece, and the site's path only when it has one
/// (a constant, so a build at a domain's root carries none of that code).
fn is_contact_path(path: &str) -> bool {
    let path = path.strip_suffix("index.html").unwrap_or(path).trim_end_matches('/');
    let site = crate::config::SITE_PATH;
    let local = if site.is_empty() { Some(path) } else { path.strip_prefix('/').and_then(|p| p.strip_prefix(site)) };
    local == Some(crate::app::Route::Contact.path())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_contact_view_reads_its_address() {
        for path in ["/contact", "/contact/", "/contact/index.html"] {
            assert!(is_contact_path(path), "{path}");
        }
        for path in ["/", "/quiz", "/contacts", "/index.html", "/blog/contact"] {
            assert!(!is_contact_path(path), "{path}");
        }
    }
}
