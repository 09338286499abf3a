//! In editing mode: "Publicera …" (the four files that publish the register as this browser shows
//! it: the register, the start page and the open data, made together from one reading of the
//! edits, and only when the server's register is the one the edits were made on) and "Rensa lokala ändringar" (asks, offers an export, removes every local edit). What the
//! files contain is the core's (`samverkan_core::publish`), the same code the build and
//! `scripts/publish.sh` run.

use leptos::prelude::*;
use leptos::task::spawn_local;
use samverkan_core::bundle::{bundle, bundle_name};
use samverkan_core::change::Op;
use samverkan_core::exchange::{overlay_json, register_json};
use samverkan_core::load::SourceProblem;
use samverkan_core::opendata::{
    dcat_rdf, documentation, register_csv, OpenData, CSV_FILE, DCAT_FILE, DOC_FILE, OPEN_DATA_FILE,
};
use samverkan_core::overlay::Overlay;
use samverkan_core::publish::{published_page, stamped, successor, PublishError, REGISTER_FILE};
use samverkan_core::seen::Fingerprints;
use samverkan_core::validate::Problem;

use crate::browser::dom::{download, download_bytes, focus_after_rebuild, focus_later, next_paint};
use crate::browser::i18n::t;
use crate::browser::source;
use crate::state::{use_app, AppState, Own};

/// The Publicera panel's state while open.
#[derive(Clone)]
enum Stage {
    Closed,
    /// Reading the server's register and making the files.
    Preparing,
    /// The files are made and checked: one publication, ready to download.
    Ready,
    /// The register has problems; nothing may be published.
    Invalid(Vec<Problem>),
    /// The server's register is not the one the edits were made on (its date): publishing would
    /// overwrite a newer publication.
    Newer(String),
    /// The server's register could not be read (why), so a newer one cannot be ruled out.
    Unchecked(String),
}

/// One publication: the four files made from one reading of the edits, and those edits.
#[derive(Clone)]
struct Publication {
    edits: Overlay,
    files: Vec<(File, Result<String, Failed>)>,
    /// `open-data.json` gives no public address: `dcat.rdf` with addresses relative to itself (as
    /// the build writes it), the other choice to the one in `files` (this page's address).
    dcat_relative: Option<String>,
    /// The digest of the register's entries (`Overlay::publication` once it is downloaded).
    digest: String,
    /// The publication's day.
    day: chrono::NaiveDate,
    /// `oppna-data.html`, for the zip (it changes only with `open-data.json`).
    documentation: Result<String, Failed>,
}

impl Publication {
    /// `file`'s text, or why it could not be made.
    fn file(&self, file: File) -> Option<&Result<String, Failed>> {
        self.files.iter().find(|(f, _)| *f == file).map(|(_, r)| r)
    }

    /// The whole publication as one zip for IT (`bundle`): its name and bytes, with `dcat.rdf`'s
    /// addresses relative to itself if `relative`, or why a file of it could not be made.
    fn bundle(&self, relative: bool) -> Result<(String, Vec<u8>), Failed> {
        let mut files = Vec::new();
        for (file, text) in &self.files {
            let text = match (file, &self.dcat_relative) {
                (File::Dcat, Some(dcat)) if relative => dcat,
                _ => text.as_ref().map_err(Clone::clone)?,
            };
            files.push((file.name(), text.as_str()));
        }
        let documentation = self.documentation.as_ref().map_err(Clone::clone)?;
        files.push((DOC_FILE, documentation.as_str()));
        let bytes = bundle(&files, self.day, t()).map_err(|_| Failed::Bundle)?;
        Ok((bundle_name(self.day), bytes))
    }
}

/// What the question about dcat.rdf's address is asked for.
#[derive(Clone, Copy, PartialEq)]
enum Wanted {
    Dcat,
    Bundle,
}

