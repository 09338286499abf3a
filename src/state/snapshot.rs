//! The register as the user sees it: derived from the published register and the overlay,
//! never kept in step by hand.

use std::sync::Arc;

use leptos::prelude::*;
use samverkan_core::model::Register;
use samverkan_core::overlay::{Mark, Overlay};
use samverkan_core::query::Catalog;

/// The register as the user sees it. Compared by identity: a new overlay makes a new snapshot.
#[derive(Clone)]
pub struct Snapshot {
    pub catalog: Arc<Catalog>,
    pub marks: Arc<Vec<Mark>>,
}

impl PartialEq for Snapshot {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.catalog, &other.catalog)
    }
}

impl Snapshot {
    pub fn mark(&self, id: &str) -> Option<&Mark> {
        self.marks.iter().find(|m| m.id == id)
    }
}

/// The register as the user sees it, from the published one and the overlay, with the entries
/// that are local and new marked.
pub(super) fn derive(
    published: Arc<Register>,
    overlay: RwSignal<Overlay>,
    news_ids: RwSignal<Arc<Vec<String>>>,
    today: chrono::NaiveDate,
) -> Memo<Snapshot> {
    Memo::new(move |_| {
        // Without local edits the catalog shares the published register instead of a copy.
        let (register, marks) = overlay.with(|o| {
            if o.is_empty() {
                (Arc::clone(&published), Vec::new())
            } else {
                let (r, marks) = o.apply(&published);
                (Arc::new(r), marks)
            }
        });
        let local = marks.iter().map(|m| m.id.as_str());
        let catalog = news_ids.with(|ids| {
            Catalog::new(register, today)
                .with_local(local)
                .with_news(ids.iter().map(String::as_str))
        });
        Snapshot {
            catalog: Arc::new(catalog),
            marks: Arc::new(marks),
        }
    })
}
