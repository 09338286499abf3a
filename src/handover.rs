//! What the reader did on the pre-rendered first screen before the app ran, handed to the app so
//! that nothing typed or ticked is lost. `public/gate.js` enables the first screen's search box,
//! facet checkboxes, "Löper ut inom" and sort order once the page is parsed; the app reads them
//! here just before it removes that screen, starts from the view they describe, and puts the
//! focus and the caret back where they were.
//!
//! The controls are read as a form of the link's keys would send them (`q`, `akademi=sh`,
//! `inom=6`, …), and that query is read by the same `ViewState::from_query` as a link.

use leptos::prelude::*;
use samverkan_core::query::Facet;
use samverkan_core::url::{query_of, KEY_SEARCH, KEY_SORT, KEY_WITHIN};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// The first screen's state, taken before it is removed.
#[derive(Default)]
pub struct Handover {
    /// The controls' state as a query string; empty when the reader did nothing.
    pub query: String,
    /// The id of the control that had focus (the app's control has the same id).
    focus: Option<String>,
    /// Where the caret and the selection were in the search box.
    caret: Option<(u32, u32)>,
    /// Whether each facet group (`data-facet`) was open: a phone's reader may have opened one.
    groups: Vec<(String, bool)>,
}

const SCREEN: &str = "forhandsvisning";

impl Handover {
    /// Reads the first screen's controls, if it is still on the page.
    pub fn take() -> Handover {
        let Some(screen) = document().get_element_by_id(SCREEN) else {
            return Handover::default();
        };
        let mut pairs: Vec<(&'static str, String)> = Vec::new();
        let search = input(&screen, "#sok");
        if let Some(text) = search.as_ref().map(HtmlInputElement::value) {
            if !text.is_empty() {
                pairs.push((KEY_SEARCH, text));
            }
        }
        for facet in Facet::ALL {
            let ticked = format!("[data-facet=\"{}\"] input[type=checkbox]", facet.key());
            for el in all(&screen, &ticked) {
                if let Ok(checkbox) = el.dyn_into::<HtmlInputElement>() {
                    if checkbox.checked() {
                        pairs.push((facet.key(), checkbox.value()));
                    }
                }
            }
        }
        for (key, selector) in [(KEY_WITHIN, "#f-inom"), (KEY_SORT, "#sortera")] {
            let chosen = screen
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|el| el.dyn_into::<HtmlSelectElement>().ok())
                .map(|s| s.value());
            if let Some(value) = chosen.filter(|v| !v.is_empty()) {
                pairs.push((key, value));
            }
        }
        let groups = all(&screen, "details.facet")
            .into_iter()
            .filter_map(|el| {
                let key = el.get_attribute("data-facet")?;
                Some((key, el.has_attribute("open")))
            })
            .collect();
        let focused = document()
            .active_element()
            .filter(|el| screen.contains(Some(el)) && !el.id().is_empty());
        let caret = search.filter(|s| focused.as_ref().is_some_and(|f| f.id() == s.id()));
        Handover {
            query: query_of(pairs.iter().map(|(k, v)| (*k, v.as_str()))),
            focus: focused.map(|el| el.id()),
            groups,
            caret: caret.and_then(|s| {
                Some((
                    s.selection_start().ok().flatten()?,
                    s.selection_end().ok().flatten()?,
                ))
            }),
        }
    }

    /// Opens and folds the app's facet groups as the reader left them, and puts the focus (and
    /// the search box's caret) back, once the app's page is drawn. Called right after the mount.
    pub fn restore(self) {
        for (key, open) in &self.groups {
            let group = document()
                .query_selector(&format!("details.facet[data-facet=\"{key}\"]"))
                .ok()
                .flatten();
            if let Some(group) = group {
                let _ = group.toggle_attribute_with_force("open", *open);
            }
        }
        let Some(id) = self.focus else {
            return;
        };
        request_animation_frame(move || {
            let Some(el) = document().get_element_by_id(&id) else {
                return;
            };
            if let Ok(el) = el.clone().dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
            if let (Some((start, end)), Ok(input)) = (self.caret, el.dyn_into::<HtmlInputElement>())
            {
                let _ = input.set_selection_range(start, end);
            }
        });
    }
}

fn input(screen: &Element, selector: &str) -> Option<HtmlInputElement> {
    screen
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
}

fn all(screen: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = screen.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}
