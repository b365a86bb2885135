//! Entry point of the editors' check worker (see `web::editors::worker`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    offender_care_careers::web::editors::worker::serve();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!(
        "This is the web app's content check worker: build it with `trunk build` (see README.md)."
    );
}
