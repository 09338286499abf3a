//! The facet panel (checkboxes with live counts) and the active-filter chips.

use leptos::prelude::*;
use samverkan_core::query::{Facet, Filters, WITHIN_CHOICES};
use samverkan_core::url::ViewState;

use crate::browser::dom::{focus_now, hinted, narrow_screen};
use crate::browser::i18n::t;
use crate::state::{use_app, Own, Step};

/// The filter panel: on a wide screen a column beside the results; on a narrow one folded behind
/// one disclosure button that says how many filters are active ("Filter (2)"), so that the count
/// and the first result are on the first screen. The stylesheet decides which, so the
/// pre-rendered screen (crates/core/src/prerender.rs) is the same page at every width.
#[component]
pub fn FilterSidebar() -> impl IntoView {
    let app = use_app();
    // Whether the panel is unfolded on a narrow screen; a wide screen always shows it.
    let open = Own::new(false);
    let active = move || app.nav.view.with(|s| s.filters.active());
    let shown = move || app.nav.results.with(|r| r.hits.len());
    view! {
        <aside class="sidebar" class:open=move || open.get() aria-labelledby="filter-rubrik">
            <h2 id="filter-rubrik" tabindex="-1">{t().filters_heading}</h2>
            <button
                type="button"
                class="filter-toggle"
                id="filter-knapp"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="filtergrupper"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || (t().filters_toggle)(active())}
            </button>
            <div class="filter-groups" id="filtergrupper">
                <FacetPanel/>
                // The filters are chosen: fold the panel and go to the count, which is read out.
                <button
                    type="button"
                    class="filter-done"
                    on:click=move |_| {
                        open.set(false);
                        focus_now("antal");
                    }
                >
                    {move || (t().show_hits)(shown())}
                </button>
            </div>
        </aside>
    }
}

