//! What the relation view's parts share: what is under the pointer or focus (`Hover`), and the
//! names they show for an academy and a department.

use samverkan_core::names::{Form, Kind};
use samverkan_core::query::Catalog;

use crate::browser::i18n::t;

/// What the pointer or focus is on, to highlight in both the table and the diagram.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Hover {
    Row(usize),
    Col(usize),
    Cell(usize, usize),
}

pub(super) fn academy_label(c: &Catalog, id: &str) -> String {
    c.register.display_name(Kind::Academy, id, Form::Name)
}

pub(super) fn department_label(c: &Catalog, id: &str, short: bool) -> String {
    let form = if short { Form::Short } else { Form::Label };
    t().name(&c.register, Kind::Department, id, form)
}
