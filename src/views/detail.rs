//! One entry with every field, its status reason, and the entries related to it.

use leptos::prelude::*;
use samverkan_core::change::{EntryAction, Op};
use samverkan_core::names::{Form, Kind};
use samverkan_core::overlay::Conflict;
use samverkan_core::summary::{academy_names, until_text};
use samverkan_core::validate::is_safe_link;

use crate::browser::dom::focus_later;
use crate::browser::i18n::t;
use crate::state::{use_app, Editing};
use crate::views::entry::{entry_link, local_badges};
use crate::views::search::{content, content_lang, marked, name_lang, named};

#[component]
pub fn DetailView() -> impl IntoView {
    let app = use_app();
    let post = move || app.nav.view.with(|s| s.post.clone());
    let close = move || {
        if let Some(id) = post() {
            app.nav.close_entry(&id);
        }
    };
    let back_href = app.nav.href(|s| s.post = None);
    // Opening an entry from far down the list must not leave the reader scrolled past it: move
    // focus (and so the viewport) to its heading once it is in the DOM.
    Effect::new(move |_| {
        if post().is_some() {
            focus_later("post-rubrik");
        }
    });
    // The open entry and its mark: the body is rebuilt when they change (here or in another
    // tab), not on every edit of another entry.
    let shown = Memo::new(move |_| {
        let id = post()?;
        app.edits
            .snapshot
            .with(|s| Some((s.catalog.register.entry(&id).cloned(), s.mark(&id).cloned())))
    });
    let body = move || {
        // Read, not `track()`: a memo never read has not run, so nothing would wake it.
        shown.with(|_| ());
        let Some(id) = post() else {
            return ().into_any();
        };
        app.edits.with_catalog(|c| {
            let r = &c.register;
            let Some(i) = r.position(&id) else {
                return view! { <p>{t().entry_not_found}</p> }.into_any();
            };
            let e = &r.entries[i];
            let reason = c.status_reason(i);
            let status = reason.status();
            let academies = academy_names(r, e);
            let department_name = |d: &str| {
                r.department(d)
                    .map(|_| t().name(r, Kind::Department, d, Form::Label))
            };
            let department_glossed = e
                .department
                .as_deref()
                .is_some_and(|d| t().glossed(Kind::Department, d));
            let department = e.department.as_deref().and_then(department_name);
            let contact_department = e
                .contact
                .as_ref()
                .and_then(|k| k.department.as_deref())
                .and_then(department_name);
            let category = r.category(&e.category);
            let category_glossed = category.is_some_and(|c| t().glossed(Kind::Category, &c.id));
            let category_name = category
                .map(|c| t().name(r, Kind::Category, &c.id, Form::Name))
                .unwrap_or_default();
            let related: Vec<(String, String)> =
                r.related(e).into_iter().map(|o| (o.id.clone(), o.name.clone())).collect();
            let opt = |v: Option<String>| v.unwrap_or_else(|| t().not_given.to_string());
            view! {
                <article class="detail" aria-labelledby="post-rubrik" data-id=e.id.clone()>
                    <div class="detail-head">
                        <h2 id="post-rubrik" tabindex="-1" lang=content_lang()>{marked(e.name.clone())}</h2>
                        <span class="badges">
                            {local_badges(app, &e.id)}
                            <span class=format!("badge status-{}", status.id())>{(t().status_label)(status)}</span>
                        </span>
                    </div>
                    <p class="status-reason">{(t().status_reason)(reason)}</p>
                    {
                        // Changing the register is for editing mode only.
                        let (id, name) = (e.id.clone(), e.name.clone());
                        move || app.session.edit_mode.get().then(|| view! { <EntryActions id=id.clone() name=name.clone()/> })
                    }
                    <dl class="fields">
                        <dt>{t().col_category}</dt>
                        <dd lang=name_lang(category_glossed)>{category_name}</dd>
                        <dt>{t().col_academies}</dt>
                        <dd>
                            {if academies.is_empty() {
                                t().none_named.into_any()
                            } else {
                                view! { <ul lang=content_lang()>{academies.into_iter().map(|a| view! { <li>{marked(a)}</li> }).collect_view()}</ul> }.into_any()
                            }}
                        </dd>
                        {(!e.partners.is_empty()).then(|| view! {
                            <dt>{t().label_partners}</dt>
                            <dd><ul lang=content_lang()>{e.partners.iter().map(|p| view! { <li>{marked(p.clone())}</li> }).collect_view()}</ul></dd>
                        })}
                        <dt>{t().col_department}</dt>
                        <dd>{match department {
                            Some(d) => named(d, department_glossed),
                            None => t().not_given.into_any(),
                        }}</dd>
                        <dt>{t().col_contact}</dt>
                        <dd>
                            {match &e.contact {
                                Some(k) => view! {
                                    <span lang=content_lang()>
                                        {marked(k.name.clone())}
                                        {k.title.clone().map(|title| view! { ", " {marked(title)} })}
                                    </span>
                                }.into_any(),
                                None => t().not_given.into_any(),
                            }}
                        </dd>
                        {contact_department.map(|d| view! {
                            <dt>{t().label_contact_department}</dt>
                            <dd>{content(d)}</dd>
                        })}
                        <dt>{t().col_validity}</dt>
                        <dd>{match (t().validity)(&e.validity) {
                            // In Swedish the memo's own wording is content; in another language
                            // the validity is a gloss of the dates, with the memo's words after it.
                            Some(v) if e.validity.as_written.as_ref() == Some(&v) => view! { <span lang=content_lang()>{v}</span> }.into_any(),
                            Some(v) => view! {
                                {v}
                                {e.validity.as_written.clone().map(|w| view! {
                                    " (" {t().in_the_memo} " " <q lang=content_lang()>{w}</q> ")"
                                })}
                            }.into_any(),
                            None => t().not_given.into_any(),
                        }}</dd>
                        <dt>{t().label_from}</dt>
                        <dd>{opt(e.validity.from.map(|d| d.to_string()))}</dd>
                        <dt>{t().label_until}</dt>
                        <dd>{opt(e.validity.until.map(|u| until_text(u, t().further_notice)))}</dd>
                        <dt>{t().label_source}</dt>
                        <dd lang=content_lang()>{e.source.clone()}</dd>
                    </dl>
                    {(!e.description.is_empty()).then(|| view! {
                        <h3>{t().label_description}</h3>
                        {e.description.split("\n\n").map(|p| view! { <p lang=content_lang()>{marked(p.to_string())}</p> }).collect_view()}
                    })}
                    {e.comment.clone().map(|c| view! {
                        <h3>{t().label_comment}</h3>
                        <p lang=content_lang()>{marked(c)}</p>
                    })}
                    {(!e.links.is_empty()).then(|| view! {
                        <h3>{t().label_links}</h3>
                        <ul>
                            // Every source is checked already (files, the form, stored edits); this is
                            // the last guard: anything but a web or mail link is text, never an href.
                            {e.links.iter().map(|l| view! {
                                <li>{if is_safe_link(l) {
                                    view! { <a href=l.clone() rel="noopener noreferrer" target="_blank">{l.clone()}</a> }.into_any()
                                } else {
                                    view! { <span>{l.clone()}</span> }.into_any()
                                }}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    {category.filter(|c| !c.description.is_empty()).map(|c| view! {
                        <h3>{t().label_category_about} " " <span lang=content_lang()>{c.name.clone()}</span></h3>
                        <p lang=content_lang()>{c.description.clone()}</p>
                    })}
                    <crate::views::log::EntryHistory id=e.id.clone()/>
                    {(!related.is_empty()).then(|| view! {
                        <h3>{t().related_heading}</h3>
                        <ul class="related">
                            {related.into_iter().map(|(id, name)| {
                                view! { <li lang=content_lang()>{entry_link(id, "", name)}</li> }
                            }).collect_view()}
                        </ul>
                    })}
                </article>
            }
            .into_any()
        })
    };
    view! {
        <div class="detail-wrap">
            <a class="back" href=back_href on:click=move |ev| {
                ev.prevent_default();
                close();
            }>"← " {t().back_to_list}</a>
            {body}
        </div>
    }
}

/// "Redigera", "Ta bort" (confirmed in place), "Återställ" for a local change, and the choice
/// when the entry changed both here and in a new published register.
#[component]
fn EntryActions(id: String, name: String) -> impl IntoView {
    let app = use_app();
    // Held, not the view's: the question stays open when the entry is rebuilt (another tab
    // saved) or the language changes.
    let asking = app.session.confirm_delete;
    let asking_id = id.clone();
    let confirming = Memo::new(move |_| asking.with(|a| a.as_deref() == Some(asking_id.as_str())));
    let mark = app.edits.snapshot.with_untracked(|s| s.mark(&id).cloned());
    let published = app.edits.with_published(|p| p.entry(&id).cloned());
    let ask_id = id.clone();
    let (edit_id, del_id, del_name, restore_id, restore_name) = (
        id.clone(),
        id.clone(),
        name.clone(),
        id.clone(),
        name.clone(),
    );
    let delete = move |_| {
        let id = del_id.clone();
        let before = app.edits.with_catalog(|c| c.register.entry(&id).cloned());
        app.session.ask_delete(None);
        app.edits.change(
            EntryAction::Delete,
            del_name.clone(),
            vec![Op::Entry {
                id,
                before,
                after: None,
            }],
        );
    };
    let restore = move |_| {
        let id = restore_id.clone();
        app.edits.change(
            EntryAction::Restore,
            restore_name.clone(),
            vec![Op::Record { id, edit: None }],
        );
    };
    let conflict = mark.as_ref().and_then(|m| m.conflict).map(|c| {
        let text = match c {
            Conflict::ChangedUpstream => t().conflict_changed,
            Conflict::RemovedUpstream => t().conflict_removed,
            Conflict::AddedUpstream => t().conflict_added,
        };
        let (keep_id, keep_name) = (id.clone(), name.clone());
        let theirs = published.as_ref().map(|p| {
            view! { <p>{t().published_version} ": " <strong>{p.name.clone()}</strong> " – " {p.description.clone()}</p> }
        });
        view! {
            <div class="conflict-box" role="note">
                <p>{text}</p>
                {theirs}
                <button type="button" on:click=move |_| {
                    let id = keep_id.clone();
                    app.edits.change(EntryAction::KeepMine, keep_name.clone(), vec![Op::KeepMine { id }]);
                }>{t().keep_mine}</button>
                {(c != Conflict::RemovedUpstream).then(|| view! {
                    <button type="button" on:click=restore.clone()>{t().use_published}</button>
                })}
            </div>
        }
    });
    let can_restore = mark.is_some() && published.is_some();
    let cancel_delete = move || {
        app.session.ask_delete(None);
        focus_later("ta-bort");
    };
    view! {
        {conflict}
        <div class="entry-actions">
            <button type="button" on:click=move |_| app.open_form(Editing::Entry(edit_id.clone()))>{t().edit}</button>
            <button type="button" id="ta-bort" on:click=move |_| {
                app.session.ask_delete(Some(ask_id.clone()));
                focus_later("bekrafta-ja");
            }>{t().delete}</button>
            {can_restore.then(|| view! { <button type="button" on:click=restore>{t().restore}</button> })}
        </div>
        <Show when=move || confirming.get()>
            // Escape cancels the question (not the whole entry), and focus goes back to "Ta bort".
            <div class="confirm" role="alertdialog" aria-labelledby="bekrafta"
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        cancel_delete();
                    }
                }
            >
                <p id="bekrafta">{(t().delete_confirm)(&name)}</p>
                <button type="button" id="bekrafta-ja" class="danger" on:click=delete.clone()>{t().delete}</button>
                <button type="button" on:click=move |_| cancel_delete()>{t().cancel}</button>
            </div>
        </Show>
    }
}
