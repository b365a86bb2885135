//! The editors' tools in the browser: the content check (`/check`) and its
//! "Add a vacancy from its advert" run their checks in a worker of their own
//! (`worker`, built as its own wasm by `src/check_worker.rs`), through typed
//! messages (`protocol`) that the pages send with `client`. The pages
//! themselves are `pages::check` and `pages::check_advert`; the checks are
//! `content::check`, and the advert reader `domain::advert`.

pub mod client;
pub mod findings;
pub mod protocol;
pub mod worker;
