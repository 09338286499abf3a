//! In editing mode: "Publicera …" (the four files that publish the register as this browser shows
//! it: the register, the start page and the open data) and "Rensa lokala ändringar" (asks, offers an export, removes every local edit). What the
//! files contain is the core's (`samverkan_core::publish`), the same code the build and
//! `scripts/publish.sh` run.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;
use samverkan_core::change::Op;
use samverkan_core::exchange::{overlay_json, register_json};
use samverkan_core::load::SourceProblem;
use samverkan_core::model::Register;
use samverkan_core::opendata::{
    dcat_rdf, register_csv, OpenData, CSV_FILE, DCAT_FILE, OPEN_DATA_FILE,
};
use samverkan_core::overlay::Overlay;
use samverkan_core::publish::{published_page, stamped, PublishError, REGISTER_FILE};
use samverkan_core::validate::Problem;

use crate::dom::{download, focus_after_rebuild, focus_later, next_paint};
use crate::i18n::t;
use crate::source;
use crate::state::{use_app, AppState};

/// The Publicera panel's state while open.
#[derive(Clone, PartialEq)]
enum Step {
    Closed,
    Open,
    /// The register has problems; nothing may be published.
    Invalid(Vec<Problem>),
}

#[component]
pub fn PublishButton() -> impl IntoView {
    let app = use_app();
    let step = RwSignal::new(Step::Closed);
    let failed = RwSignal::new(None::<Failed>);
    let today = move || app.with_catalog(|c| c.today);
    // The register as this browser shows it, dated today: what both files publish.
    let to_publish = move || -> Register { app.with_catalog(|c| stamped(&c.register, c.today)) };
    let open = move |_| {
        failed.set(None);
        let problems = to_publish().validate();
        step.set(if problems.is_empty() {
            Step::Open
        } else {
            Step::Invalid(problems)
        });
        focus_later("publicera-rubrik");
    };
    let close = move || {
        step.set(Step::Closed);
        focus_later("publicera");
    };
    // While a file is made (a second or two for a register of tens of thousands of entries): said,
    // and painted before the work starts. A second press meanwhile is ignored (the buttons stay
    // enabled, so focus stays on the one pressed).
    let busy = RwSignal::new(false);
    let make = move |file: File| {
        if busy.get_untracked() {
            return;
        }
        failed.set(None);
        busy.set(true);
        spawn_local(async move {
            next_paint().await;
            match made(app, file, &to_publish(), today()).await {
                Ok(text) => {
                    download(file.name(), file.media_type(), &text);
                }
                Err(Failed::Invalid(problems)) => step.set(Step::Invalid(problems)),
                Err(f) => failed.set(Some(f)),
            }
            busy.set(false);
        });
    };
    let changes = move || app.snapshot.with(|s| s.marks.len());
    view! {
        <button
            type="button"
            id="publicera"
            aria-expanded=move || if step.get() == Step::Closed { "false" } else { "true" }
            on:click=open
        >
            {t().publish}
        </button>
        {move || match step.get() {
            Step::Closed => None,
            s => Some(view! {
                <div class="import-preview publish" role="region" aria-labelledby="publicera-rubrik">
                    <h3 id="publicera-rubrik" tabindex="-1">{t().publish_heading}</h3>
                    {match s {
                        Step::Invalid(problems) => view! {
                            <p role="alert">{t().publish_invalid}</p>
                            <ul class="problems">
                                {problems.iter().map(|p| view! { <li>{(t().problem)(p)}</li> }).collect_view()}
                            </ul>
                        }.into_any(),
                        _ => view! {
                            <p>{move || (t().publish_summary)(changes(), &today().to_string())}</p>
                            <ol>{t().publish_steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ol>
                            <p class="publish-files">
                                {File::ALL.map(|file| view! {
                                    <button type="button" class="primary" on:click=move |_| make(file)>
                                        {(t().publish_download)(file.name())}
                                    </button>
                                }).collect_view()}
                            </p>
                            <p class="publish-busy" role="status">{move || busy.get().then_some(t().preparing_file)}</p>
                            {move || failed.get().map(|f| view! {
                                <p role="alert">{match f {
                                    Failed::Page => t().publish_page_failed.to_string(),
                                    Failed::OpenData(problem) => (t().publish_open_data_failed)(&problem),
                                    Failed::Invalid(_) => String::new(),
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
    /// The register has problems; nothing may be published.
    Invalid(Vec<Problem>),
    /// This build's index.html could not be fetched (offline), or is not this app's page.
    Page,
    /// The server's open-data.json could not be fetched or read: why, in words.
    OpenData(String),
}

/// The text of `file` for `register` (the register as this browser shows it, dated today).
async fn made(
    app: AppState,
    file: File,
    register: &Register,
    today: NaiveDate,
) -> Result<String, Failed> {
    match file {
        File::Register => Ok(register_json(register)),
        // The shown catalog is the register being published (its date is not in the CSV).
        File::Csv => Ok(app.with_catalog(register_csv)),
        File::Index => {
            // This build's page, as the server (or, offline, the service worker) has it; its
            // first screen is rendered again from the register being published.
            let page = source::fetch_text("index.html")
                .await
                .map_err(|_| Failed::Page)?;
            published_page(register, &page, today).map_err(|e| match e {
                PublishError::Invalid(problems) => Failed::Invalid(problems),
                PublishError::NotTheAppsPage => Failed::Page,
            })
        }
        File::Dcat => {
            let open = match source::fetch_text(OPEN_DATA_FILE).await {
                Ok(text) => OpenData::from_json(&text)
                    .map_err(|e| Failed::OpenData((t().import_error)(&e)))?,
                // None on the server: nothing stated, every field empty.
                Err(SourceProblem::Http(404)) => OpenData::default(),
                Err(p) => return Err(Failed::OpenData((t().source_problem)(&p))),
            };
            Ok(dcat_rdf(register, &open, &app_folder()))
        }
    }
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
    let json = app.overlay.with_untracked(overlay_json);
    download(
        &format!(
            "samverkansregistret-andringar-{}.json",
            app.with_catalog(|c| c.today)
        ),
        "application/json",
        &json,
    );
}

#[component]
pub fn ClearLocal() -> impl IntoView {
    let app = use_app();
    // Held, so the question stays open through a language switch.
    let asking = app.held.clear_question;
    let count = move || app.snapshot.with(|s| s.marks.len());
    let empty = move || app.overlay.with(Overlay::is_empty);
    let export = move |_| download_changes(&app);
    let clear = move |_| {
        app.change_all(Op::Replace(Overlay::default()));
        asking.set(false);
        app.confirmation.set(Some(t().cleared_local));
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
                asking.set(true);
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
                    asking.set(false);
                    focus_later("rensa-lokala");
                }>{t().cancel}</button>
            </div>
        })}
    }
}
