//! A Rust panic ends the program: the release build stops where it happens
//! (`immediate-abort`, tools/setup), other builds once the debug hook has
//! written to the console. Either way the browser is left with an uncaught
//! `WebAssembly.RuntimeError`, which `occ-start.js` (its src/occ-later.js) turns into a clear
//! message in place of the page (tests/e2e/faults.spec.mjs). This checks
//! that a panic reaches the browser as that error. A separate test binary,
//! so the trap cannot disturb the other component tests.
#![cfg(target_arch = "wasm32")]

use offender_care_careers::web::config::install_panic_hook;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_test::*;

mod common;
use common::until;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_reaches_the_browser_as_a_webassembly_runtime_error() {
    let seen: Rc<RefCell<Vec<JsValue>>> = Rc::default();
    // Kept from failing the run, and kept to look at.
    let listen = {
        let seen = seen.clone();
        Closure::<dyn Fn(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            e.prevent_default();
            seen.borrow_mut().push(e.error());
        })
    };
    web_sys::window()
        .unwrap()
        .add_event_listener_with_callback("error", listen.as_ref().unchecked_ref())
        .unwrap();
    listen.forget();

    install_panic_hook();
    // Panics in its own task, as an event handler in a part would.
    let boom = Closure::once_into_js(|| -> () { panic!("test panic") });
    web_sys::window()
        .unwrap()
        .set_timeout_with_callback(boom.unchecked_ref())
        .unwrap();
    until("the panic's uncaught error", || !seen.borrow().is_empty()).await;

    let error = seen.borrow()[0].clone();
    assert!(
        error.is_instance_of::<js_sys::WebAssembly::RuntimeError>(),
        "{error:?}"
    );
}
