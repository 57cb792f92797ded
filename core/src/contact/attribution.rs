//! Where the visitor came from: campaign parameters captured on the first page
//! view of a visit and kept for the session.

use super::cap_chars;
use crate::urlcode::{build_query, parse_query};

/// Each captured value is cut to this many characters.
pub const ATTRIBUTION_VALUE_MAX_CHARS: usize = 500;

/// Version tag of [`Attribution::encode`]'s format.
const FORMAT_VERSION: &str = "1";

/// Campaign and referral data, sent with a booking under `attribution`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attribution {
    /// `utm_source` query parameter.
    pub utm_source: Option<String>,
    /// `utm_medium` query parameter.
    pub utm_medium: Option<String>,
    /// `utm_campaign` query parameter.
    pub utm_campaign: Option<String>,
    /// `utm_term` query parameter.
    pub utm_term: Option<String>,
    /// `utm_content` query parameter.
    pub utm_content: Option<String>,
    /// Google Ads click id.
    pub gclid: Option<String>,
    /// Meta click id.
    pub fbclid: Option<String>,
    /// `document.referrer` of the landing page view.
    pub referrer: Option<String>,
    /// The landing page's URL, without its fragment.
    pub landing_page: Option<String>,
}

/// The query parameters read from the landing URL, in wire order.
const URL_PARAMS: [&str; 7] =
    ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid", "fbclid"];

impl Attribution {
    /// The wire keys, in order.
    pub const KEYS: [&'static str; 9] = [
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
        "gclid",
        "fbclid",
        "referrer",
        "landing_page",
    ];

    /// Every value with its wire key, in order.
    pub fn entries(&self) -> [(&'static str, Option<&str>); 9] {
        [
            ("utm_source", self.utm_source.as_deref()),
            ("utm_medium", self.utm_medium.as_deref()),
            ("utm_campaign", self.utm_campaign.as_deref()),
            ("utm_term", self.utm_term.as_deref()),
            ("utm_content", self.utm_content.as_deref()),
            ("gclid", self.gclid.as_deref()),
            ("fbclid", self.fbclid.as_deref()),
            ("referrer", self.referrer.as_deref()),
            ("landing_page", self.landing_page.as_deref()),
        ]
    }

    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "utm_source" => &mut self.utm_source,
            "utm_medium" => &mut self.utm_medium,
            "utm_campaign" => &mut self.utm_campaign,
            "utm_term" => &mut self.utm_term,
            "utm_content" => &mut self.utm_content,
            "gclid" => &mut self.gclid,
            "fbclid" => &mut self.fbclid,
            "referrer" => &mut self.referrer,
            "landing_page" => &mut self.landing_page,
            _ => return None,
        })
    }

    /// Fills the first usable value for `key`; later ones are ignored.
    fn offer(&mut self, key: &str, value: &str) {
        if let Some(slot @ None) = self.slot(key) {
            *slot = clean(value);
        }
    }

    /// Captures the campaign parameters of `landing_url` (fragment ignored) and the referrer.
    pub fn from_landing(landing_url: &str, referrer: &str) -> Attribution {
        let without_fragment = landing_url.split('#').next().unwrap_or_default();
        let query = without_fragment.split_once('?').map_or("", |(_, query)| query);
        let mut attribution =
            Attribution { referrer: clean(referrer), landing_page: clean(without_fragment), ..Attribution::default() };
        for (key, value) in parse_query(query) {
            // Hand-built campaign links are often spelled `UTM_Source`.
            let key = key.trim().to_ascii_lowercase();
            if URL_PARAMS.contains(&key.as_str()) {
                attribution.offer(&key, &value);
            }
        }
        attribution
    }

    /// Text for `sessionStorage` (urlencoded pairs, versioned; `None` values left out).
    pub fn encode(&self) -> String {
        let values = self.entries();
        let present = values.iter().filter_map(|&(key, value)| Some((key, value?)));
        build_query(std::iter::once(("v", FORMAT_VERSION)).chain(present))
    }

    /// Reads [`Attribution::encode`]'s text back; `None` if it is not that format.
    pub fn decode(text: &str) -> Option<Attribution> {
        let pairs = parse_query(text);
        let version = pairs.iter().find(|(key, _)| key == "v").map(|(_, v)| v.as_str());
        if version != Some(FORMAT_VERSION) {
            return None;
        }
        let mut attribution = Attribution::default();
        for (key, value) in &pairs {
            attribution.offer(key, value);
        }
        Some(attribution)
    }
}

