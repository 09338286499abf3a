//! "Tillgänglighetsredogörelse": the accessibility statement lag (2018:1937) requires. Its words
//! are in the i18n table; the department and Dnr come from the register, so nothing is invented.

use leptos::prelude::*;

use crate::browser::i18n::t;
use crate::state::use_app;

#[component]
pub fn StatementView() -> impl IntoView {
    let app = use_app();
    let s = &t().statement;
    let (department, dnr) = app.edits.with_catalog(|c| {
        let r = &c.register;
        let managed_by = &r.about.strategy.managed_by;
        let department = r
            .department(managed_by)
            .map_or_else(|| managed_by.clone(), |d| d.label());
        (department, r.source.dnr.clone())
    });
    let paragraphs =
        |ps: &'static [&'static str]| ps.iter().map(|p| view! { <p>{*p}</p> }).collect_view();
    let items = |ps: &'static [&'static str]| {
        view! { <ul>{ps.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul> }
    };
    view! {
        <article class="about statement">
            <h1 id="vy-rubrik" tabindex="-1">{s.heading}</h1>
            {paragraphs(s.intro)}
            <h2>{s.compliance_heading}</h2>
            <p>{s.compliance}</p>
            <h2>{s.done_heading}</h2>
            {items(s.done)}
            <h2>{s.gaps_heading}</h2>
            {items(s.gaps)}
            <h2>{s.report_heading}</h2>
            <p>{(s.report)(&department, &dnr)}</p>
            <h2>{s.supervision_heading}</h2>
            <p>{s.supervision}</p>
            <h2>{s.method_heading}</h2>
            <p>{s.method}</p>
            <p class="updated">{s.updated}</p>
        </article>
    }
}
