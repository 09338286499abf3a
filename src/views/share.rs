//! Links in and out: the share toolbar ("Skriv ut", "Kopiera länk", "Lägg i kalender"), and the
//! notice about parts of an opened URL that were ignored.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser::dom::write_clipboard;
use crate::browser::i18n::t;
use crate::state::{use_app, Own};
use crate::views::calendar::{Calendar, CalendarButton};
use crate::views::roving::{key_move, Roving, Tool};
use samverkan_core::relation::GridMove;
use samverkan_core::url::View;

/// "Skriv ut", "Kopiera länk" and "Lägg i kalender" (for `selection`: the results, or the open
/// entry), as one toolbar that always has its three tools. The calendar's report is `calendar`'s,
/// shown where the caller puts it.
#[component]
pub fn ShareToolbar(selection: Signal<Vec<usize>>, calendar: Calendar) -> impl IntoView {
    let stop = Roving::new(0usize);
    provide_context(stop);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(step) = key_move(&ev) else {
            return;
        };
        // Only from a tool: the arrow keys in the manual-copy field move its caret.
        let Some(from) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-tool"))
            .and_then(|p| p.parse::<usize>().ok())
        else {
            return;
        };
        // The tools in this toolbar, in order.
        let Some(bar) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let tools: Vec<(usize, web_sys::HtmlElement)> = (0..TOOLS)
            .filter_map(|p| {
                let el = bar.query_selector(&format!("[data-tool=\"{p}\"]")).ok()??;
                Some((p, el.dyn_into::<web_sys::HtmlElement>().ok()?))
            })
            .collect();
        let at = tools.iter().position(|(p, _)| *p == from).unwrap_or(0);
        let next = match step {
            GridMove::Right | GridMove::Down => tools.get(at + 1),
            GridMove::Left | GridMove::Up => at.checked_sub(1).and_then(|i| tools.get(i)),
            GridMove::Home => tools.first(),
            GridMove::End => tools.last(),
        };
        ev.prevent_default();
        if let Some((pos, el)) = next {
            stop.focused(*pos);
            let _ = el.focus();
        }
    };
    view! {
        <div class="share" role="toolbar" aria-label=t().share_toolbar on:keydown=on_key>
            <PrintButton tool=0/>
            <CopyLink tool=1/>
            <CalendarButton entries=selection id="kalender" calendar tool=2/>
        </div>
    }
}

/// How many tools the share toolbar can have.
const TOOLS: usize = 3;

#[derive(Clone, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    /// The clipboard is not available (e.g. plain http on an intranet): show the link to copy.
    Manual(String),
}

#[component]
pub fn CopyLink(
    /// Its place in a [`ShareToolbar`].
    #[prop(optional)]
    tool: Option<usize>,
) -> impl IntoView {
    let app = use_app();
    let tool = Tool::at(tool);
    let state = Own::new(CopyState::Idle);
    // Whatever the view becomes, an old "kopierad" would be about another link.
    Effect::new(move |_| {
        app.nav.view.track();
        if state.with_untracked(|s| !matches!(s, CopyState::Idle)) {
            state.set(CopyState::Idle);
        }
    });
    let copy = move |_| {
        app.nav.flush_url();
        let href = window().location().href().unwrap_or_default();
        spawn_local(async move {
            if write_clipboard(&href).await {
                state.set(CopyState::Copied);
            } else {
                state.set(CopyState::Manual(href));
            }
        });
    };
    let manual_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let (CopyState::Manual(_), Some(input)) = (state.get(), manual_ref.get()) {
            let _ = input.focus();
            input.select();
        }
    });
    view! {
        <div class="copy-link">
            <button
                type="button"
                data-tool=tool.pos
                tabindex=tool.tabindex()
                on:focus=move |_| tool.focused()
                on:click=copy
            >
                {t().copy_link}
            </button>
            <span role="status" class="copy-status">
                {move || match state.get() {
                    CopyState::Idle => ().into_any(),
                    CopyState::Copied => t().link_copied.into_any(),
                    CopyState::Manual(href) => view! {
                        <label for="lank">{t().copy_manually}</label>
                        <input id="lank" type="text" readonly prop:value=href node_ref=manual_ref/>
                    }
                    .into_any(),
                }}
            </span>
        </div>
    }
}

