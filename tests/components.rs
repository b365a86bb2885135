//! Components mounted in headless Chromium and asserted on.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use offender_care_careers::domain::embed::{Chrome, HeadOwner};
use offender_care_careers::domain::head::About;
use offender_care_careers::domain::paths::BasePath;
use offender_care_careers::domain::routes;
use offender_care_careers::web::components::{
    link::Link,
    loaded::LoadErrorPanel,
    page::{Crumb, Page},
    shell::Shell,
};
use offender_care_careers::web::config::Config;
use offender_care_careers::web::loader::LoadError;
use offender_care_careers::web::takeover;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod common;
use common::{settle, until};

wasm_bindgen_test_configure!(run_in_browser);

/// The published `site.json` with another trust's name, as the app's one copy
/// (see `WebsiteContent`), so tests never fetch it.
fn provide_site(trust_name: &'static str) {
    let mut site: offender_care_careers::content::Website =
        serde_json::from_str(include_str!("../public/content/site.json")).unwrap();
    site.trust_name = trust_name.into();
    let site = Arc::new(site);
    provide_context(offender_care_careers::web::components::WebsiteContent(
        offender_care_careers::web::components::Content::given(site, "introduction to the site"),
    ));
}

/// A fresh element in the document to mount into.
fn host() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

#[wasm_bindgen_test]
async fn shell_has_skip_link_header_nav_main_and_footer() {
    let el = host();
    let _app = leptos::mount::mount_to(el.clone(), || {
        provide_context(Config::default());
        provide_site("Example NHS Trust");
        view! { <Router><Shell><p>"inside"</p></Shell></Router> }
    });
    settle(0).await;

    let skip = one(&el, "a.occ-skip-link");
    assert_eq!(skip.text_content().unwrap(), "Skip to main content");
    assert_eq!(all(&el, "main").len(), 1);
    assert_eq!(one(&el, "main").id(), "occ-main");
    assert!(one(&el, "main").text_content().unwrap().contains("inside"));
    let header = one(&el, "header").text_content().unwrap();
    // The trust's name comes from the content.
    assert!(
        header.contains("Example NHS Trust") && header.contains(routes::SITE_NAME),
        "{header}"
    );

    let nav: Vec<(String, String)> = all(&el, "nav a")
        .iter()
        .map(|a| (a.get_attribute("href").unwrap(), a.text_content().unwrap()))
        .collect();
    let expected: Vec<(String, String)> = routes::primary_nav()
        .map(|s| (s.path.to_owned(), s.nav_label.to_owned()))
        .collect();
    assert_eq!(nav, expected);
    assert!(one(&el, "footer")
        .text_content()
        .unwrap()
        .contains("Accessibility statement"));
}

/// Inside a host's header and footer: no skip link, `main` or footer of its own,
/// navigation named for the service with the footer's links, the host's trust name.
#[wasm_bindgen_test]
async fn shell_inside_a_hosts_chrome() {
    let el = host();
    let _app = leptos::mount::mount_to(el.clone(), || {
        provide_context(Config::embedded(
            BasePath::parse("/careers/"),
            None,
            Some("Oxleas"),
            Chrome::Host,
        ));
        view! {
            <Router base="/careers">
                <Shell><Page title="Pay and benefits" about=About::section(&routes::PAY)><p>"inside"</p></Page></Shell>
            </Router>
        }
    });
    settle(0).await;

    assert!(all(&el, ".occ-skip-link, main, footer, .occ-header__trust").is_empty());
    assert!(one(&el, "#occ-main")
        .text_content()
        .unwrap()
        .contains("inside"));
    let nav = one(&el, "nav.occ-nav");
    assert_eq!(
        nav.get_attribute("aria-label").as_deref(),
        Some(routes::SITE_NAME)
    );
    let hrefs: Vec<String> = all(&nav, "a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert!(
        hrefs.contains(&"/careers/accessibility".to_owned()),
        "{hrefs:?}"
    );
    assert!(hrefs.contains(&"/careers/about".to_owned()), "{hrefs:?}");
    assert_eq!(
        document().title(),
        "Pay and benefits - Careers in offender healthcare - Oxleas"
    );
}

/// One rule for the trust's name: the content's wins over a host's `data-trust-name`.
#[wasm_bindgen_test]
async fn the_contents_trust_name_wins_over_the_hosts() {
    let el = host();
    let _app = leptos::mount::mount_to(el.clone(), || {
        provide_context(Config::embedded(
            BasePath::default(),
            None,
            Some("Another Name"),
            Chrome::App,
        ));
        provide_site("Example NHS Trust");
        view! { <Router><Shell><Page title="Pay and benefits" about=About::section(&routes::PAY)><p>"inside"</p></Page></Shell></Router> }
    });
    settle(0).await;
    assert_eq!(
        one(&el, ".occ-header__trust").text_content().unwrap(),
        "Example NHS Trust"
    );
    assert_eq!(
        document().title(),
        "Pay and benefits - Careers in offender healthcare - Example NHS Trust"
    );
    assert!(!el.text_content().unwrap().contains("Another Name"));
}

