//! The first screen as static HTML, written into `index.html` at build time (the tools' `prerender`,
//! run by `scripts/post-build.mjs`), so the register is readable before the wasm has loaded, and
//! with JavaScript off. The app removes it and renders itself when it starts (`shell::start`).
//!
//! It is the list view without a query, in Swedish, as the app renders it: the same elements and
//! classes, so the page does not move when the app takes over. It has the same ids as the app
//! only where a label or the skip link needs one; the app's live regions (`#antal`) and
//! controls are left out, so a test or script waiting for them waits for the app.
//! A string renderer with no DOM, so the same function serves the build step natively and the app in
//! the browser. `prerender.spec.js` checks, row by row and facet by facet, that its elements,
//! classes and attributes are the app's.

use chrono::NaiveDate;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use crate::i18n::Texts;
use crate::load::{LoadError, SourceProblem};
use crate::query::{Catalog, Facet, Filters, PAGE as ROWS, WITHIN_CHOICES};
use crate::shared::{FETCH_BAR, FETCH_LINE, FETCH_MB, FETCH_TEXT};
use crate::sort::{Column, Sort};
use crate::summary::summary;

/// Where the first screen goes in `index.html`: trunk's template has this marker alone; a
/// rendered page has the screen between it and [`END_MARKER`], so rendering again (Publicera,
/// `publish`) replaces the old screen in place.
pub const MARKER: &str = "<!-- förhandsvisning -->";
pub const END_MARKER: &str = "<!-- /förhandsvisning -->";

