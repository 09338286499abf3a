//! Keeping the register current: "Ny post", the edit form, "Ångra", export and import, and the
//! banners that say when edits cannot be stored. Every change goes through `AppState::change`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::state::{use_app, AppState, Editing, Step};
use super::storage::StorageProblem;
use crate::core::draft::{unique_slug, Draft, Field, FieldError};
use crate::core::exchange::{
    overlay_json, parse_import, register_json, view_csv, Changes, Import, ImportError,
    MAX_IMPORT_BYTES,
};
use crate::core::model::{Academy, Department};
use crate::core::overlay::Overlay;
use crate::i18n::t;

/// Offers `text` as a file download. `false` if the browser refused.
fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            // Attached while clicked; the URL is released once the download has started.
            if let Some(body) = document().body() {
                let _ = body.append_child(&a);
            }
            a.click();
            a.remove();
        })
        .is_some();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    ok
}

fn today_stamp(app: &AppState) -> String {
    app.with_catalog(|c| c.today.to_string())
}

/// The buttons above the list: new entry, undo, export, import.
#[component]
pub fn EditToolbar() -> impl IntoView {
    let app = use_app();
    let undo_label = move || app.undo.with(|u| u.last().map(|s| s.label.clone()));
    // The export menu closes once a choice is made, like any menu.
    let menu = NodeRef::<leptos::html::Details>::new();
    let close_menu = move || {
        if let Some(m) = menu.get_untracked() {
            m.set_open(false);
        }
    };
    let export_register = move |_| {
        let json = app.with_catalog(|c| register_json(&c.register));
        download(
            &format!("samverkansregistret-{}.json", today_stamp(&app)),
            "application/json",
            &json,
        );
        close_menu();
    };
    let export_changes = move |_| {
        let json = app.overlay.with_untracked(overlay_json);
        download(
            &format!("samverkansregistret-andringar-{}.json", today_stamp(&app)),
            "application/json",
            &json,
        );
        close_menu();
    };
    let export_csv = move |_| {
        let hits = app.results.with_untracked(|r| r.hits.clone());
        let csv = app.with_catalog(|c| view_csv(c, &hits, &t().csv));
        download(
            &format!("samverkansregistret-vy-{}.csv", today_stamp(&app)),
            "text/csv;charset=utf-8",
            &csv,
        );
        close_menu();
    };
    view! {
        <div class="edit-toolbar" role="group" aria-label=t().edit_toolbar>
            <button type="button" id="ny-post" on:click=move |_| app.editing.set(Some(Editing::New))>{t().new_entry}</button>
            <button
                type="button"
                disabled=move || undo_label().is_none()
                title=move || undo_label().map(|l| format!("{} {l}", t().undo)).unwrap_or_default()
                on:click=move |_| app.undo_last()
            >
                {t().undo}
            </button>
            <details class="menu" node_ref=menu>
                <summary>{t().export}</summary>
                <div class="menu-items">
                    <button type="button" on:click=export_register>{t().export_register}</button>
                    <button type="button" on:click=export_csv>{t().export_csv}</button>
                    <button type="button" on:click=export_changes>{t().export_changes}</button>
                </div>
            </details>
            <ImportButton/>
        </div>
    }
}

/// What an import would do, waiting for confirmation.
#[derive(Clone)]
struct Pending {
    overlay: Overlay,
    changes: Changes,
}

