//! What sits beside the relation matrix: the line about the cell under the pointer or focus, or
//! the chosen cell's entries as links (`CellInfo`), and the departments' names for the matrix's
//! short heads (`Legend`), so that nothing needs hover.

use leptos::prelude::*;
use samverkan_core::names::Kind;
use samverkan_core::relation::Matrix;

use super::labels::{academy_label, department_label, Hover};
use crate::browser::dom::hinted;
use crate::browser::i18n::t;
use crate::state::{use_app, Own};
use crate::views::entry::entry_link;
use crate::views::search::{content_lang, name_lang};

/// A short line naming what is under the pointer or focus.
#[component]
pub(super) fn CellInfo(matrix: Memo<Matrix>, hover: Own<Option<Hover>>) -> impl IntoView {
    let app = use_app();
    let text = move || {
        let h = hover.get()?;
        matrix.with(|m| {
            app.edits.with_catalog(|c| {
                let names = |idx: &mut dyn Iterator<Item = usize>| {
                    let mut v: Vec<String> = idx
                        .filter_map(|i| c.register.entries.get(i).map(|e| e.name.clone()))
                        .collect();
                    v.dedup();
                    v.join("; ")
                };
                Some(match h {
                    Hover::Cell(r, col) => t().phrases.pair(
                        &academy_label(c, m.academies.get(r)?),
                        &department_label(c, m.departments.get(col)?, false),
                        &names(&mut m.cells.get(r)?.get(col)?.entries.iter().copied()),
                    ),
                    Hover::Row(r) => t().phrases.total(
                        &academy_label(c, m.academies.get(r)?),
                        &(t().entry_count)(*m.row_totals.get(r)?),
                    ),
                    Hover::Col(col) => t().phrases.total(
                        &department_label(c, m.departments.get(col)?, false),
                        &(t().entry_count)(*m.col_totals.get(col)?),
                    ),
                })
            })
        })
    };
    // With nothing under the pointer or focus: the chosen cell (one academy and one department
    // chosen, as a tap or Enter on a count does), its entries as links. A memo: the box's class
    // and its content both read it.
    let pinned = Memo::new(move |_| {
        let (a, d) = app.nav.view.with(|s| {
            let f = &s.filters;
            (f.academies.len() == 1 && f.departments.len() == 1).then(|| {
                (
                    f.academies.iter().next().cloned().unwrap_or_default(),
                    f.departments.iter().next().cloned().unwrap_or_default(),
                )
            })
        })?;
        matrix.with(|m| {
            let r = m.academies.iter().position(|x| *x == a)?;
            let c = m.departments.iter().position(|x| *x == d)?;
            let cell = m.cells.get(r)?.get(c)?;
            (cell.count() > 0).then(|| {
                app.edits.with_catalog(|cat| {
                    let title = t().phrases.pair(
                        &academy_label(cat, &a),
                        &department_label(cat, &d, false),
                        &(t().entry_count)(cell.count()),
                    );
                    let mut entries: Vec<(String, String)> = cell
                        .entries
                        .iter()
                        .filter_map(|&i| cat.register.entries.get(i))
                        .map(|e| (e.id.clone(), e.name.clone()))
                        .collect();
                    entries.dedup();
                    (title, entries)
                })
            })
        })
    });
    view! {
        <div class="cell-info" id="cell-info" class:pinned=move || hover.get().is_some() || pinned.with(Option::is_some)>
            {move || match (text(), pinned.get()) {
                (Some(t), _) => view! { <p>{hinted(&t)}</p> }.into_any(),
                (None, Some((title, entries))) => view! {
                    <p class="cell-title" id="cell-rubrik">{hinted(&title)}</p>
                    <ul aria-labelledby="cell-rubrik" lang=content_lang()>
                        {entries
                            .into_iter()
                            .map(|(id, name)| view! { <li>{entry_link(id, "entry-link", name)}</li> })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
                (None, None) => view! { <p>{t().cell_info_hint}</p> }.into_any(),
            }}
        </div>
    }
}

/// The departments' names for the short forms in the matrix's head, beside the table where a
/// touch screen (which shows no `title`) can read them; in the reader's language where the
/// register's name has a gloss.
#[component]
pub(super) fn Legend(matrix: Memo<Matrix>) -> impl IntoView {
    let app = use_app();
    move || {
        let rows: Vec<(String, String, bool)> = matrix.with(|m| {
            app.edits.with_catalog(|c| {
                m.departments
                    .iter()
                    .map(|d| {
                        let glossed = t().glossed(Kind::Department, d);
                        (
                            department_label(c, d, true),
                            department_label(c, d, false),
                            glossed,
                        )
                    })
                    .filter(|(short, long, _)| short != long)
                    .collect()
            })
        });
        (!rows.is_empty()).then(|| {
            view! {
                <div class="matrix-legend">
                    <p class="legend-title">{t().matrix_legend}</p>
                    <dl>
                        {rows
                            .into_iter()
                            .map(|(short, long, glossed)| view! {
                                <div><dt>{short}</dt><dd lang=name_lang(glossed)>{hinted(&long)}</dd></div>
                            })
                            .collect_view()}
                    </dl>
                </div>
            }
        })
    }
}