#[component]
pub fn PublishButton() -> impl IntoView {
    let app = use_app();
    let step = Own::new(Stage::Closed);
    let made = StoredValue::new(None::<Publication>);
    let failed = Own::new(None::<Failed>);
    // The edits changed while the panel was open, and the files were made again.
    let rebuilt = Own::new(false);
    // Asked before dcat.rdf gets this page's address: `open-data.json` gives none. What is asked
    // for: dcat.rdf alone, or the zip with it.
    let asking_base = Own::new(None::<Wanted>);
    let prepare = move || {
        failed.set(None);
        step.set(Stage::Preparing);
        spawn_local(async move {
            next_paint().await;
            match publication(app).await {
                Ok(p) => {
                    made.set_value(Some(p));
                    step.set(Stage::Ready);
                }
                Err(s) => {
                    made.set_value(None);
                    step.set(s);
                }
            }
        });
    };
    let open = move |_| {
        rebuilt.set(false);
        asking_base.set(None);
        prepare();
        focus_later("publicera-rubrik");
    };
    let close = move || {
        step.set(Stage::Closed);
        made.set_value(None);
        focus_later("publicera");
    };
    // Edits changed while the files wait (this tab, or another tab's write): made again, and said.
    Effect::new(move |_| {
        let changed = app
            .edits
            .overlay
            .with(|now| made.with_value(|m| m.as_ref().is_some_and(|m| !m.edits.same_edits(now))));
        if changed && step.with_untracked(|s| matches!(s, Stage::Ready)) {
            rebuilt.set(true);
            prepare();
        }
    });
    // Evidence for later: a published register with these entries is this one.
    let record_published = move |digest: String| {
        app.edits.note(Op::Published(digest.clone()));
        made.update_value(|m| {
            if let Some(m) = m {
                m.edits.publication = Some(digest);
            }
        });
    };
    // The files as they are at the click, or none if the edits changed since they were made
    // (then they are made again, and said).
    let current = move || {
        failed.set(None);
        let p = made.get_value()?;
        if !app
            .edits
            .overlay
            .with_untracked(|now| p.edits.same_edits(now))
        {
            rebuilt.set(true);
            prepare();
            return None;
        }
        Some(p)
    };
    let get = move |file: File| {
        let Some(p) = current() else {
            return;
        };
        // Which address dcat.rdf gives is asked, not assumed, when open-data.json has none.
        if file == File::Dcat && p.dcat_relative.is_some() {
            asking_base.set(Some(Wanted::Dcat));
            focus_later("publicera-adress");
            return;
        }
        match p.file(file).cloned() {
            Some(Ok(text)) => {
                download(file.name(), file.media_type(), &text);
                if file == File::Register {
                    record_published(p.digest.clone());
                }
            }
            Some(Err(f)) => failed.set(Some(f)),
            None => {}
        }
    };
    let zip = move |relative: Option<bool>| {
        let Some(p) = current() else {
            return;
        };
        if relative.is_none() && p.dcat_relative.is_some() {
            asking_base.set(Some(Wanted::Bundle));
            focus_later("publicera-adress");
            return;
        }
        match p.bundle(relative.unwrap_or(false)) {
            Ok((name, bytes)) => {
                download_bytes(&name, "application/zip", &bytes);
                record_published(p.digest.clone());
            }
            Err(f) => failed.set(Some(f)),
        }
    };
    let answer = move |relative: bool| {
        match asking_base.get_untracked() {
            Some(Wanted::Dcat) => with_dcat(made, relative),
            Some(Wanted::Bundle) => zip(Some(relative)),
            None => {}
        }
        asking_base.set(None);
    };
    let changes = move || app.edits.snapshot.with(|s| s.marks.len());
    let today = move || app.edits.with_catalog(|c| c.today);
    let base_day = move || app.edits.with_published(|p| p.source.updated.clone());
    view! {
        <button
            type="button"
            id="publicera"
            aria-expanded=move || if step.with(|s| matches!(s, Stage::Closed)) { "false" } else { "true" }
            on:click=open
        >
            {t().publish}
        </button>
        {move || match step.get() {
            Stage::Closed => None,
            s => Some(view! {
                <div class="import-preview publish" role="region" aria-labelledby="publicera-rubrik">
                    <h3 id="publicera-rubrik" tabindex="-1">{t().publish_heading}</h3>
                    {match s {
                        Stage::Preparing => view! {
                            <p class="publish-busy" role="status">{t().publish_preparing}</p>
                        }.into_any(),
                        Stage::Invalid(problems) => view! {
                            <p role="alert">{t().publish_invalid}</p>
                            <ul class="problems">
                                {problems.iter().map(|p| view! { <li>{(t().problem)(p)}</li> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Stage::Newer(server) => view! {
                            <p role="alert">{(t().publish_newer)(&server, &base_day())}</p>
                            <button type="button" class="primary" on:click=move |_| reload()>{t().reload}</button>
                        }.into_any(),
                        Stage::Unchecked(why) => view! {
                            <p role="alert">{(t().publish_unchecked)(&why)}</p>
                            <button type="button" class="primary" on:click=move |_| prepare()>{t().try_again}</button>
                        }.into_any(),
                        Stage::Ready | Stage::Closed => view! {
                            {move || rebuilt.get().then(|| view! { <p role="status" class="publish-rebuilt">{t().publish_rebuilt}</p> })}
                            <p>{move || (t().publish_summary)(changes(), &today().to_string())}</p>
                            <ol>{t().publish_steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ol>
                            <p class="publish-bundle">
                                <button type="button" class="primary" id="publicera-zip" on:click=move |_| zip(None)>
                                    {t().publication.bundle_download}
                                </button>
                                " " {t().publication.bundle_hint}
                            </p>
                            <p class="publish-files">
                                {File::ALL.map(|file| view! {
                                    <button type="button" class="primary" on:click=move |_| get(file)>
                                        {(t().publish_download)(file.name())}
                                    </button>
                                }).collect_view()}
                            </p>
                            {move || asking_base.get().is_some().then(|| view! {
                                <div class="publish-base" role="group" aria-labelledby="publicera-adress">
                                    <p id="publicera-adress" tabindex="-1">{(t().publish_base_question)(&app_folder())}</p>
                                    <button type="button" on:click=move |_| answer(false)>{(t().publish_base_here)(&app_folder())}</button>
                                    <button type="button" on:click=move |_| answer(true)>{t().publish_base_relative}</button>
                                </div>
                            })}
                            {move || failed.get().map(|f| view! {
                                <p role="alert">{match f {
                                    Failed::Page => t().publish_page_failed.to_string(),
                                    Failed::OpenData(problem) => (t().publish_open_data_failed)(&problem),
                                    Failed::Bundle => t().publication.bundle_failed.to_string(),
                                }}</p>
                            })}
                            <p>{t().publish_after}</p>
                        }.into_any(),
                    }}
                    <button type="button" on:click=move |_| close()>{t().close}</button>
                </div>
            }),
        }}
    }
}

/// Downloads the publication's `dcat.rdf`: with this page's address, or relative to itself.
fn with_dcat(made: StoredValue<Option<Publication>>, relative: bool) {
    let text = made.with_value(|m| {
        let m = m.as_ref()?;
        if relative {
            m.dcat_relative.clone()
        } else {
            m.file(File::Dcat).and_then(|r| r.clone().ok())
        }
    });
    if let Some(text) = text {
        download(File::Dcat.name(), File::Dcat.media_type(), &text);
    }
}

fn reload() {
    let _ = window().location().reload();
}

/// One publication of the register as this browser shows it, dated today: first the server's
/// register, read past every cache, must be the one the edits were made on; then the page and the
/// open data are fetched, and all four files are made from one reading of the edits and checked.
async fn publication(app: AppState) -> Result<Publication, Stage> {
    let server = source::server_register()
        .await
        .map_err(|p| Stage::Unchecked((t().source_problem)(&p)))?;
    if app.edits.with_published(|base| *base != server) {
        return Err(Stage::Newer(server.source.updated));
    }
    let page = source::fetch_text("index.html").await;
    let open = match source::fetch_text(OPEN_DATA_FILE).await {
        Ok(text) => {
            OpenData::from_json(&text).map_err(|e| Failed::OpenData((t().import_error)(&e)))
        }
        // None on the server: nothing stated, every field empty.
        Err(SourceProblem::Http(404)) => Ok(OpenData::default()),
        Err(p) => Err(Failed::OpenData((t().source_problem)(&p))),
    };
    // From here on nothing waits: the edits cannot change under the files.
    let edits = app.edits.overlay.get_untracked();
    // After the published register: its history, and what this publication changes, go in.
    // Without open-data.json's word on contact names, no CSV: it might publish names the
    // municipality has chosen to leave out.
    let (register, csv, today) = app.edits.with_catalog(|c| {
        let next = stamped(&c.register, c.today);
        let register = app
            .edits
            .with_published(|published| successor(Some(published), &next, c.today));
        let csv = open
            .as_ref()
            .map(|o| register_csv(c, o))
            .map_err(Clone::clone);
        (register, csv, c.today)
    });
    let problems = register.validate();
    if !problems.is_empty() {
        return Err(Stage::Invalid(problems));
    }
    // This build's page, as the server (or, offline, the service worker) has it; its first
    // screen is rendered again from the register being published.
    let fallback = OpenData::default();
    let open_or_default = open.as_ref().unwrap_or(&fallback);
    let index = match page.map(|page| published_page(&register, &page, today, open_or_default)) {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(PublishError::Invalid(problems))) => return Err(Stage::Invalid(problems)),
        Ok(Err(PublishError::NotTheAppsPage)) | Err(_) => Err(Failed::Page),
    };
    // The footer's links follow open-data.json too: unread, the page is not made.
    let index = match (&open, index) {
        (Err(f), Ok(_)) => Err(f.clone()),
        (_, index) => index,
    };
    let documentation = open.as_ref().map(documentation).map_err(Clone::clone);
    let dcat_relative = match &open {
        Ok(open) if open.url.trim().is_empty() => Some(dcat_rdf(&register, open, "")),
        _ => None,
    };
    let dcat = open.map(|open| dcat_rdf(&register, &open, &app_folder()));
    Ok(Publication {
        edits,
        dcat_relative,
        digest: Fingerprints::of(&register).digest(),
        day: today,
        files: vec![
            (File::Register, Ok(register_json(&register))),
            (File::Index, index),
            (File::Csv, csv),
            (File::Dcat, dcat),
        ],
        documentation,
    })
}

/// The files of a publication, in the order the coordinator downloads them.
#[derive(Clone, Copy, PartialEq)]
enum File {
    Register,
    Index,
    Csv,
    Dcat,
}

impl File {
    const ALL: [File; 4] = [File::Register, File::Index, File::Csv, File::Dcat];

    fn name(self) -> &'static str {
        match self {
            File::Register => REGISTER_FILE,
            File::Index => "index.html",
            File::Csv => CSV_FILE,
            File::Dcat => DCAT_FILE,
        }
    }

    fn media_type(self) -> &'static str {
        match self {
            File::Register => "application/json",
            File::Index => "text/html;charset=utf-8",
            File::Csv => "text/csv;charset=utf-8",
            File::Dcat => "application/rdf+xml",
        }
    }
}

/// Why a file of the publication could not be made.
#[derive(Clone, PartialEq)]
enum Failed {
    /// This build's index.html could not be fetched (offline), or is not this app's page.
    Page,
    /// The server's open-data.json could not be fetched or read: why, in words.
    OpenData(String),
    /// The zip could not be written (the browser's memory): the single files still can.
    Bundle,
}

/// The address of the folder the app runs from, for dcat.rdf when open-data.json gives none.
fn app_folder() -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{}{folder}", location.origin().unwrap_or_default())
}

/// "Exportera ändringar": this browser's overlay as a file, from the export menu and from the
/// question before "Rensa lokala ändringar".
pub(super) fn download_changes(app: &AppState) {
    let json = app.edits.overlay.with_untracked(overlay_json);
    download(
        &format!(
            "samverkansregistret-andringar-{}.json",
            app.edits.with_catalog(|c| c.today)
        ),
        "application/json",
        &json,
    );
}

#[component]
pub fn ClearLocal() -> impl IntoView {
    let app = use_app();
    // Held, so the question stays open through a language switch.
    let asking = app.session.clear_question;
    let count = move || app.edits.snapshot.with(|s| s.marks.len());
    let empty = move || app.edits.overlay.with(Overlay::is_empty);
    let export = move |_| download_changes(&app);
    let clear = move |_| {
        app.edits.change_all(Op::Replace(Overlay::default()));
        app.session.ask_clear(false);
        app.edits.confirm(t().cleared_local);
        // The button is disabled now (nothing left to clear): focus goes to what was said.
        focus_after_rebuild("bekraftelse");
    };
    view! {
        <button
            type="button"
            id="rensa-lokala"
            disabled=move || empty() && !asking.get()
            aria-expanded=move || if asking.get() { "true" } else { "false" }
            on:click=move |_| {
                app.session.ask_clear(true);
                focus_later("rensa-fraga");
            }
        >
            {t().clear_local}
        </button>
        {move || asking.get().then(|| view! {
            <div class="import-preview" role="region" aria-labelledby="rensa-fraga">
                <p id="rensa-fraga" tabindex="-1"><strong>{move || (t().clear_local_question)(count())}</strong></p>
                <button type="button" on:click=export>{t().export_changes}</button>
                <button type="button" class="danger" on:click=clear>{t().clear_local_confirm}</button>
                <button type="button" on:click=move |_| {
                    app.session.ask_clear(false);
                    focus_later("rensa-lokala");
                }>{t().cancel}</button>
            </div>
        })}
    }
}
