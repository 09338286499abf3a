//! The result list: rows [`PAGE`] at a time, "Visa fler", entries deleted locally, and what to
//! lift when nothing matches.

use leptos::prelude::*;
use samverkan_core::change::{EntryAction, Op};
use samverkan_core::names::{Form, Kind};
use samverkan_core::overlay::Local;
use samverkan_core::query::{Constraint, Filters, PAGE};
use samverkan_core::sort::Sort;
use samverkan_core::summary::{summary, Summary};
use samverkan_core::url::ViewState;

use crate::browser::dom::focus_selector_later;
use crate::browser::i18n::t;
use crate::state::{use_app, AppState, Own, Step};
use crate::views::entry::{entry_link_to, local_badges};
use crate::views::search::{content_lang, marked, named};

/// The filtered entries as rows, [`PAGE`] at a time; when nothing matches, says why.
#[component]
pub fn EntryList() -> impl IntoView {
    let app = use_app();
    let pages = Pages::new(app);
    let any = move || app.nav.results.with(|r| !r.hits.is_empty());
    // Rows are kept by position: a new search rewrites the text of the rows on screen instead of
    // building new ones (see `EntryRow`).
    let slots = move || {
        let n = app.nav.results.with(|r| r.hits.len()).min(pages.limit());
        (0..n).collect::<Vec<_>>()
    };
    let local_only = move || app.nav.view.with(|s| s.filters.local_only);
    view! {
        <Show when=any fallback=|| view! { <EmptyResults/> }>
            <ul class="entries">
                <For each=slots key=|p| *p let:pos>
                    <EntryRow pos=pos/>
                </For>
            </ul>
            {pages.more_button()}
        </Show>
        <Show when=local_only>
            <DeletedEntries/>
        </Show>
    }
}

