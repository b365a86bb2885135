//! Entry point. Everything lives in the library so that tests can reach it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    offender_care_careers::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("This is a web app: build it with `trunk build` (see README.md).");
}