#[wasm_bindgen_test]
async fn menu_button_opens_and_closes_the_navigation() {
    let el = host();
    let _app = leptos::mount::mount_to(el.clone(), || {
        provide_context(Config::default());
        view! { <Router><Shell>"x"</Shell></Router> }
    });
    settle(0).await;
    let button: HtmlElement = one(&el, ".occ-header__menu-toggle").unchecked_into();
    let list = one(&el, "#occ-nav-list");
    assert_eq!(
        button.get_attribute("aria-controls").as_deref(),
        Some("occ-nav-list")
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!list.class_list().contains("occ-nav__list--open"));
    button.click();
    settle(0).await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(list.class_list().contains("occ-nav__list--open"));
    button.click();
    settle(0).await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn skip_link_moves_focus_to_main() {
    let el = host();
    let _app = leptos::mount::mount_to(el.clone(), || {
        provide_context(Config::default());
        view! { <Router><Shell>"x"</Shell></Router> }
    });
    settle(0).await;
    let before = web_sys::window().unwrap().location().href().unwrap();
    one(&el, "a.occ-skip-link")
        .unchecked_into::<HtmlElement>()
        .click();
    settle(0).await;
    assert_eq!(document().active_element().unwrap().id(), "occ-main");
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        before,
        "the skip link must not navigate"
    );
}

#[wasm_bindgen_test]
async fn links_honour_the_base_path() {
    let el = host();
    let _app = leptos::mount::mount_to(el.clone(), || {
        provide_context(Config::new(
            BasePath::parse("/careers/prison-healthcare"),
            None,
        ));
        view! {
            <Router base="/careers/prison-healthcare">
                <Link to="/roles/registered-nurse">"Nurse"</Link>
                <Link to="/">"Home"</Link>
            </Router>
        }
    });
    settle(0).await;
    let hrefs: Vec<String> = all(&el, "a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(
        hrefs,
        [
            "/careers/prison-healthcare/roles/registered-nurse",
            "/careers/prison-healthcare/"
        ]
    );
}

/// The head of the document as the app leaves it: description, canonical, robots, og:title.
fn head_tags() -> [Option<String>; 4] {
    let head = document().head().unwrap();
    let get = |selector: &str, attr: &str| {
        head.query_selector(selector)
            .unwrap()
            .and_then(|e| e.get_attribute(attr))
    };
    [
        get("meta[name=\"description\"]", "content"),
        get("link[rel=\"canonical\"]", "href"),
        get("meta[name=\"robots\"]", "content"),
        get("meta[property=\"og:title\"]", "content"),
    ]
}

/// On its own site the app writes what the page says about itself, and takes
/// back what a page that must not be listed may not have; a host's head is left alone.
#[wasm_bindgen_test]
async fn page_writes_the_head_only_when_the_app_owns_it() {
    let el = host();
    let listed = RwSignal::new(true);
    let _app = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Config {
            head: HeadOwner::App,
            site_origin: Some("https://careers.example.nhs.uk"),
            ..Config::default()
        });
        provide_site("Example NHS Trust");
        let about = Signal::derive(move || {
            if listed.get() {
                About::listed("What a nurse does.")
            } else {
                About::unlisted("")
            }
        });
        view! { <Router><Page title="Registered nurse" about><p>"body"</p></Page></Router> }
    });
    settle(0).await;
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    assert_eq!(
        head_tags(),
        [
            Some("What a nurse does.".into()),
            Some(format!("https://careers.example.nhs.uk{path}")),
            None,
            Some("Registered nurse".into()),
        ]
    );
    listed.set(false);
    settle(0).await;
    let [description, canonical, robots, _] = head_tags();
    assert_eq!(
        (description, canonical, robots.as_deref()),
        (None, None, Some("noindex"))
    );
    drop(_app);

    // A host page: the title only.
    for selector in ["meta[name=\"robots\"]", "meta[property=\"og:title\"]"] {
        if let Some(e) = document().head().unwrap().query_selector(selector).unwrap() {
            e.remove();
        }
    }
    let el = host();
    let _app = leptos::mount::mount_to(el.clone(), || {
        provide_context(Config::default());
        provide_site("Example NHS Trust");
        view! { <Router><Page title="Pay and benefits" about=About::listed("Pay.")><p>"body"</p></Page></Router> }
    });
    settle(0).await;
    assert_eq!(
        document().title(),
        routes::document_title("Pay and benefits", "Example NHS Trust")
    );
    let [description, canonical, robots, og_title] = head_tags();
    assert_ne!(description.as_deref(), Some("Pay."));
    assert_eq!((canonical, robots, og_title), (None, None, None));
}

