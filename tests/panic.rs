//! A Rust panic ends the app (`panic = "abort"`): the hook must leave a clear
//! message in place of the page. A separate test binary, so the trap cannot
//! disturb the other component tests.
#![cfg(target_arch = "wasm32")]

use offender_care_careers::web::config::{install_panic_hook, ROOT_ID};
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_test::*;

mod common;
use common::until;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_replaces_the_app_with_a_message() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_id(ROOT_ID);
    root.set_inner_html("<div class=\"occ-app\"><h1>Roles</h1><p>half-drawn page</p></div>");
    document.body().unwrap().append_child(&root).unwrap();
    // The trap reaches the browser as an uncaught error; keep it from failing the run.
    let swallow = Closure::<dyn Fn(web_sys::Event)>::new(|e: web_sys::Event| e.prevent_default());
    web_sys::window()
        .unwrap()
        .add_event_listener_with_callback("error", swallow.as_ref().unchecked_ref())
        .unwrap();
    swallow.forget();

    install_panic_hook();
    // Panics in its own task, as an event handler in the app would.
    let boom = Closure::once_into_js(|| -> () { panic!("test panic") });
    web_sys::window()
        .unwrap()
        .set_timeout_with_callback(boom.unchecked_ref())
        .unwrap();
    until("the panic's alert", || {
        root.query_selector("[role=alert]").unwrap().is_some()
    })
    .await;

    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let text = alert.text_content().unwrap();
    assert!(text.contains("Sorry, something went wrong"), "{text}");
    assert!(text.contains("Reload the page"), "{text}");
    assert!(!root.text_content().unwrap().contains("half-drawn page"));
}
