//! The workspace shared by the list, relation and timeline views: search, facets, active-filter
//! chips and the result count, then the chosen view. When `post` is set the detail takes its
//! place; while the edit form is open, the form does. Only the parts that show the register are
//! rebuilt when it changes.

use leptos::prelude::*;
use samverkan_core::url::View;

use crate::browser::i18n::t;
use crate::edit::{EditControls, EditForm};
use crate::state::{use_app, Step};
use crate::views::calendar::{Calendar, CalendarReport};
use crate::views::detail::DetailView;
use crate::views::facets::{ActiveFilters, FilterSidebar};
use crate::views::list::EntryList;
use crate::views::relation::RelationView;
use crate::views::search::SearchBox;
use crate::views::share::{PrintSummary, ShareToolbar};
use crate::views::table::{SortControl, TableView};
use crate::views::timeline::TimelineView;

/// "Visa som": the same selection as a list, a table, the relation view or the timeline, beside
/// the count, where the reader's attention is after choosing filters. Focus stays on the link.
#[component]
fn ViewSwitch(current: Memo<View>) -> impl IntoView {
    let app = use_app();
    let link = move |target: View, label: &'static str, id: &'static str| {
        let href = app.nav.href(move |s| s.open_view(target));
        view! {
            <a
                id=id
                href=href
                aria-current=move || (current.get() == target).then_some("true")
                on:click=move |ev| {
                    ev.prevent_default();
                    app.nav.go_keeping_focus(id, Step::Push, |s| s.open_view(target));
                }
            >
                {label}
            </a>
        }
    };
    view! {
        <div class="view-switch" role="group" aria-labelledby="visa-som">
            <span id="visa-som">{t().show_as}</span>
            {link(View::List, t().nav_list, "som-lista")}
            {link(View::Table, t().nav_table, "som-tabell")}
            {link(View::Relation, t().nav_relation, "som-relation")}
            {link(View::Timeline, t().nav_timeline, "som-tidslinje")}
        </div>
    }
}

#[component]
pub fn Workspace() -> impl IntoView {
    let app = use_app();
    // Memos, so a keystroke (which changes `q`) does not rebuild the chosen view.
    let kind = Memo::new(move |_| app.nav.view.with(|s| s.view));
    let has_post = Memo::new(move |_| app.nav.view.with(|s| s.post.is_some()));
    let total = move || {
        app.edits
            .snapshot
            .with(|s| s.catalog.register.entries.len())
    };
    let shown = move || app.nav.results.with(|r| r.hits.len());
    let editing = app.session.editing;
    // What "Lägg i kalender" exports: the open entry, else the results, as they are when it is
    // pressed. The tool is always there, so the toolbar keeps its layout.
    let selection = Signal::derive(move || match app.nav.view.with(|s| s.post.clone()) {
        Some(id) => app
            .edits
            .with_catalog(|c| c.register.position(&id).into_iter().collect()),
        None => app.nav.results.with(|r| r.hits.clone()),
    });
    let calendar = Calendar::new();
    let content = move || {
        if editing.get().is_some() {
            if let Some(form) = app.session.form() {
                return view! { <EditForm form/> }.into_any();
            }
        }
        if has_post.get() {
            return view! { <DetailView/> }.into_any();
        }
        // The list, relation and timeline read the register as they render: rebuilt when it
        // changes (an edit here or in another tab). The form and the entry are not: the form
        // keeps its typing, the entry follows its own content.
        app.edits.snapshot.track();
        match kind.get() {
            View::Relation => view! { <RelationView/> }.into_any(),
            View::Timeline => view! { <TimelineView/> }.into_any(),
            View::Table => view! { <TableView/> }.into_any(),
            _ => view! {
                <h2 class="visually-hidden">{t().results_heading}</h2>
                <EntryList/>
            }
            .into_any(),
        }
    };
    let heading = move || t().view_heading(kind.get());
    view! {
        <h1 id="vy-rubrik" tabindex="-1">{heading}</h1>
        <SearchBox/>
        <div class="layout">
            <FilterSidebar/>
            <div class="content">
                <ActiveFilters/>
                <div class="toolbar">
                    <p class="count" role="status" aria-live="polite" id="antal" tabindex="-1">
                        {move || (t().result_count)(shown(), total())}
                    </p>
                    <ViewSwitch current=kind/>
                    <Show when=move || matches!(kind.get(), View::List | View::Table)>
                        <SortControl/>
                    </Show>
                </div>
                // Sharing and editing on one row under the count, so the count's row stays one
                // line at 1280 px and the results move as little as possible when the app
                // replaces the pre-rendered screen.
                <div class="actions">
                    <ShareToolbar selection calendar/>
                    <EditControls/>
                </div>
                // Under the row, so a report does not move the buttons beside it.
                <CalendarReport calendar/>
                <PrintSummary heading=Signal::derive(heading)/>
                {content}
            </div>
        </div>
    }
}