/// Entries deleted locally are not in the register any more; with the local-changes filter on
/// they are listed here, each with "Återställ" in editing mode.
#[component]
fn DeletedEntries() -> impl IntoView {
    let app = use_app();
    let deleted = move || {
        app.edits.snapshot.with(|s| {
            s.marks
                .iter()
                .filter(|m| m.local == Local::Deleted)
                .filter_map(|m| {
                    let name = app
                        .edits
                        .with_published(|p| p.name_of(Kind::Entry, &m.id, Form::Name))?;
                    Some((m.id.clone(), name))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !deleted().is_empty()>
            <section class="deleted" aria-labelledby="borttagna-rubrik">
                <h2 id="borttagna-rubrik">{t().deleted_heading}</h2>
                <ul>
                    {move || deleted().into_iter().map(|(id, name)| {
                        let label = t().phrases.restore_entry(&name);
                        let data_id = id.clone();
                        view! {
                            <li data-id=data_id>
                                <span class="deleted-name">{name.clone()}</span>
                                {app.session.edit_mode.get().then(move || view! {
                                    <button type="button" aria-label=label on:click=move |_| {
                                        let id = id.clone();
                                        app.edits.change(EntryAction::Restore, name.clone(), vec![Op::Record { id, edit: None }]);
                                    }>{t().restore}</button>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// Row `pos` of the result list. Its elements stay while the search changes; what it shows follows
/// `results.hits[pos]`, so a keystroke updates text in rows that exist rather than creating rows.
#[component]
fn EntryRow(pos: usize) -> impl IntoView {
    let app = use_app();
    let index = Memo::new(move |_| app.nav.results.with(|r| r.hits.get(pos).copied()));
    let row = Memo::new(move |_| {
        let i = index.get()?;
        app.edits
            .snapshot
            .with(|s| summary(&s.catalog, i, t().gloss, t().validity))
    });
    let id = Memo::new(move |_| row.with(|r| r.as_ref().map(|r| r.id.clone())));
    // Register text of this row, marked where the search matched, as Swedish content; a gloss
    // in the reader's language (`own`) is not marked Swedish.
    let shown = move |field: fn(&Summary) -> Option<String>,
                      own: fn(&Summary) -> bool,
                      missing: &'static str| {
        move || match row.with(|r| r.as_ref().map(|r| (field(r), own(r)))) {
            Some((Some(v), own)) => named(v, own),
            _ => missing.into_any(),
        }
    };
    let text = move |field: fn(&Summary) -> Option<String>, missing: &'static str| {
        shown(field, |_| false, missing)
    };
    // In Swedish the memo's wording is content; in English the validity is the reader's words.
    let validity_own = |_: &Summary| crate::browser::i18n::lang() != samverkan_core::url::Lang::Sv;
    let name = move || row.with(|r| r.as_ref().map(|r| r.name.clone())).map(marked);
    // On paper, where the badge alone says little: why the entry has its status, with its end.
    let reason = move || {
        let i = index.get()?;
        Some((t().status_reason)(
            app.edits.snapshot.with(|s| s.catalog.status_reason(i)),
        ))
    };
    let badges = move || {
        let (id, status) = row.with(|r| r.as_ref().map(|r| (r.id.clone(), r.status)))?;
        Some(view! {
            {local_badges(app, &id)}
            <span class=format!("badge status-{}", status.id())>{(t().status_label)(status)}</span>
        })
    };
    view! {
        <li class="entry" data-id=move || id.get()>
            <div class="entry-head">
                <h3 lang=content_lang()>
                    {entry_link_to(move || id.get(), "entry-link", name)}
                </h3>
                <span class="badges">{badges}</span>
            </div>
            <dl class="facts">
                <div>
                    <dt>{t().col_category}</dt>
                    <dd>{shown(|r| Some(r.category.clone()), |r| r.category_glossed, "")}</dd>
                </div>
                <div>
                    <dt>{t().col_academies}</dt>
                    <dd>{text(|r| r.academies.clone(), t().none_named)}</dd>
                </div>
                <div>
                    <dt>{t().col_department}</dt>
                    <dd>{shown(|r| r.department.clone(), |r| r.department_glossed, t().not_given)}</dd>
                </div>
                <div>
                    <dt>{t().col_contact}</dt>
                    <dd>{text(|r| r.contact.clone(), t().not_given)}</dd>
                </div>
                <div>
                    <dt>{t().col_validity}</dt>
                    <dd>{shown(|r| r.validity.clone(), validity_own, t().not_given)}</dd>
                </div>
            </dl>
            <p class="print-only print-reason">{reason}</p>
        </li>
    }
}

/// How far "Visa fler" has opened the results, for the search, filters and order it was pressed
/// under; any other search starts again from the first page. Paper gets every row, not only the
/// pages opened on screen; the screen goes back to what it showed once the print dialog closes.
#[derive(Clone, Copy)]
pub struct Pages {
    app: AppState,
    opened: Own<Option<(Key, usize)>>,
}

type Key = (String, Filters, Option<Sort>);

impl Pages {
    pub fn new(app: AppState) -> Pages {
        let opened = Own::new(None::<(Key, usize)>);
        let pages = Pages { app, opened };
        let before_print = StoredValue::new(None);
        let print = |name| leptos::ev::Custom::<web_sys::Event>::new(name);
        let on_print = window_event_listener(print("beforeprint"), move |_| {
            before_print.set_value(Some(opened.get_untracked()));
            opened.set(Some((pages.key(), usize::MAX)));
        });
        let on_printed = window_event_listener(print("afterprint"), move |_| {
            if let Some(o) = before_print.try_update_value(Option::take).flatten() {
                opened.set(o);
            }
        });
        on_cleanup(move || {
            on_print.remove();
            on_printed.remove();
        });
        pages
    }

    fn key(self) -> Key {
        self.app
            .nav
            .view
            .with(|s| (s.q.clone(), s.filters.clone(), s.sort))
    }

    /// How many rows to show.
    pub fn limit(self) -> usize {
        self.opened.with(|o| match o {
            Some((k, n)) if *k == self.key() => *n,
            _ => PAGE,
        })
    }

    fn left(self) -> usize {
        self.app
            .nav
            .results
            .with(|r| r.hits.len())
            .saturating_sub(self.limit())
    }

    /// "Visa 20 till (40 kvar)", while rows are left; it focuses the first new row, so keyboard
    /// and screen-reader users continue from there.
    pub fn more_button(self) -> impl IntoView {
        let show_more = move |_| {
            let shown = self.limit();
            self.opened.set(Some((self.key(), shown + PAGE)));
            focus_selector_later(
                format!(
                    ":is(.entries > li, .results-table tbody tr):nth-child({}) a",
                    shown + 1
                ),
                None,
            );
        };
        view! {
            <Show when=move || { self.left() > 0 }>
                <button type="button" class="show-more" id="visa-fler" on:click=show_more>
                    {move || (t().show_more)(self.left().min(PAGE), self.left())}
                </button>
            </Show>
        }
    }
}

#[component]
pub fn EmptyResults() -> impl IntoView {
    let app = use_app();
    let blockers = move || app.nav.results.with(|r| r.blockers.clone());
    let lift = move |c: Constraint| app.nav.go(Step::Push, move |s| s.lift(c));
    let label = move |c: Constraint, n: usize| match c {
        Constraint::Search => (t().without_search)(n),
        // In the chips' words: the facet and what is chosen in it.
        Constraint::Facet(f) => {
            let values = app.nav.view.with_untracked(|s| {
                app.edits
                    .with_catalog(|c| t().chosen(c, &s.filters, f).join(", "))
            });
            (t().without_choice)((t().facet_title)(f), &values, n)
        }
        Constraint::LocalOnly => (t().without_facet)(t().local_only_filter, n),
        Constraint::NewsOnly => (t().without_facet)(t().news_only_filter, n),
        Constraint::Within => {
            let m = app
                .nav
                .view
                .with_untracked(|s| s.filters.within)
                .unwrap_or(0);
            (t().without_facet)(&(t().within_filter)(m), n)
        }
    };
    view! {
        <div class="empty" id="tomt">
            <p><strong>{t().no_results}</strong></p>
            <ul class="blockers">
                {move || {
                    blockers()
                        .into_iter()
                        .filter(|(_, n)| *n > 0)
                        .map(|(c, n)| {
                            view! {
                                <li>
                                    <button type="button" on:click=move |_| lift(c)>{label(c, n)}</button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=move || blockers().iter().all(|(_, n)| *n == 0)>
                <p>{t().no_results_combined}</p>
            </Show>
            <button
                type="button"
                class="clear-all"
                on:click=move |_| {
                    app.nav.go(Step::Push, ViewState::clear_all)
                }
            >
                {t().clear_all}
            </button>
        </div>
    }
}
