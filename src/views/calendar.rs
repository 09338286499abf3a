//! "Lägg i kalender": downloads the chosen entries' ends and renewal reminders as an `.ics` file
//! (the core's `calendar`), then says what the file holds and which entries had no end to add.

use leptos::prelude::*;
use samverkan_core::calendar::{self as ics, Origin};

use crate::browser::dom::download;
use crate::browser::i18n::t;
use crate::state::{use_app, Own};
use crate::views::entry::{first_named, named_entries};
use crate::views::roving::Tool;

/// What the reader was last told about a download: shared by a [`CalendarButton`] and its
/// [`CalendarReport`], which may sit elsewhere (under the toolbar's row rather than inside it).
#[derive(Clone, Copy)]
pub struct Calendar(Own<Told>);

impl Calendar {
    pub fn new() -> Calendar {
        let app = use_app();
        let told = Own::new(Told::Nothing);
        // Whatever the view becomes, an old report would be about another selection.
        Effect::new(move |_| {
            app.nav.view.track();
            if told.with_untracked(|s| *s != Told::Nothing) {
                told.set(Told::Nothing);
            }
        });
        Calendar(told)
    }
}

/// The first entries of a list by id and name, and how many more there are.
type Named = (Vec<(String, String)>, usize);

#[derive(Clone, PartialEq)]
enum Told {
    Nothing,
    /// Events written for `entries` entries; `without` are the ids and names of those left out,
    /// `inside` of those already inside their six months (their reminder is the next working day).
    Done {
        events: usize,
        entries: usize,
        without: Named,
        inside: Named,
    },
    /// No chosen entry had an end: no file.
    NoEnds,
}

/// The button and its report together, for an entry and the "Löper ut" panel.
#[component]
pub fn CalendarExport(
    #[prop(into)] entries: Signal<Vec<usize>>,
    id: &'static str,
) -> impl IntoView {
    let calendar = Calendar::new();
    view! {
        <div class="calendar-export">
            <CalendarButton entries id calendar/>
            <CalendarReport calendar/>
        </div>
    }
}

/// The button, for `entries` (indices into the current catalog) as they are when it is pressed.
/// `id` tells one button from another on the same page (the toolbar's and the "Löper ut" panel's).
#[component]
pub fn CalendarButton(
    #[prop(into)] entries: Signal<Vec<usize>>,
    id: &'static str,
    calendar: Calendar,
    /// Its place in the share toolbar, where it is one.
    #[prop(optional)]
    tool: Option<usize>,
) -> impl IntoView {
    let app = use_app();
    let tool = Tool::at(tool);
    let told = calendar.0;
    let hint_id = format!("{id}-om");
    let save = move |_| {
        let page = crate::browser::dom::page_address();
        let host = window().location().host().unwrap_or_default();
        let lang = app.nav.view.with_untracked(|s| s.lang);
        let Some(stamp) = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64)
            .map(|d| d.naive_utc())
        else {
            return;
        };
        let chosen = entries.get_untracked();
        let (file, today, without, inside) = app.edits.with_catalog(|c| {
            let origin = Origin {
                page: &page,
                host: &host,
                lang,
            };
            let file = ics::calendar(&c.register, &chosen, t(), origin, stamp, c.today);
            let without = first_named(&c.register, &file.without_end);
            let inside = first_named(&c.register, &file.inside_renewal);
            (file, c.today, without, inside)
        });
        if file.events == 0 {
            told.set(Told::NoEnds);
            return;
        }
        download(
            &format!("samverkansregistret-kalender-{today}.ics"),
            "text/calendar;charset=utf-8",
            &file.text,
        );
        told.set(Told::Done {
            events: file.events,
            entries: file.with_end,
            without,
            inside,
        });
    };
    view! {
        <button
            type="button"
            id=id
            aria-describedby=hint_id.clone()
            data-tool=tool.pos
            tabindex=tool.tabindex()
            on:focus=move |_| tool.focused()
            on:click=save
        >
            {t().add_to_calendar}
        </button>
        <span id=hint_id hidden>{t().calendar_hint}</span>
    }
}

/// What the last download held, and the entries it left out for want of an end.
#[component]
pub fn CalendarReport(calendar: Calendar) -> impl IntoView {
    let told = calendar.0;
    view! {
        <div role="status" class="calendar-status">
            {move || match told.get() {
                Told::Nothing => ().into_any(),
                Told::NoEnds => view! { <p>{t().calendar_none}</p> }.into_any(),
                Told::Done { events, entries, without: (without, more), inside: (inside, later) } => view! {
                    <p>{(t().calendar_done)(events, entries)}</p>
                    {(!inside.is_empty()).then(|| view! {
                        <p>{(t().calendar_inside)(inside.len() + later)}</p>
                        {named_entries("calendar-inside", inside, later)}
                    })}
                    {(!without.is_empty()).then(|| view! {
                        <p>{(t().calendar_without)(without.len() + more)}</p>
                        {named_entries("calendar-without", without, more)}
                    })}
                }
                .into_any(),
            }}
        </div>
    }
}
