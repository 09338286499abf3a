//! Small doors to the browser that several views need: focus, the clipboard, file downloads,
//! media queries and Unicode decomposition. Each returns what happened (or nothing) rather than throwing.

use leptos::prelude::*;
use samverkan_core::opendata::OPEN_DATA_FILES;
use samverkan_core::shared::{FETCH_BAR, FETCH_LINE, FETCH_MB, FETCH_TEXT};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The browser's `String.prototype.normalize("NFD")`: the core's decomposition in the app, in
/// place of the tables it ships natively (samverkan_core::unicode).
pub fn nfd(s: &str) -> String {
    js_sys::JsString::from(s).normalize("NFD").into()
}

/// `x` with `places` decimals ("12.5"), for SVG coordinates and CSS percentages. Integer
/// formatting only: `{:.1}` on a float brings Rust's float printing into the wasm (about 11 KB
/// before compression) for a few numbers. Non-finite values print as 0.
pub fn fixed(x: f64, places: u32) -> String {
    let scale = 10_u64.pow(places);
    let scaled = (x * scale as f64).round();
    // `as` saturates, and NaN becomes 0.
    let n = scaled as i64;
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    if places == 0 {
        return format!("{sign}{n}");
    }
    let width = places as usize;
    format!("{sign}{}.{:0width$}", n / scale, n % scale)
}

/// Shows `text` on the loading line (`#hamtning`, pre-rendered) and waits until the browser has
/// painted it, so the step after it (a long one: reading or indexing a large register) runs in
/// a task of its own, with the page painted and scrollable in between. Without the line (an
/// older page) it only waits.
pub async fn loading_step(text: &str) {
    if let Some(line) = document().get_element_by_id(FETCH_LINE) {
        if let Some(label) = document().get_element_by_id(FETCH_TEXT) {
            label.set_text_content(Some(text));
        }
        if let Some(mb) = document().get_element_by_id(FETCH_MB) {
            mb.set_text_content(None);
        }
        // An indeterminate bar from here on: these steps report no amounts.
        if let Some(bar) = document().get_element_by_id(FETCH_BAR) {
            let _ = bar.remove_attribute("value");
        }
        let _ = line.remove_attribute("hidden");
    }
    next_paint().await;
}

/// Resolves once the browser has painted what is in the DOM now: before a step long enough to
/// freeze the page, so what was just said about it (a loading line, "Kontrollerar registret på servern …") is seen.
pub async fn next_paint() {
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        // The frame's callback runs before its paint; a task queued from it runs after.
        let after = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = window().set_timeout_with_callback(resolve.unchecked_ref());
        });
        let _ = window().request_animation_frame(after.unchecked_ref());
    });
    let _ = JsFuture::from(painted).await;
}

/// Moves keyboard focus to the element with `id` once the next render is in the DOM.
pub fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        focus_now(id);
    });
}

/// As [`focus_later`], unless by then the reader is already in a text field: a form's first
/// field takes focus when the form opens, but never from a field someone has clicked into (or a
/// test has started filling) within that frame.
pub fn focus_later_unless_typing(id: &'static str) {
    request_animation_frame(move || {
        let in_field = document().active_element().is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") && el.id() != id
        });
        if !in_field {
            focus_now(id);
        }
    });
}

/// Moves focus to `id` one frame later than [`focus_later`]: after the views that the same change
/// rebuilt (the workspace re-renders on every overlay change) have placed focus of their own.
pub fn focus_after_rebuild(id: &'static str) {
    request_animation_frame(move || focus_later(id));
}

/// Moves focus to the first element matching `selector` once rendered, else to the element
/// with id `fallback` (if given).
pub fn focus_selector_later(selector: String, fallback: Option<&'static str>) {
    request_animation_frame(move || {
        if !focus_first(&selector) {
            if let Some(id) = fallback {
                focus_now(id);
            }
        }
    });
}

/// Focuses the first element matching `selector` now; `false` if there is none.
pub fn focus_first(selector: &str) -> bool {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|h| h.focus().is_ok())
}

pub fn focus_now(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|h| h.focus().is_ok())
}

/// Whether a key press is typing into a field (where `/` is a character, not a shortcut).
/// Checkboxes, file pickers and buttons take no text, so the shortcut works on them.
pub fn typing_in_field(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            el.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "file" | "button" | "submit" | "reset" | "range" | "color")
        ),
        _ => el.closest("[contenteditable]").ok().flatten().is_some(),
    }
}

