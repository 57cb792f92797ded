//! "Book a meeting": the company's pitch and contact details (server-only) and the
//! booking form, an island ([`BookingForm`]). The form's rules (its field table,
//! validation, payload, draft, replies) are `showdown_core::contact`.

mod form;
mod outbox;
mod wire;

use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;
use showdown_core::content::{CLOSING, CONTACT};

pub use form::{remember_landing, BookingForm, ATTRIBUTION_KEY, DRAFT_KEY};
pub use outbox::{Outbox, OUTBOX_KEY};

use crate::app::HYDRATE_WHEN_VISIBLE;
use crate::scope::{heading, Scope};

/// The local id of the section's heading, which also names the form.
const TITLE_ID: &str = "book-a-meeting";

/// The closing section: the company's pitch, its contact details and the form.
#[component]
pub fn BookingSection(
    /// On `/contact` (and alone in an embed) the section is the page: its heading is the top one.
    #[prop(optional)]
    standalone: bool,
) -> impl IntoView {
    let scope = Scope::current();
    let title_id = scope.id(TITLE_ID);
    // Erased here (server-only, no wasm cost) so the page's view type stays within the
    // compiler's depth limit.
    let form = view! { <BookingForm/> }.into_any();
    let heading = heading(scope.level(if standalone { 1 } else { 2 })).id(title_id.clone()).child("Book a meeting");
    // At the end of the article the form hydrates only when the visitor gets near it.
    let defer = custom_attribute(HYDRATE_WHEN_VISIBLE, (!standalone).then_some(""));
    view! {
        <section class="sd-book" aria-labelledby=title_id>
            {heading}
            {CLOSING.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <div class="sd-book-grid">
                <ContactCard/>
                {form}
            </div>
        </section>
    }
    .add_any_attr(defer)
}

/// The company's hotline, email and address.
#[component]
fn ContactCard() -> impl IntoView {
    let c = &CONTACT;
    view! {
        <div class="sd-contact-card">
            <p>{c.intro}</p>
            <dl>
                <dt>"Hotline"</dt>
                <dd><a href=format!("tel:{}", c.hotline_tel)>{c.hotline}</a></dd>
                <dt>"Email"</dt>
                <dd><a href=c.email_href>{c.email}</a></dd>
                <dt>"Address"</dt>
                <dd><address>{c.address}</address></dd>
            </dl>
        </div>
    }
}

// Rendering to HTML needs the build's renderer: `cargo test --lib --features ssr`.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use showdown_core::contact::{Field, Topic};

    /// The section as the build renders it in `scope`.
    fn render(scope: Scope, standalone: bool) -> String {
        Owner::new().with(|| {
            provide_context(scope);
            view! { <BookingSection standalone/> }.to_html()
        })
    }

    #[test]
    fn every_field_has_its_label_control_and_slots() {
        let html = render(Scope::full_page(), false);
        for field in Field::ALL {
            let id = format!("contact-{}", field.key());
            assert!(html.contains(&format!("for=\"{id}\"")), "label for {field:?}");
            assert!(html.contains(&format!("id=\"{id}\"")), "control of {field:?}");
            assert!(html.contains(&format!("name=\"{}\"", field.key())), "name of {field:?}");
            assert!(html.contains(&format!("id=\"{id}-error\"")), "error slot of {field:?}");
        }
        assert!(html.contains("<h2 id=\"book-a-meeting\">Book a meeting</h2>"), "{html}");
        assert!(html.contains("aria-labelledby=\"book-a-meeting\""));
        for topic in Topic::ALL {
            assert!(html.contains(&format!("value=\"{}\"", topic.id())));
        }
        assert!(html.contains("<option value=\"both\" selected"), "the default topic is chosen");
        assert!(html.contains("type=\"email\"") && html.contains("type=\"date\"") && html.contains("<textarea"));
        assert!(html.contains("aria-describedby=\"contact-preferred_date-help\""));
        assert!(html.contains("We will propose times in your timezone."), "no timezone at build time");
        assert!(html.contains("0 of 2000 characters"));
        assert!(!html.contains("min="), "no date minimum at build time");
        assert!(html.contains("href=\"tel:+84904026070\""));
        assert!(html.contains("href=\"mailto:hello@amela.tech\""));
        assert!(html.contains("<address>"));
        // The honeypot: out of reach of people and assistive technology.
        assert!(
            html.contains("aria-hidden=\"true\" class=\"sd-honeypot\"")
                || html.contains("class=\"sd-honeypot\" aria-hidden=\"true\"")
        );
        assert!(html.contains("name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\""));
        // A live region from the start.
        assert!(html.contains("role=\"status\""));
    }

    #[test]
    fn the_build_says_whether_it_sends_or_opens_the_mail_app() {
        let html = render(Scope::full_page(), true);
        assert!(html.contains("<h1 id=\"book-a-meeting\">"));
        match crate::config::build_time_endpoint() {
            None => {
                assert!(html.contains(
                    "data-mail-notice=\"\" class=\"sd-banner sd-banner-info\">This page has no booking service"
                ));
                assert!(html.contains("Nothing is sent from this page"));
            }
            Some(_) => assert!(html.contains("What you enter is sent to")),
        }
    }

    #[test]
    fn an_embedded_section_prefixes_its_ids() {
        let html = render(Scope::embed_template(), true);
        assert!(html.contains("<h2 id=\"sd0-book-a-meeting\">"));
        assert!(html.contains("for=\"sd0-contact-email\"") && html.contains("id=\"sd0-contact-status\""));
        assert!(!html.contains("id=\"contact-"), "an id without the prefix");
    }
}
