//! The browser app: reading the host page, fetching content, taking over a
//! page built in advance, and the Leptos components and pages. Builds only for
//! wasm32. Pages use components, components use `domain` and `content`; never
//! the other way round.

pub mod components;
pub mod config;
pub mod editors;
pub mod head;
pub mod islands;
pub mod js_json;
pub mod loader;
pub mod nav;
pub mod pages;
pub mod takeover;