/// Whether the screen is as narrow as a phone's (the stylesheet's one-column layout).
pub fn narrow_screen() -> bool {
    window()
        .match_media("(max-width: 50rem)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Writes `text` to the clipboard; `false` where the API is missing or refuses.
pub async fn write_clipboard(text: &str) -> bool {
    let navigator = window().navigator();
    // `navigator.clipboard` is undefined outside secure contexts; check before calling into it.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Offers `text` as a file download. `false` if the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    download_part(name, mime, &JsValue::from_str(text))
}

/// Offers `bytes` (a zip) as a file download. `false` if the browser refused.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> bool {
    download_part(name, mime, &js_sys::Uint8Array::from(bytes))
}

/// A download of one blob part: a string or bytes.
fn download_part(name: &str, mime: &str, part: &JsValue) -> bool {
    let parts = js_sys::Array::of1(part);
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &bag) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            // Attached while clicked; the URL is released once the download has started.
            if let Some(body) = document().body() {
                let _ = body.append_child(&a);
            }
            a.click();
            a.remove();
        })
        .is_some();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    ok
}

/// `name` with an empty `<span class="shy">` where a long compound may break
/// (`names::break_hints`): the stylesheet puts a soft hyphen there as generated content, so a
/// narrow column breaks "arbetsmarknads-" / "förvaltningen" in a browser without a Swedish
/// dictionary too, and the text (so the accessible name) stays the name as written. As the
/// pre-rendered screen's `prerender::hinted`.
pub fn hinted(name: &str) -> impl IntoView {
    let hinted = samverkan_core::names::break_hints(name);
    let parts: Vec<String> = hinted.split('\u{ad}').map(str::to_string).collect();
    let last = parts.len().saturating_sub(1);
    parts
        .into_iter()
        .enumerate()
        .map(|(k, part)| view! { {part} {(k < last).then(|| view! { <span class="shy"></span> })} })
        .collect_view()
}

/// `text` with each ISO date in it ("2026-12-31") in a `<span class="nowrap">`, so a narrow
/// column (the printed table's status) never breaks a date at its hyphens.
pub fn dated(text: &str) -> impl IntoView {
    let is_date = |s: &str| {
        s.len() == 10
            && s.bytes().enumerate().all(|(k, b)| match k {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            })
    };
    let mut parts: Vec<AnyView> = Vec::new();
    let mut rest = text;
    while let Some(at) = rest
        .char_indices()
        .map(|(k, _)| k)
        .find(|&k| rest.get(k..k + 10).is_some_and(is_date))
    {
        parts.push(rest[..at].to_string().into_any());
        parts
            .push(view! { <span class="nowrap">{rest[at..at + 10].to_string()}</span> }.into_any());
        rest = &rest[at + 10..];
    }
    parts.push(rest.to_string().into_any());
    parts.collect_view()
}

/// This page's address without its query: where the app runs ("https://…/samverkan/"), for the
/// links a calendar file and a printout carry.
pub fn page_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

thread_local! {
    /// The open-data files the pre-rendered footer links to, read before the app replaces it.
    static OPEN_DATA: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Reads which open-data files the pre-rendered page links to (`register.json` is left out where
/// the municipality publishes no contact names: `OpenData::files`, written by the publication),
/// so the app's footer says the same. Called once, before the pre-rendered screen goes.
pub fn remember_open_data() {
    let mut files = Vec::new();
    if let Some(p) = document()
        .get_element_by_id("forhandsvisning")
        .and_then(|screen| screen.query_selector(".open-data").ok().flatten())
    {
        let links = p.get_elements_by_tag_name("a");
        for i in 0..links.length() {
            let href = links.item(i).and_then(|a| a.get_attribute("href"));
            // Only the files it may name: the page is the server's, but a link is a link.
            if let Some(href) = href.filter(|h| OPEN_DATA_FILES.contains(&h.as_str())) {
                files.push(href);
            }
        }
    }
    OPEN_DATA.with(|o| *o.borrow_mut() = files);
}

/// The open-data files to link to: as the pre-rendered page had them, or all of them where there
/// was none (a page without the first screen).
pub fn open_data_files() -> Vec<String> {
    let files = OPEN_DATA.with(|o| o.borrow().clone());
    if files.is_empty() {
        OPEN_DATA_FILES.iter().map(|f| f.to_string()).collect()
    } else {
        files
    }
}