/// The markup that replaces [`MARKER`]. `open_data` are the open-data files the footer links to
/// (`OpenData::files`).
pub fn first_screen(catalog: &Catalog, t: &Texts, today: NaiveDate, open_data: &[&str]) -> String {
    let mut h = String::with_capacity(16 * 1024);
    h.push_str("<div id=\"forhandsvisning\">");
    push(
        &mut h,
        "<a class=\"skip\" href=\"#innehall\">",
        t.skip_to_content,
        "</a>",
    );
    h.push_str("<header class=\"site-header\"><div class=\"brand\">");
    push(&mut h, "<span class=\"org\">", t.organisation, "</span>");
    push(&mut h, "<span class=\"app-name\">", t.app_name, "</span>");
    push(&mut h, "<span class=\"tagline\">", t.tagline, "</span>");
    h.push_str(&format!("</div><nav aria-label=\"{}\">", attr(t.main_menu)));
    // The views are chosen beside the count ("Visa som"), once; the header leads to the register
    // and to the page about it.
    push(
        &mut h,
        "<a href=\"./\" aria-current=\"page\">",
        t.nav_register,
        "</a>",
    );
    push(&mut h, "<a href=\"?vy=om\">", t.nav_about, "</a>");
    h.push_str("</nav><div class=\"header-tools\">");
    // As the app has it (src/views/shell.rs): needs the app, so inert until then and not shown without.
    push(
        &mut h,
        "<button type=\"button\" class=\"qr-button med-js\" aria-haspopup=\"dialog\" disabled inert>",
        t.show_qr,
        "</button>",
    );
    push(
        &mut h,
        "<a class=\"language\" href=\"?lang=en\" lang=\"en\" hreflang=\"en\">",
        crate::i18n::EN.in_this_language,
        "</a></div>",
    );
    h.push_str("</header>");
    loading_app(&mut h, t);
    h.push_str("<main id=\"innehall\" tabindex=\"-1\">");
    push(&mut h, "<h1 tabindex=\"-1\">", t.list_heading, "</h1>");
    h.push_str("<div class=\"search\" role=\"search\">");
    push(&mut h, "<label for=\"sok\">", t.search_label, "</label>");
    h.push_str(&format!(
        "<input id=\"sok\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" disabled placeholder=\"{}\"></div>",
        attr(t.search_placeholder)
    ));

    let results = catalog.run("", &Filters::default());
    h.push_str("<div class=\"layout\"><aside class=\"sidebar\" aria-labelledby=\"filter-rubrik\">");
    push(
        &mut h,
        "<h2 id=\"filter-rubrik\">",
        t.filters_heading,
        "</h2>",
    );
    // The panel's disclosure on a phone (src/views/facets.rs); public/gate.js enables it.
    push(
        &mut h,
        "<button type=\"button\" class=\"filter-toggle\" id=\"filter-knapp\" aria-expanded=\"false\" aria-controls=\"filtergrupper\" disabled>",
        &(t.filters_toggle)(0),
        "</button><div class=\"filter-groups\" id=\"filtergrupper\">",
    );
    for facet in Facet::PANEL {
        let Some((_, values)) = results.facets.iter().find(|(f, _)| *f == facet) else {
            continue;
        };
        h.push_str(&format!(
            "<details class=\"facet\" open data-facet=\"{}\"><summary>{}</summary><ul id=\"facet-{}\">",
            facet.key(),
            text((t.facet_title)(facet)),
            facet.key()
        ));
        // As the app has them: a tab stop each, labels with break hints in long compounds.
        for v in values {
            let dom_id = format!("f-{}-{}", facet.key(), v.id);
            h.push_str(&format!(
                "<li{}><input type=\"checkbox\" disabled id=\"{}\" value=\"{}\"><label for=\"{}\"><span class=\"facet-label\">{}</span><span class=\"facet-count\">{}</span></label></li>",
                if v.count == 0 { " class=\"zero\"" } else { "" },
                attr(&dom_id),
                attr(&v.id),
                attr(&dom_id),
                hinted(&t.facet_value(catalog, facet, &v.id)),
                v.count
            ));
        }
        h.push_str("</ul></details>");
    }
    // "Löper ut inom", as the app has it under the groups (src/views/facets.rs).
    h.push_str("<div class=\"within med-js\" inert>");
    push(&mut h, "<label for=\"f-inom\">", t.within_label, "</label>");
    push(
        &mut h,
        "<select id=\"f-inom\" disabled><option value=\"\" selected>",
        t.within_any,
        "</option>",
    );
    for m in WITHIN_CHOICES {
        h.push_str(&format!(
            "<option value=\"{m}\">{}</option>",
            text(&(t.within_months)(m))
        ));
    }
    h.push_str("</select></div>");
    let total = catalog.register.entries.len();
    // "Visa 18 poster" under the open panel on a phone: needs the app.
    push(
        &mut h,
        "<button type=\"button\" class=\"filter-done med-js\" disabled inert>",
        &(t.show_hits)(results.hits.len()),
        "</button>",
    );
    h.push_str("</div></aside><div class=\"content\"><div class=\"toolbar\">");
    push(
        &mut h,
        "<p class=\"count\">",
        &(t.result_count)(results.hits.len(), total),
        "</p>",
    );
    toolbar(&mut h, t);
    // Hidden by public/gate.js's `js` class wherever scripts run (not <noscript>, which a
    // browser with scripting on but blocked for this page would not show).
    push(
        &mut h,
        "<p class=\"notice utan-js\">",
        &(t.prerendered_note)(&today.to_string()),
        "</p>",
    );
    push(
        &mut h,
        "<h2 class=\"visually-hidden\">",
        t.results_heading,
        "</h2>",
    );
    h.push_str("<ul class=\"entries\">");
    for &i in results.hits.iter().take(ROWS) {
        if let Some(row) = summary(catalog, i, t.gloss, t.validity) {
            h.push_str(&format!(
                "<li class=\"entry\" data-id=\"{id}\"><div class=\"entry-head\"><h3><a class=\"entry-link\" href=\"?post={id}\">{name}</a></h3><span class=\"badges\"><span class=\"badge status-{status_id}\">{status}</span></span></div><dl class=\"facts\">",
                id = attr(&row.id),
                name = text(&row.name),
                status_id = row.status.id(),
                status = text((t.status_label)(row.status)),
            ));
            let facts = [
                (t.col_category, Some(row.category), t.not_given),
                (t.col_academies, row.academies, t.none_named),
                (t.col_department, row.department, t.not_given),
                (t.col_contact, row.contact, t.not_given),
                (t.col_validity, row.validity, t.not_given),
            ];
            for (label, value, missing) in facts {
                h.push_str(&format!("<div><dt>{}</dt><dd>", text(label)));
                match value {
                    Some(v) => push(&mut h, "<span>", &v, "</span>"),
                    None => h.push_str(&text(missing)),
                }
                h.push_str("</dd></div>");
            }
            h.push_str("</dl>");
            push(
                &mut h,
                "<p class=\"print-only print-reason\">",
                &(t.status_reason)(catalog.status_reason(i)),
                "</p>",
            );
            h.push_str("</li>");
        }
    }
    h.push_str("</ul>");
    if results.hits.len() > ROWS {
        push(
            &mut h,
            "<p class=\"notice\">",
            &(t.prerendered_more)(ROWS, results.hits.len()),
            "</p>",
        );
    }
    h.push_str("</div></div></main><footer class=\"site-footer\">");
    let s = &catalog.register.source;
    h.push_str(&format!(
        "<p>{}: {}</p>",
        text(t.about_source),
        text(&(t.source_line)(&s.date, &s.dnr, &s.organisation))
    ));
    push(
        &mut h,
        "<p class=\"updated\">",
        &(t.updated_on)(&s.updated),
        "</p>",
    );
    // As the app's footer: the accessibility statement and the change log.
    push(
        &mut h,
        "<p class=\"footer-links\"><a href=\"?vy=tillganglighet\">",
        t.nav_accessibility,
        "</a> · ",
    );
    push(
        &mut h,
        "<a href=\"?vy=andringslogg\">",
        t.publication.log_title,
        "</a></p>",
    );
    h.push_str(&format!("<p class=\"open-data\">{}:", text(t.open_data)));
    for (i, file) in open_data.iter().enumerate() {
        let comma = if i == 0 { "" } else { "," };
        h.push_str(&format!("{comma} <a href=\"{file}\">{file}</a>"));
    }
    h.push_str("</p></footer></div>");
    loading_line(&mut h, t);
    h
}

