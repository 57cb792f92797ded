//! "Book a meeting": the company's contact details and a form that never loses
//! what the visitor typed. The rules (validation, payloads, endpoint resolution,
//! drafts) and the markup are `showdown_core::contact`; this module wires them
//! to the page: it keeps the draft, validates, sends, and shows what happened.

#[cfg(target_arch = "wasm32")]
pub(crate) mod dom;
#[cfg(target_arch = "wasm32")]
mod send;

use leptos::prelude::*;
use showdown_core::contact::markup::{booking_html, host_of, FormView};
use showdown_core::contact::{Format, QuizSummary, Topic};
use showdown_core::quiz;

use crate::scope::Scope;

/// Where the form posts and how, resolved in the contract's order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Target {
    pub endpoint: Option<String>,
    pub format: Format,
    pub timeout_ms: i32,
}

/// The default reply timeout.
const TIMEOUT_MS: i32 = 15_000;
const DRAFT_KEY: &str = "showdown-draft";
#[cfg(target_arch = "wasm32")]
const ATTRIBUTION_KEY: &str = "showdown-attribution";

/// Keeps the campaign that brought the visitor (UTM parameters, click ids,
/// referrer, landing page) for the whole visit, from its first page view.
#[cfg(target_arch = "wasm32")]
pub fn remember_landing() {
    use crate::browser;
    if browser::session_stored(ATTRIBUTION_KEY).is_none() {
        let a = showdown_core::contact::Attribution::from_landing(&browser::location_href(), &browser::referrer());
        browser::session_store(ATTRIBUTION_KEY, &a.encode());
    }
}

pub(crate) fn resolve_target(scope: &Scope) -> Target {
    use showdown_core::contact::{resolve_endpoint, resolve_format};
    #[cfg(target_arch = "wasm32")]
    let meta = crate::browser::meta_content;
    #[cfg(not(target_arch = "wasm32"))]
    let meta = |_: &str| None::<String>;
    Target {
        endpoint: resolve_endpoint(
            scope.endpoint_attr.as_deref(),
            meta("showdown:contact-endpoint").as_deref(),
            crate::config::build_time_endpoint(),
        ),
        format: resolve_format(scope.format_attr.as_deref(), meta("showdown:contact-format").as_deref()),
        timeout_ms: meta("showdown:contact-timeout")
            .and_then(|t| t.trim().parse::<i32>().ok())
            .filter(|t| (100..=120_000).contains(t))
            .unwrap_or(TIMEOUT_MS),
    }
}

/// The quiz result a visitor arrives with (`/contact?topic=go&workload=…`).
fn quiz_from_query(query: &str) -> (Option<Topic>, Option<QuizSummary>) {
    let topic = showdown_core::urlcode::parse_query(query)
        .into_iter()
        .find(|(k, _)| k == "topic")
        .and_then(|(_, v)| Topic::from_id(&v));
    let summary = quiz::complete(&quiz::from_query(query).answers).map(|done| QuizSummary {
        recommendation: quiz::recommend(&done).id().to_string(),
        answers: quiz::QUESTIONS
            .iter()
            .zip(done.iter())
            .filter_map(|(q, &c)| Some((q.id.to_string(), q.choices.get(c as usize)?.id.to_string())))
            .collect(),
    });
    let topic = topic.or_else(|| summary.as_ref().and_then(|s| Topic::from_id(&s.recommendation)));
    (topic, summary)
}

/// One booking form, ready for the page: its markup with everything this
/// browser knows (a kept draft, today, the timezone, the configured endpoint),
/// and its behaviour.
pub(crate) struct Prepared {
    pub html: String,
    /// Whether the markup differs from the build's for more than the date and timezone
    /// (a kept draft, a topic or result from the address, an endpoint from a `<meta>`).
    #[cfg_attr(not(feature = "page"), allow(dead_code))]
    pub personal: bool,
    #[cfg(target_arch = "wasm32")]
    pub booking: dom::Booking,
}

pub(crate) fn prepare(scope: &Scope, query: &str, standalone: bool) -> Prepared {
    let draft_key = format!("{DRAFT_KEY}:{}", scope.id_prefix);
    let (arrived_topic, quiz_summary) = quiz_from_query(query);
    let target = resolve_target(scope);

    #[cfg(target_arch = "wasm32")]
    let stored = crate::browser::stored(&draft_key)
        .and_then(|s| showdown_core::contact::decode_draft(&s, crate::browser::now_ms()));
    #[cfg(not(target_arch = "wasm32"))]
    let stored: Option<showdown_core::contact::StoredDraft> = None;
    #[cfg(target_arch = "wasm32")]
    let (today, timezone) = (crate::browser::today_local(), crate::browser::timezone());
    #[cfg(not(target_arch = "wasm32"))]
    let (today, timezone) = (String::new(), String::new());

    let restored = stored.as_ref().is_some_and(|s| !showdown_core::contact::is_blank(&s.draft));
    let personal = stored.is_some()
        || arrived_topic.is_some()
        || quiz_summary.is_some()
        || target.endpoint.as_deref() != crate::config::build_time_endpoint();
    let mut draft = stored.as_ref().map(|s| s.draft.clone()).unwrap_or_default();
    if let Some(topic) = arrived_topic {
        draft.topic = topic;
    }
    let quiz_label =
        quiz_summary.as_ref().and_then(|s| quiz::Recommendation::from_id(&s.recommendation)).map(|r| r.label());
    let endpoint_host = target.endpoint.as_deref().map(host_of);
    let html = booking_html(&FormView {
        id_prefix: &scope.id_prefix,
        heading_level: scope.level(if standalone { 1 } else { 2 }),
        draft: &draft,
        restored,
        mail_fallback: target.endpoint.is_none(),
        quiz_label,
        today: &today,
        timezone: &timezone,
        endpoint_host: endpoint_host.as_deref(),
    });
    #[cfg(target_arch = "wasm32")]
    {
        let submission = stored.and_then(|s| Some((s.submission_id?, s.id_fingerprint?)));
        let booking = dom::Booking::new(scope.clone(), draft_key, quiz_summary, target, arrived_topic, submission);
        Prepared { html, personal, booking }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (draft_key, quiz_summary, arrived_topic);
        Prepared { html, personal }
    }
}

/// The closing section: the company's pitch, its contact details and the form.
#[component]
pub fn BookingSection(
    scope: Scope,
    /// The page's query, which may carry a topic and a questionnaire result.
    #[prop(optional, into)]
    query: String,
    /// On `/contact` the section is the page, so its heading is the `<h1>`.
    #[prop(optional)]
    standalone: bool,
) -> impl IntoView {
    let p = prepare(&scope, &query, standalone);
    #[cfg(target_arch = "wasm32")]
    {
        let state = std::rc::Rc::new(p.booking);
        let (on_input, on_submit, on_click) = (state.clone(), state.clone(), state);
        view! {
            <div class="sd-booking-host" inner_html=p.html
                on:input=move |ev| on_input.input(&ev)
                on:submit=move |ev: leptos::ev::SubmitEvent| on_submit.submit(&ev)
                on:click=move |ev| on_click.click(&ev)></div>
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        view! { <div class="sd-booking-host" inner_html=p.html></div> }
    }
}
