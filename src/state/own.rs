//! [`Own`]: state a view owns for its own widgets.

use std::ops::Deref;

use leptos::prelude::*;

/// State a view makes for its own widgets (a disclosure's open flag, a copy button's outcome, the
/// roving tab stop of a toolbar), read and written like any signal. Its own name, so a view
/// never names the app's signals: the app's state reaches views only as [`super::Reader`]s and
/// memos behind the handles' methods (crates/tools/tests/architecture.rs checks that no view
/// file names `RwSignal`).
pub struct Own<T: 'static>(RwSignal<T>);

impl<T: Send + Sync + 'static> Own<T> {
    pub fn new(value: T) -> Own<T> {
        Own(RwSignal::new(value))
    }
}

impl<T> Clone for Own<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Own<T> {}

impl<T> Deref for Own<T> {
    type Target = RwSignal<T>;

    fn deref(&self) -> &RwSignal<T> {
        &self.0
    }
}