/// What a reader of a link sees under the header until the app has drawn the view the link asks
/// for (shown by `public/gate.js`'s `fran-lank` class instead of the rest of the first screen):
/// how much of the app has arrived, as a bar and a percentage that gate.js keeps current, then
/// that it is starting. In Swedish, with the English words beside it for gate.js to use for a
/// reader who chose English.
fn loading_app(h: &mut String, t: &Texts) {
    let en = &crate::i18n::EN;
    h.push_str(&format!(
        "<div id=\"laddar\" class=\"loading\" data-en=\"{}\" data-starting=\"{}\" data-en-starting=\"{}\">",
        attr(en.loading_app),
        attr(t.loading_starting),
        attr(en.loading_starting)
    ));
    push(
        h,
        "<p id=\"laddar-text\" role=\"status\">",
        t.loading_app,
        "</p>",
    );
    h.push_str("<p><progress id=\"laddar-matare\" max=\"100\" value=\"0\" aria-labelledby=\"laddar-text\"></progress> <span id=\"laddar-procent\"></span></p></div>");
}

/// The line at the foot of the window while a large register loads, outside the first screen so
/// that a reader who waits for another view (`#laddar`) sees it too. Hidden until
/// `public/gate.js` finds the fetch slow; the app words the later steps (src/views/shell.rs) and
/// removes it. Fixed in place, so it moves nothing. English for readers who chose it.
fn loading_line(h: &mut String, t: &Texts) {
    let english = attr(crate::i18n::EN.loading_fetch);
    let words = text(t.loading_fetch);
    for part in [
        "<div id=\"",
        FETCH_LINE,
        "\" class=\"fetch-progress\" role=\"status\" hidden data-en=\"",
        &english,
        "\"><span id=\"",
        FETCH_TEXT,
        "\">",
        &words,
        "</span> <progress id=\"",
        FETCH_BAR,
        "\" aria-labelledby=\"",
        FETCH_TEXT,
        "\"></progress> <span id=\"",
        FETCH_MB,
        "\"></span></div>",
    ] {
        h.push_str(part);
    }
}

