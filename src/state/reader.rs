//! [`Reader`]: a signal its holder may read and not write.

use std::panic::Location;

use leptos::prelude::*;
use leptos::reactive::traits::{DefinedAt, IsDisposed, ReadUntracked, Track};

/// A handle's state as views see it: read (`with`, `get`, `track`, untracked or not) and never
/// written, so only the handle that owns the signal changes it. The signal itself, not a
/// second one beside it: `ReadSignal` would be a second type of signal in the wasm.
pub struct Reader<T: 'static>(RwSignal<T>);

impl<T> Reader<T> {
    pub(super) fn of(signal: RwSignal<T>) -> Reader<T> {
        Reader(signal)
    }
}

impl<T> Clone for Reader<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Reader<T> {}

impl<T> DefinedAt for Reader<T> {
    fn defined_at(&self) -> Option<&'static Location<'static>> {
        self.0.defined_at()
    }
}

impl<T: 'static> IsDisposed for Reader<T> {
    fn is_disposed(&self) -> bool {
        self.0.is_disposed()
    }
}

impl<T: 'static> Track for Reader<T>
where
    RwSignal<T>: Track,
{
    fn track(&self) {
        self.0.track();
    }
}

impl<T: 'static> ReadUntracked for Reader<T>
where
    RwSignal<T>: ReadUntracked,
{
    type Value = <RwSignal<T> as ReadUntracked>::Value;

    fn try_read_untracked(&self) -> Option<Self::Value> {
        self.0.try_read_untracked()
    }
}
