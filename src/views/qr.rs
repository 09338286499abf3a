//! "Visa QR-kod": the current view's link as a QR code in a modal dialog, large enough to scan from
//! a projector screen across the room, with the link as text under it. The code is the core's
//! (`samverkan_core::qr`); this draws it.

use leptos::prelude::*;
use samverkan_core::qr;

use crate::browser::i18n::t;
use crate::state::{use_app, Own};

#[component]
pub fn QrButton() -> impl IntoView {
    let app = use_app();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The link as it was when the dialog was opened.
    let link = Own::new(String::new());
    let drawing = Memo::new(move |_| link.with(|l| qr::drawing(l)));
    let open = move |_| {
        app.nav.flush_url();
        link.set(window().location().href().unwrap_or_default());
        if let Some(d) = dialog.get() {
            // Modal: the rest of the page is inert, Escape closes it, and focus returns to this
            // button when it closes.
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <button type="button" class="qr-button" aria-haspopup="dialog" on:click=open>
            {t().show_qr}
        </button>
        <dialog class="qr-dialog" node_ref=dialog aria-labelledby="qr-rubrik">
            // The dialog's name, not a heading: the dialog lives in the page's header, before the
            // view's h1 in the document.
            <p id="qr-rubrik" class="qr-title">{t().qr_heading}</p>
            {move || match drawing.get() {
                Some(d) => code(d, "qr").into_any(),
                None => view! { <p role="alert">{t().qr_too_long}</p> }.into_any(),
            }}
            <p class="qr-link">{move || link.get()}</p>
            <button type="button" on:click=close>{t().close}</button>
        </dialog>
    }
}

/// A drawn code as an SVG image: dark modules on white in either colour scheme, as scanners
/// expect, and named for screen readers. Also the printouts' (`share::PrintLink`).
pub fn code(d: qr::Drawing, class: &'static str) -> impl IntoView {
    view! {
        <svg
            class=class
            role="img"
            aria-label=t().qr_label
            viewBox=format!("0 0 {0} {0}", d.size)
            shape-rendering="crispEdges"
        >
            <rect width=d.size height=d.size fill="#fff"/>
            <path d=d.path fill="#000"/>
        </svg>
    }
}
