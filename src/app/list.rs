//! The workspace shared by the list, relation and timeline views: search, facets, active-filter
//! chips and the result count, then the chosen view. When `post` is set the detail takes its place.

use leptos::prelude::*;

use super::detail::DetailView;
use super::edit::{EditForm, EditToolbar};
use super::facets::{ActiveFilters, FacetPanel};
use super::relation::RelationView;
use super::search::{content, content_lang, marked, SearchBox};
use super::share::{CopyLink, PrintButton, PrintSummary};
use super::state::{use_app, Step};
use super::timeline::TimelineView;
use crate::core::overlay::Local;
use crate::core::query::{Constraint, PAGE};
use crate::core::summary::Summary;
use crate::core::url::{View, ViewState};
use crate::i18n::t;

#[component]
pub fn Workspace() -> impl IntoView {
    let app = use_app();
    // Memos, so a keystroke (which changes `q`) does not rebuild the chosen view.
    let kind = Memo::new(move |_| app.view.with(|s| s.view));
    let has_post = Memo::new(move |_| app.view.with(|s| s.post.is_some()));
    let total = app.with_catalog(|c| c.register.entries.len());
    let shown = move || app.results.with(|r| r.hits.len());
    let editing = Memo::new(move |_| app.editing.get());
    let content = move || {
        if let Some(target) = editing.get() {
            return view! { <EditForm target=target/> }.into_any();
        }
        if has_post.get() {
            return view! { <DetailView/> }.into_any();
        }
        match kind.get() {
            View::Relation => view! { <RelationView/> }.into_any(),
            View::Timeline => view! { <TimelineView/> }.into_any(),
            _ => view! {
                <h2 class="visually-hidden">{t().results_heading}</h2>
                <EntryList/>
            }
            .into_any(),
        }
    };
    let heading = move || match kind.get() {
        View::Relation => t().relation_heading,
        View::Timeline => t().timeline_heading,
        _ => t().list_heading,
    };
    view! {
        <h1 id="vy-rubrik" tabindex="-1">{heading}</h1>
        <SearchBox/>
        <div class="layout">
            <aside class="sidebar" aria-labelledby="filter-rubrik">
                <h2 id="filter-rubrik">{t().filters_heading}</h2>
                <FacetPanel/>
            </aside>
            <div class="content">
                <ActiveFilters/>
                <div class="toolbar">
                    <p class="count" role="status" aria-live="polite" id="antal">
                        {move || (t().result_count)(shown(), total)}
                    </p>
                    <div class="share">
                        <PrintButton/>
                        <CopyLink/>
                    </div>
                </div>
                <PrintSummary/>
                <EditToolbar/>
                {content}
            </div>
        </div>
    }
}

