//! The names of the core's enums as the interface shows them, from the words of each language's
//! table: one place, not a `match` in each view that shows one.

use super::texts::Texts;
use crate::draft::Part;
use crate::sort::Column;
use crate::url::View;

impl Texts {
    /// The form's name for a field, as its label says.
    pub fn part(&self, p: Part) -> &'static str {
        match p {
            Part::Name => self.col_name_label,
            Part::Category => self.col_category,
            Part::Academies => self.col_academies,
            Part::Partners => self.label_partners,
            Part::Department => self.col_department,
            Part::ContactName => self.col_contact,
            Part::ContactTitle => self.contact_title,
            Part::ContactDepartment => self.label_contact_department,
            Part::From => self.label_from,
            Part::Until => self.label_until,
            Part::UntilFurtherNotice => self.until_further_notice,
            Part::AsWritten => self.as_written,
            Part::Ended => self.listed_as_ended,
            Part::Description => self.label_description,
            Part::Comment => self.label_comment,
            Part::Links => self.label_links,
            Part::Source => self.label_source,
        }
    }

    /// The header of `column`, as the table and the sort control name it.
    pub fn column(&self, column: Column) -> &'static str {
        match column {
            Column::Name => self.col_name_label,
            Column::Category => self.col_category,
            Column::Academies => self.col_academies,
            Column::Department => self.col_department_short,
            Column::Contact => self.col_contact,
            Column::Start => self.label_from,
            Column::End => self.label_until,
            Column::Status => self.col_status,
        }
    }

    /// The view's name, as in the menu and the tab's title.
    pub fn view_name(&self, view: View) -> &'static str {
        match view {
            View::List => self.nav_list,
            View::Relation => self.nav_relation,
            View::Timeline => self.nav_timeline,
            View::Table => self.nav_table,
            View::About => self.nav_about,
            View::Accessibility => self.nav_accessibility,
            View::Log => self.publication.log_title,
        }
    }

    /// The heading of a view of the register (the list's for the text pages, which have their
    /// own).
    pub fn view_heading(&self, view: View) -> &'static str {
        match view {
            View::Relation => self.relation_heading,
            View::Timeline => self.timeline_heading,
            View::Table => self.table_heading,
            _ => self.list_heading,
        }
    }
}
