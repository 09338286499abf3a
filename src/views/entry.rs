//! What every view shows of an entry wherever it names one: a link that opens it, and its local
//! badges ("Ny lokalt", "Ändrad lokalt", "Konflikt").

use leptos::prelude::*;
use samverkan_core::overlay::Local;

use crate::browser::i18n::t;
use crate::state::{use_app, AppState, Step};

/// A link that opens entry `id` (`post=`). A real `href`, so ctrl/cmd/shift-click and the middle
/// button open a new tab as with any link; a plain click stays in the app.
pub fn entry_link(
    id: String,
    class: &'static str,
    content: impl IntoView + 'static,
) -> impl IntoView {
    entry_link_to(move || Some(id.clone()), class, content)
}

/// As [`entry_link`], for a link whose entry can change (a list row kept by position).
pub fn entry_link_to(
    id: impl Fn() -> Option<String> + Clone + Send + Sync + 'static,
    class: &'static str,
    content: impl IntoView + 'static,
) -> impl IntoView {
    let app = use_app();
    let target = id.clone();
    let href = move || {
        let post = target();
        app.nav.href(move |s| s.post = post.clone())()
    };
    view! {
        <a class=class href=href on:click=move |ev: leptos::ev::MouseEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                return;
            }
            ev.prevent_default();
            if let Some(post) = untrack(&id) {
                app.nav.go(Step::Push, move |s| s.post = Some(post));
            }
        }>{content}</a>
    }
}

/// "Ny lokalt", "Ändrad lokalt", "Konflikt" next to an entry's name.
pub fn local_badges(app: AppState, id: &str) -> impl IntoView {
    let mark = app.edits.snapshot.with_untracked(|s| s.mark(id).cloned());
    mark.map(|m| {
        let text = match m.local {
            Local::Added => t().mark_added,
            Local::Changed => t().mark_changed,
            Local::Deleted => t().mark_deleted,
        };
        view! {
            <span class="badge local">{text}</span>
            {m.conflict.map(|_| view! { <span class="badge conflict">{t().mark_conflict}</span> })}
        }
    })
}

/// At most this many entries are named in a list of them in a notice; the rest are counted.
pub const NAMED: usize = 10;

/// The first [`NAMED`] of `indices` (into `register`) as their ids and names, and how many more.
pub fn first_named(
    register: &samverkan_core::model::Register,
    indices: &[usize],
) -> (Vec<(String, String)>, usize) {
    let list = indices
        .iter()
        .take(NAMED)
        .filter_map(|&i| register.entries.get(i))
        .map(|e| (e.id.clone(), e.name.clone()))
        .collect();
    (list, indices.len().saturating_sub(NAMED))
}

/// Entries named in a notice (the calendar's left out, the news): a list of links to them, in
/// the register's language, ending "… och 3 till" when `more` were not named.
pub fn named_entries(
    class: &'static str,
    list: Vec<(String, String)>,
    more: usize,
) -> impl IntoView {
    view! {
        <ul class=class>
            {list
                .into_iter()
                .map(|(id, name)| view! { <li lang="sv">{entry_link(id, "", name)}</li> })
                .collect_view()}
            {(more > 0).then(|| view! { <li>{(t().and_more)(more)}</li> })}
        </ul>
    }
}
