//! "Om registret": the memo's introduction, background, the 2016 strategy with its four purposes,
//! the categories, how status is computed, and the source.

use leptos::prelude::*;

use super::i18n::t;
use super::state::use_app;

#[component]
pub fn AboutView() -> impl IntoView {
    let app = use_app();
    app.with_catalog(|c| {
        let r = &c.register;
        let a = &r.about;
        let st = &a.strategy;
        let managed_by = r
            .department(&st.managed_by)
            .map(|d| d.label())
            .unwrap_or_else(|| st.managed_by.clone());
        let paragraphs = |ps: &[String]| {
            ps.iter()
                .map(|p| view! { <p>{p.clone()}</p> })
                .collect_view()
        };
        view! {
            <article class="about">
                <h1>{t().about_heading}</h1>
                {paragraphs(&a.intro)}
                <h2>{t().about_background}</h2>
                {paragraphs(&a.background)}
                <h2>{t().about_strategy} ": " {st.name.clone()}</h2>
                <p>{st.decided.clone()} " (Dnr " {st.dnr.clone()} ")"</p>
                <p>{t().about_managed_by} ": " {managed_by}</p>
                <h3>{t().about_purposes}</h3>
                <dl class="purposes">
                    {st.purposes.iter().map(|p| view! {
                        <dt>{p.title.clone()}</dt>
                        <dd>{p.text.clone()}</dd>
                    }).collect_view()}
                </dl>
                <h2>{t().about_categories}</h2>
                <dl class="categories">
                    {r.categories.iter().map(|c| view! {
                        <dt>{c.name.clone()}</dt>
                        <dd>{c.description.clone()}</dd>
                    }).collect_view()}
                </dl>
                <h2>{t().col_status}</h2>
                <p>{t().about_status_rules}</p>
                <h2>{t().about_source}</h2>
                <p>
                    {r.source.kind.clone()} " ”" {r.source.title.clone()} "”, "
                    {(t().source_line)(&r.source.date, &r.source.dnr, &r.source.organisation)}
                </p>
            </article>
        }
    })
}