#[component]
fn FacetPanel() -> impl IntoView {
    // Facet groups start folded on narrow screens, so search and results are not pushed off a
    // phone.
    let open = !narrow_screen();
    let app = use_app();
    // What each facet offers, with labels: the groups are rebuilt when that changes (an academy
    // added, here or in another tab), not on every edit.
    let offered = Memo::new(move |_| {
        app.edits.snapshot.with(|s| {
            Facet::ALL.map(|f| {
                let c = &s.catalog;
                c.facet_ids(f)
                    .into_iter()
                    .map(|id| {
                        let label = t().facet_value(c, f, &id);
                        (id, label)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <LocalFilter/>
        {move || {
            offered.with(|_| ());
            Facet::PANEL
                .into_iter()
                .map(|facet| view! { <FacetGroup facet=facet open=open/> })
                .collect_view()
        }}
        <WithinControl/>
    }
}

/// "Löper ut inom": the expiry horizon (`inom`), next to the status facet. A horizon from a link
/// that is not one of the choices is offered too, so the control says what the view shows.
#[component]
fn WithinControl() -> impl IntoView {
    let app = use_app();
    let current = Memo::new(move |_| app.nav.view.with(|s| s.filters.within));
    let choices = move || {
        let mut months = WITHIN_CHOICES.to_vec();
        if let Some(m) = current.get() {
            if !months.contains(&m) {
                months.push(m);
                months.sort_unstable();
            }
        }
        months
    };
    view! {
        <div class="within">
            <label for="f-inom">{t().within_label}</label>
            <select
                id="f-inom"
                on:change=move |ev| {
                    let within = event_target_value(&ev).parse::<u32>().ok();
                    app.nav.go(Step::Push, move |s| {
                        s.filters.within = within;
                        s.post = None;
                    });
                }
            >
                <option value="" selected=move || current.get().is_none()>{t().within_any}</option>
                {move || choices().into_iter().map(|m| view! {
                    <option value=m.to_string() selected=move || current.get() == Some(m)>{(t().within_months)(m)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// "Endast lokala ändringar (N)": shown once this browser has edits, or when a link asks for it.
#[component]
fn LocalFilter() -> impl IntoView {
    let app = use_app();
    let count = move || app.edits.snapshot.with(|s| s.marks.len());
    let checked = move || app.nav.view.with(|s| s.filters.local_only);
    let visible = move || count() > 0 || checked();
    view! {
        <Show when=visible>
            <div class="local-filter">
                <input
                    type="checkbox"
                    id="f-lokala"
                    prop:checked=checked
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        app.nav.go(Step::Push, move |s| {
                            s.filters.local_only = on;
                            s.post = None;
                        });
                    }
                />
                <label for="f-lokala">
                    <span class="facet-label">{t().local_only_filter}</span>
                    <span class="facet-count">{count}</span>
                </label>
            </div>
        </Show>
    }
}

#[component]
fn FacetGroup(facet: Facet, open: bool) -> impl IntoView {
    let app = use_app();
    let ids = app.edits.with_catalog(|c| c.facet_ids(facet));
    let count_of = move |id: &str| {
        app.nav.results.with(|r| {
            r.facets
                .iter()
                .find(|(f, _)| *f == facet)
                .and_then(|(_, vs)| vs.iter().find(|v| v.id == id))
                .map(|v| v.count)
                .unwrap_or(0)
        })
    };
    // Checkboxes as the WAI-ARIA Authoring Practices have them: a tab stop each, Space ticks.
    // Enter, which does nothing on a checkbox, goes on to the count ("3 av 18 poster"), which is
    // read out, and from there to the results.
    let list_id = format!("facet-{}", facet.key());
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && !(ev.ctrl_key() || ev.meta_key() || ev.alt_key()) {
            ev.prevent_default();
            focus_now("antal");
        }
    };
    let options = ids
        .into_iter()
        .map(|id| {
            let label = app.edits.with_catalog(|c| t().facet_value(c, facet, &id));
            let dom_id = format!("f-{}-{id}", facet.key());
            let (id_checked, id_count, id_toggle) = (id.clone(), id.clone(), id.clone());
            let checked = Memo::new(move |_| {
                app.nav
                    .view
                    .with(|s| s.filters.contains(facet, &id_checked))
            });
            let count = Memo::new(move |_| count_of(&id_count));
            view! {
                <li class:zero=move || count.get() == 0 && !checked.get()>
                    <input
                        type="checkbox"
                        id=dom_id.clone()
                        value=id.clone()
                        prop:checked=checked
                        on:change=move |_| {
                            let id = id_toggle.clone();
                            app.nav.go(Step::Push, move |s| {
                                s.filters.toggle(facet, &id);
                                s.post = None;
                            });
                        }
                    />
                    <label for=dom_id>
                        <span class="facet-label">{hinted(&label)}</span>
                        <span class="facet-count">{count}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="facet" open=open data-facet=facet.key()>
            <summary>
                {(t().facet_title)(facet)}
                {move || {
                    let n = app.nav.view.with(|s| s.filters.selected(facet).len());
                    (n > 0).then(|| view! { <span class="facet-active">{format!(" ({n})")}</span> })
                }}
            </summary>
            <ul id=list_id on:keydown=on_key>{options}</ul>
        </details>
    }
}

/// Removable chips for each active filter value, and "Rensa alla".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let app = use_app();
    let chips = move || {
        let filters = app.nav.view.with(|s| s.filters.clone());
        // In the register's order, as the facet lists them.
        app.edits.snapshot.with(|s| {
            let c = &s.catalog;
            Facet::ALL
                .into_iter()
                .flat_map(|facet| {
                    c.facet_ids(facet)
                        .into_iter()
                        .filter(|id| filters.contains(facet, id))
                        .map(move |id| (facet, id))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || {
            !chips().is_empty()
                || app.nav.view.with(|s| {
                    s.filters.local_only || s.filters.news_only || s.filters.within.is_some()
                })
        }>
            <div class="chips" aria-label=t().active_filters role="group">
                <span class="chips-label">{t().active_filters} ":"</span>
                {move || {
                    chips()
                        .into_iter()
                        .map(|(facet, id)| {
                            let text = t().phrases.chosen(
                                (t().facet_title)(facet),
                                &app.edits.with_catalog(|c| t().facet_value(c, facet, &id)),
                            );
                            let aria = t().phrases.remove_filter(&text);
                            view! {
                                <button
                                    type="button"
                                    class="chip"
                                    aria-label=aria
                                    on:click=move |_| {
                                        let id = id.clone();
                                        app.nav.go(Step::Push, move |s| s.filters.toggle(facet, &id))
                                    }
                                >
                                    {text}
                                    <span aria-hidden="true">" ×"</span>
                                </button>
                            }
                        })
                        .collect_view()
                }}
                {move || app.nav.view.with(|s| s.filters.within).map(|m| {
                    let text = (t().within_filter)(m);
                    view! {
                        <button
                            type="button"
                            class="chip"
                            aria-label=t().phrases.remove_filter(&text)
                            on:click=move |_| app.nav.go(Step::Push, |s| s.filters.within = None)
                        >
                            {text.clone()}
                            <span aria-hidden="true">" ×"</span>
                        </button>
                    }
                })}
                {switch_chip(|f| f.local_only, |f| f.local_only = false, || t().local_only_filter)}
                {switch_chip(|f| f.news_only, |f| f.news_only = false, || t().news_only_filter)}
                <button
                    type="button"
                    class="chip clear-all"
                    on:click=move |_| {
                        app.nav.go(Step::Push, ViewState::clear_all)
                    }
                >
                    {t().clear_all}
                </button>
            </div>
        </Show>
    }
}

/// The chip of a filter that is on or off (`lokala=1`, `nytt=1`): shown while `on`, and `off`
/// when pressed.
fn switch_chip(
    on: fn(&Filters) -> bool,
    off: fn(&mut Filters),
    label: fn() -> &'static str,
) -> impl IntoView {
    let app = use_app();
    move || {
        app.nav.view.with(|s| on(&s.filters)).then(|| {
            view! {
                <button
                    type="button"
                    class="chip"
                    aria-label=t().phrases.remove_filter(label())
                    on:click=move |_| app.nav.go(Step::Push, move |s| off(&mut s.filters))
                >
                    {label()}
                    <span aria-hidden="true">" ×"</span>
                </button>
            }
        })
    }
}
