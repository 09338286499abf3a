//! The page's frame: start-up, the language, header and menu, footer, keyboard shortcuts, and
//! which page the main area shows (the workspace, or a text page).

use chrono::Local;
use leptos::prelude::*;
use samverkan_core::load::SourceProblem;
use samverkan_core::model::Register;
use samverkan_core::names::{Form, Kind};
use samverkan_core::shared::FETCH_LINE;
use samverkan_core::url::{Lang, View};

use crate::browser::dom::{focus_after_rebuild, focus_later, focus_now, typing_in_field};
use crate::browser::i18n::{self, t};
use crate::browser::source::{self, Outcome};
use crate::browser::{offline, storage};
use crate::edit;
use crate::state::{use_app, AppState, Step};
use crate::views::{about, share, statement, workspace};

/// Entry point of the browser build: fetch the published register, then render. Until then the
/// pre-rendered first screen (or "Laddar …") stays on screen and scrollable.
pub fn start() {
    console_error_panic_hook::set_once();
    samverkan_core::unicode::use_decomposer(crate::browser::dom::nfd);
    // Not leptos::task::spawn_local: its executor is set up by the mount, which comes after.
    wasm_bindgen_futures::spawn_local(async {
        // The reader's language from here on, for the loading line's words too.
        set_page_lang(reader_lang());
        // The register and the stored edits, read side by side.
        let (outcome, stored) = futures::join!(source::load(), storage::open_edits());
        let large = match &outcome {
            Outcome::Fresh(r) | Outcome::Stale { register: r, .. } => {
                r.entries.len() > LARGE_REGISTER
            }
            Outcome::Failed(_) => false,
        };
        if large {
            crate::browser::dom::loading_step(t().loading_index).await;
        }
        // The pre-rendered first screen, the "Laddar …" line and the loading line in index.html
        // go once the app can render; it renders the page anew rather than hydrating it. What
        // its footer links to as open data is the publication's choice: kept first.
        crate::browser::dom::remember_open_data();
        for id in ["forhandsvisning", "laddar", FETCH_LINE] {
            if let Some(el) = document().get_element_by_id(id) {
                el.remove();
            }
        }
        let (register, stale) = match outcome {
            Outcome::Fresh(r) => (r, None),
            Outcome::Stale { register, problem } => (register, Some(problem)),
            Outcome::Failed(problem) => return source_failed(&problem),
        };
        leptos::mount::mount_to_body(move || view! { <Root register stale stored/> });
        // Search and filters work from here on; the benchmarks read this mark.
        if let Some(p) = window().performance() {
            let _ = p.mark("app-ready");
        }
    });
}

/// Search's folding of `text` as this build does it (through the browser's NFD), for the browser
/// suite to compare with the native tables (tests/e2e/folding.spec.js): `window.wasmBindings`.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn search_fold(text: &str) -> String {
    samverkan_core::search::fold(text)
}

/// The Swedish sort key of `text` as this build computes it, for the same comparison.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn sort_key(text: &str) -> String {
    samverkan_core::sort::swedish_key(text)
}

/// The register could not be read and this browser has no earlier copy: the core's page that says
/// so, in the reader's language, instead of the app. Local edits stay in storage untouched.
fn source_failed(problem: &SourceProblem) {
    document().set_title(&(t().document_title)(t().source_failed_heading));
    if let Some(body) = document().body() {
        body.set_inner_html(&samverkan_core::prerender::source_failed(t(), problem));
    }
}

#[component]
fn Root(
    register: Register,
    stale: Option<SourceProblem>,
    stored: storage::Opened,
) -> impl IntoView {
    let today = Local::now().date_naive();
    let state = AppState::new(register, today, stale, stored);
    provide_context(state);
    provide_context(offline::Offline::start());
    // A language change renders the page anew in that language: every string is read
    // from the table once, at render, and no component needs to know about languages. Work in
    // progress (a form, an import preview) is held by the state, outside this, and survives.
    let lang = state.session.lang;
    move || {
        set_page_lang(lang.get());
        view! { <App/> }
    }
}

/// Entries beyond which indexing takes a noticeable moment, so the loading line says so first.
const LARGE_REGISTER: usize = 2_000;

