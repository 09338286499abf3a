//! The form for a new or existing entry. It holds the typed strings (a `Draft`) and shows each
//! field's errors next to it; checking and saving are the core's (`Draft::save`), and every save
//! goes through `AppState::change`.

use leptos::prelude::*;
use samverkan_core::draft::{unique_slug, Draft, Field, FieldError};
use samverkan_core::model::{Academy, Department};

use crate::dom::{focus_later, focus_selector_later};
use crate::i18n::t;
use crate::state::{use_app, Editing, Step};

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
    focus_later("f-namn");
    // Academies and departments added in this form, until it is saved.
    let added_academies = RwSignal::new(Vec::<Academy>::new());
    let added_departments = RwSignal::new(Vec::<Department>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Checked against the register plus what this form added, so new choices are known.
        let saved = app.with_catalog(|c| {
            draft.with_untracked(|d| {
                d.save(
                    &c.register,
                    &added_academies.get_untracked(),
                    &added_departments.get_untracked(),
                )
            })
        });
        match saved {
            Err(es) => {
                errors.set(es);
                // Focus the first field in error so a keyboard or screen-reader user lands on it.
                focus_selector_later("[aria-invalid=true]".into(), None);
            }
            Ok(saved) => {
                let id = saved.entry.id.clone();
                let verb = if saved.existing {
                    t().edit
                } else {
                    t().new_entry
                };
                let label = format!("{verb} {}", saved.entry.name);
                app.change(label, &id, move |o, published| saved.apply(o, published));
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