#[wasm_bindgen_test]
async fn page_sets_title_heading_and_breadcrumbs() {
    let el = host();
    let _app = leptos::mount::mount_to(el.clone(), || {
        provide_context(Config::default());
        provide_site("Example NHS Trust");
        view! {
            <Router>
                <Page title="Compare roles" about=About::section(&routes::COMPARE) breadcrumbs=vec![Crumb::new("Roles", "/roles")]>
                    <p>"body"</p>
                </Page>
            </Router>
        }
    });
    settle(0).await;
    assert_eq!(
        document().title(),
        routes::document_title("Compare roles", "Example NHS Trust")
    );
    let h1s = all(&el, "h1");
    assert_eq!(h1s.len(), 1);
    assert_eq!(h1s[0].text_content().unwrap(), "Compare roles");
    assert_eq!(h1s[0].get_attribute("tabindex").as_deref(), Some("-1"));
    let crumbs: Vec<String> = all(&el, "nav[aria-label=Breadcrumb] a")
        .iter()
        .map(|a| a.text_content().unwrap())
        .collect();
    assert_eq!(crumbs, ["Home", "Roles"]);
}

#[wasm_bindgen_test]
async fn load_error_names_the_content_and_try_again_retries() {
    let el = host();
    let tries = Arc::new(AtomicUsize::new(0));
    let counter = tries.clone();
    let _app = leptos::mount::mount_to(el.clone(), move || {
        let counter = counter.clone();
        view! {
            <LoadErrorPanel
                error=LoadError::Status { what: "list of roles", status: 500 }
                retry=move || { counter.fetch_add(1, Ordering::SeqCst); }
            />
        }
    });
    settle(0).await;
    let panel = one(&el, "[role=alert]");
    let text = panel.text_content().unwrap();
    assert!(
        text.contains("We could not load the list of roles."),
        "{text}"
    );
    assert!(text.contains("Try again in a few minutes"), "{text}");
    let button: HtmlElement = one(&el, "button").unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Try again");
    button.click();
    button.click();
    assert_eq!(tries.load(Ordering::SeqCst), 2);
}

/// A content file is fetched, parsed and checked once per visit, and every page
/// that asks shares that one value (no re-parse, no deep copy).
#[wasm_bindgen_test]
async fn each_content_file_is_fetched_and_parsed_once_and_shared() {
    use js_sys::{Function, Reflect};
    use offender_care_careers::content::Website;
    use offender_care_careers::web::loader;
    use wasm_bindgen::JsValue;
    let window = web_sys::window().unwrap();
    let real_fetch = Reflect::get(&window, &"fetch".into()).unwrap();
    // A server with the published site.json, counting what it is asked.
    let fake = Function::new_with_args(
        "body",
        "const f = () => { f.calls = (f.calls || 0) + 1; \
         return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } })); }; \
         return f;",
    )
    .call1(
        &JsValue::NULL,
        &include_str!("../public/content/site.json").into(),
    )
    .unwrap();
    Reflect::set(&window, &"fetch".into(), &fake).unwrap();
    loader::clear_cache();
    let config = Config::new(BasePath::default(), Some("/shared-test/"));
    let first = loader::load::<Website>(config).await;
    let second = loader::load::<Website>(config).await;
    let calls = Reflect::get(&fake, &"calls".into()).unwrap().as_f64();
    loader::clear_cache();
    let afresh = loader::load::<Website>(config).await;
    Reflect::set(&window, &"fetch".into(), &real_fetch).unwrap();
    loader::clear_cache();

    let (first, second, afresh) = (first.unwrap(), second.unwrap(), afresh.unwrap());
    assert_eq!(calls, Some(1.0), "one request for two loads");
    assert!(
        Arc::ptr_eq(&first, &second),
        "the second load shares the first's parsed value"
    );
    assert!(
        !Arc::ptr_eq(&first, &afresh),
        "a cleared cache parses afresh"
    );
    assert_eq!(first.trust_name, afresh.trust_name);
}

/// A content file is read in a task of its own, and its value handed over in
/// the next, even when its text is already here (handed over by
/// occ-start.js): a part's start on a slow phone is then several short tasks,
/// not one long one (docs/measurements.md, issue 48).
#[wasm_bindgen_test]
async fn a_content_file_is_read_in_a_task_of_its_own() {
    use js_sys::{Object, Promise, Reflect};
    use offender_care_careers::content::Website;
    use offender_care_careers::domain::contract::global::CHECKED_CONTENT;
    use offender_care_careers::web::loader;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsValue;
    let window = web_sys::window().unwrap();
    loader::clear_cache();
    let config = Config::new(BasePath::default(), Some("/in-a-task-test/"));
    let url = config.content_url("site.json");
    let href = web_sys::Url::new_with_base(&url, &window.location().href().unwrap())
        .unwrap()
        .href();
    let checked = Object::new();
    Reflect::set(
        &checked,
        &href.into(),
        &include_str!("../public/content/site.json").into(),
    )
    .unwrap();
    Reflect::set(&window, &CHECKED_CONTENT.into(), &checked).unwrap();
    let read = Rc::new(Cell::new(false));
    let done = read.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let site = loader::load::<Website>(config).await;
        assert!(site.is_ok(), "{site:?}");
        done.set(true);
    });
    // Every promise reaction in this task, but no later task.
    for _ in 0..20 {
        wasm_bindgen_futures::JsFuture::from(Promise::resolve(&JsValue::NULL))
            .await
            .unwrap();
    }
    let in_the_same_task = read.get();
    until("the file read in a later task", || read.get()).await;
    Reflect::delete_property(&window, &CHECKED_CONTENT.into()).unwrap();
    loader::clear_cache();
    assert!(!in_the_same_task, "read in the task that asked for it");
}

