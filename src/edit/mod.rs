//! Keeping the register current: the editing controls above the list (`controls`: editing mode,
//! new entry, undo, export, import, Publicera and Rensa lokala ändringar, in `publish`) and the
//! form (`form`). Every change goes through `Edits::change`; the rules of a save are the core's.

mod controls;
mod form;
mod publish;

pub use controls::{EditControls, StorageBanner};
pub use form::EditForm;