/// Trimmed and capped; empty means absent.
fn clean(value: &str) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| cap_chars(trimmed, ATTRIBUTION_VALUE_MAX_CHARS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn some(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn reads_campaign_parameters_and_ignores_the_fragment() {
        let attribution = Attribution::from_landing(
            "https://amela.tech/showdown?utm_source=news%20letter&UTM_Medium=email\
             &utm_campaign=&utm_term=+&gclid=abc&utm_source=second&x=1#utm_content=frag",
            "https://www.google.com/",
        );
        assert_eq!(
            attribution,
            Attribution {
                utm_source: some("news letter"),
                utm_medium: some("email"),
                gclid: some("abc"),
                referrer: some("https://www.google.com/"),
                landing_page: some(
                    "https://amela.tech/showdown?utm_source=news%20letter&UTM_Medium=email\
                     &utm_campaign=&utm_term=+&gclid=abc&utm_source=second&x=1"
                ),
                ..Attribution::default()
            }
        );
    }

    #[test]
    fn empty_inputs_give_nothing() {
        assert_eq!(Attribution::from_landing("", "  "), Attribution::default());
        let plain = Attribution::from_landing("https://amela.tech/#?utm_source=x", "");
        assert_eq!(plain, Attribution { landing_page: some("https://amela.tech/"), ..Attribution::default() });
    }

    #[test]
    fn values_are_capped() {
        let long = "x".repeat(600);
        let attribution = Attribution::from_landing(&format!("https://a.b/?fbclid={long}"), &"é".repeat(501));
        assert_eq!(attribution.fbclid.as_deref().map(str::len), Some(500));
        assert_eq!(attribution.referrer.as_deref().map(|r| r.chars().count()), Some(500));
        assert_eq!(attribution.landing_page.as_deref().map(str::len), Some(500));
    }

    #[test]
    fn decode_rejects_other_formats() {
        assert_eq!(Attribution::decode(""), None);
        assert_eq!(Attribution::decode("utm_source=x"), None);
        assert_eq!(Attribution::decode("v=2&utm_source=x"), None);
        assert_eq!(Attribution::decode("{\"utm_source\":\"x\"}"), None);
        assert_eq!(Attribution::decode("v=1&bogus=1"), Some(Attribution::default()));
    }

    proptest! {
        #[test]
        fn session_round_trip(url in any::<String>(), referrer in any::<String>()) {
            let attribution = Attribution::from_landing(&url, &referrer);
            prop_assert_eq!(Attribution::decode(&attribution.encode()), Some(attribution));
        }

        #[test]
        fn round_trip_with_parameters(values in prop::collection::vec(any::<String>(), 7)) {
            let query = build_query(URL_PARAMS.iter().copied().zip(values.iter().map(String::as_str)));
            let attribution = Attribution::from_landing(&format!("https://a.b/p?{query}"), "r");
            for (key, value) in URL_PARAMS.iter().zip(&values) {
                let got = attribution.entries().iter().find(|e| e.0 == *key).and_then(|e| e.1);
                let expected = clean(value);
                prop_assert_eq!(got, expected.as_deref());
            }
            prop_assert_eq!(Attribution::decode(&attribution.encode()), Some(attribution));
        }

        #[test]
        fn decode_is_total(text in any::<String>()) {
            let _ = Attribution::decode(&text);
        }
    }
}
