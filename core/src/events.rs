//! What the page announces to the host (a marketer's tag manager): each event's DOM name
//! and its `dataLayer` name, written once here. The shell dispatches them from the mount
//! element and pushes them to `window.dataLayer` with [`SCHEMA`]. None carries personal data.

/// The version of the events' names and keys, in every `dataLayer` push as `showdown_schema`:
/// within one schema, no name or key ever changes.
pub const SCHEMA: u32 = 1;
/// The key that carries [`SCHEMA`] in every push.
pub const SCHEMA_KEY: &str = "showdown_schema";

/// One kind of announcement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The first answer of a fresh questionnaire (once per run).
    QuizStart,
    /// A question shown after Next or Back (`step`, 1-based, and `question`, its id).
    QuizStep,
    /// The result of answering (`recommendation`, `answers`), not of opening a share link.
    QuizComplete,
    /// A booking went through, once per booking (`topic`).
    ContactSubmitted,
    /// A send failed or was refused (`reason`, a [`Reason`]).
    ContactError,
}

impl Event {
    pub const ALL: [Event; 5] =
        [Event::QuizStart, Event::QuizStep, Event::QuizComplete, Event::ContactSubmitted, Event::ContactError];

    /// The DOM event's type, which bubbles from the mount element.
    pub fn name(self) -> &'static str {
        match self {
            Event::QuizStart => "showdown:quiz-start",
            Event::QuizStep => "showdown:quiz-step",
            Event::QuizComplete => "showdown:quiz-complete",
            Event::ContactSubmitted => "showdown:contact-submitted",
            Event::ContactError => "showdown:contact-error",
        }
    }

    /// Its `event` in a `dataLayer` push: the name with `_` for `:` and `-` (tag managers'
    /// custom event names are identifiers). Written out, not derived, so the wasm carries
    /// no string rewriting.
    pub fn data_layer(self) -> &'static str {
        match self {
            Event::QuizStart => "showdown_quiz_start",
            Event::QuizStep => "showdown_quiz_step",
            Event::QuizComplete => "showdown_quiz_complete",
            Event::ContactSubmitted => "showdown_contact_submitted",
            Event::ContactError => "showdown_contact_error",
        }
    }
}

/// Why a booking was not sent, in `showdown:contact-error`'s `reason`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The form's own checks, or the service's messages on fields.
    Invalid,
    /// No answer: offline, unreachable, or refused by the browser (CORS).
    Network,
    /// No answer in time (ours, or the service's 408).
    Timeout,
    /// The service had a problem or was busy (5xx, 429).
    Server,
    /// Any other refusal (a 4xx without field messages).
    Rejected,
}

impl Reason {
    pub const ALL: [Reason; 5] = [Reason::Invalid, Reason::Network, Reason::Timeout, Reason::Server, Reason::Rejected];

    pub fn id(self) -> &'static str {
        match self {
            Reason::Invalid => "invalid",
            Reason::Network => "network",
            Reason::Timeout => "timeout",
            Reason::Server => "server",
            Reason::Rejected => "rejected",
        }
    }

    /// Why an attempt that was not a 2xx failed: its HTTP `status` (`None`: no answer,
    /// `timed_out` when we stopped waiting), and whether the reply named fields.
    pub fn of(status: Option<u16>, timed_out: bool, field_messages: bool) -> Reason {
        match status {
            None if timed_out => Reason::Timeout,
            None => Reason::Network,
            Some(408) => Reason::Timeout,
            Some(429 | 500..) => Reason::Server,
            Some(_) if field_messages => Reason::Invalid,
            Some(_) => Reason::Rejected,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_layer_names_follow_the_dom_names() {
        for event in Event::ALL {
            assert_eq!(event.data_layer(), event.name().replace([':', '-'], "_"), "{event:?}");
        }
    }

    #[test]
    fn why_an_attempt_failed() {
        assert_eq!(Reason::of(None, false, false), Reason::Network);
        assert_eq!(Reason::of(None, true, false), Reason::Timeout);
        assert_eq!(Reason::of(Some(408), false, false), Reason::Timeout);
        for status in [429, 500, 503, 599] {
            assert_eq!(Reason::of(Some(status), false, true), Reason::Server, "{status}");
        }
        assert_eq!(Reason::of(Some(422), false, true), Reason::Invalid);
        assert_eq!(Reason::of(Some(422), false, false), Reason::Rejected);
        assert_eq!(Reason::of(Some(403), false, false), Reason::Rejected);
    }

    /// The README's table of events is the marketer's reference: every event and reason is in it.
    #[test]
    fn the_readme_lists_every_event_and_reason() {
        let readme = include_str!("../../README.md");
        for event in Event::ALL {
            assert!(readme.contains(&format!("`{}`", event.name())), "{} missing from README.md", event.name());
            let push = format!("{{event: \"{}\", {SCHEMA_KEY}: {SCHEMA}", event.data_layer());
            assert!(readme.contains(&push), "{push} missing from README.md");
        }
        for reason in Reason::ALL {
            assert!(readme.contains(&format!("`{}`", reason.id())), "reason {} missing", reason.id());
        }
        assert!(readme.contains(&format!("{SCHEMA_KEY}: {SCHEMA}")));
    }
}