/// One content file read both ways: by the app (the browser's JSON parser,
/// `loader::read_json`) and by serde_json, as the native tests and the
/// editors' check read it. They must agree, or the check could pass a file the
/// app shows differently.
fn reads_the_same<T>(name: &str, text: &str)
where
    T: offender_care_careers::content::ContentFile + PartialEq + std::fmt::Debug,
{
    use offender_care_careers::{content, web::loader};
    let app = loader::read_json::<T>(text).unwrap_or_else(|e| panic!("{name}: the app: {e}"));
    let native = content::parse::<T>(text).unwrap_or_else(|e| panic!("{name}: serde_json: {e}"));
    assert_eq!(app, native, "{name}: the app reads it differently");
}

/// Every content file of the published pack and of the fictional trust's.
#[wasm_bindgen_test]
fn the_app_reads_every_content_file_as_serde_json_does() {
    use offender_care_careers::content::*;
    macro_rules! both_packs {
        ($($field:ident: $ty:ty = $file:literal, $need:ident, $what:literal, $page:literal;)*) => {$(
            assert_eq!(<$ty as Named>::FILE, $file);
            reads_the_same::<$ty>(concat!("public/content/", $file), include_str!(concat!("../public/content/", $file)));
            reads_the_same::<$ty>(concat!("fictional ", $file), include_str!(concat!("fixtures/fictional-trust/content/", $file)));
        )*};
    }
    offender_care_careers::every_content_file!(both_packs);
}

/// Each excerpt (`content::excerpt`) as the app reads it, with the browser's
/// parser, and as serde_json does: the same, in both packs.
#[wasm_bindgen_test]
fn the_app_reads_each_excerpt_as_serde_json_does() {
    use offender_care_careers::content::excerpt::{
        RegionNames, RoleNeeds, SiteRoles, VacancyClosings,
    };
    use offender_care_careers::web::loader::read_json;
    // Each pack's file read both ways; the app's reading, for what each must hold.
    macro_rules! both_packs {
        ($ty:ty, $file:literal) => {
            [
                (
                    concat!("public/content/", $file),
                    include_str!(concat!("../public/content/", $file)),
                ),
                (
                    concat!("fictional ", $file),
                    include_str!(concat!("fixtures/fictional-trust/content/", $file)),
                ),
            ]
            .map(|(name, text)| {
                let app = read_json::<$ty>(text).unwrap_or_else(|e| panic!("{name}: the app: {e}"));
                let native: $ty = serde_json::from_str(text)
                    .unwrap_or_else(|e| panic!("{name}: serde_json: {e}"));
                assert_eq!(app, native, "{name}");
                (name, app)
            })
        };
    }
    for (name, regions) in both_packs!(RegionNames, "sites.json") {
        assert!(!regions.regions.is_empty(), "{name}");
    }
    for (name, roles) in both_packs!(RoleNeeds, "roles.json") {
        assert!(!roles.roles.is_empty(), "{name}");
    }
    let _ = both_packs!(VacancyClosings, "vacancies.json");
    for (name, sites) in both_packs!(SiteRoles, "sites.json") {
        assert!(!sites.sites.is_empty(), "{name}");
    }
}

