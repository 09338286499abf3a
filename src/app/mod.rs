//! The Leptos client. One module per view; they read [`state::AppState`] from context and
//! call the core, holding no business logic of their own.

mod about;
mod detail;
mod edit;
mod facets;
mod i18n;
mod list;
mod offline;
mod relation;
mod search;
mod share;
mod state;
mod storage;
mod timeline;

use chrono::Local;
use leptos::prelude::*;

use crate::core::model::Register;
use crate::core::url::View;
use i18n::t;
use state::{use_app, AppState, Step};

/// Entry point of the browser build.
pub fn start() {
    console_error_panic_hook::set_once();
    // The static "Laddar …" placeholder in index.html goes once the app can render.
    if let Some(el) = document().get_element_by_id("laddar") {
        el.remove();
    }
    leptos::mount::mount_to_body(Root);
}

#[component]
fn Root() -> impl IntoView {
    // The bundled register is checked by `cargo test`; should it ever fail here anyway,
    // say so in words instead of killing the page.
    match Register::bundled() {
        Ok(register) => {
            let today = Local::now().date_naive();
            let state = AppState::new(register, today);
            provide_context(state);
            provide_context(offline::Offline::start());
            view! { <App/> }.into_any()
        }
        Err(_) => view! { <p class="fatal" role="alert">{t().load_failed}</p> }.into_any(),
    }
}

#[component]
fn App() -> impl IntoView {
    let app = use_app();
    // A memo: re-render the page body only when the view changes, not on every keystroke.
    let view = Memo::new(move |_| app.view.with(|s| s.view.has_workspace()));
    let current = Memo::new(move |_| app.view.with(|s| s.view));
    let nav_link = move |target: View, label: &'static str| {
        let href = move || {
            app.href(|s| {
                s.view = target;
                s.post = None;
            })
        };
        view! {
            <a
                href=href
                aria-current=move || (current.get() == target).then_some("page")
                on:click=move |ev| {
                    ev.prevent_default();
                    app.go(Step::Push, |s| {
                        s.view = target;
                        s.post = None;
                    });
                }
            >
                {label}
            </a>
        }
    };
    let source = app.with_catalog(|c| {
        let s = &c.register.source;
        (t().source_line)(&s.date, &s.dnr, &s.organisation)
    });
    view! {
        <a class="skip" href="#innehall">{t().skip_to_content}</a>
        <header class="site-header">
            <div class="brand">
                <span class="org">{t().organisation}</span>
                <span class="app-name">{t().app_name}</span>
                <span class="tagline">{t().tagline}</span>
            </div>
            <nav aria-label="Huvudmeny">
                {nav_link(View::List, t().nav_list)}
                {nav_link(View::Relation, t().nav_relation)}
                {nav_link(View::Timeline, t().nav_timeline)}
                {nav_link(View::About, t().nav_about)}
            </nav>
        </header>
        <share::Notices/>
        <edit::StorageBanner/>
        <offline::OfflineBanners/>
        <main id="innehall" tabindex="-1">
            {move || {
                if view.get() {
                    // Rebuilt when the register changes (an edit here or in another tab), so every
                    // label, list and count reads the new one.
                    app.snapshot.track();
                    view! { <list::Workspace/> }.into_any()
                } else {
                    view! { <about::AboutView/> }.into_any()
                }
            }}
        </main>
        <footer class="site-footer">
            <span>{t().about_source} ": " {source}</span>
        </footer>
    }
}