/// The filtered entries as rows, [`PAGE`] at a time; when nothing matches, says why.
#[component]
pub fn EntryList() -> impl IntoView {
    let app = use_app();
    // How far "Visa fler" has opened the list, for the search and filters it was pressed under;
    // any other search starts again from the first page.
    let key = move || app.view.with(|s| (s.q.clone(), s.filters.clone()));
    let opened = RwSignal::new(None::<((String, crate::core::query::Filters), usize)>);
    let limit = move || {
        opened.with(|o| match o {
            Some((k, n)) if *k == key() => *n,
            _ => PAGE,
        })
    };
    let any = move || app.results.with(|r| !r.hits.is_empty());
    // Rows are kept by position: a new search rewrites the text of the rows on screen instead of
    // building new ones (see `EntryRow`).
    let slots = move || {
        let n = app.results.with(|r| r.hits.len()).min(limit());
        (0..n).collect::<Vec<_>>()
    };
    let left = move || app.results.with(|r| r.hits.len()).saturating_sub(limit());
    let show_more = move |_| {
        let shown = limit();
        opened.set(Some((key(), shown + PAGE)));
        // Focus the first new row, so keyboard and screen-reader users continue from there.
        super::focus_selector_later(format!(".entries > li:nth-child({}) h3 a", shown + 1), None);
    };
    // Paper gets every row the search found, not only the pages opened on screen; the screen
    // goes back to what it showed once the print dialog closes.
    let before_print = StoredValue::new(None);
    let print = |name| leptos::ev::Custom::<web_sys::Event>::new(name);
    let on_print = window_event_listener(print("beforeprint"), move |_| {
        before_print.set_value(Some(opened.get_untracked()));
        opened.set(Some((key(), usize::MAX)));
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
    let local_only = move || app.view.with(|s| s.filters.local_only);
    view! {
        <Show when=any fallback=|| view! { <EmptyResults/> }>
            <ul class="entries">
                <For each=slots key=|p| *p let:pos>
                    <EntryRow pos=pos/>
                </For>
            </ul>
            <Show when=move || { left() > 0 }>
                <button type="button" class="show-more" id="visa-fler" on:click=show_more>
                    {move || (t().show_more)(left().min(PAGE), left())}
                </button>
            </Show>
        </Show>
        <Show when=local_only>
            <DeletedEntries/>
        </Show>
    }
}

/// Entries deleted locally are not in the register any more; with the local-changes filter on
/// they are listed here, each with "Återställ".
#[component]
fn DeletedEntries() -> impl IntoView {
    let app = use_app();
    let deleted = move || {
        app.snapshot.with(|s| {
            s.marks
                .iter()
                .filter(|m| m.local == Local::Deleted)
                .filter_map(|m| {
                    let name = app
                        .published
                        .with_value(|p| p.entry(&m.id).map(|e| e.name.clone()))?;
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
                        let label = format!("{} {name}", t().restore);
                        let data_id = id.clone();
                        view! {
                            <li data-id=data_id>
                                <span class="deleted-name">{name.clone()}</span>
                                <button type="button" aria-label=label on:click=move |_| {
                                    let id = id.clone();
                                    app.change(format!("{} {name}", t().restore), &id.clone(), move |o, _| o.restore(&id));
                                }>{t().restore}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

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
fn entry_link_to(
    id: impl Fn() -> Option<String> + Clone + Send + Sync + 'static,
    class: &'static str,
    content: impl IntoView + 'static,
) -> impl IntoView {
    let app = use_app();
    let target = id.clone();
    let href = move || {
        let post = target();
        app.href(move |s| s.post = post.clone())()
    };
    view! {
        <a class=class href=href on:click=move |ev: leptos::ev::MouseEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                return;
            }
            ev.prevent_default();
            if let Some(post) = untrack(&id) {
                app.go(Step::Push, move |s| s.post = Some(post));
            }
        }>{content}</a>
    }
}

/// "Ny lokalt", "Ändrad lokalt", "Konflikt" next to an entry's name.
pub fn local_badges(app: super::state::AppState, id: &str) -> impl IntoView {
    let mark = app.snapshot.with_untracked(|s| s.mark(id).cloned());
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

/// Row `pos` of the result list. Its elements stay while the search changes; what it shows follows
/// `results.hits[pos]`, so a keystroke updates text in rows that exist rather than creating rows.
#[component]
fn EntryRow(pos: usize) -> impl IntoView {
    let app = use_app();
    let index = Memo::new(move |_| app.results.with(|r| r.hits.get(pos).copied()));
    let row = Memo::new(move |_| {
        let i = index.get()?;
        app.snapshot
            .with(|s| crate::core::summary::summary(&s.catalog, i, t().further_notice))
    });
    let id = Memo::new(move |_| row.with(|r| r.as_ref().map(|r| r.id.clone())));
    // Register text of this row, marked where the search matched, as Swedish content.
    let text = move |field: fn(&Summary) -> Option<String>, missing: &'static str| {
        move || match row.with(|r| r.as_ref().and_then(field)) {
            Some(v) => content(v).into_any(),
            None => missing.into_any(),
        }
    };
    let name = move || row.with(|r| r.as_ref().map(|r| r.name.clone())).map(marked);
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
                    {entry_link_to(move || id.get(), "", name)}
                </h3>
                <span class="badges">{badges}</span>
            </div>
            <dl class="facts">
                <div>
                    <dt>{t().col_category}</dt>
                    <dd>{text(|r| Some(r.category.clone()), "")}</dd>
                </div>
                <div>
                    <dt>{t().col_academies}</dt>
                    <dd>{text(|r| r.academies.clone(), t().none_named)}</dd>
                </div>
                <div>
                    <dt>{t().col_department}</dt>
                    <dd>{text(|r| r.department.clone(), t().not_given)}</dd>
                </div>
                <div>
                    <dt>{t().col_contact}</dt>
                    <dd>{text(|r| r.contact.clone(), t().not_given)}</dd>
                </div>
                <div>
                    <dt>{t().col_validity}</dt>
                    <dd>{text(|r| r.validity.clone(), t().not_given)}</dd>
                </div>
            </dl>
        </li>
    }
}

#[component]
fn EmptyResults() -> impl IntoView {
    let app = use_app();
    let blockers = move || app.results.with(|r| r.blockers.clone());
    let lift = move |c: Constraint| {
        app.go(Step::Push, move |s| match c {
            Constraint::Search => s.q.clear(),
            Constraint::Facet(f) => s.filters.clear(f),
            Constraint::LocalOnly => s.filters.local_only = false,
        })
    };
    let label = |c: Constraint, n: usize| match c {
        Constraint::Search => (t().without_search)(n),
        Constraint::Facet(f) => (t().without_facet)((t().facet_title)(f), n),
        Constraint::LocalOnly => (t().without_facet)(t().local_only_filter, n),
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
                    app.go(Step::Push, ViewState::clear_all)
                }
            >
                {t().clear_all}
            </button>
        </div>
    }
}
