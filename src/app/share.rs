//! Links in and out: "Kopiera länk" and the notice about parts of an opened URL that were ignored.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::i18n::t;
use super::state::use_app;

#[derive(Clone, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    /// The clipboard is not available (e.g. plain http on an intranet): show the link to copy.
    Manual(String),
}

/// Writes `text` to the clipboard; `false` where the API is missing or refuses.
async fn write_clipboard(text: &str) -> bool {
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

#[component]
pub fn CopyLink() -> impl IntoView {
    let app = use_app();
    let state = RwSignal::new(CopyState::Idle);
    // Whatever the view becomes, an old "kopierad" would be about another link.
    Effect::new(move |_| {
        app.view.track();
        state.set(CopyState::Idle);
    });
    let copy = move |_| {
        let href = window().location().href().unwrap_or_default();
        spawn_local(async move {
            if write_clipboard(&href).await {
                state.set(CopyState::Copied);
            } else {
                state.set(CopyState::Manual(href));
            }
        });
    };
    let manual_ref = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let (CopyState::Manual(_), Some(input)) = (state.get(), manual_ref.get()) {
            let _ = input.focus();
            input.select();
        }
    });
    view! {
        <div class="copy-link">
            <button type="button" on:click=copy>{t().copy_link}</button>
            <span role="status" class="copy-status">
                {move || match state.get() {
                    CopyState::Idle => ().into_any(),
                    CopyState::Copied => t().link_copied.into_any(),
                    CopyState::Manual(href) => view! {
                        <label for="lank">{t().copy_manually}</label>
                        <input id="lank" type="text" readonly prop:value=href node_ref=manual_ref/>
                    }
                    .into_any(),
                }}
            </span>
        </div>
    }
}

/// Tells, briefly, which parts of the opened URL were ignored. Dismissable.
#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.notices.with(|n| !n.is_empty())>
            <div class="notice" role="status">
                <p>{t().notices_heading}</p>
                <ul>
                    {move || {
                        app.notices
                            .get()
                            .iter()
                            .map(|n| view! { <li>{(t().notice)(n)}</li> })
                            .collect_view()
                    }}
                </ul>
                <button type="button" on:click=move |_| app.notices.set(Vec::new())>{t().close}</button>
            </div>
        </Show>
    }
}