/// The rest of the count's row and the row under it, as the app has them (src/views/workspace.rs), so
/// that the results stand where the app will put them. The view switch is links and works before
/// the app does; the sort, print, copy and editing controls need the app: `inert` until it
/// replaces them, and left out of the page without JavaScript (`med-js`).
fn toolbar(h: &mut String, t: &Texts) {
    h.push_str("<div class=\"view-switch\" role=\"group\" aria-labelledby=\"visa-som\">");
    push(h, "<span id=\"visa-som\">", t.show_as, "</span>");
    push(
        h,
        "<a href=\"./\" aria-current=\"true\">",
        t.nav_list,
        "</a>",
    );
    push(h, "<a href=\"?vy=tabell\">", t.nav_table, "</a>");
    push(h, "<a href=\"?vy=relation\">", t.nav_relation, "</a>");
    push(h, "<a href=\"?vy=tidslinje\">", t.nav_timeline, "</a>");
    h.push_str("</div><div class=\"sort-control med-js\" inert>");
    push(h, "<label for=\"sortera\">", t.sort_label, "</label>");
    push(
        h,
        "<select id=\"sortera\" disabled><option value=\"\">",
        t.sort_default,
        "</option>",
    );
    for column in Column::ALL {
        for descending in [false, true] {
            let sort = Sort { column, descending };
            h.push_str(&format!(
                "<option value=\"{}\">{}</option>",
                attr(&sort.id()),
                text(&(t.sort_option)(sort))
            ));
        }
    }
    h.push_str("</select></div></div><div class=\"actions med-js\" inert>");
    h.push_str(&format!(
        "<div class=\"share\" role=\"toolbar\" aria-label=\"{}\">",
        attr(t.share_toolbar)
    ));
    push(
        h,
        "<button class=\"print-button\" type=\"button\" disabled>",
        t.print,
        "</button>",
    );
    push(
        h,
        "<div class=\"copy-link\"><button type=\"button\" disabled>",
        t.copy_link,
        "</button></div>",
    );
    push(
        h,
        "<div class=\"calendar-export\"><button type=\"button\" disabled>",
        t.add_to_calendar,
        "</button></div>",
    );
    h.push_str("</div>");
    h.push_str(&format!(
        "<div class=\"edit-toolbar\" role=\"group\" aria-label=\"{}\">",
        attr(t.edit_toolbar)
    ));
    push(
        h,
        "<button class=\"toggle\" type=\"button\" aria-pressed=\"false\" disabled>",
        t.edit_mode,
        "</button>",
    );
    push(
        h,
        "<details class=\"menu\"><summary>",
        t.export,
        "</summary></details></div></div>",
    );
}

/// `name` as HTML with an empty `<span class="shy">` where a long compound may break
/// ([`crate::names::break_hints`]): the stylesheet puts a soft hyphen there as generated
/// content, so the line breaks as "arbetsmarknads-" / "förvaltningen" in any browser while the
/// text, and so the accessible name, stays the name as written. As the app's `dom::hinted`.
pub fn hinted(name: &str) -> String {
    text(&crate::names::break_hints(name)).replace('\u{ad}', "<span class=\"shy\"></span>")
}

/// At most this many of the checker's problems are listed on [`source_failed`]; a line counts
/// the rest.
pub const SHOWN_PROBLEMS: usize = 50;

