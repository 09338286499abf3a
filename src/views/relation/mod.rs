//! "Relationer": which academies work with which departments. A real table (the accessible
//! default, navigable and readable by screen readers) beside an SVG diagram of the same numbers.
//! Both follow the search and the category and status facets, and both set the academy and
//! department filters when clicked; the filtered entries are listed below.

use leptos::prelude::*;
use samverkan_core::date::Status;
use samverkan_core::names::{Form, Kind};
use samverkan_core::relation::{diagram, GridPos, Matrix};

use crate::browser::dom::{fixed, focus_first, hinted};
use crate::browser::i18n::t;
use crate::state::{use_app, AppState, Own, Step};
use crate::views::list::EntryList;
use crate::views::roving::{key_move, Roving};

mod beside;
mod labels;
use beside::{CellInfo, Legend};
use labels::{academy_label, department_label, Hover};

/// A click in the matrix or the diagram: chooses exactly this academy and/or department, or
/// clears it when it is already exactly chosen (`Filters::choose_in_matrix`).
fn select(app: AppState, academy: Option<String>, department: Option<String>) {
    app.nav.go(Step::Push, move |s| {
        s.filters
            .choose_in_matrix(academy.as_deref(), department.as_deref());
        s.post = None;
    });
}

#[component]
pub fn RelationView() -> impl IntoView {
    let app = use_app();
    let matrix = Memo::new(move |_| {
        app.nav.view.with(|s| {
            app.edits.snapshot.with(|snap| {
                let c = &snap.catalog;
                c.matrix(&c.relation_pool(&s.q, &s.filters), &s.filters)
            })
        })
    });
    let hover = Own::new(None::<Hover>);
    view! {
        <section class="relation" aria-labelledby="vy-rubrik">
            <p class="hint">{t().relation_hint}</p>
            <div class="relation-grid">
                // The names for a cell beside the table (below it where the table is wide), so
                // they are in view while the pointer or focus is on the cell.
                <div class="matrix-block">
                    <MatrixTable matrix=matrix hover=hover/>
                    <CellInfo matrix=matrix hover=hover/>
                    <Legend matrix=matrix/>
                </div>
                <Bipartite matrix=matrix hover=hover/>
            </div>
            <Unplaced matrix=matrix/>
            <h2 class="relation-list-heading">{t().relation_entries}</h2>
            <EntryList/>
        </section>
    }
}

