//! The outbox in the browser: bookings that could not be sent yet wait in `localStorage`
//! (in memory while the page is open, when storage is blocked), and this sends them again
//! on the core's schedule (`showdown_core::contact::Waiting`): when each is due, at once when
//! the browser comes back online, and on every view that starts it (the booking form, and
//! the [`Outbox`] island on every view and embed when something waits).
//!
//! One sender per wasm instance; every attempt holds a Web Lock named after the booking's
//! key and reads the booking again under it, so tabs and instances never send the same
//! booking twice. An automatic attempt's end is announced from the instance's root: a
//! delivery as `showdown:contact-submitted`, a refusal as `showdown:contact-error`, and
//! each as [`SETTLED_EVENT`] for the form (which shows it, and cancels the event) or,
//! when no form claims it, the [`Outbox`] island's notice.

use std::cell::RefCell;

use leptos::prelude::*;
use showdown_core::contact::{
    decode_waiting, encode_waiting, outcome, resolve_timeout_ms, Outcome, Step, Waiting, FIRST_RETRY_MS,
    MAX_RETRY_GAP_MS, OUTBOX_REFUSED_TEXT, OUTBOX_SENT_TEXT,
};
use showdown_core::events::{Event, Reason};
use wasm_bindgen::{JsCast, JsValue};

use super::DRAFT_KEY;
use crate::app::Route;
use crate::browser::{self, PostError, Reply};

/// `localStorage` key (one per form instance, see [`Scope::storage_key`](crate::scope::Scope::storage_key))
/// of the booking that waits to be sent; every key the sender looks at starts with it.
pub const OUTBOX_KEY: &str = "showdown-outbox";
/// Dispatched on the instance's root (not bubbling, cancelable) when an automatic attempt
/// ended: `detail` is `{key, status, timedOut}` (`status` null when nothing answered).
pub const SETTLED_EVENT: &str = "showdown:outbox-settled";
/// What the booking's key holds for a moment when it was delivered (other tabs' forms see it).
pub const SENT_MARK: &str = "sent";

/// One attempt's end: what answered (or did not), and what the outbox did with it.
pub struct Attempt {
    pub reply: Result<Reply, PostError>,
    pub step: Step,
    pub topic: String,
}

impl Attempt {
    /// Why it failed, for `showdown:contact-error` (`field_messages`: the reply named fields).
    pub fn reason(&self, field_messages: bool) -> Reason {
        match &self.reply {
            Ok(reply) => Reason::of(Some(reply.status), false, field_messages),
            Err(e) => Reason::of(None, matches!(e, PostError::Timeout), false),
        }
    }
}

#[derive(Default)]
struct Sender {
    started: bool,
    /// The instance roots that started it, each with the key of its form's booking (none for
    /// the notice): an automatic attempt is announced from its form's root, or else the first.
    roots: Vec<(web_sys::Element, Option<String>)>,
    /// Bookings this browser will not keep (storage blocked): they wait while the page is open.
    memory: Vec<(String, Waiting)>,
    timer: Option<i32>,
}

thread_local! {
    static SENDER: RefCell<Sender> = RefCell::new(Sender::default());
}

/// The booking waiting under `key`, if any (an unreadable or expired one is dropped).
pub fn read(key: &str) -> Option<Waiting> {
    if let Some(w) = SENDER.with(|s| s.borrow().memory.iter().find(|(k, _)| k == key).map(|(_, w)| w.clone())) {
        return Some(w);
    }
    let text = browser::stored(key)?;
    let waiting = decode_waiting(&text, browser::now_ms());
    if waiting.is_none() {
        browser::forget(key);
    }
    waiting
}

/// Puts `waiting` under `key`; returns whether this browser keeps it (in storage).
pub fn write(key: &str, waiting: &Waiting) -> bool {
    let kept = browser::store(key, &encode_waiting(waiting));
    if !kept {
        // Storage full or blocked: no older copy there may be sent instead.
        browser::forget(key);
    }
    SENDER.with(|s| {
        let memory = &mut s.borrow_mut().memory;
        memory.retain(|(k, _)| k != key);
        if !kept {
            memory.push((key.to_owned(), waiting.clone()));
        }
    });
    kept
}

/// Nothing waits under `key` any more (sent, refused, or cleared by the visitor).
pub fn remove(key: &str) {
    browser::forget(key);
    SENDER.with(|s| s.borrow_mut().memory.retain(|(k, _)| k != key));
}