#[component]
fn ImportButton() -> impl IntoView {
    let app = use_app();
    let error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<Pending>);
    let input = NodeRef::<leptos::html::Input>::new();
    let on_file = move |_| {
        error.set(None);
        pending.set(None);
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
            let published = app.published.get_value();
            match parse_import(&bytes, &published) {
                Err(e) => error.set(Some((t().import_error)(&e))),
                Ok(import) => {
                    let overlay = match import {
                        Import::Register(r) => Overlay::diff(&published, &r),
                        Import::Overlay(imported) => {
                            let mut o = app.overlay.get_untracked();
                            o.merge(imported);
                            o
                        }
                    };
                    let next = overlay.apply(&published).0;
                    let changes = app.with_catalog(|c| Changes::between(&c.register, &next));
                    pending.set(Some(Pending { overlay, changes }));
                    // The preview is what the reader must decide on: read it to them first.
                    super::focus_later("import-rubrik");
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
            let nothing = p.changes.is_empty();
            let overlay = p.overlay.clone();
            view! {
                <div class="import-preview" role="region" aria-labelledby="import-rubrik">
                    <h3 id="import-rubrik" tabindex="-1">{t().import_preview}</h3>
                    {nothing.then(|| view! { <p>{t().import_no_changes}</p> })}
                    {list(t().import_added, p.changes.added)}
                    {list(t().import_changed, p.changes.changed)}
                    {list(t().import_removed, p.changes.removed)}
                    <button type="button" class="primary" on:click=move |_| {
                        app.replace_overlay(overlay.clone());
                        pending.set(None);
                        super::focus_later("importera");
                    }>{t().import_apply}</button>
                    <button type="button" on:click=move |_| {
                        pending.set(None);
                        super::focus_later("importera");
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
        app.storage_problem.get().map(|p| {
            let dismissable = matches!(p, StorageProblem::Corrupted { .. });
            let text = match &p {
                StorageProblem::Unavailable | StorageProblem::WriteFailed => t().storage_memory_only.to_string(),
                StorageProblem::Corrupted { backup } => (t().storage_corrupted)(backup.as_deref()),
            };
            view! {
                <div class="banner" role="alert" id="lagring">
                    <p>{text}</p>
                    {dismissable.then(|| view! {
                        <button type="button" on:click=move |_| app.storage_problem.set(None)>{t().close}</button>
                    })}
                </div>
            }
        })
    }
}

fn error_text(e: &FieldError) -> String {
    match e {
        FieldError::Required => t().err_required.to_string(),
        FieldError::Unknown(v) => (t().err_unknown)(v),
        FieldError::BadDate(v) => (t().err_date)(v),
        FieldError::FromAfterUntil => t().err_from_after_until.to_string(),
        FieldError::BadLink(v) => (t().err_link)(v),
        FieldError::NameMissing => t().err_contact_name.to_string(),
        FieldError::EndAndFurtherNotice => t().err_end_and_further_notice.to_string(),
    }
}

/// The form for a new or existing entry. Errors are shown next to each field, in Swedish.
#[component]
pub fn EditForm(target: Editing) -> impl IntoView {
    let app = use_app();
    let (start, title) = app.with_catalog(|c| match &target {
        Editing::New => (Draft::new_in(&c.register), t().form_new.to_string()),
        Editing::Entry(id) => match c.register.entry(id) {
            Some(e) => (Draft::from_entry(e), format!("{} {}", t().edit, e.name)),
            None => (Draft::new_in(&c.register), t().form_new.to_string()),
        },
    });
    let draft = RwSignal::new(start);
    let errors = RwSignal::new(Vec::<(Field, FieldError)>::new());
    let new_academy = RwSignal::new(String::new());
    let new_department = RwSignal::new(String::new());
    let err = move |f: Field| {
        move || {
            errors.with(|es| {
                let texts: Vec<String> = es
                    .iter()
                    .filter(|(g, _)| *g == f)
                    .map(|(_, e)| error_text(e))
                    .collect();
                (!texts.is_empty()).then(|| texts.join(" "))
            })
        }
    };
    let cancel_target = target.clone();
    let cancel = move || app.close_form(&cancel_target);
    // The form opens with focus in its first field.
    super::focus_later("f-namn");
    // Academies and departments added in this form, until it is saved.
    let added_academies = RwSignal::new(Vec::<Academy>::new());
    let added_departments = RwSignal::new(Vec::<Department>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let d = draft.get_untracked();
        // Checked against the register plus what this form added, so new choices are known.
        let register = app.with_catalog(|c| {
            let mut r = (*c.register).clone();
            r.academies.extend(added_academies.get_untracked());
            r.departments.extend(added_departments.get_untracked());
            r
        });
        let result = d.to_entry(&register);
        match result {
            Err(es) => {
                errors.set(es);
                // Focus the first field in error so a keyboard or screen-reader user lands on it.
                super::focus_selector_later("[aria-invalid=true]".into(), None);
            }
            Ok(entry) => {
                let id = entry.id.clone();
                let label = format!(
                    "{} {}",
                    if d.id.is_some() {
                        t().edit
                    } else {
                        t().new_entry
                    },
                    entry.name
                );
                let academies: Vec<Academy> = entry
                    .academies
                    .iter()
                    .filter_map(|a| register.academy(a))
                    .cloned()
                    .collect();
                let departments: Vec<Department> = entry
                    .department
                    .iter()
                    .chain(entry.contact.iter().filter_map(|k| k.department.as_ref()))
                    .filter_map(|d| register.department(d))
                    .cloned()
                    .collect();
                app.change(label, &id, move |o, published| {
                    // Academies and departments added in the form become part of the overlay.
                    for a in academies
                        .into_iter()
                        .filter(|a| published.academy(&a.id).is_none())
                    {
                        o.add_academy(a);
                    }
                    for d in departments
                        .into_iter()
                        .filter(|d| published.department(&d.id).is_none())
                    {
                        o.add_department(d);
                    }
                    o.upsert(published, entry);
                });
                // The detail view of the saved entry takes focus when it appears.
                app.editing.set(None);
                app.go(Step::Push, move |s| s.post = Some(id));
            }
        }
    };
    let academies = move || {
        let mut all = app.with_catalog(|c| c.register.academies.clone());
        all.extend(added_academies.get());
        all
    };
    let departments = move || {
        let mut all = app.with_catalog(|c| c.register.departments.clone());
        all.extend(added_departments.get());
        all
    };
    let categories = app.with_catalog(|c| c.register.categories.clone());
    let add_academy = move |_| {
        let name = new_academy.get_untracked().trim().to_string();
        if name.is_empty() {
            return;
        }
        let taken = academies();
        let id = unique_slug(&name, |s| taken.iter().any(|a| a.id == s));
        added_academies.update(|v| {
            v.push(Academy {
                id: id.clone(),
                name,
                short: None,
                flemingsberg: false,
            })
        });
        draft.update(|d| d.academies.push(id));
        new_academy.set(String::new());
    };
    let add_department = move |_| {
        let name = new_department.get_untracked().trim().to_string();
        if name.is_empty() {
            return;
        }
        let taken = departments();
        let id = unique_slug(&name, |s| taken.iter().any(|d| d.id == s));
        added_departments.update(|v| {
            v.push(Department {
                id: id.clone(),
                name,
                short: None,
            })
        });
        draft.update(|d| d.department = id);
        new_department.set(String::new());
    };

    // A text input bound to one draft field.
    let text = move |id: &'static str,
                     label: &'static str,
                     field: Option<Field>,
                     get: fn(&Draft) -> String,
                     set: fn(&mut Draft, String)| {
        let error = field.map(err);
        let described = field.map(|_| format!("{id}-fel"));
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    prop:value=move || draft.with(get)
                    on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))
                    aria-invalid=move || error.as_ref().and_then(|e| e()).map(|_| "true")
                    aria-describedby=described.clone()
                />
                {field.map(|f| view! { <p class="field-error" id=format!("{id}-fel")>{err(f)}</p> })}
            </div>
        }
    };
    let area = move |id: &'static str,
                     label: &'static str,
                     hint: &'static str,
                     field: Option<Field>,
                     get: fn(&Draft) -> String,
                     set: fn(&mut Draft, String)| {
        let error = field.map(err);
        view! {
            <div class="field">
                <label for=id>{label}</label>
                {(!hint.is_empty()).then(|| view! { <p class="field-hint">{hint}</p> })}
                <textarea
                    id=id
                    rows="3"
                    prop:value=move || draft.with(get)
                    on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))
                    aria-invalid=move || error.as_ref().and_then(|e| e()).map(|_| "true")
                ></textarea>
                {field.map(|f| view! { <p class="field-error">{err(f)}</p> })}
            </div>
        }
    };
    let department_select = move |id: &'static str,
                                  label: &'static str,
                                  field: Field,
                                  get: fn(&Draft) -> String,
                                  set: fn(&mut Draft, String)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select
                    id=id
                    on:change=move |ev| draft.update(|d| set(d, event_target_value(&ev)))
                    aria-invalid=move || err(field)().map(|_| "true")
                >
                    <option value="" selected=move || draft.with(get).is_empty()>{t().none_chosen}</option>
                    {move || departments().into_iter().map(|d| {
                        let id = d.id.clone();
                        view! { <option value=d.id.clone() selected=move || draft.with(get) == id>{d.label()}</option> }
                    }).collect_view()}
                </select>
                <p class="field-error">{err(field)}</p>
            </div>
        }
    };

    view! {
        <form class="edit-form" on:submit=save novalidate aria-labelledby="form-rubrik">
            <h2 id="form-rubrik">{title}</h2>
            <p class="field-hint">{t().local_note}</p>
            {move || (!errors.with(Vec::is_empty)).then(|| view! {
                <p class="form-errors" role="alert">{t().form_has_errors}</p>
            })}
            {text("f-namn", t().col_name_label, Some(Field::Name), |d| d.name.clone(), |d, v| d.name = v)}
            <div class="field">
                <label for="f-kategori">{t().col_category}</label>
                <select id="f-kategori" on:change=move |ev| draft.update(|d| d.category = event_target_value(&ev))>
                    {categories.into_iter().map(|c| {
                        let id = c.id.clone();
                        view! { <option value=c.id.clone() selected=move || draft.with(|d| d.category == id)>{c.name.clone()}</option> }
                    }).collect_view()}
                </select>
                <p class="field-error">{err(Field::Category)}</p>
            </div>
            <fieldset class="field academies">
                <legend>{t().col_academies}</legend>
                <ul>
                    {move || academies().into_iter().map(|a| {
                        let (id1, id2) = (a.id.clone(), a.id.clone());
                        let dom = format!("f-ak-{}", a.id);
                        view! {
                            <li>
                                <input type="checkbox" id=dom.clone()
                                    prop:checked=move || draft.with(|d| d.academies.contains(&id1))
                                    on:change=move |_| draft.update(|d| {
                                        if let Some(i) = d.academies.iter().position(|x| *x == id2) {
                                            d.academies.remove(i);
                                        } else {
                                            d.academies.push(id2.clone());
                                        }
                                    })
                                />
                                <label for=dom>{a.label()}</label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <div class="add-new">
                    <label for="f-ny-akademi">{t().add_academy}</label>
                    <input id="f-ny-akademi" type="text" prop:value=move || new_academy.get()
                        on:input=move |ev| new_academy.set(event_target_value(&ev))/>
                    <button type="button" on:click=add_academy>{t().add}</button>
                </div>
                <p class="field-error">{err(Field::Academies)}</p>
            </fieldset>
            {area("f-parter", t().label_partners, t().one_per_line, None, |d| d.partners.clone(), |d, v| d.partners = v)}
            {department_select("f-forvaltning", t().col_department, Field::Department, |d| d.department.clone(), |d, v| d.department = v)}
            <div class="add-new">
                <label for="f-ny-forvaltning">{t().add_department}</label>
                <input id="f-ny-forvaltning" type="text" prop:value=move || new_department.get()
                    on:input=move |ev| new_department.set(event_target_value(&ev))/>
                <button type="button" on:click=add_department>{t().add}</button>
            </div>
            {text("f-kontakt", t().col_contact, Some(Field::ContactName), |d| d.contact_name.clone(), |d, v| d.contact_name = v)}
            {text("f-titel", t().contact_title, None, |d| d.contact_title.clone(), |d, v| d.contact_title = v)}
            {department_select("f-kontakt-forvaltning", t().label_contact_department, Field::ContactDepartment, |d| d.contact_department.clone(), |d, v| d.contact_department = v)}
            {text("f-fran", t().label_from, Some(Field::From), |d| d.from.clone(), |d, v| d.from = v)}
            <p class="field-hint">{t().date_hint}</p>
            {text("f-till", t().label_until, Some(Field::Until), |d| d.until.clone(), |d, v| d.until = v)}
            <div class="field check">
                <input id="f-tills-vidare" type="checkbox"
                    prop:checked=move || draft.with(|d| d.until_further_notice)
                    on:change=move |ev| draft.update(|d| d.until_further_notice = event_target_checked(&ev))/>
                <label for="f-tills-vidare">{t().until_further_notice}</label>
            </div>
            {text("f-som-i-pm", t().as_written, None, |d| d.as_written.clone(), |d, v| d.as_written = v)}
            <div class="field check">
                <input id="f-avslutad" type="checkbox"
                    prop:checked=move || draft.with(|d| d.ended)
                    on:change=move |ev| draft.update(|d| d.ended = event_target_checked(&ev))/>
                <label for="f-avslutad">{t().listed_as_ended}</label>
            </div>
            {area("f-beskrivning", t().label_description, "", None, |d| d.description.clone(), |d, v| d.description = v)}
            {area("f-kommentar", t().label_comment, "", None, |d| d.comment.clone(), |d, v| d.comment = v)}
            {area("f-lankar", t().label_links, t().one_per_line, Some(Field::Links), |d| d.links.clone(), |d, v| d.links = v)}
            {text("f-kalla", t().label_source, None, |d| d.source.clone(), |d, v| d.source = v)}
            <div class="form-actions">
                <button type="submit" class="primary">{t().save}</button>
                <button type="button" on:click=move |_| cancel()>{t().cancel}</button>
            </div>
        </form>
    }
}