/// The matrix is one stop in the tab order (a roving tabindex); arrow keys, Home and End move
/// between its buttons, as in a spreadsheet.
#[component]
fn MatrixTable(matrix: Memo<Matrix>, hover: Own<Option<Hover>>) -> impl IntoView {
    let app = use_app();
    let selected_academy = move |id: &str| app.nav.view.with(|s| s.filters.academies.contains(id));
    let selected_department =
        move |id: &str| app.nav.view.with(|s| s.filters.departments.contains(id));
    let current = Roving::<GridPos>::new((0, 1));
    let tab_index = move |p: GridPos| current.tabindex(p);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(m) = key_move(&ev) else {
            return;
        };
        let Some(next) = matrix.with_untracked(|mx| mx.step(current.stop(), m)) else {
            // At the edge: the key is still ours, so the page does not scroll under the focus.
            ev.prevent_default();
            return;
        };
        ev.prevent_default();
        current.focused(next);
        focus_first(&format!(
            "#matris button[data-pos=\"{}-{}\"]",
            next.0, next.1
        ));
    };
    move || {
        let m = matrix.get();
        if m.academies.is_empty() {
            return view! { <p class="matrix-empty">{t().relation_empty}</p> }.into_any();
        }
        // The search or a filter changed the matrix: keep the tab stop on a button that exists.
        if !m.has_control(current.stop()) {
            current.focused((0, 1));
        }
        let max = m.max_count().max(1);
        let header = m
            .departments
            .iter()
            .enumerate()
            .map(|(col, d)| {
                let (short, long) = app.edits.with_catalog(|c| (department_label(c, d, true), department_label(c, d, false)));
                let short_label = short.clone();
                let id = d.clone();
                let sel = {
                    let d = d.clone();
                    Memo::new(move |_| selected_department(&d))
                };
                view! {
                    <th scope="col" class:selected=sel class:hover=move || hover.get() == Some(Hover::Col(col))>
                        <button
                            type="button"
                            data-pos=format!("0-{}", col + 1)
                            tabindex=tab_index((0, col + 1))
                            title=long.clone()
                            aria-label=t().phrases.filter_by(Some(&short), &long)
                            aria-pressed=move || if sel.get() { "true" } else { "false" }
                            on:click=move |_| select(app, None, Some(id.clone()))
                            on:mouseenter=move |_| hover.set(Some(Hover::Col(col)))
                            on:focus=move |_| {
                                current.focused((0, col + 1));
                                hover.set(Some(Hover::Col(col)));
                            }
                        >
                            {hinted(&short_label)}
                        </button>
                    </th>
                }
            })
            .collect_view();
        let rows = m
            .academies
            .iter()
            .enumerate()
            .map(|(row, a)| {
                let name = app.edits.with_catalog(|c| academy_label(c, a));
                let id = a.clone();
                let sel = {
                    let a = a.clone();
                    Memo::new(move |_| selected_academy(&a))
                };
                let cells = m.cells[row]
                    .iter()
                    .enumerate()
                    .map(|(col, cell)| {
                        let n = cell.count();
                        if n == 0 {
                            return view! { <td class="zero"></td> }.into_any();
                        }
                        let (entry_names, dept) = app.edits.with_catalog(|c| {
                            let names: Vec<String> = cell
                                .entries
                                .iter()
                                .filter_map(|&i| c.register.entries.get(i).map(|e| e.name.clone()))
                                .collect();
                            (names.join("; "), department_label(c, &m.departments[col], false))
                        });
                        let aria = t().phrases.cell(&name, &dept, &(t().entry_count)(n), &entry_names);
                        let (a, d) = (m.academies[row].clone(), m.departments[col].clone());
                        let chosen = {
                            let (a, d) = (a.clone(), d.clone());
                            Memo::new(move |_| selected_academy(&a) && selected_department(&d))
                        };
                        // Shade by count so the pattern reads at a glance; the number is the content.
                        let level = ((n * 4).div_ceil(max)).min(4);
                        view! {
                            <td class=format!("level-{level}") class:selected=chosen
                                class:hover=move || matches!(hover.get(), Some(Hover::Cell(r, c)) if r == row && c == col)>
                                <button
                                    type="button"
                                    data-pos=format!("{}-{}", row + 1, col + 1)
                                    tabindex=tab_index((row + 1, col + 1))
                                    title=entry_names.clone()
                                    aria-label=aria
                                    aria-pressed=move || if chosen.get() { "true" } else { "false" }
                                    on:click=move |_| {
                                        // The chosen cell's entries show beside (or under) the
                                        // table, with their links: what a tap leaves in view.
                                        hover.set(None);
                                        select(app, Some(a.clone()), Some(d.clone()));
                                    }
                                    on:mouseenter=move |_| hover.set(Some(Hover::Cell(row, col)))
                                    on:focus=move |_| {
                                        current.focused((row + 1, col + 1));
                                        hover.set(Some(Hover::Cell(row, col)));
                                    }
                                >
                                    {n}
                                </button>
                            </td>
                        }
                        .into_any()
                    })
                    .collect_view();
                view! {
                    <tr class:selected=sel class:hover=move || hover.get() == Some(Hover::Row(row))>
                        <th scope="row">
                            <button
                                type="button"
                                data-pos=format!("{}-0", row + 1)
                                tabindex=tab_index((row + 1, 0))
                                aria-label=t().phrases.filter_by(None, &name)
                                aria-pressed=move || if sel.get() { "true" } else { "false" }
                                on:click=move |_| select(app, Some(id.clone()), None)
                                on:mouseenter=move |_| hover.set(Some(Hover::Row(row)))
                                on:focus=move |_| {
                                    current.focused((row + 1, 0));
                                    hover.set(Some(Hover::Row(row)));
                                }
                            >
                                {name.clone()}
                            </button>
                        </th>
                        {cells}
                        <td class="total">{m.row_totals[row]}</td>
                    </tr>
                }
            })
            .collect_view();
        let totals = m
            .col_totals
            .iter()
            .map(|n| view! { <td class="total">{*n}</td> })
            .collect_view();
        view! {
            // The title and note above the scrolling box, so they are never cut by it; the table
            // is named by them.
            <div class="matrix-box">
                <div class="matrix-title">
                    <p id="matris-rubrik" class="matrix-caption">{t().matrix_caption}</p>
                    <p id="matris-not" class="caption-note">{t().matrix_note}</p>
                </div>
                <div class="matrix-wrap" on:mouseleave=move |_| hover.set(None)>
                    <table
                        class="matrix"
                        id="matris"
                        aria-labelledby="matris-rubrik"
                        aria-describedby="matris-not"
                        on:keydown=on_key
                    >
                        <thead>
                            <tr>
                                <th scope="col">{t().col_academies}</th>
                                {header}
                                <th scope="col">{t().matrix_total}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">{t().matrix_total}</th>
                                {totals}
                                <td class="total">{m.placed}</td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
            </div>
        }
        .into_any()
    }
}

