//! The editing toolbar above the list: the "Redigera registret" toggle, and in editing mode
//! "Ny post", "Ångra", "Importera" with its preview, "Publicera …" and "Rensa lokala ändringar"; "Exportera" (register, view as CSV,
//! changes) for everyone. Also the banner that says when edits cannot be stored in this browser,
//! and the one that keeps published edits until the coordinator confirms the publication.

use leptos::prelude::*;
use leptos::task::spawn_local;
use samverkan_core::change::Op;
use samverkan_core::exchange::{
    parse_import, register_json, view_csv, Import, ImportError, ImportSummary, MAX_IMPORT_BYTES,
};
use samverkan_core::overlay::Overlay;
use wasm_bindgen_futures::JsFuture;

use super::publish::{download_changes, ClearLocal, PublishButton};
use crate::browser::dom::{download, focus_later};
use crate::browser::i18n::t;
use crate::browser::storage::StorageProblem;
use crate::state::{use_app, AppState, Editing, ImportPreview, Own};

fn today_stamp(app: &AppState) -> String {
    app.edits.with_catalog(|c| c.today.to_string())
}

/// The buttons above the list: new entry, undo, export, import.
#[component]
pub fn EditControls() -> impl IntoView {
    let app = use_app();
    let undo_label = move || {
        app.edits
            .undo
            .with(|u| u.last().map(|s| t().phrases.undo(s.action, &s.name)))
    };
    // The export menu closes once a choice is made, like any menu.
    let menu = NodeRef::<leptos::html::Details>::new();
    let close_menu = move || {
        if let Some(m) = menu.get_untracked() {
            m.set_open(false);
        }
    };
    let export_register = move |_| {
        let json = app.edits.with_catalog(|c| register_json(&c.register));
        download(
            &format!("samverkansregistret-{}.json", today_stamp(&app)),
            "application/json",
            &json,
        );
        close_menu();
    };
    let export_changes = move |_| {
        download_changes(&app);
        close_menu();
    };
    let export_csv = move |_| {
        let hits = app.nav.results.with_untracked(|r| r.hits.clone());
        let csv = app.edits.with_catalog(|c| view_csv(c, &hits, &t().csv));
        download(
            &format!("samverkansregistret-vy-{}.csv", today_stamp(&app)),
            "text/csv;charset=utf-8",
            &csv,
        );
        close_menu();
    };
    let edit_mode = move || app.session.edit_mode.get();
    view! {
        <div class="edit-toolbar" role="group" aria-label=t().edit_toolbar>
            <button
                type="button"
                id="redigera-registret"
                class="toggle"
                aria-pressed=move || if edit_mode() { "true" } else { "false" }
                on:click=move |_| app.session.set_edit_mode(!app.session.edit_mode.get_untracked())
            >
                {t().edit_mode}
            </button>
            // Not rendered outside editing mode (rather than hidden by the stylesheet), so no reader
            // meets them, with or without styles.
            {move || edit_mode().then(|| view! {
                <button type="button" id="ny-post" on:click=move |_| app.open_form(Editing::New)>{t().new_entry}</button>
                <button
                    type="button"
                    disabled=move || undo_label().is_none()
                    title=move || undo_label().unwrap_or_default()
                    on:click=move |_| app.undo_last()
                >
                    {t().undo}
                </button>
            })}
            <details class="menu" node_ref=menu>
                <summary>{t().export}</summary>
                <div class="menu-items">
                    <button type="button" on:click=export_register>{t().export_register}</button>
                    <button type="button" on:click=export_csv>{t().export_csv}</button>
                    <button type="button" on:click=export_changes>{t().export_changes}</button>
                </div>
            </details>
            {move || edit_mode().then(|| view! { <ImportButton/> <PublishButton/> <ClearLocal/> })}
        </div>
        {move || edit_mode().then(|| view! { <LocalOnlyNotice/> <SettledNotice/> })}
    }
}

/// Unpublished local edits older than this many days are worth a reminder: some browsers (Safari)
/// delete a site's storage after seven days without a visit.
const REMIND_AFTER_DAYS: i64 = 3;

/// In editing mode, while there are unpublished local edits: they live in this browser only; once
/// they are older than a few days, a reminder to export or publish them, with the export at hand.
#[component]
fn LocalOnlyNotice() -> impl IntoView {
    let app = use_app();
    let count = move || app.edits.snapshot.with(|s| s.marks.len());
    // Read again whenever the edits change (the day is noted when they are stored).
    let since = Memo::new(move |_| {
        app.edits.overlay.track();
        crate::browser::storage::edits_since()
    });
    let old = move || {
        let today = app.edits.with_catalog(|c| c.today);
        since
            .get()
            .filter(|day| (today - *day).num_days() >= REMIND_AFTER_DAYS)
    };
    move || {
        (count() > 0).then(|| {
            view! {
                <div class="local-only" id="bara-har">
                    <p>{(t().local_only)(count())}</p>
                    {move || old().map(|day| view! {
                        <p role="status">{(t().local_only_old)(&day.to_string())}</p>
                        <button type="button" on:click=move |_| download_changes(&app)>{t().export_changes}</button>
                    })}
                </div>
            }
        })
    }
}

