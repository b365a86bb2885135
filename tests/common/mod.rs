//! Helpers shared by the browser test binaries.

/// Lets effects, tasks and timers due within `ms` run.
pub async fn settle(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `done` holds, checking every 10 ms for up to 5 seconds, and
/// fails naming `what` if it never does: a test waits for a state, not a time.
pub async fn until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..500 {
        if done() {
            return;
        }
        settle(10).await;
    }
    panic!("waited 5 seconds for {what}");
}