/// The page shown instead of the app when the published register cannot be read and this
/// browser has no earlier copy: what happened, the checker's problems one by one, what to do,
/// and a link that tries again. A string like the first screen, so it is the same page with or
/// without the app's views, costs the wasm no view code, and is tested natively.
pub fn source_failed(t: &Texts, problem: &SourceProblem) -> String {
    let mut h = String::with_capacity(2048);
    h.push_str("<header class=\"site-header\"><div class=\"brand\">");
    push(&mut h, "<span class=\"org\">", t.organisation, "</span>");
    push(&mut h, "<span class=\"app-name\">", t.app_name, "</span>");
    h.push_str("</div></header><main id=\"innehall\" class=\"source-failed\">");
    push(
        &mut h,
        "<h1 id=\"vy-rubrik\">",
        t.source_failed_heading,
        "</h1>",
    );
    push(&mut h, "<p>", t.source_failed_intro, "</p>");
    push(
        &mut h,
        "<p role=\"alert\"><strong>",
        &(t.source_problem)(problem),
        "</strong></p>",
    );
    if let SourceProblem::Unreadable(LoadError::Invalid(problems)) = problem {
        push(&mut h, "<h2>", t.source_problems_heading, "</h2>");
        h.push_str("<ul class=\"problems\">");
        for p in problems.iter().take(SHOWN_PROBLEMS) {
            push(&mut h, "<li>", &(t.problem)(p), "</li>");
        }
        h.push_str("</ul>");
        let more = problems.len().saturating_sub(SHOWN_PROBLEMS);
        if more > 0 {
            push(&mut h, "<p>", &(t.more_problems)(more), "</p>");
        }
    }
    push(&mut h, "<p>", t.source_failed_advice, "</p>");
    // A link to this very address: loading it again is trying again, with or without scripts.
    push(
        &mut h,
        "<p><a class=\"button-like primary\" href=\"\">",
        t.try_again,
        "</a></p>",
    );
    h.push_str("</main>");
    h
}

fn push(h: &mut String, open: &str, content: &str, close: &str) {
    h.push_str(open);
    h.push_str(&text(content));
    h.push_str(close);
}

