//! The editors' pages' side of their worker (`editors::worker`), which is
//! only downloaded by `/check`: the published files to send it, and a
//! request and its answer.

use super::protocol::{Reply, Request, READY};
use crate::content::FILES;
use crate::web::config::Config;
use crate::web::loader::{current_text, LoadError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The published files' texts, asked for afresh.
pub async fn published(config: Config) -> Result<Vec<(&'static str, Option<String>)>, LoadError> {
    let mut out = Vec::new();
    for file in FILES {
        out.push((file.name, current_text(config, file.name).await?));
    }
    Ok(out)
}

/// Sends `request` to a new worker and waits for its answer: a new worker
/// each time, so an edited file is read afresh.
pub async fn ask(request: Request) -> Result<Reply, LoadError> {
    use futures::channel::oneshot;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    let message = request.to_js();
    const WHAT: &str = "content check";
    let failed = || LoadError::Network { what: WHAT };
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker =
        web_sys::Worker::new_with_options(&worker_url(), &options).map_err(|_| failed())?;
    let (send, answer) = oneshot::channel::<Result<wasm_bindgen::JsValue, LoadError>>();
    let send = Rc::new(RefCell::new(Some(send)));
    let finish = {
        let send = send.clone();
        move |result| {
            if let Some(send) = send.borrow_mut().take() {
                let _ = send.send(result);
            }
        }
    };
    let on_message = {
        let worker = worker.clone();
        let finish = finish.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if data.as_string().as_deref() == Some(READY) {
                if worker.post_message(&message).is_err() {
                    finish(Err(failed()));
                }
            } else {
                finish(Ok(data));
            }
        })
    };
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_| finish(Err(failed())));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let result = answer.await.unwrap_or_else(|_| Err(failed()));
    worker.terminate();
    drop((on_message, on_error));
    result.map(|answer| Reply::from_js(&answer, &request))
}

/// The worker's loader, beside the app's own files: next to the `occ-start.js`
/// that started this page (so it works under any base path and embedded).
fn worker_url() -> String {
    const LOADER: &str = "check-worker_loader.js";
    // By the address's path, so a host's `occ-start.js?v=2` is found too.
    let scripts = document().scripts();
    let start = (0..scripts.length())
        .filter_map(|i| scripts.item(i))
        .filter_map(|s| s.dyn_into::<web_sys::HtmlScriptElement>().ok())
        .map(|s| s.src())
        .find(|src| web_sys::Url::new(src).is_ok_and(|u| u.pathname().ends_with("/occ-start.js")));
    // Never document.baseURI: a host's <base> element could point elsewhere.
    let base = start
        .or_else(|| web_sys::window().and_then(|w| w.location().href().ok()))
        .unwrap_or_default();
    web_sys::Url::new_with_base(LOADER, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| LOADER.to_owned())
}
