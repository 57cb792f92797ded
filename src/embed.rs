//! The embed: mounting sections into a host page (issue 5).
