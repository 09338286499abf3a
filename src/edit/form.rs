//! The form for a new or existing entry. It holds the typed strings (a `Draft`) and shows each
//! field's errors next to it; checking and saving are the core's (`Draft::save`), and every save
//! goes through `Edits::change`.

use leptos::prelude::*;
use samverkan_core::change::{EntryAction, Side};
use samverkan_core::draft::{unique_slug, Draft, Field, FieldError};
use samverkan_core::model::{Academy, Department};
use samverkan_core::validate::trim_text;

use crate::browser::dom::{focus_later_unless_typing, focus_selector_later};
use crate::browser::i18n::t;
use crate::state::{use_app, Editing, FormState, OpenForm, Step};
use crate::views::search::content_lang;

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

/// A long text cut to its first 140 characters, for quoting it in a notice.
fn shortened(text: &str) -> String {
    const MAX: usize = 140;
    match text.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// The form for a new or existing entry. Errors are shown next to each field, in the interface
/// language.
///
/// Its state is held by the app (`Session`'s open form), so a rebuild (a language switch) finds
/// the typing where it was. When another tab changes or deletes the entry meanwhile, the form
/// says so and offers both versions; saving merges field by field in any case.
#[component]
pub fn EditForm(form: OpenForm) -> impl IntoView {
    let app = use_app();
    let OpenForm {
        target,
        state: form,
        ..
    } = form;
    let FormState {
        draft,
        base,
        errors,
        added_academies,
        added_departments,
        new_academy,
        new_department,
        focused,
    } = form;
    // "Redigera …" with the entry's name as it was opened (or, deleted elsewhere since, as typed);
    // "Ny post" for a new one, or for an entry that was already gone when the form opened.
    let title = if draft.with_untracked(|d| d.id.is_some()) {
        let name = base
            .with_untracked(|b| b.as_ref().map(|e| e.name.clone()))
            .unwrap_or_else(|| draft.with_untracked(|d| d.name.clone()));
        t().phrases.edit_entry(&name)
    } else {
        t().form_new.to_string()
    };
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
    let cancel = move || app.session.close_form();
    // The form opens with focus in its first field; a rebuild leaves focus where it is.
    if !focused.get_untracked() {
        focused.set(true);
        focus_later_unless_typing("f-namn");
    }
    // The entry as the register has it now, for the notice when it moves under the form.
    let edited_id = match &target {
        Editing::Entry(id) => Some(id.clone()),
        Editing::New => None,
    };
    let current = Memo::new(move |_| {
        let id = edited_id.as_ref()?;
        Some(
            app.edits
                .snapshot
                .with(|s| s.catalog.register.entry(id).cloned()),
        )
    });
    let moved = move || current.with(|c| c.as_ref().is_some_and(|now| base.with(|b| now != b)));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // The memo's wording of the validity goes when the dates change without it.
        if let Some(opened) = base.with_untracked(|b| b.as_ref().map(Draft::from_entry)) {
            draft.update(|d| d.follow_dates(&opened));
        }
        // Checked against the register plus what this form added, so new choices are known.
        let saved = app.edits.with_catalog(|c| {
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
                let action = if saved.existing {
                    EntryAction::Edit
                } else {
                    EntryAction::New
                };
                let name = saved.entry.name.clone();
                // From the entry as the form last took it in: fields changed elsewhere since, and
                // not here, keep the other tab's value.
                let ops = app
                    .edits
                    .with_published(|p| saved.ops(p, base.get_untracked()));
                app.edits.change(action, name, ops);
                // The detail view of the saved entry takes focus when it appears.
                app.session.end_form();
                app.nav.go(Step::Push, move |s| s.post = Some(id));
            }
        }
    };
    // "Behåll mina ändringar" / "Ta den andra flikens version": the other tab's changes come into
    // the draft field by field; where both changed a field, the choice decides.
    let take_in = move |prefer: Side| {
        let Some(now) = current.get_untracked() else {
            return;
        };
        form.take_in(now, prefer);
        errors.set(Vec::new());
        focus_later_unless_typing("f-namn");
    };
    let notice = move || {
        moved().then(|| {
            let deleted = current.with(|c| matches!(c, Some(None)));
            let both = (!deleted)
                .then(|| {
                    let now = current.get().flatten()?;
                    let was = base.get()?;
                    let parts = Draft::conflicts(
                        &Draft::from_entry(&was),
                        &draft.get(),
                        &Draft::from_entry(&now),
                    );
                    (!parts.is_empty()).then(|| {
                        let names: Vec<&str> = parts.iter().map(|&p| t().part(p)).collect();
                        // The other tab's words, so the choice is made knowing them.
                        let theirs = Draft::from_entry(&now);
                        let values: Vec<(String, Option<String>)> = parts
                            .iter()
                            .filter_map(|&p| {
                                let text = theirs.text_of(p)?;
                                Some(if trim_text(text).is_empty() {
                                    ((t().theirs_empty)(t().part(p)), None)
                                } else {
                                    ((t().theirs_value)(t().part(p)), Some(shortened(text)))
                                })
                            })
                            .collect();
                        ((t().both_changed)(&names.join(", ")), values)
                    })
                })
                .flatten();
            view! {
                <div class="form-conflict" role="alert" id="andrad-annanstans">
                    <p><strong>{if deleted { t().deleted_elsewhere } else { t().changed_elsewhere }}</strong></p>
                    {both.map(|(b, values)| view! {
                        <p>{b}</p>
                        {(!values.is_empty()).then(|| view! {
                            <ul>{values.into_iter().map(|(label, value)| view! {
                                <li>{label} {value.map(|v| view! { ": " <q lang=content_lang()>{v}</q> })}</li>
                            }).collect_view()}</ul>
                        })}
                    })}
                    <p>{if deleted { t().deleted_elsewhere_help } else { t().changed_elsewhere_help }}</p>
                    <button type="button" id="behall-mina" on:click=move |_| take_in(Side::Mine)>{t().keep_yours}</button>
                    {if deleted {
                        view! { <button type="button" on:click=move |_| app.session.close_form()>{t().close_form}</button> }.into_any()
                    } else {
                        view! { <button type="button" id="ta-deras" on:click=move |_| take_in(Side::Theirs)>{t().take_theirs}</button> }.into_any()
                    }}
                </div>
            }
        })
    };
    // Followed as the register changes: an academy another tab added appears here too.
    let academies = move || {
        let mut all = app
            .edits
            .snapshot
            .with(|s| s.catalog.register.academies.clone());
        all.extend(added_academies.get());
        all
    };
    let departments = move || {
        let mut all = app
            .edits
            .snapshot
            .with(|s| s.catalog.register.departments.clone());
        all.extend(added_departments.get());
        all
    };
    let categories = app.edits.with_catalog(|c| c.register.categories.clone());
    let add_academy = move |_| {
        let name = trim_text(&new_academy.get_untracked()).to_string();
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
        let name = trim_text(&new_department.get_untracked()).to_string();
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
            {notice}
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
            <p class="field-hint">{t().as_written_hint}</p>
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
