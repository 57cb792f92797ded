//! What the form says that depends on something: the help lines, the counter, the
//! notices above the form and the privacy line under it.

use crate::content::CONTACT;

/// The help line under a date: the visitor's timezone, once the browser has told it.
pub fn timezone_help(timezone: &str) -> String {
    if timezone.is_empty() {
        "We will propose times in your timezone.".to_owned()
    } else {
        format!("Your timezone: {timezone}. We will propose times in it.")
    }
}

/// The counter under a long text.
pub fn count_text(chars: usize, max_chars: usize) -> String {
    format!("{chars} of {max_chars} characters")
}

/// The privacy line under the form: what is sent where, and what is kept. `None`
/// when there is no endpoint (the form opens the visitor's mail app instead).
pub fn privacy_line(endpoint: Option<&str>) -> String {
    match endpoint.map(host_of) {
        Some(host) => format!("What you enter is sent to {host} only when you press “Book a meeting”, with the address of this page and the campaign that brought you here. Until then it is kept in this browser so nothing is lost; after a successful send nothing is kept here."),
        None => "Nothing is sent from this page: “Book a meeting” opens your email app with your request filled in. Until then what you type is kept in this browser only, so nothing is lost.".to_owned(),
    }
}

/// The notice above a form with no endpoint.
pub fn mail_notice() -> String {
    format!("This page has no booking service set up, so “Book a meeting” will open your email app with your request filled in, addressed to {}. Your draft stays here until you clear it.", CONTACT.email)
}

/// The notice above the form when a questionnaire result travels with the booking.
pub fn quiz_notice(label: &str) -> String {
    format!("Your questionnaire result ({label}) and answers will be sent with your request.")
}

/// The host of an endpoint URL ("this site" for a site-relative path).
pub fn host_of(url: &str) -> &str {
    // What follows "scheme://" (endpoints are http(s) URLs or site-relative paths).
    let rest = url.split_once(':').and_then(|(_, r)| r.strip_prefix("//")).unwrap_or("");
    match rest.split(['/', '?', '#']).next() {
        Some(host) if !host.is_empty() => host,
        _ => "this site",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(host_of("https://hooks.example.com/x?y"), "hooks.example.com");
        assert_eq!(host_of("http://127.0.0.1:9009/bookings"), "127.0.0.1:9009");
        assert_eq!(host_of("/api/contact"), "this site");
    }

    #[test]
    fn the_form_says_what_it_does() {
        assert_eq!(timezone_help(""), "We will propose times in your timezone.");
        assert_eq!(timezone_help("Europe/Berlin"), "Your timezone: Europe/Berlin. We will propose times in it.");
        assert_eq!(count_text(0, 2000), "0 of 2000 characters");
        let sent = privacy_line(Some("https://hooks.example.com/x"));
        assert!(sent.contains("sent to hooks.example.com") && sent.contains("nothing is kept"));
        assert!(privacy_line(None).starts_with("Nothing is sent from this page"));
        assert!(mail_notice().contains("open your email app") && mail_notice().contains("hello@amela.tech"));
        assert_eq!(quiz_notice("Go"), "Your questionnaire result (Go) and answers will be sent with your request.");
    }
}
