//! The register's history as readers see it (`samverkan_core::history`): the "Ändringslogg" page,
//! an entry's own "Ändringar", and the field-by-field lines that "Nytt sedan ditt senaste besök"
//! shows. Values are the register's (Swedish, `lang="sv"`); ids are shown by their names.

use leptos::prelude::*;
use samverkan_core::history::{Field, FieldChange, History, Named, Publication, Value};
use samverkan_core::model::Register;
use samverkan_core::names::{Form, Kind};
use samverkan_core::url::View;

use crate::browser::i18n::t;
use crate::state::{use_app, Step};

/// A value of `field` in words: names for ids, yes/no, "(tomt)" for none.
fn shown(register: &Register, field: Field, value: &Option<Value>) -> String {
    let kind = match field {
        Field::Academies => Some(Kind::Academy),
        Field::Department | Field::ContactDepartment => Some(Kind::Department),
        Field::Category => Some(Kind::Category),
        _ => None,
    };
    let name = |id: &str| match kind {
        Some(kind) => t().name(register, kind, id, Form::Name),
        None => id.to_string(),
    };
    match value {
        None => t().publication.nothing.to_string(),
        Some(Value::Flag(true)) => t().publication.yes.to_string(),
        Some(Value::Flag(false)) => t().publication.no.to_string(),
        Some(Value::Text(s)) => name(s),
        Some(Value::List(items)) => items.iter().map(|s| name(s)).collect::<Vec<_>>().join(", "),
    }
}

/// What changed in one entry, a line per field: "Kontaktperson: Elisa Reinikainen → Karin Holm".
/// A long text says only that it changed, with its old and new words behind "Visa före och
/// efter" where `full`.
pub fn field_changes(register: &Register, fields: &[FieldChange], full: bool) -> impl IntoView {
    let lines = fields
        .iter()
        .map(|f| {
            let label = (t().publication.field)(f.field);
            let old = shown(register, f.field, &f.old);
            let new = shown(register, f.field, &f.new);
            if f.field.is_long() {
                let both = full.then(|| {
                    view! {
                        <details>
                            <summary>{t().publication.show_both}</summary>
                            <p class="log-before"><strong>{t().publication.before} ": "</strong><span lang="sv">{old}</span></p>
                            <p class="log-after"><strong>{t().publication.after} ": "</strong><span lang="sv">{new}</span></p>
                        </details>
                    }
                });
                view! { <li>{label} ": " {t().publication.long_changed} {both}</li> }.into_any()
            } else {
                view! {
                    <li>
                        {label} ": " <span lang="sv" class="log-old">{old}</span>
                        // The arrow is seen, the word is heard; the spaces are in both texts.
                        <span aria-hidden="true">" →"</span>
                        <span class="visually-hidden">" " {t().publication.to}</span>
                        " " <span lang="sv" class="log-new">{new}</span>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! { <ul class="log-fields">{lines}</ul> }
}

/// A link to an entry from a page that is not the register's (the log): opens it in the list.
fn open_entry(id: String, name: String) -> impl IntoView {
    let app = use_app();
    let target = id.clone();
    let open = move |s: &mut samverkan_core::url::ViewState| {
        s.open_view(View::List);
        s.post = Some(target.clone());
    };
    let href = app.nav.href(open.clone());
    view! {
        <a href=href lang="sv" on:click=move |ev: leptos::ev::MouseEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                return;
            }
            ev.prevent_default();
            app.nav.go(Step::Push, open.clone());
        }>{name}</a>
    }
}

/// Names of entries that are gone: plain text, as there is nothing to open.
pub fn removed_names(removed: &[Named]) -> impl IntoView {
    view! {
        <ul class="log-removed">
            {removed.iter().map(|n| view! { <li lang="sv">{n.name.clone()}</li> }).collect_view()}
        </ul>
    }
}

/// The note a cut leaves, where the history has been cut.
fn cut_note(history: &History) -> Option<impl IntoView> {
    history.cut.as_ref().map(|c| {
        view! { <p class="log-cut">{(t().publication.cut)(&c.until.to_string(), c.publications)}</p> }
    })
}

/// "Ändringslogg": every publication in the history, newest first.
#[component]
pub fn LogView() -> impl IntoView {
    let app = use_app();
    let register = app.edits.published();
    let history = &register.history;
    let publication = |p: &Publication| {
        let day = p.date.to_string();
        let present = |n: &Named| register.entry(&n.id).is_some();
        view! {
            <section class="log-publication" aria-labelledby=format!("logg-{day}")>
                <h2 id=format!("logg-{day}")><time datetime=day.clone()>{(t().publication.publication)(&day)}</time></h2>
                <p>{(t().publication.counts)(p.added.len(), p.changed.len(), p.removed.len())}</p>
                {(!p.added.is_empty()).then(|| view! {
                    <h3>{t().publication.added}</h3>
                    <ul class="log-added">
                        {p.added.iter().map(|n| view! {
                            <li>{if present(n) { open_entry(n.id.clone(), n.name.clone()).into_any() } else { view! { <span lang="sv">{n.name.clone()}</span> }.into_any() }}</li>
                        }).collect_view()}
                    </ul>
                })}
                {(!p.changed.is_empty()).then(|| view! {
                    <h3>{t().publication.changed}</h3>
                    <ul class="log-changed">
                        {p.changed.iter().map(|c| {
                            let name = if register.entry(&c.id).is_some() {
                                open_entry(c.id.clone(), c.name.clone()).into_any()
                            } else {
                                view! { <span lang="sv">{c.name.clone()}</span> }.into_any()
                            };
                            view! { <li>{name}{field_changes(&register, &c.fields, true)}</li> }
                        }).collect_view()}
                    </ul>
                })}
                {(!p.removed.is_empty()).then(|| view! {
                    <h3>{t().publication.removed}</h3>
                    {removed_names(&p.removed)}
                })}
            </section>
        }
    };
    view! {
        <article class="about log">
            <h1 id="vy-rubrik" tabindex="-1">{t().publication.log_title}</h1>
            <p>{t().publication.log_intro}</p>
            {history.publications.is_empty().then(|| view! { <p class="log-empty">{t().publication.log_empty}</p> })}
            {history.publications.iter().map(publication).collect_view()}
            {cut_note(history)}
        </article>
    }
}

/// An entry's own history ("Ändringar") on its page, a section under its name's heading: each
/// publication that added, changed or removed it, newest first.
#[component]
pub fn EntryHistory(id: String) -> impl IntoView {
    let app = use_app();
    let register = app.edits.published();
    let history = &register.history;
    let records: Vec<&Publication> = history.of_entry(&id).collect();
    let items = records
        .iter()
        .map(|p| {
            let day = p.date.to_string();
            let what = match p.changed(&id) {
                Some(c) => field_changes(&register, &c.fields, true).into_any(),
                None if p.added.iter().any(|n| n.id == id) => {
                    view! { <p>{t().publication.entry_added}</p> }.into_any()
                }
                None => view! { <p>{t().publication.entry_removed}</p> }.into_any(),
            };
            view! { <li><time datetime=day.clone()>{day.clone()}</time> {what}</li> }
        })
        .collect_view();
    view! {
        <section class="entry-history" aria-labelledby="post-andringar">
            <h3 id="post-andringar">{t().publication.entry_heading}</h3>
            {if records.is_empty() {
                view! { <p>{t().publication.entry_none}</p> }.into_any()
            } else {
                view! { <ul class="entry-history-list">{items}</ul> }.into_any()
            }}
            {cut_note(history)}
        </section>
    }
}
