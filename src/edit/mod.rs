//! Keeping the register current: the toolbar (new entry, undo, export, import, publish, clear)
//! and the form. Every
//! change goes through `AppState::change`; the rules of a save are the core's.

mod form;
mod publish;
mod toolbar;

pub use form::EditForm;
pub use toolbar::{EditToolbar, StorageBanner};