/// When an attempt goes ahead.
#[derive(Clone, Copy, PartialEq)]
pub enum When {
    /// When it is due.
    Due,
    /// Now, unless another tab or instance tried it since `failures` failures were seen (the
    /// browser is back online: every tab hears it, one sends).
    Unless(u32),
    /// Now ("Try again", "Book a meeting").
    Now,
}

/// Sends the booking under `key`, holding its lock: `None` when, under the lock, nothing
/// waits there or it does not go ahead (another tab or instance has just sent it, or will).
/// The outbox holds what follows.
pub async fn attempt(key: String, when: When) -> Option<Attempt> {
    let name = key.clone();
    browser::locked(&name, async move {
        let waiting = read(&key)?;
        let now = browser::now_ms();
        let ahead = match when {
            When::Now => true,
            When::Unless(failures) => waiting.failures == failures,
            When::Due => waiting.is_due(now),
        };
        if !ahead {
            return None;
        }
        let timeout_ms = resolve_timeout_ms(browser::meta_content("showdown:contact-timeout").as_deref());
        // Not due for anyone else while it is on its way (nor if this page closes meanwhile).
        let lease = now + u64::from(timeout_ms) + FIRST_RETRY_MS;
        write(&key, &Waiting { next_at_ms: lease, ..waiting.clone() });
        let sent = &waiting.request;
        let reply = browser::post(&sent.endpoint, &sent.content_type, &sent.body, timeout_ms).await;
        let answer = reply.as_ref().ok();
        let step = waiting
            .clone()
            .after(outcome(answer.map(|r| r.status), answer.and_then(|r| r.retry_after.as_deref())), browser::now_ms());
        // Edited while it was on its way: the edited booking waits in its place; leave it be.
        if read(&key).is_some_and(|now| now.request.submission_id == waiting.request.submission_id) {
            match &step {
                Step::Wait(next) => {
                    write(&key, next);
                }
                Step::Delivered => {
                    // A form in another tab reads this mark (a storage event) as "delivered";
                    // a booking that goes without it was refused or cleared.
                    browser::store(&key, SENT_MARK);
                    browser::forget(&draft_key(&key));
                    remove(&key);
                }
                Step::Refused => remove(&key),
            }
        }
        Some(Attempt { reply, step, topic: waiting.request.topic })
    })
    .await
}

/// The draft beside the booking under `key` (the same instance's).
fn draft_key(key: &str) -> String {
    format!("{DRAFT_KEY}{}", key.strip_prefix(OUTBOX_KEY).unwrap_or_default())
}

/// Starts this instance's sender (once; later calls add `root`, with the key of the booking
/// its form sends, if it has a form): it sends whatever is due now, whatever falls due later,
/// and everything at once when the browser is back online.
pub fn start(root: web_sys::Element, key: Option<String>) {
    let first = SENDER.with(|s| {
        let mut s = s.borrow_mut();
        s.roots.push((root, key));
        !std::mem::replace(&mut s.started, true)
    });
    if first {
        if let Some(w) = browser::window() {
            browser::listen(&w, "online", |_| run(true));
        }
        run(false);
    }
}

/// Every key with a booking waiting: in storage (this instance's, other instances' and
/// other tabs') and in memory.
fn keys() -> Vec<String> {
    let mut keys = browser::stored_keys(OUTBOX_KEY);
    SENDER.with(|s| {
        for (k, _) in &s.borrow().memory {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    });
    keys
}

/// Attempts every booking that is due (every one, when `online`), then waits for the next.
fn run(online: bool) {
    for key in keys() {
        let when = match read(&key) {
            Some(w) if online => When::Unless(w.failures),
            _ => When::Due,
        };
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(attempt) = attempt(key.clone(), when).await {
                settle(&key, &attempt);
            }
            schedule();
        });
    }
    schedule();
}

/// Sets the one timer for the next booking due; at least every five minutes while anything
/// waits (another tab may have changed the schedule meanwhile).
pub fn schedule() {
    let next = keys().iter().filter_map(|k| read(k)).map(|w| w.next_at_ms).min();
    let old = SENDER.with(|s| s.borrow_mut().timer.take());
    if let Some(old) = old {
        browser::clear_timeout(old);
    }
    let Some(next) = next else { return };
    // At least a second: a booking another tab is sending right now may still look due here.
    let wait = next.saturating_sub(browser::now_ms()).clamp(1_000, MAX_RETRY_GAP_MS);
    let timer = browser::set_timeout(wait, || {
        SENDER.with(|s| s.borrow_mut().timer = None);
        run(false);
    });
    SENDER.with(|s| s.borrow_mut().timer = timer);
}