#[component]
fn Bipartite(matrix: Memo<Matrix>, hover: Own<Option<Hover>>) -> impl IntoView {
    let app = use_app();
    move || {
        let m = matrix.get();
        if m.academies.is_empty() {
            return ().into_any();
        }
        let d = diagram(&m);
        let mid = (d.left_x + d.right_x) / 2.0;
        // The chosen academies and departments (the matrix's filters), as rows and columns.
        let (academies, departments) = (m.academies.clone(), m.departments.clone());
        let chosen = Memo::new(move |_| {
            app.nav.view.with(|s| {
                let rows: Vec<usize> = (0..academies.len())
                    .filter(|&r| s.filters.academies.contains(&academies[r]))
                    .collect();
                let cols: Vec<usize> = (0..departments.len())
                    .filter(|&c| s.filters.departments.contains(&departments[c]))
                    .collect();
                (rows, cols)
            })
        });
        // What the pointer or focus is on is lit; with neither, what is chosen.
        let lit = move |row: usize, col: usize| match hover.get() {
            None => chosen.with(|(rows, cols)| {
                (rows.is_empty() || rows.contains(&row)) && (cols.is_empty() || cols.contains(&col))
            }),
            Some(Hover::Row(r)) => r == row,
            Some(Hover::Col(c)) => c == col,
            Some(Hover::Cell(r, c)) => r == row && c == col,
        };
        let edges = d
            .edges
            .iter()
            .map(|e| {
                let f = |x: f64| fixed(x, 1);
                let path = format!(
                    "M {} {} C {mid} {}, {mid} {}, {} {}",
                    f(d.left_x),
                    f(e.y1),
                    f(e.y1),
                    f(e.y2),
                    f(d.right_x),
                    f(e.y2),
                    mid = f(mid),
                );
                let (row, col) = (e.row, e.col);
                view! {
                    <path
                        d=path
                        class=format!("edge edge-{}", e.status.id())
                        class:dim=move || !lit(row, col)
                        stroke-width=fixed(e.stroke, 1)
                    />
                }
            })
            .collect_view();
        let node = |left: bool, i: usize, id: String, y: f64| {
            let (label, full) = app.edits.with_catalog(|c| {
                if left {
                    (
                        c.register.display_name(Kind::Academy, &id, Form::Short),
                        academy_label(c, &id),
                    )
                } else {
                    (
                        department_label(c, &id, true),
                        department_label(c, &id, false),
                    )
                }
            });
            // The name read out starts with the short form shown, so speech input ("click KI")
            // finds it.
            let aria = t()
                .phrases
                .filter_by((label != full).then_some(label.as_str()), &full);
            let x = if left { d.left_x } else { d.right_x };
            let me = if left { Hover::Row(i) } else { Hover::Col(i) };
            let is_chosen = move || {
                chosen.with(|(rows, cols)| {
                    if left {
                        rows.contains(&i)
                    } else {
                        cols.contains(&i)
                    }
                })
            };
            let activate = move || {
                if left {
                    select(app, Some(id.clone()), None)
                } else {
                    select(app, None, Some(id.clone()))
                }
            };
            let activate_key = activate.clone();
            view! {
                <g
                    class="node"
                    class:active=move || hover.get() == Some(me)
                    class:chosen=is_chosen
                    tabindex="0"
                    role="button"
                    aria-pressed=move || if is_chosen() { "true" } else { "false" }
                    aria-label=aria
                    on:mouseenter=move |_| hover.set(Some(me))
                    on:focus=move |_| hover.set(Some(me))
                    on:blur=move |_| hover.set(None)
                    on:click=move |_| activate()
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            activate_key();
                        }
                    }
                >
                    <circle cx=fixed(x, 1) cy=fixed(y, 1) r="6"/>
                    <text
                        x=fixed(if left { x - 12.0 } else { x + 12.0 }, 1)
                        y=fixed(y + 4.5, 1)
                        text-anchor=if left { "end" } else { "start" }
                    >
                        {label}
                    </text>
                </g>
            }
        };
        let left = m
            .academies
            .iter()
            .enumerate()
            .map(|(i, id)| node(true, i, id.clone(), d.left_y[i]))
            .collect_view();
        let right = m
            .departments
            .iter()
            .enumerate()
            .map(|(i, id)| node(false, i, id.clone(), d.right_y[i]))
            .collect_view();
        view! {
            <figure class="diagram">
                <svg
                    viewBox=format!("0 0 {} {}", fixed(d.width, 0), fixed(d.height, 0))
                    role="group"
                    aria-label=t().diagram_label
                    on:mouseleave=move |_| hover.set(None)
                >
                    <g class="edges">{edges}</g>
                    {left}
                    {right}
                </svg>
                <figcaption>
                    {t().diagram_caption}
                    <span class="legend">
                        {Status::ALL
                            .into_iter()
                            .map(|s| view! { <span class=format!("key key-{}", s.id())>{(t().status_label)(s)}</span> })
                            .collect_view()}
                    </span>
                </figcaption>
            </figure>
        }
        .into_any()
    }
}

/// Says how many entries the matrix cannot place, and why; never drops them silently.
#[component]
fn Unplaced(matrix: Memo<Matrix>) -> impl IntoView {
    let app = use_app();
    move || {
        let m = matrix.get();
        let names = |idx: &[usize]| {
            app.edits.with_catalog(|c| {
                idx.iter()
                    .filter_map(|&i| c.register.entries.get(i).map(|e| e.name.clone()))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        };
        let mut lines = Vec::new();
        if !m.unplaced.no_academy.is_empty() {
            lines.push(t().phrases.unplaced_no_academy(
                &(t().entry_count)(m.unplaced.no_academy.len()),
                &names(&m.unplaced.no_academy),
            ));
        }
        if !m.unplaced.no_department.is_empty() {
            lines.push(t().phrases.unplaced_no_department(
                &(t().entry_count)(m.unplaced.no_department.len()),
                &names(&m.unplaced.no_department),
            ));
        }
        if !m.partners.is_empty() {
            lines.push(t().phrases.partners_not_in_matrix(&m.partners));
        }
        (!lines.is_empty()).then(|| {
            view! {
                <div class="unplaced" id="ej-placerade">
                    <h2>{t().unplaced_heading}</h2>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}
