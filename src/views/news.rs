//! "Nytt sedan ditt senaste besök": the published register against this browser's fingerprints of
//! the one its reader last marked as read (`samverkan_core::seen`), the notice that lists the
//! difference with links, what changed in each entry and the names of removed ones where the
//! register's history says (`changelog::told`), "Visa bara dessa" (`nytt=1`), the change log, and
//! "Markera som läst".
//!
//! On a first visit the register is remembered as read, so there is no notice
//! (`storage::news_since_last_visit`). The notice stays, visit after visit, until it is marked as
//! read: a reload does not lose what the reader has not looked at yet.

use leptos::prelude::*;
use samverkan_core::url::View;

use crate::browser::dom::focus_later;
use crate::browser::i18n::t;
use crate::state::{use_app, Own, Step};
use crate::views::entry::{entry_link, first_named, named_entries, NAMED};
use crate::views::log::{field_changes, removed_names};

#[component]
pub fn NewsNotice() -> impl IntoView {
    let app = use_app();
    let not_saved = Own::new(false);
    move || {
        let since = app.session.news.get()?;
        let (news, told) = (&since.news, &since.told);
        let register = app.edits.published();
        let added = (!news.added.is_empty()).then(|| {
            let (list, more) = first_named(&register, &news.added);
            view! {
                <div class="news-added">
                    <p class="news-group">{t().news_added}</p>
                    {named_entries("", list, more)}
                </div>
            }
        });
        // Each changed entry with what changed in it, where the history says.
        let changed = (!news.changed.is_empty()).then(|| {
            let more = news.changed.len().saturating_sub(NAMED);
            let items = news
                .changed
                .iter()
                .zip(&told.fields)
                .take(NAMED)
                .filter_map(|(&i, fields)| {
                    let e = register.entries.get(i)?;
                    Some(view! {
                        <li>
                            <span lang="sv">{entry_link(e.id.clone(), "", e.name.clone())}</span>
                            {(!fields.is_empty()).then(|| field_changes(&register, fields, false))}
                        </li>
                    })
                })
                .collect_view();
            view! {
                <div class="news-changed">
                    <p class="news-group">{t().news_changed}</p>
                    <ul>
                        {items}
                        {(more > 0).then(|| view! { <li>{(t().and_more)(more)}</li> })}
                    </ul>
                </div>
            }
        });
        // The removed entries the history names; those it cannot name are counted.
        let unnamed = news.removed.saturating_sub(told.removed.len());
        let removed = (!told.removed.is_empty()).then(|| {
            view! {
                <div class="news-removed">
                    <p class="news-group">{t().publication.news_removed}</p>
                    {removed_names(&told.removed)}
                    {(unnamed > 0).then(|| view! { <p>{(t().and_more)(unnamed)}</p> })}
                </div>
            }
        });
        let any_listed = !news.added.is_empty() || !news.changed.is_empty();
        let has_log = !register.history.publications.is_empty();
        let mark = move |_| {
            if app.mark_news_read().is_ok() {
                focus_later("vy-rubrik");
            } else {
                not_saved.set(true);
            }
        };
        let log_href = app.nav.href(|s| s.open_view(View::Log));
        Some(view! {
            <section class="banner news" aria-labelledby="nytt-rubrik" id="nytt">
                // The notice's name, not a heading: it comes before the view's h1.
                <p id="nytt-rubrik" class="news-title">{t().news_heading}</p>
                <p>{(t().news_summary)(news.added.len(), news.changed.len(), news.removed)}</p>
                <div class="news-lists">{added}{changed}{removed}</div>
                {(told.removed.is_empty() && news.removed > 0).then(|| view! { <p>{(t().news_removed)(news.removed)}</p> })}
                <Show when=move || not_saved.get()>
                    <p role="alert">{t().news_not_saved}</p>
                </Show>
                <div class="news-actions">
                    {any_listed.then(|| view! {
                        <a
                            id="nytt-visa"
                            href=app.nav.href(only_news)
                            on:click=move |ev| {
                                ev.prevent_default();
                                app.nav.go(Step::Push, only_news);
                            }
                        >
                            {t().news_show}
                        </a>
                    })}
                    {has_log.then(|| view! {
                        <a
                            id="nytt-logg"
                            href=log_href
                            on:click=move |ev| {
                                ev.prevent_default();
                                app.nav.go(Step::Push, |s| s.open_view(View::Log));
                            }
                        >
                            {t().publication.to_log}
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
