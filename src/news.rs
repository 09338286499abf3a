//! "Nytt sedan ditt senaste besök": the published register against this browser's fingerprints of
//! the one its reader last marked as read (`samverkan_core::seen`), the notice that lists the
//! difference with links and "Visa bara dessa" (`nytt=1`), and "Markera som läst".
//!
//! On a first visit the register is remembered as read, so there is no notice
//! (`storage::news_since_last_visit`). The notice stays, visit after visit, until it is marked as
//! read: a reload does not lose what the reader has not looked at yet.

use std::sync::Arc;

use leptos::prelude::*;
use samverkan_core::url::View;

use crate::dom::focus_later;
use crate::entry::{first_named, named_entries};
use crate::i18n::t;
use crate::state::{use_app, Step};
use crate::storage;

#[component]
pub fn NewsNotice() -> impl IntoView {
    let app = use_app();
    let not_saved = RwSignal::new(false);
    move || {
        let news = app.news.get()?;
        let named = |indices: &[usize]| app.published.with_value(|p| first_named(p, indices));
        let group = |label: &'static str,
                     class: &'static str,
                     (list, more): (Vec<(String, String)>, usize)| {
            (!list.is_empty()).then(|| {
                view! {
                    <div class=class>
                        <p class="news-group">{label}</p>
                        {named_entries("", list, more)}
                    </div>
                }
            })
        };
        let added = group(t().news_added, "news-added", named(&news.added));
        let changed = group(t().news_changed, "news-changed", named(&news.changed));
        let any_listed = !news.added.is_empty() || !news.changed.is_empty();
        let read = Arc::clone(&news);
        let mark = move |_| {
            if storage::remember_as_read(&read.now).is_ok() {
                app.news.set(None);
                focus_later("vy-rubrik");
            } else {
                not_saved.set(true);
            }
        };
        Some(view! {
            <section class="banner news" aria-labelledby="nytt-rubrik" id="nytt">
                // The notice's name, not a heading: it comes before the view's h1.
                <p id="nytt-rubrik" class="news-title">{t().news_heading}</p>
                <p>{(t().news_summary)(news.added.len(), news.changed.len(), news.removed)}</p>
                <div class="news-lists">{added}{changed}</div>
                {(news.removed > 0).then(|| view! { <p>{(t().news_removed)(news.removed)}</p> })}
                <Show when=move || not_saved.get()>
                    <p role="alert">{t().news_not_saved}</p>
                </Show>
                <div class="news-actions">
                    {any_listed.then(|| view! {
                        <a
                            id="nytt-visa"
                            href=app.href(only_news)
                            on:click=move |ev| {
                                ev.prevent_default();
                                app.go(Step::Push, only_news);
                            }
                        >
                            {t().news_show}
                        </a>
                    })}
                    <button type="button" id="nytt-last" on:click=mark>{t().news_mark_read}</button>
                </div>
            </section>
        })
    }
}

/// "Visa bara dessa": only the new and changed entries, in the view the reader is in (the list
/// from a page without results).
fn only_news(s: &mut samverkan_core::url::ViewState) {
    s.clear_all();
    s.filters.news_only = true;
    s.post = None;
    if !s.view.has_workspace() {
        s.view = View::List;
    }
}