/// Announces the end of an automatic attempt from the instance's root.
fn settle(key: &str, attempt: &Attempt) {
    let root = SENDER.with(|s| {
        let roots = &s.borrow().roots;
        let own = roots.iter().find(|(_, k)| k.as_deref() == Some(key));
        own.or(roots.first()).map(|(root, _)| root.clone())
    });
    let Some(root) = root else { return };
    match attempt.step {
        Step::Delivered => {
            browser::announce(&root, Event::ContactSubmitted, &[("topic", JsValue::from_str(&attempt.topic))]);
        }
        Step::Refused => {
            let fields = attempt.reply.as_ref().is_ok_and(|r| super::wire::names_fields(&r.body));
            let reason = JsValue::from_str(attempt.reason(fields).id());
            browser::announce(&root, Event::ContactError, &[("reason", reason)]);
        }
        Step::Wait(_) => {}
    }
    // The status only, never the reply's text (which may repeat what the visitor typed).
    let status = match &attempt.reply {
        Ok(reply) => JsValue::from(reply.status),
        Err(_) => JsValue::NULL,
    };
    let timed_out = matches!(attempt.reply, Err(PostError::Timeout));
    let detail = js_sys::Object::new();
    for (k, v) in [("key", JsValue::from_str(key)), ("status", status), ("timedOut", JsValue::from_bool(timed_out))] {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(k), &v);
    }
    browser::dispatch(&root, SETTLED_EVENT, false, &detail);
}

/// What a [`SETTLED_EVENT`] says: the key, and the attempt as the form reads it.
pub fn settled(ev: &web_sys::Event) -> Option<(String, Result<Reply, PostError>)> {
    let detail = ev.dyn_ref::<web_sys::CustomEvent>()?.detail();
    let key = browser::property(&detail, "key").as_string()?;
    let reply = match browser::property(&detail, "status").as_f64() {
        Some(status) => Ok(Reply { status: status as u16, body: String::new(), retry_after: None }),
        None if browser::property(&detail, "timedOut").is_truthy() => Err(PostError::Timeout),
        None => Err(PostError::Network),
    };
    Some((key, reply))
}

/// What the outbox's notice shows.
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    Hidden,
    Sent,
    Refused,
}

/// The outbox's notice, on every view and in every embed (hydrated only when a booking
/// waits in this browser): it starts the sender, and says when a waiting booking went
/// through or was turned down while no booking form was there to say so.
#[cfg_attr(feature = "booking", island)]
#[cfg_attr(not(feature = "booking"), component)]
pub fn Outbox() -> impl IntoView {
    let notice = RwSignal::new(Notice::Hidden);
    let root = browser::mount_root();
    // An embed's booking form is on the host's page, not on the full page's /contact.
    let embedded = crate::scope::Scope::current().embedded;
    Effect::new(move |_| {
        let Some(root) = root.clone() else { return };
        browser::listen(&root, SETTLED_EVENT, move |ev| {
            // After every listener has run: a booking form that showed it has cancelled it.
            wasm_bindgen_futures::spawn_local(async move {
                let Some((_, Ok(reply))) = settled(&ev).filter(|_| !ev.default_prevented()) else { return };
                match outcome(Some(reply.status), None) {
                    Outcome::Sent => notice.set(Notice::Sent),
                    Outcome::Refused => notice.set(Notice::Refused),
                    Outcome::Retry { .. } => {}
                }
            });
        });
        start(root, None);
    });
    let text = move |sent: &'static str, refused: &'static str| {
        move || match notice.get() {
            Notice::Sent => sent,
            Notice::Refused => refused,
            Notice::Hidden => "",
        }
    };
    view! {
        <div class="sd-outbox" role="status">
            <div class=text("sd-banner-ok", "sd-banner-error") hidden=move || notice.get() == Notice::Hidden>
                <p>
                    <strong>{text("Thank you! ", "")}</strong>
                    {text(OUTBOX_SENT_TEXT, OUTBOX_REFUSED_TEXT)}
                    <a href=Route::Contact.href() hidden=move || embedded || notice.get() != Notice::Refused>"Open the booking form"</a>
                </p>
                <button type="button" class="sd-link-button" on:click=move |_| notice.set(Notice::Hidden)>"Dismiss"</button>
            </div>
        </div>
    }
}