/// The language a link asks for, else the one this reader chose, else Swedish.
fn reader_lang() -> Lang {
    let query = window().location().search().unwrap_or_default();
    Lang::choose(Lang::in_query(&query), storage::load_lang())
}

fn set_page_lang(l: Lang) {
    i18n::set_lang(l);
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", l.id());
    }
}

/// `/` focuses the search; Escape closes the edit form or the open entry. Components that use
/// Escape themselves (a confirmation) call `prevent_default`, and this leaves it alone.
fn keyboard_shortcuts(app: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        match ev.key().as_str() {
            "/" if !typing_in_field(&ev) => {
                ev.prevent_default();
                if !focus_now("sok") {
                    // The text pages have no search box: go to the list, where it is.
                    app.nav.go(Step::Push, |s| s.open_view(View::List));
                    focus_later("sok");
                }
            }
            "Escape" => {
                if app.session.editing.with_untracked(Option::is_some) {
                    ev.prevent_default();
                    app.session.close_form();
                } else if let Some(id) = app.nav.view.with_untracked(|s| s.post.clone()) {
                    ev.prevent_default();
                    app.nav.close_entry(&id);
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

#[component]
fn App() -> impl IntoView {
    let app = use_app();
    let current = Memo::new(move |_| app.nav.view.with(|s| s.view));
    // The page body: the workspace (list, relation and timeline share it, so moving between them
    // keeps the search box and facets) or one of the text pages. A memo, so a keystroke or a view
    // change inside the workspace does not rebuild it.
    let page = Memo::new(move |_| {
        let v = current.get();
        if v.has_workspace() {
            View::List
        } else {
            v
        }
    });
    keyboard_shortcuts(app);
    // The tab's title names the view (and the open entry), for screen readers and history.
    let post = Memo::new(move |_| app.nav.view.with(|s| s.post.clone()));
    Effect::new(move |_| {
        let name = post.get().and_then(|id| {
            app.edits
                .snapshot
                .with(|s| s.catalog.register.name_of(Kind::Entry, &id, Form::Name))
        });
        let title = name.unwrap_or_else(|| t().view_name(current.get()).to_string());
        document().set_title(&(t().document_title)(&title));
    });
    // Changing view moves focus to the new view's heading, as a page load would; not on the first
    // render, where focus belongs at the top of the page.
    Effect::new(move |previous: Option<View>| {
        let now = current.get();
        if previous.is_some_and(|p| p != now) {
            let target = app.nav.take_focus_after_view();
            focus_later(target.unwrap_or("vy-rubrik"));
        }
        now
    });
    // The register's view the reader was last in, for the header's "Registret".
    let last_view = Memo::new(move |previous: Option<&View>| {
        let now = current.get();
        if now.has_workspace() {
            now
        } else {
            previous.copied().unwrap_or(View::List)
        }
    });
    let nav_link = move |target: View, label: &'static str| {
        let href = app.nav.href(move |s| s.open_view(target));
        view! {
            <a
                href=href
                aria-current=move || (current.get() == target).then_some("page")
                on:click=move |ev| {
                    ev.prevent_default();
                    app.nav.go(Step::Push, |s| s.open_view(target));
                }
            >
                {label}
            </a>
        }
    };
    // The views themselves are chosen once, beside the count ("Visa som"); the header leads to
    // the register, in the view last used, and to the text pages.
    let register_link = move || {
        let href = app.nav.href(move |s| s.open_view(last_view.get()));
        view! {
            <a
                href=href
                aria-current=move || (page.get() == View::List).then_some("page")
                on:click=move |ev| {
                    ev.prevent_default();
                    app.nav.go(Step::Push, |s| s.open_view(last_view.get_untracked()));
                }
            >
                {t().nav_register}
            </a>
        }
    };
    let (source, updated) = app.edits.with_catalog(|c| {
        let s = &c.register.source;
        (
            (t().source_line)(&s.date, &s.dnr, &s.organisation),
            (t().updated_on)(&s.updated),
        )
    });
    view! {
        <a class="skip" href="#innehall">{t().skip_to_content}</a>
        // In the register's views: straight to the filters or the results, for keyboard users
        // who would otherwise tab through the header and the search.
        {move || (page.get() == View::List).then(|| {
            let jump = |id: &'static str| move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                // On a phone the filters are folded behind their button: that is where to land.
                if !(id == "filter-rubrik" && crate::browser::dom::narrow_screen() && focus_now("filter-knapp")) {
                    focus_now(id);
                }
            };
            // In the order the page reads them: the filters, then the results.
            view! {
                <a class="skip" href="#filter-rubrik" on:click=jump("filter-rubrik")>{t().skip_to_filters}</a>
                <a class="skip" href="#antal" on:click=jump("antal")>{t().skip_to_results}</a>
            }
        })}
        <header class="site-header">
            <div class="brand">
                <span class="org">{t().organisation}</span>
                <span class="app-name">{t().app_name}</span>
                <span class="tagline">{t().tagline}</span>
            </div>
            <nav aria-label=t().main_menu>
                {register_link}
                {nav_link(View::About, t().nav_about)}
            </nav>
            // Page-wide: the QR code of this page's link, and the other language.
            <div class="header-tools">
                <crate::views::qr::QrButton/>
                <LanguageSwitch/>
            </div>
        </header>
        <share::Notices/>
        <StaleRegister/>
        <crate::views::news::NewsNotice/>
        <Confirmation/>
        <edit::StorageBanner/>
        <offline::OfflineBanners/>
        <main id="innehall" tabindex="-1">
            {move || {
                match page.get() {
                    View::About => view! { <about::AboutView/> }.into_any(),
                    View::Accessibility => view! { <statement::StatementView/> }.into_any(),
                    View::Log => view! { <crate::views::log::LogView/> }.into_any(),
                    // Not rebuilt when the register changes: the parts that show it follow it
                    // themselves, so an open form or question is left alone.
                    _ => view! { <workspace::Workspace/> }.into_any(),
                }
            }}
        </main>
        <footer class="site-footer">
            <p>{t().about_source} ": " {source}</p>
            <p class="updated">{updated}</p>
            <p class="footer-links">
                {nav_link(View::Accessibility, t().nav_accessibility)}
                " · "
                {nav_link(View::Log, t().publication.log_title)}
            </p>
            <about::OpenDataLinks/>
        </footer>
    }
}

/// The server's register could not be used, so this browser's last good copy is shown: say so,
/// and why, until dismissed.
#[component]
fn StaleRegister() -> impl IntoView {
    let app = use_app();
    move || {
        app.session.stale.get().map(|problem| {
            let day = app.edits.with_published(|p| p.source.updated.clone());
            view! {
                <div class="banner" role="status" id="registret-sparat">
                    <p>{(t().source_stale)(&(t().source_problem)(&problem), &day)}</p>
                    <button type="button" on:click=move |_| app.session.dismiss_stale()>{t().close}</button>
                </div>
            }
        })
    }
}

/// What a register-wide action did (`Edits::confirmation`), politely, until dismissed.
#[component]
fn Confirmation() -> impl IntoView {
    let app = use_app();
    view! {
        <div role="status" class="confirmation">
            {move || app.edits.confirmation.get().map(|text| view! {
                <div class="banner">
                    <p id="bekraftelse" tabindex="-1">{text}</p>
                    <button type="button" on:click=move |_| app.edits.dismiss_confirmation()>{t().close}</button>
                </div>
            })}
        </div>
    }
}

/// "In English" / "På svenska": a real link to the same view in the other language, marked with
/// that language so a screen reader pronounces it right.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let other = match i18n::lang() {
        Lang::Sv => Lang::En,
        Lang::En => Lang::Sv,
    };
    let target = i18n::texts(other);
    view! {
        <a
            id="sprak"
            class="language"
            href=app.nav.href(move |s| s.lang = Some(other))
            lang=other.id()
            hreflang=other.id()
            on:click=move |ev| {
                ev.prevent_default();
                app.choose_lang(other);
                // The page is rendered anew, an open entry too (which takes focus to its heading
                // as it mounts): keep the reader's place on the switch, after that.
                focus_after_rebuild("sprak");
            }
        >
            {target.in_this_language}
        </a>
    }
}
