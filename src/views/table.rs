//! `vy=tabell`: the results as a compact table, one row per entry, sorted by any column through
//! its header (`sortera=`). The rows are the list's results, in the list's pages.

use leptos::prelude::*;
use samverkan_core::date::Until;
use samverkan_core::names::{Form, Kind};
use samverkan_core::sort::{Column, Sort};

use crate::browser::dom::{dated, hinted};
use crate::browser::i18n::t;
use crate::state::{use_app, Step};
use crate::views::entry::{entry_link, local_badges};
use crate::views::list::{EmptyResults, Pages};
use crate::views::search::{content_lang, marked, name_lang, named};

#[component]
pub fn TableView() -> impl IntoView {
    let app = use_app();
    let pages = Pages::new(app);
    let any = move || app.nav.results.with(|r| !r.hits.is_empty());
    let rows = move || {
        let n = pages.limit();
        app.nav
            .results
            .with(|r| r.hits.iter().take(n).copied().collect::<Vec<_>>())
    };
    let sort = Memo::new(move |_| app.nav.view.with(|s| s.sort));
    let head = move |column: Column| {
        let state = move || {
            sort.get().filter(|s| s.column == column).map(|s| {
                if s.descending {
                    "descending"
                } else {
                    "ascending"
                }
            })
        };
        view! {
            <th scope="col" aria-sort=state class=format!("col-{}", column.id())>
                <button
                    type="button"
                    class="sort"
                    data-sort=column.id()
                    title=(t().sort_by)(t().column(column))
                    on:click=move |_| {
                        app.nav.go(Step::Push, |s| s.sort = Some(Sort::toggled(s.sort, column)))
                    }
                >
                    {t().column(column)}
                </button>
            </th>
        }
    };
    view! {
        <Show when=any fallback=|| view! { <EmptyResults/> }>
            <div class="table-wrap">
                <table class="results-table" id="tabell">
                    <caption class="visually-hidden">{t().table_caption}</caption>
                    <thead>
                        <tr>{Column::ALL.map(head).collect_view()}</tr>
                    </thead>
                    <tbody>
                        <For each=rows key=|i| *i let:i>
                            <TableRow index=i/>
                        </For>
                    </tbody>
                </table>
            </div>
            {pages.more_button()}
        </Show>
    }
}

/// One entry as a table row; short names in the cells, the full name in `<abbr title>`.
#[component]
fn TableRow(index: usize) -> impl IntoView {
    let app = use_app();
    let row = app.edits.snapshot.with_untracked(|s| {
        let c = &s.catalog;
        let r = &c.register;
        let e = r.entries.get(index)?;
        let named = |kind, id: &str| {
            (
                t().name(r, kind, id, Form::Short),
                t().name(r, kind, id, Form::Label),
                t().glossed(kind, id),
            )
        };
        Some((
            e.id.clone(),
            e.name.clone(),
            (
                t().name(r, Kind::Category, &e.category, Form::Name),
                t().glossed(Kind::Category, &e.category),
            ),
            e.academies
                .iter()
                .map(|a| named(Kind::Academy, a))
                .collect::<Vec<_>>(),
            e.department.as_deref().map(|d| named(Kind::Department, d)),
            e.contact
                .as_ref()
                .map(|c| (c.name.clone(), c.title.clone())),
            e.validity.from.map(|f| f.to_string()),
            e.validity.until,
            c.status_reason(index),
        ))
    });
    let Some((id, name, category, academies, department, contact, from, until, reason)) = row
    else {
        return ().into_any();
    };
    // Register names are Swedish content; a gloss is in the reader's language.
    let abbr = |(short, full, glossed): (String, String, bool)| {
        let lang = name_lang(glossed);
        if short == full {
            view! { <span lang=lang>{hinted(&short)}</span> }.into_any()
        } else {
            view! { <abbr title=full lang=lang>{hinted(&short)}</abbr> }.into_any()
        }
    };
    let missing = |text: &'static str| view! { <span class="missing">{text}</span> }.into_any();
    let until = match until {
        Some(Until::Date(d)) => d.last_day().to_string(),
        Some(Until::FurtherNotice) => t().further_notice.to_string(),
        None => String::new(),
    };
    let status = reason.status();
    let academies = if academies.is_empty() {
        missing(t().none_named)
    } else {
        let n = academies.len();
        academies
            .into_iter()
            .enumerate()
            .map(|(k, a)| view! { {abbr(a)} {(k + 1 < n).then_some(", ")} })
            .collect_view()
            .into_any()
    };
    let link_id = id.clone();
    view! {
        <tr data-id=id.clone()>
            <th scope="row" lang=content_lang()>
                {entry_link(link_id, "entry-link", marked(name))}
                {local_badges(app, &id)}
            </th>
            // Each cell says what it is where a narrow screen shows a row as a card (the
            // stylesheet shows `data-label` there, in place of the column heads).
            <td data-label=t().column(Column::Category)>{named(category.0, category.1)}</td>
            <td data-label=t().column(Column::Academies)>{academies}</td>
            <td data-label=t().column(Column::Department)>{department.map_or_else(|| missing(t().not_given), abbr)}</td>
            // The register's words marked Swedish inside the cell, so the label keeps the reader's
            // language.
            <td data-label=t().column(Column::Contact)>
                {contact.map_or_else(|| missing(t().not_given), |(name, title)| view! {
                    <span lang=content_lang()>
                        {marked(name)}
                        // The title on paper; on screen the entry has it, and the column stays
                        // narrow.
                        {title.map(|t| view! { <span class="print-only title">{marked(t)}</span> })}
                    </span>
                }.into_any())}
            </td>
            <td class="date" data-label=t().column(Column::Start)>{from.map_or_else(|| missing(t().not_given), |f| f.into_any())}</td>
            <td class="date" data-label=t().column(Column::End)>{if until.is_empty() { missing(t().not_given) } else { until.into_any() }}</td>
            <td data-label=t().column(Column::Status)>
                <span class=format!("badge status-{}", status.id())>{(t().status_label)(status)}</span>
                <span class="print-only reason">{dated(&(t().status_reason)(reason))}</span>
            </td>
        </tr>
    }
    .into_any()
}

/// "Sortera": the order of the list and the table as a select, so the list (which has no column
/// heads) can be sorted too. The choice goes into the link.
#[component]
pub fn SortControl() -> impl IntoView {
    let app = use_app();
    let current = move || {
        app.nav
            .view
            .with(|s| s.sort.map(Sort::id).unwrap_or_default())
    };
    let options = Column::ALL
        .into_iter()
        .flat_map(|column| [false, true].map(|descending| Sort { column, descending }));
    view! {
        <div class="sort-control">
            <label for="sortera">{t().sort_label}</label>
            <select
                id="sortera"
                prop:value=current
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    app.nav.go(Step::Push, move |s| s.sort = Sort::parse(&value));
                }
            >
                <option value="">{t().sort_default}</option>
                {options
                    .map(|s| view! { <option value=s.id()>{(t().sort_option)(s)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}
