//! Offline use: registers the service worker (`sw.js`, generated at build time), offers a new
//! version instead of mixing two ("Ny version finns – ladda om"), and says when the network is gone.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use crate::browser::i18n::t;

#[derive(Clone, Copy)]
pub struct Offline {
    /// A new version is installed and waits for this page to let it take over.
    update: RwSignal<bool>,
    online: RwSignal<bool>,
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    // Missing in insecure contexts (plain http off localhost) and in some embedded browsers.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    present.then(|| navigator.service_worker())
}

impl Offline {
    pub fn start() -> Offline {
        let online = RwSignal::new(window().navigator().on_line());
        let state = Offline {
            update: RwSignal::new(false),
            online,
        };
        let on = window_event_listener(leptos::ev::online, move |_| online.set(true));
        let off = window_event_listener(leptos::ev::offline, move |_| online.set(false));
        on_cleanup(move || {
            on.remove();
            off.remove();
        });
        if let Some(c) = container() {
            spawn_local(async move { state.register(c).await });
        }
        state
    }

    async fn register(self, c: ServiceWorkerContainer) {
        // Relative: the worker and its scope are the directory the app is served from.
        let Ok(reg) = JsFuture::from(c.register("sw.js")).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let update = self.update;
        let controlled = c.controller().is_some();
        let offer = {
            let reg = reg.clone();
            move || {
                // Only an update if a worker already controls this page; the first install is not.
                if reg.waiting().is_some() && container().and_then(|c| c.controller()).is_some() {
                    update.set(true);
                }
            }
        };
        if controlled {
            offer();
        }
        let on_update_found = {
            let reg = reg.clone();
            Closure::<dyn FnMut()>::new(move || {
                if let Some(worker) = reg.installing() {
                    let offer = offer.clone();
                    let w = worker.clone();
                    let on_state = Closure::<dyn FnMut()>::new(move || {
                        if w.state() == ServiceWorkerState::Installed {
                            offer();
                        }
                    });
                    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                    // Lives as long as the worker it listens to.
                    on_state.forget();
                }
            })
        };
        reg.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        // The page's lifetime.
        on_update_found.forget();
    }
}

/// "Ny version finns – ladda om", and a note while offline.
#[component]
pub fn OfflineBanners() -> impl IntoView {
    let state = expect_context::<Offline>();
    let reload = move |_| {
        let Some(c) = container() else { return };
        spawn_local(async move {
            // Reload once the new worker has taken over, so the page and its files are one version.
            let on_change = Closure::<dyn FnMut()>::new(move || {
                let _ = window().location().reload();
            });
            c.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
            on_change.forget();
            let waiting = JsFuture::from(c.get_registration())
                .await
                .ok()
                .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
                .and_then(|r| r.waiting());
            match waiting {
                Some(w) => {
                    let _ = w.post_message(&JsValue::from_str("skipWaiting"));
                }
                None => {
                    let _ = window().location().reload();
                }
            }
        });
    };
    view! {
        <Show when=move || state.update.get()>
            <div class="banner update" role="status" id="ny-version">
                <p>{t().update_available}</p>
                <button type="button" class="primary" on:click=reload>{t().reload}</button>
            </div>
        </Show>
        <Show when=move || !state.online.get()>
            <div class="banner offline" role="status" id="offline">
                <p>{t().offline_note}</p>
            </div>
        </Show>
    }
}
