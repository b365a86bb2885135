//! The browser's clipboard and the promise-returning APIs that are not in
//! every browser: shared by the quiz's results ("Copy the link") and the
//! editors' check ("Copy the record").

/// Calls `navigator.clipboard.writeText(text)`. `Err(false)` when the
/// browser has no clipboard or refuses.
pub async fn copy_text(navigator: &web_sys::Navigator, text: &str) -> Result<(), bool> {
    let clipboard = js_sys::Reflect::get(navigator, &"clipboard".into()).map_err(|_| false)?;
    if clipboard.is_undefined() {
        return Err(false);
    }
    let promise = call(&clipboard, "writeText", &text.into()).ok_or(false)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| false)
}

/// `target[method](arg)` when it returns a promise. Looked up at run time:
/// these browser APIs are not in every browser, nor in web-sys' stable set.
pub fn call(
    target: &wasm_bindgen::JsValue,
    method: &str,
    arg: &wasm_bindgen::JsValue,
) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let f = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.call1(target, arg)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
