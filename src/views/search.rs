//! The search box and match highlighting.

use leptos::prelude::*;
use samverkan_core::search::{highlight, Query};
use samverkan_core::url::{cap_search, MAX_SEARCH_CHARS};

use crate::browser::i18n::t;
use crate::state::{use_app, Step};

#[component]
pub fn SearchBox() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="search" role="search">
            <label for="sok">{t().search_label}</label>
            <input
                id="sok"
                type="search"
                aria-keyshortcuts="/"
                autocomplete="off"
                spellcheck="false"
                placeholder=t().search_placeholder
                // The URL's limit, so a huge paste is cut by the browser before any work is done;
                // `cap_search` also cuts a value set by script, which maxlength does not.
                maxlength=MAX_SEARCH_CHARS
                prop:value=move || app.nav.view.with(|s| s.q.clone())
                // Enter has nothing to submit: on to the count, as from a filter, and from there
                // to the results.
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && !(ev.ctrl_key() || ev.meta_key() || ev.alt_key()) {
                        ev.prevent_default();
                        app.nav.flush_url();
                        crate::browser::dom::focus_now("antal");
                    }
                }
                on:input=move |ev| {
                    let q = cap_search(event_target_value(&ev));
                    app.nav.go(Step::Typing, |s| {
                        s.q = q;
                        s.post = None;
                    });
                }
            />
        </div>
    }
}

/// `text` with the parts the search matched in `<mark>`. Text nodes only, never HTML.
pub fn highlighted(text: &str, query: &Query) -> AnyView {
    highlight(text, query)
        .into_iter()
        .map(|seg| {
            let s = seg.text.to_string();
            if seg.hit {
                view! { <mark>{s}</mark> }.into_any()
            } else {
                s.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// A reactive highlighted text: re-marks when the search changes.
pub fn marked(text: String) -> impl IntoView {
    let app = use_app();
    move || app.nav.query.with(|q| highlighted(&text, q))
}

/// `lang` for register content: it is Swedish as written, so when the interface is in another
/// language a screen reader is told to read it as Swedish. `None` (no attribute) in Swedish.
pub fn content_lang() -> Option<&'static str> {
    (crate::browser::i18n::lang() != samverkan_core::url::Lang::Sv).then_some("sv")
}

/// Register content, highlighted and marked as Swedish.
pub fn content(text: String) -> impl IntoView {
    view! { <span lang=content_lang()>{marked(text)}</span> }
}

/// `lang` for a name that is either the register's (Swedish content) or a gloss in the reader's
/// language (`glossed`, see `Texts::name`), which is not marked.
pub fn name_lang(glossed: bool) -> Option<&'static str> {
    if glossed {
        None
    } else {
        content_lang()
    }
}

/// A name, highlighted: as [`content`] where it is the register's, plain where it is a gloss.
pub fn named(text: String, glossed: bool) -> AnyView {
    if glossed {
        marked(text).into_any()
    } else {
        content(text).into_any()
    }
}