/// `index_html` with the first screen written after [`MARKER`], replacing the one a previous
/// render left before [`END_MARKER`]; everything else (hashed file names, CSP, scripts) is kept
/// byte for byte. `None` if the page has no marker.
pub fn into_page(
    index_html: &str,
    catalog: &Catalog,
    t: &Texts,
    today: NaiveDate,
    open_data: &[&str],
) -> Option<String> {
    let start = index_html.find(MARKER)?;
    let after = start + MARKER.len();
    let rest = match index_html[after..].find(END_MARKER) {
        Some(end) => &index_html[after + end + END_MARKER.len()..],
        None => &index_html[after..],
    };
    let screen = first_screen(catalog, t, today, open_data);
    let mut page = String::with_capacity(index_html.len() + screen.len());
    page.push_str(&index_html[..after]);
    page.push_str(&screen);
    page.push_str(END_MARKER);
    page.push_str(rest);
    Some(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::new(
            crate::load::memo_register(),
            NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        )
    }

    #[test]
    fn lists_every_entry_of_the_memo_with_its_facts_escaped() {
        let c = catalog();
        let html = first_screen(
            &c,
            &crate::i18n::SV,
            c.today,
            &crate::opendata::OPEN_DATA_FILES,
        );
        assert_eq!(html.matches("<li class=\"entry\"").count(), 18);
        assert!(html.contains(
            "<a class=\"entry-link\" href=\"?post=ulf-sh\">ULF-avtal med Södertörns högskola</a>"
        ));
        assert!(html.contains("<p class=\"count\">18 av 18 poster</p>"));
        assert!(html.contains("status per 2026-11-28"));
        assert!(html.contains("<p class=\"updated\">Senast uppdaterad 2025-09-11</p>"));
        assert!(html.contains("<span class=\"facet-label\">Karolinska Institutet (KI)</span><span class=\"facet-count\">5</span>"));
        // No live region or control the app owns, so nothing waits on the wrong element.
        assert!(!html.contains("id=\"antal\"") && !html.contains("<script"));
        // Text is escaped, not interpreted.
        let mut r = (*c.register).clone();
        r.entries[0].name = "<img src=x onerror=alert(1)> & co".into();
        let html = first_screen(
            &Catalog::new(r, c.today),
            &crate::i18n::SV,
            c.today,
            &crate::opendata::OPEN_DATA_FILES,
        );
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; co"));
        assert!(!html.contains("<img"));
    }

    #[test]
    fn the_page_for_an_unreadable_register_lists_the_problems_in_words() {
        use crate::validate::{List, Problem};
        let dup = |i: usize| Problem::DuplicateId {
            list: List::Entries,
            id: format!("<b>{i}</b>"),
        };
        let problem = SourceProblem::Unreadable(LoadError::Invalid((0..52).map(dup).collect()));
        let html = source_failed(&crate::i18n::SV, &problem);
        assert!(html.contains("<h1 id=\"vy-rubrik\">Registret kunde inte läsas</h1>"));
        assert!(html.contains("Filen register.json har 52 fel och kan inte användas."));
        assert_eq!(html.matches("<li>").count(), SHOWN_PROBLEMS);
        assert!(html.contains("<li>poster: id \"&lt;b&gt;0&lt;/b&gt;\" finns flera gånger</li>"));
        assert!(html.contains("<p>… och 2 fel till.</p>"));
        let html = source_failed(&crate::i18n::EN, &SourceProblem::Http(404));
        assert!(html.contains("The register could not be read"));
        assert!(html.contains("not on the web server (HTTP 404)"));
        assert!(!html.contains("<ul"));
        assert!(html.contains("href=\"\">Try again</a>"));
    }

    #[test]
    fn a_links_progress_is_worded_in_both_languages_from_the_tables() {
        let c = catalog();
        let html = first_screen(
            &c,
            &crate::i18n::SV,
            c.today,
            &crate::opendata::OPEN_DATA_FILES,
        );
        let start = html.find("<div id=\"laddar\"").expect("the progress box");
        let end = start + html[start..].find("</div>").expect("its end");
        let box_ = &html[start..end];
        assert!(box_.contains(">Laddar samverkansregistret …</p>"));
        assert!(box_.contains("data-en=\"Loading the collaboration register …\""));
        assert!(box_.contains("data-starting=\"Startar samverkansregistret …\""));
        assert!(box_.contains("data-en-starting=\"Starting the collaboration register …\""));
        // A bar from 0 to 100 named by the words, which are the live part (the figure is not
        // read out at every step).
        assert!(box_.contains("<progress id=\"laddar-matare\" max=\"100\" value=\"0\" aria-labelledby=\"laddar-text\">"));
        assert!(box_.contains("<p id=\"laddar-text\" role=\"status\">"));
    }

    #[test]
    fn the_page_needs_its_marker() {
        let c = catalog();
        let page = into_page(
            "<body><!-- förhandsvisning --></body>",
            &c,
            &crate::i18n::SV,
            c.today,
            &crate::opendata::OPEN_DATA_FILES,
        );
        let page = page.unwrap();
        assert!(page.starts_with("<body><!-- förhandsvisning --><div id=\"forhandsvisning\">"));
        assert!(page.contains("</header><div id=\"laddar\""));
        assert!(page.ends_with("</div><!-- /förhandsvisning --></body>"));
        // Rendering a rendered page again replaces its screen rather than adding one.
        let again = into_page(
            &page,
            &c,
            &crate::i18n::SV,
            c.today,
            &crate::opendata::OPEN_DATA_FILES,
        )
        .unwrap();
        assert_eq!(again, page);
        assert_eq!(
            into_page(
                "<body></body>",
                &c,
                &crate::i18n::SV,
                c.today,
                &crate::opendata::OPEN_DATA_FILES
            ),
            None
        );
    }
}