/// Tells, briefly, which parts of the opened URL were ignored. Dismissable.
#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.nav.notices.with(|n| !n.is_empty())>
            <div class="notice" role="status">
                <p>{t().notices_heading}</p>
                <ul>
                    {move || {
                        app.nav.notices
                            .get()
                            .iter()
                            .map(|n| view! { <li>{(t().notice)(n)}</li> })
                            .collect_view()
                    }}
                </ul>
                <button type="button" on:click=move |_| app.nav.dismiss_notices()>{t().close}</button>
            </div>
        </Show>
    }
}

/// "Skriv ut": the browser's print dialog; the print stylesheet turns the view into a document.
#[component]
pub fn PrintButton(
    /// Its place in a [`ShareToolbar`].
    #[prop(optional)]
    tool: Option<usize>,
) -> impl IntoView {
    let tool = Tool::at(tool);
    view! {
        <button
            type="button"
            class="print-button"
            data-tool=tool.pos
            tabindex=tool.tabindex()
            on:focus=move |_| tool.focused()
            on:click=move |_| {
                let _ = window().print();
            }
        >
            {t().print}
        </button>
    }
}

/// Shown only on paper: what this printout is, when it was made, and the selection in words.
#[component]
pub fn PrintSummary(
    /// The view's heading, printed with the register's name as the one title on paper.
    #[prop(into)]
    heading: Signal<&'static str>,
) -> impl IntoView {
    let app = use_app();
    let selection = move || {
        let state = app.nav.view.get();
        let mut parts: Vec<String> = Vec::new();
        if !state.q.trim().is_empty() {
            parts.push(t().phrases.print_search(state.q.trim()));
        }
        app.edits.snapshot.with(|s| {
            let c = &s.catalog;
            for facet in samverkan_core::query::Facet::ALL {
                let names = t().chosen(c, &state.filters, facet);
                if names.is_empty() {
                    continue;
                }
                parts.push(
                    t().phrases
                        .chosen((t().facet_title)(facet), &names.join(", ")),
                );
            }
        });
        if let Some(m) = state.filters.within {
            parts.push((t().within_filter)(m));
        }
        if state.filters.news_only {
            parts.push(t().news_only_filter.to_string());
        }
        if state.filters.local_only {
            parts.push(t().print_local.to_string());
        }
        let mut words = if parts.is_empty() {
            t().print_whole.to_string()
        } else {
            parts.join("; ")
        };
        if let Some(sort) = state
            .sort
            .filter(|_| matches!(state.view, View::List | View::Table))
        {
            words.push_str(&t().phrases.print_sorted(&(t().sort_option)(sort)));
        }
        words
    };
    let today = app.edits.with_catalog(|c| c.today.to_string());
    let (updated, source) = app.edits.with_published(|p| {
        let s = &p.source;
        (
            (t().updated_on)(&s.updated),
            (t().source_line)(&s.date, &s.dnr, &s.organisation),
        )
    });
    let total = move || {
        app.edits
            .snapshot
            .with(|s| s.catalog.register.entries.len())
    };
    let shown = move || app.nav.results.with(|r| r.hits.len());
    view! {
        <div class="print-only print-summary" id="utskrift">
            <p class="print-title">{heading} " – " {t().print_title}</p>
            <p>{(t().printed_on)(&today)} " · " {move || (t().result_count)(shown(), total())} " · " {updated} " · " {t().about_source} ": " {source}</p>
            <PrintLink>{t().print_selection} ": " {selection}</PrintLink>
        </div>
    }
}

/// On paper: the view's own address as text and as a small QR code, so the printout leads back
/// to the live view. Follows the view state (not the address bar, which a keystroke updates a
/// moment later); a code is drawn only when the query changes.
#[component]
fn PrintLink(
    /// The line the address ends: the selection in words.
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let page = crate::browser::dom::page_address();
    let query = Memo::new(move |_| app.nav.view.with(|s| s.to_query()));
    let link = Memo::new(move |_| {
        query.with(|q| {
            if q.is_empty() {
                page.clone()
            } else {
                format!("{page}?{q}")
            }
        })
    });
    let drawing = Memo::new(move |_| link.with(|l| samverkan_core::qr::drawing(l)));
    // Two children of the summary: the address at the end of its last line, the code beside its
    // lines (the stylesheet's grid), so the link costs the printout no height.
    view! {
        <p class="print-link">
            {children()} " · " {t().print_link} " " <span class="print-url">{link}</span>
        </p>
        {move || drawing.get().map(|d| crate::views::qr::code(d, "print-qr"))}
    }
}
