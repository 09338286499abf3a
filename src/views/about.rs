//! "Om registret": the memo's introduction, background, the 2016 strategy with its four purposes,
//! the categories, how status is computed, and the source.

use leptos::prelude::*;
use samverkan_core::names::{Form, Kind};

use crate::browser::i18n::t;
use samverkan_core::url::View;

use crate::state::{use_app, Step};

#[component]
pub fn AboutView() -> impl IntoView {
    let app = use_app();
    app.edits.with_catalog(|c| {
        let r = &c.register;
        let a = &r.about;
        let st = &a.strategy;
        let managed_by = t().name(r, Kind::Department, &st.managed_by, Form::Label);
        let paragraphs = |ps: &[String]| {
            ps.iter()
                .map(|p| view! { <p>{p.clone()}</p> })
                .collect_view()
        };
        view! {
            <article class="about">
                <h1 id="vy-rubrik" tabindex="-1">{t().about_heading}</h1>
                {(!t().content_in_swedish.is_empty()).then(|| view! {
                    <p class="content-note">{t().content_in_swedish}</p>
                })}
                <div lang="sv">{paragraphs(&a.intro)}</div>
                <h2>{t().about_background}</h2>
                <div lang="sv">{paragraphs(&a.background)}</div>
                <h2>{t().about_strategy} ": " <span lang="sv">{st.name.clone()}</span></h2>
                <p lang="sv">{st.decided.clone()} " (Dnr " {st.dnr.clone()} ")"</p>
                <p>{t().about_managed_by} ": " {managed_by}</p>
                <h3>{t().about_purposes}</h3>
                <dl class="purposes" lang="sv">
                    {st.purposes.iter().map(|p| view! {
                        <dt>{p.title.clone()}</dt>
                        <dd>{p.text.clone()}</dd>
                    }).collect_view()}
                </dl>
                <h2>{t().about_categories}</h2>
                <dl class="categories" lang="sv">
                    {r.categories.iter().map(|c| view! {
                        <dt>{c.name.clone()}</dt>
                        <dd>{c.description.clone()}</dd>
                    }).collect_view()}
                </dl>
                <h2>{t().col_status}</h2>
                <p>{t().about_status_rules}</p>
                <h2>{t().open_data}</h2>
                {t().about_open_data.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                <OpenDataLinks/>
                <p><a href=samverkan_core::opendata::DOC_FILE>{t().publication.doc_title}</a></p>
                <h2>{t().about_publish_heading}</h2>
                {t().about_publish.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                <p>
                    <a
                        id="om-logg"
                        href=app.nav.href(|s| s.open_view(View::Log))
                        on:click=move |ev| {
                            ev.prevent_default();
                            app.nav.go(Step::Push, |s| s.open_view(View::Log));
                        }
                    >
                        {t().publication.log_title}
                    </a>
                </p>
                <h2>{t().about_source}</h2>
                <p>
                    {r.source.kind.clone()} " ”" {r.source.title.clone()} "”, "
                    {(t().source_line)(&r.source.date, &r.source.dnr, &r.source.organisation)}
                </p>
                <p>{(t().updated_on)(&r.source.updated)}</p>
            </article>
        }
    })
}

/// "Öppna data: register.csv, register.json, dcat.rdf": the files beside the app (the footer and
/// "Om registret"), as the pre-rendered page has them.
#[component]
pub fn OpenDataLinks() -> impl IntoView {
    let files = crate::browser::dom::open_data_files();
    view! {
        <p class="open-data">
            {t().open_data} ":"
            {files.into_iter().enumerate().map(|(i, file)| {
                let href = file.clone();
                view! {
                    {if i == 0 { " " } else { ", " }}
                    <a href=href>{file}</a>
                }
            }).collect_view()}
        </p>
    }
}
