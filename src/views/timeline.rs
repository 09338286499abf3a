//! "Tidslinje": what expires when. The renewal panel first (what an official must act on), then
//! one bar per entry on a year axis with a line for today. Rows are list items with a real link
//! and the validity in words, so the chart reads without seeing the bars.

use leptos::prelude::*;
use samverkan_core::timeline::{End, Period, Start};

use crate::browser::dom::fixed;
use crate::browser::i18n::t;
use crate::state::{use_app, Step};
use crate::views::calendar::CalendarExport;
use crate::views::entry::entry_link;

fn pct(x: f64) -> String {
    format!("{}%", fixed((x * 100.0).clamp(0.0, 100.0), 3))
}

#[component]
pub fn TimelineView() -> impl IntoView {
    view! {
        <section class="timeline" aria-labelledby="vy-rubrik">
            <Expiring/>
            <h2 id="tidslinje-rubrik">{t().timeline_chart_heading}</h2>
            <p class="hint">{t().timeline_hint}</p>
            <Chart/>
        </section>
    }
}

#[component]
fn Expiring() -> impl IntoView {
    let app = use_app();
    // The entries the panel lists, and what its "Lägg i kalender" exports.
    let expiring = Memo::new(move |_| {
        let hits = app.nav.results.with(|r| r.hits.clone());
        app.edits.with_catalog(|c| c.expiring(&hits))
    });
    let rows = Memo::new(move |_| {
        expiring.with(|indices| {
            app.edits.with_catalog(|c| {
                indices
                    .iter()
                    .filter_map(|&i| {
                        let e = c.register.entries.get(i)?;
                        let end = e.validity.end().map(|d| d.to_string()).unwrap_or_default();
                        let contact = e.contact.as_ref().map(|k| k.label());
                        Some((e.id.clone(), e.name.clone(), end, contact))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <section class="expiring" aria-labelledby="loper-ut-rubrik" id="loper-ut">
            <h2 id="loper-ut-rubrik">{t().expiring_heading}</h2>
            <Show when=move || !rows.with(|r| r.is_empty())>
                <CalendarExport entries=expiring id="kalender-loper-ut"/>
            </Show>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p>{t().expiring_none}</p> }.into_any();
                }
                view! {
                    <ul>
                        {rows
                            .into_iter()
                            .map(|(id, name, end, contact)| {
                                let data_id = id.clone();
                                view! {
                                    <li data-id=data_id>
                                        // Spaces between the parts, so a narrow line breaks
                                        // there and never inside "Kontaktperson".
                                        {entry_link(id, "expiring-name", name)}
                                        " "
                                        <span class="expiring-end">{(t().ends_on)(&end)}</span>
                                        " "
                                        <span class="expiring-contact">
                                            {t().col_contact} ": "
                                            {contact.unwrap_or_else(|| t().not_given.to_string())}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// Tick labels at most this many apart on a wide track, and on a narrow one (a phone), so they
/// never overlap: "2027" is about 2rem wide.
const WIDE_LABELS: usize = 20;
const NARROW_LABELS: usize = 6;

#[component]
fn Chart() -> impl IntoView {
    let app = use_app();
    let period = Memo::new(move |_| app.nav.view.with(|s| s.period));
    let timeline = Memo::new(move |_| {
        let hits = app.nav.results.with(|r| r.hits.clone());
        app.edits.with_catalog(|c| c.timeline(&hits, period.get()))
    });
    let toggle = move |_| {
        app.nav.go(Step::Push, |s| {
            s.period = match s.period {
                Period::Near => Period::Whole,
                Period::Whole => Period::Near,
            }
        })
    };
    let axis_words = move || {
        timeline.with(|tl| {
            let last = tl.end.pred_opt().unwrap_or(tl.end);
            (t().axis_span)(&tl.start.to_string(), &last.to_string())
        })
    };
    let chart = move || {
        let tl = timeline.get();
        if tl.bars.is_empty() {
            return ().into_any();
        }
        let today = pct(tl.today);
        let years: Vec<i32> = tl.years().collect();
        let (wide, narrow) = (
            years.len().div_ceil(WIDE_LABELS).max(1),
            years.len().div_ceil(NARROW_LABELS).max(1),
        );
        let ticks = years
            .iter()
            .enumerate()
            .map(|(k, &y)| {
                let class = match (k % wide == 0, k % narrow == 0) {
                    (true, true) => "tick-label wide narrow",
                    (true, false) => "tick-label wide",
                    (false, true) => "tick-label narrow",
                    (false, false) => "tick-label",
                };
                view! {
                    <span class="tick" style:left=pct(tl.year_position(y))>
                        <span class=class>{y}</span>
                    </span>
                }
            })
            .collect_view();
        let rows = tl
            .bars
            .iter()
            .filter_map(|bar| {
                let (id, name, validity) = app.edits.with_catalog(|c| {
                    let e = c.register.entries.get(bar.index)?;
                    Some((e.id.clone(), e.name.clone(), (t().validity)(&e.validity)))
                })?;
                let status = bar.status;
                let mut notes: Vec<&'static str> = Vec::new();
                let (left, right, open_class) = match (bar.start, bar.end) {
                    (Start::Unknown, End::Unknown | End::NotGiven) => {
                        notes.push(t().dates_unknown);
                        (None, None, "")
                    }
                    (start, end) => {
                        let l = match start {
                            Start::At(x) => x,
                            Start::Unknown => 0.0,
                        };
                        let (r, class) = match end {
                            End::At(x) if x > 1.0 => {
                                notes.push(t().past_axis);
                                (1.0, "open past")
                            }
                            End::At(x) => (x, ""),
                            End::FurtherNotice => {
                                notes.push(t().open_further_notice);
                                (1.0, "open further")
                            }
                            End::NotGiven => {
                                notes.push(t().open_not_given);
                                (1.0, "open not-given")
                            }
                            End::Unknown => {
                                notes.push(t().end_unknown);
                                (1.0, "open unknown")
                            }
                        };
                        if r <= 0.0 {
                            // Over before the axis begins: no bar, and the row says so.
                            notes.push(t().before_axis);
                            (None, None, "")
                        } else if l >= 1.0 {
                            notes.push(t().after_axis);
                            (None, None, "")
                        } else {
                            (Some(l), Some(r), class)
                        }
                    }
                };
                let start_unknown = bar.start == Start::Unknown && left.is_some();
                let from_before = matches!(bar.start, Start::At(x) if x < 0.0) && left.is_some();
                let bar_view = left.zip(right).map(|(l, r)| {
                    let id = id.clone();
                    let l = l.max(0.0);
                    view! {
                        <span
                            class=format!(
                                "bar status-{} {open_class}{}{}",
                                status.id(),
                                if start_unknown { " start-unknown" } else { "" },
                                if from_before { " from-before" } else { "" },
                            )
                            style:left=pct(l)
                            style:width=pct((r - l).max(0.004))
                            aria-hidden="true"
                            on:click=move |_| {
                                let id = id.clone();
                                app.nav.go(Step::Push, move |s| s.post = Some(id));
                            }
                        ></span>
                    }
                });
                let data_id = id.clone();
                let notes: String = notes.iter().map(|n| format!(" · {n}")).collect();
                Some(view! {
                    <li class="tl-row" data-id=data_id data-status=status.id()>
                        <div class="tl-label">
                            {entry_link(id, "tl-name", name)}
                            <span class="tl-validity">
                                {validity.unwrap_or_else(|| t().not_given.to_string())}
                                " · " {(t().status_label)(status)}
                                {notes}
                            </span>
                        </div>
                        <div class="tl-track">
                            <span class="today-mark" style:left=today.clone()></span>
                            {bar_view}
                        </div>
                    </li>
                })
            })
            .collect_view();
        view! {
            <div class="tl">
                <div class="tl-axis" aria-hidden="true">
                    <div class="tl-label"></div>
                    <div class="tl-track">
                        {ticks}
                        <span class="today-label" style:left=today.clone()>{t().today}</span>
                    </div>
                </div>
                <ol class="tl-rows">{rows}</ol>
            </div>
        }
        .into_any()
    };
    view! {
        <div class="tl-period">
            <p id="tidsaxel">{axis_words}</p>
            <button type="button" id="hela-perioden" on:click=toggle>
                {move || match period.get() {
                    Period::Near => t().show_whole_period,
                    Period::Whole => t().show_near_period,
                }}
            </button>
        </div>
        {chart}
    }
}