/// What an editor may write that the published files do not show: `null` for
/// an optional field, escapes, and files the app must refuse as serde_json does.
#[wasm_bindgen_test]
fn the_app_reads_edge_cases_and_refuses_bad_files_as_serde_json_does() {
    use offender_care_careers::content::{self, Glossary};
    use offender_care_careers::web::loader::read_json;
    let term = |fields: &str| {
        format!(
            r#"{{"terms": [{{"id": "a", "term": "A", "source": "https://example.org/a", {fields}}}]}}"#
        )
    };
    reads_the_same::<Glossary>("null", &term(r#""meaning": "m", "stands_for": null"#));
    reads_the_same::<Glossary>(
        "escapes",
        &term(r#""meaning": "it\u2019s \"quoted\"\n\ttoo \\ \/ \ud83d\ude00", "also": []"#),
    );
    for (name, text) in [
        ("an unknown field", term(r#""meaning": "m", "extra": 1"#)),
        ("a missing field", term(r#""stands_for": "s""#)),
        ("the wrong type", term(r#""meaning": 3"#)),
        ("the wrong shape", "[1, 2, 3]".to_owned()),
        ("not JSON", r#"{"terms": ["#.to_owned()),
    ] {
        assert!(
            content::parse::<Glossary>(&text).is_err(),
            "serde_json accepts {name}"
        );
        let error = read_json::<Glossary>(&text).expect_err(name);
        assert!(error.starts_with("glossary.json: "), "{name}: {error}");
    }
}

/// The home page fetches its content from the server; the test runner's server
/// has no content files, so the page must say so rather than stay blank.
#[wasm_bindgen_test]
async fn app_shows_a_load_error_when_content_is_missing() {
    let el = host();
    let _app = leptos::mount::mount_to(el.clone(), || {
        view! { <offender_care_careers::App config=Config::new(BasePath::default(), Some("/no-such-content/")) /> }
    });
    until("the load error", || {
        el.text_content().unwrap().contains("Try again")
    })
    .await;
    let text = el.text_content().unwrap();
    assert!(
        text.contains("We could not load the introduction to the site."),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn choosing_a_page_closes_the_phone_menu() {
    let el = host();
    let navigate = StoredValue::new_local(None::<Box<dyn Fn(&str)>>);
    let _app = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Config::default());
        view! {
            <Router>
                <Shell>
                    {
                        let go = leptos_router::hooks::use_navigate();
                        navigate.set_value(Some(Box::new(move |p: &str| go(p, Default::default()))));
                    }
                </Shell>
            </Router>
        }
    });
    settle(0).await;
    let start = web_sys::window().unwrap().location().pathname().unwrap();
    let button: HtmlElement = one(&el, ".occ-header__menu-toggle").unchecked_into();
    button.click();
    settle(0).await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    navigate.with_value(|go| go.as_ref().unwrap()("/somewhere-else"));
    until("the menu to close", || {
        button.get_attribute("aria-expanded").as_deref() == Some("false")
    })
    .await;
    navigate.with_value(|go| go.as_ref().unwrap()(&start));
    until("the way back", || {
        web_sys::window().unwrap().location().pathname().unwrap() == start
    })
    .await;
}

#[wasm_bindgen_test]
async fn compare_toggle_adds_removes_and_stops_at_three() {
    use offender_care_careers::web::components::compare::{CompareBar, CompareToggle};
    use offender_care_careers::web::components::CompareList;
    let el = host();
    let list = StoredValue::new(None::<CompareList>);
    let _app = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Config::default());
        let chosen = CompareList::default();
        list.set_value(Some(chosen));
        provide_context(chosen);
        view! {
            <Router>
                <CompareToggle id="a".to_owned() title="Role A".to_owned() />
                <CompareToggle id="b".to_owned() title="Role B".to_owned() />
                <CompareToggle id="c".to_owned() title="Role C".to_owned() />
                <CompareToggle id="d".to_owned() title="Role D".to_owned() />
                <CompareBar />
            </Router>
        }
    });
    settle(0).await;
    let buttons: Vec<HtmlElement> = all(&el, "button")
        .into_iter()
        .map(|b| b.unchecked_into())
        .collect();
    assert_eq!(
        buttons[0].get_attribute("aria-label").as_deref(),
        Some("Add to comparison: Role A")
    );
    assert_eq!(
        buttons[0].get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(
        el.query_selector(".occ-compare-bar").unwrap().is_none(),
        "no bar before a choice"
    );

    buttons[0].click();
    settle(0).await;
    assert_eq!(
        buttons[0].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(buttons[0].text_content().unwrap(), "Remove from comparison");
    assert!(one(&el, ".occ-compare-bar")
        .text_content()
        .unwrap()
        .contains("1 role chosen"));

    buttons[1].click();
    buttons[2].click();
    settle(0).await;
    assert_eq!(list.get_value().unwrap().0.get_untracked(), ["a", "b", "c"]);
    // Three is the most: the fourth cannot be added, the chosen ones can be removed.
    assert!(buttons[3].has_attribute("disabled"));
    assert!(!buttons[0].has_attribute("disabled"));
    let link = one(&el, ".occ-compare-bar a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/roles/compare?roles=a,b,c")
    );
    assert_eq!(link.text_content().unwrap(), "Compare 3 roles");

    buttons[1].click();
    settle(0).await;
    assert_eq!(list.get_value().unwrap().0.get_untracked(), ["a", "c"]);
    assert!(!buttons[3].has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn a_plain_page_is_replaced_at_once() {
    let root = host();
    root.set_inner_html(
        r#"<div class="occ-static-failure" hidden><h2>This page has not loaded</h2></div>"#,
    );
    takeover::start_in(root.clone(), move |el| {
        leptos::mount::mount_to(el, || view! { <p class="occ-loading">"Loading…"</p> }).forget()
    });
    assert!(all(&root, ".occ-static-failure").is_empty());
    assert_eq!(all(&root, ".occ-loading").len(), 1);
    assert!(root.has_attribute(takeover::STARTED));
    settle(20).await;
    assert!(
        !root.has_attribute(takeover::COMPLETE),
        "still loading, with no heading"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_plain_page_is_marked_complete_once_it_has_its_heading_and_nothing_loads() {
    let root = host();
    let ready = RwSignal::new(false);
    takeover::start_in(root.clone(), move |el| {
        leptos::mount::mount_to(el, move || {
            view! {
                <h1>"Page"</h1>
                <Show when=move || ready.get() fallback=|| view! { <p class="occ-loading">"Loading…"</p> }>
                    <p>"Loaded"</p>
                </Show>
            }
        })
        .forget()
    });
    settle(20).await;
    assert!(
        !root.has_attribute(takeover::COMPLETE),
        "a part is still loading"
    );
    ready.set(true);
    until("the page to be marked complete", || {
        root.has_attribute(takeover::COMPLETE)
    })
    .await;
    root.remove();
}

/// Closing dates and pay years are UK dates. The app works out UK time from
/// the clock by the UK's rules (`DateTime::uk_at`, tested natively), not the
/// browser's time zone data: this checks the two agree, every three hours for
/// eight years and at each minute either side of every change, and that `now()`
/// is that rule applied to this moment.
#[wasm_bindgen_test]
fn uk_time_agrees_with_the_browsers_time_zone_data() {
    use offender_care_careers::domain::format::DateTime;
    let options = js_sys::Object::new();
    for (key, value) in [
        ("timeZone", "Europe/London"),
        ("hourCycle", "h23"),
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "numeric"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).unwrap();
    }
    let london = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&"en-GB".into()), &options);
    let browser = |millis: f64| {
        let mut t = [0u32; 5];
        for part in london
            .format_to_parts(&js_sys::Date::new(&millis.into()))
            .iter()
        {
            let get = |k: &str| {
                js_sys::Reflect::get(&part, &k.into())
                    .unwrap()
                    .as_string()
                    .unwrap()
            };
            let slot = match get("type").as_str() {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                "hour" => 3,
                "minute" => 4,
                _ => continue,
            };
            t[slot] = get("value").parse::<u32>().unwrap();
        }
        // Some engines write midnight as 24 even with h23.
        t[3] %= 24;
        t
    };
    let ours = |millis: f64| {
        let t = DateTime::uk_at(millis);
        [t.year, t.month, t.day, t.hour, t.minute]
    };
    let start = js_sys::Date::parse("2025-01-01T00:00:00Z");
    let hour = 3_600_000.0;
    let mut checked = 0;
    for step in 0..(8 * 366 * 8) {
        let at = start + f64::from(step) * 3.0 * hour;
        assert_eq!(ours(at), browser(at), "at {at} ms");
        checked += 1;
        // Around each change (three hours on are not three hours on the
        // clock), minute by minute.
        if (browser(at + 3.0 * hour)[3] + 24 - browser(at)[3]) % 24 != 3 {
            for minute in 0..=180 {
                let at = at + f64::from(minute) * 60_000.0;
                assert_eq!(ours(at), browser(at), "at {at} ms");
            }
        }
    }
    assert!(checked > 20_000);
    let before = js_sys::Date::now();
    let now = offender_care_careers::web::components::now();
    let after = js_sys::Date::now();
    assert!(
        [ours(before), ours(after)].contains(&[now.year, now.month, now.day, now.hour, now.minute])
    );
}

#[wasm_bindgen_test]
async fn an_island_reads_and_changes_its_query_with_no_router() {
    use offender_care_careers::web::nav::Nav;
    let el = host();
    let location = web_sys::window().unwrap().location();
    let path = location.pathname().unwrap();
    let before = format!("{path}{}", location.search().unwrap());
    let kept = StoredValue::new_local(None::<Nav>);
    let _app = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Config::default());
        let nav = Nav::of_window(Config::default());
        kept.set_value(Some(nav));
        view! { <p class="band">{move || nav.get("band").unwrap_or_else(|| "none".to_owned())}</p> }
    });
    settle(0).await;
    let nav = kept.get_value().unwrap();
    let shown = || one(&el, ".band").text_content().unwrap();
    // Moving within the page changes the address in place and what it shows.
    nav.go(&format!("{path}?band=8a&x=%C3%86r%C3%B8+1"), false);
    settle(0).await;
    assert_eq!(shown(), "8a");
    assert_eq!(nav.get_untracked("x").as_deref(), Some("Ærø 1"));
    assert_eq!(location.pathname().unwrap(), path);
    // Back goes to the address before, and the page follows it.
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .back()
        .unwrap();
    until("the page to follow Back", || shown() == "none").await;
    assert_eq!(format!("{path}{}", location.search().unwrap()), before);
}

/// A part a host embeds alone stands for its app route in the host's page: a
/// move within that route changes the host page's query and keeps its path
/// (wherever the host's page is), so the host's page is never left for a filter.
#[wasm_bindgen_test]
async fn a_part_embedded_alone_moves_within_its_route_on_the_hosts_own_page() {
    use offender_care_careers::web::nav::Nav;
    let el = host();
    let location = web_sys::window().unwrap().location();
    let path = location.pathname().unwrap();
    let before = format!("{path}{}", location.search().unwrap());
    let kept = StoredValue::new_local(None::<Nav>);
    // The app's base path is elsewhere: the part's own route still stays here.
    let config = Config::new(BasePath::parse("/careers/elsewhere/"), None);
    let _app = leptos::mount::mount_to(el.clone(), move || {
        provide_context(config);
        let nav = Nav::standing_for(config, "/prisons");
        kept.set_value(Some(nav));
        view! { <p class="region">{move || nav.get("region").unwrap_or_else(|| "none".to_owned())}</p> }
    });
    settle(0).await;
    let nav = kept.get_value().unwrap();
    let shown = || one(&el, ".region").text_content().unwrap();
    nav.go("/prisons?region=kent", false);
    settle(0).await;
    assert_eq!(shown(), "kent");
    assert_eq!(location.pathname().unwrap(), path);
    assert_eq!(location.search().unwrap(), "?region=kent");
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .back()
        .unwrap();
    until("the page to follow Back", || shown() == "none").await;
    assert_eq!(format!("{path}{}", location.search().unwrap()), before);
}

/// A role under "could apply now" says whether a job for it is open here and,
/// when none is, says so in one line (the job alerts are said once, under
/// "Apply or ask a question", not in every card); says
/// where it works, or to ask; what the quiz cannot ask
/// and the other reasons are folded.
#[wasm_bindgen_test]
async fn a_best_match_says_whether_a_job_for_it_is_open() {
    use offender_care_careers::content::excerpt::SiteRoles;
    use offender_care_careers::content::{Paragraph, Roles, Sites, Source, Vacancies, Website};
    use offender_care_careers::domain::quiz::{Reason, RoleResult};
    use offender_care_careers::web::components::Content;
    use offender_care_careers::web::pages::{BestMatch, Reader};
    let site: Website = serde_json::from_str(include_str!("../public/content/site.json")).unwrap();
    let roles: Roles = serde_json::from_str(include_str!("../public/content/roles.json")).unwrap();
    let published: Vacancies =
        serde_json::from_str(include_str!("../public/content/vacancies.json")).unwrap();
    let sites: Sites = serde_json::from_str(include_str!("../public/content/sites.json")).unwrap();
    let role = offender_care_careers::content::excerpt::RoleNeeds::of(&roles).roles[0].clone();
    // No site names the role; then two do, one of them closed.
    let mut nowhere = sites.clone();
    for s in &mut nowhere.sites {
        s.roles.retain(|r| *r != role.id);
    }
    let mut somewhere = nowhere.clone();
    for s in &mut somewhere.sites[..2] {
        s.roles.push(role.id.clone());
    }
    somewhere.sites[1].closed = Some(Paragraph {
        text: "Closed.".into(),
        source: Source("https://example.org/".into()),
    });
    let result = RoleResult {
        role: role.id.clone(),
        score: 80,
        needs: vec![],
        unasked: vec!["Something the quiz does not ask".into()],
        reasons: vec![
            Reason {
                question: "First question?".into(),
                answer: "First answer".into(),
                weight: 3,
            },
            Reason {
                question: "Second question?".into(),
                answer: "Second answer".into(),
                weight: 2,
            },
        ],
    };
    let mount = |vacancies: Vacancies, sites: &Sites| {
        let el = host();
        let role = role.clone();
        let result = result.clone();
        let sites = SiteRoles::of(sites);
        let handle = leptos::mount::mount_to(el.clone(), move || {
            provide_context(Config::default());
            // As the results read them (content::excerpt).
            let vacancies =
                offender_care_careers::content::excerpt::VacancyClosings::of(&vacancies);
            let vacancies = Content::given(Arc::new(vacancies), "vacancies");
            let sites = Content::given(Arc::new(sites), "sites");
            view! { <Router><ol><BestMatch role result words=Reader::Answerer.words() vacancies sites /></ol></Router> }
        });
        (el, handle)
    };

    // No job open for the role: said so; the live jobs and the job alerts
    // are under "Apply or ask a question", just after the roles.
    let mut none = published.clone();
    none.vacancies.clear();
    let (el, _a) = mount(none, &nowhere);
    until("the vacancies to be read", || {
        el.query_selector(".occ-result__closed")
            .unwrap()
            .and_then(|c| c.text_content())
            .is_some_and(|t| t.contains("No job for this role is open"))
    })
    .await;
    let closed = one(&el, ".occ-result__closed");
    let text = closed.text_content().unwrap();
    assert!(
        text.contains("No job for this role is open on this site now."),
        "{text}"
    );
    if let Some(alerts) = &site.job_alerts {
        assert!(!text.contains(&alerts.text), "{text}");
    }
    assert!(el.query_selector(".occ-result__open").unwrap().is_none());
    // No site named for the role: the person is told to ask.
    let place = one(&el, ".occ-result__where").text_content().unwrap();
    assert!(
        place.contains("no job advert we hold names a site"),
        "{place}"
    );
    assert!(place.contains("Ask the trust"), "{place}");
    // The strongest reason shown, the other folded; what the quiz cannot ask folded too.
    let shown = one(&el, "h4 + ul").text_content().unwrap();
    assert!(
        shown.contains("First question? You said: First answer"),
        "{shown}"
    );
    let summaries: Vec<String> = all(&el, "details > summary")
        .iter()
        .map(|s| s.text_content().unwrap())
        .collect();
    assert_eq!(
        summaries,
        ["More reasons", "Also needed (the quiz does not ask)"]
    );

    // A job open for the role: a link to it, and no "none open".
    let mut open = published.vacancies[0].clone();
    open.role = role.id.clone();
    open.id = "an-open-job".into();
    open.closing = "2999-01-01T23:59".into();
    let mut one_open = published.clone();
    one_open.vacancies = vec![open];
    let (el, _b) = mount(one_open, &somewhere);
    until("the open job to be shown", || {
        el.query_selector(".occ-result__open a").unwrap().is_some()
    })
    .await;
    let link = one(&el, ".occ-result__open a");
    assert!(
        link.get_attribute("href")
            .unwrap()
            .ends_with("/vacancies/an-open-job"),
        "{:?}",
        link.get_attribute("href")
    );
    assert!(el.query_selector(".occ-result__closed").unwrap().is_none());
    // Where the role works: the open site a source names; not the closed one.
    let place = one(&el, ".occ-result__where").text_content().unwrap();
    assert_eq!(
        place,
        format!(
            "Where, from the trust's job adverts: {}.",
            somewhere.sites[0].name
        )
    );
}

/// The browser's parser reads `1e999` as Infinity; the app's reader refuses
/// it as serde_json does, so no content file hands the app a number it
/// cannot compute with (a map's frame, a pay rate).
#[wasm_bindgen_test]
fn content_numbers_out_of_range_are_refused() {
    use offender_care_careers::web::js_json::from_str;
    #[derive(serde::Deserialize, Debug)]
    struct Sized {
        #[allow(dead_code)]
        height: f64,
    }
    for bad in [r#"{"height": 1e999}"#, r#"{"height": -1e999}"#] {
        let error = from_str::<Sized>(bad).expect_err(bad);
        assert!(error.contains("out of range"), "{bad}: {error}");
    }
    assert_eq!(from_str::<Sized>(r#"{"height": 2.5}"#).unwrap().height, 2.5);
    assert!(from_str::<serde_json::Value>(r#"[1e999]"#).is_err());
}

/// The editors' pages and their worker read each other's messages as they
/// were sent: every kind of request and answer, with text that has quotes,
/// new lines and files that are not there.
#[wasm_bindgen_test]
fn the_editors_messages_read_back_as_sent() {
    use offender_care_careers::content::Report;
    use offender_care_careers::web::editors::protocol::{AdvertRead, Reply, Request};
    let files = vec![
        (
            "roles.json".to_owned(),
            Some("{\"roles\": [\n]}".to_owned()),
        ),
        ("site.json".to_owned(), None),
    ];
    let report = |n: &str| Report {
        file: "roles.json".into(),
        record: format!("roles[{n}]"),
        field: "title".into(),
        problem: "is empty".into(),
        fix: "Write the words \"here\".".into(),
    };
    let requests = [
        Request::Check(files.clone()),
        Request::Check(Vec::new()),
        Request::ReadAdvert {
            text: "Job summary\nBand 5".into(),
            address: Some("https://www.jobs.nhs.uk/candidate/jobadvert/X".into()),
            files: files.clone(),
        },
        Request::ReadAdvert {
            text: String::new(),
            address: None,
            files: Vec::new(),
        },
    ];
    for request in &requests {
        assert_eq!(&Request::from_js(&request.to_js()), request);
    }
    let check = &requests[0];
    let advert = &requests[2];
    let answers = [
        (Reply::Findings(vec![report("a"), report("b")]), check),
        (Reply::Findings(Vec::new()), check),
        (
            Reply::NotAnAdvert("This does not look like an advert.".into()),
            advert,
        ),
        (
            Reply::Read(AdvertRead {
                record: "{\n  \"id\": \"x\"\n}".into(),
                to_check: vec!["The band".into(), "The sites".into()],
                findings: vec![report("x")],
                vacancies: Some("{\"vacancies\": []}".into()),
            }),
            advert,
        ),
        (
            Reply::Read(AdvertRead {
                record: "{}".into(),
                to_check: Vec::new(),
                findings: Vec::new(),
                vacancies: None,
            }),
            advert,
        ),
    ];
    for (reply, asked) in &answers {
        assert_eq!(&Reply::from_js(&reply.to_js(), asked), reply);
    }
}