/// In editing mode, while edits the published register now shows are kept (`Overlay::settle`):
/// says so, and lets the coordinator confirm the publication, after which they go.
#[component]
fn SettledNotice() -> impl IntoView {
    let app = use_app();
    let count = move || app.edits.overlay.with(|o| o.settled.len());
    move || {
        (count() > 0).then(|| {
            view! {
                <div class="banner settled" role="status" id="publicerade-andringar">
                    <p>{(t().settled_notice)(count())}</p>
                    <button type="button" on:click=move |_| {
                        app.edits.note(Op::Confirm);
                        focus_later("redigera-registret");
                    }>{t().settled_confirm}</button>
                </div>
            }
        })
    }
}

#[component]
fn ImportButton() -> impl IntoView {
    let app = use_app();
    let error = Own::new(None::<String>);
    // Held by the app, so the preview stays open when the toolbar is rebuilt.
    let pending = app.session.import;
    let input = NodeRef::<leptos::html::Input>::new();
    let on_file = move |_| {
        error.set(None);
        app.session.hold_import(None);
        let Some(file) = input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) else {
            return;
        };
        // Refuse a huge file before reading it into memory.
        if file.size() > MAX_IMPORT_BYTES as f64 {
            error.set(Some((t().import_error)(&ImportError::TooLarge {
                bytes: file.size() as usize,
            })));
            return;
        }
        spawn_local(async move {
            // Raw bytes, not `text()`: that would silently replace invalid UTF-8.
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => {
                    error.set(Some(t().import_unreadable.to_string()));
                    return;
                }
            };
            let published = app.edits.published();
            match parse_import(&bytes, &published) {
                Err(e) => error.set(Some((t().import_error)(&e))),
                Ok(import) => {
                    let (op, leaves_texts) = match import {
                        // The register's entries, categories, academies and departments become
                        // the local edits; its "Om registret" text and source cannot.
                        Import::Register(r) => (
                            Op::Replace(Overlay::diff(&published, &r)),
                            r.about != published.about || r.source != published.source,
                        ),
                        Import::Overlay(imported) => (Op::Merge(imported), false),
                    };
                    let mut after = app.edits.overlay.get_untracked();
                    after.perform(&published, &op);
                    let next = after.apply(&published).0;
                    let summary = app
                        .edits
                        .with_catalog(|c| ImportSummary::between(&c.register, &next));
                    app.session.hold_import(Some(ImportPreview {
                        op,
                        summary,
                        leaves_texts,
                    }));
                    // The preview is what the reader must decide on: read it to them first.
                    focus_later("import-rubrik");
                }
            }
            if let Some(i) = input.get() {
                i.set_value("");
            }
        });
    };
    let list = |title: &'static str, names: Vec<String>| {
        (!names.is_empty()).then(|| {
            view! {
                <h4>{title} " (" {names.len()} ")"</h4>
                <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            }
        })
    };
    view! {
        <label class="button-like" for="importera">{t().import}</label>
        <input
            id="importera"
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            node_ref=input
            on:change=on_file
        />
        {move || error.get().map(|e| view! {
            <div class="import-error" role="alert">
                <p><strong>{t().import_failed}</strong> " " {e}</p>
                <p>{t().nothing_changed}</p>
                <button type="button" on:click=move |_| error.set(None)>{t().close}</button>
            </div>
        })}
        {move || pending.get().map(|p| {
            let nothing = p.summary.is_empty();
            let op = p.op.clone();
            view! {
                <div class="import-preview" role="region" aria-labelledby="import-rubrik">
                    <h3 id="import-rubrik" tabindex="-1">{t().import_preview}</h3>
                    {nothing.then(|| view! { <p>{t().import_no_changes}</p> })}
                    {list(t().import_added, p.summary.added)}
                    {list(t().import_changed, p.summary.changed)}
                    {list(t().import_removed, p.summary.removed)}
                    {list(t().import_categories, p.summary.categories)}
                    {p.leaves_texts.then(|| view! { <p class="import-note">{t().import_leaves_texts}</p> })}
                    <button type="button" class="primary" on:click=move |_| {
                        app.edits.change_all(op.clone());
                        app.session.hold_import(None);
                        focus_later("importera");
                    }>{t().import_apply}</button>
                    <button type="button" on:click=move |_| {
                        app.session.hold_import(None);
                        focus_later("importera");
                    }>{t().cancel}</button>
                </div>
            }
        })}
    }
}

/// Says when edits cannot be kept in this browser, and what to do.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let app = use_app();
    move || {
        app.edits.storage_problem.get().map(|p| {
            let dismissable = matches!(p, StorageProblem::Corrupted { .. });
            let text = match &p {
                StorageProblem::Unavailable | StorageProblem::WriteFailed => t().storage_memory_only.to_string(),
                StorageProblem::Corrupted { backup } => (t().storage_corrupted)(backup.as_deref()),
            };
            view! {
                <div class="banner" role="alert" id="lagring">
                    <p>{text}</p>
                    {dismissable.then(|| view! {
                        <button type="button" on:click=move |_| app.edits.dismiss_storage_problem()>{t().close}</button>
                    })}
                </div>
            }
        })
    }
}
