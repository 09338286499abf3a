//! A roving tabindex for a row of buttons (ARIA's toolbar pattern): what each button needs to know
//! to be the row's one tab stop or not. The row's keys are the toolbar's (`share::ShareToolbar`).

use leptos::prelude::*;

/// Which of the share toolbar's buttons is its one tab stop (a roving tabindex, as ARIA's toolbar
/// pattern has it): Tab crosses the row in one press, the arrow keys, Home and End move within it.
/// Provided by the toolbar (`share::ShareToolbar`); a tool outside one is an ordinary button.
#[derive(Clone, Copy)]
pub struct ToolStop(RwSignal<usize>);

impl ToolStop {
    /// A new toolbar's stop, on its first tool, for the tools rendered inside it.
    pub fn provide() -> ToolStop {
        let stop = ToolStop(RwSignal::new(0));
        provide_context(stop);
        stop
    }

    pub fn set(self, pos: usize) {
        self.0.set(pos);
    }
}

/// A tool's place in the share toolbar, and what it needs to be a part of it: its `tabindex`
/// (`None` outside a toolbar), and `focused` to call when it gets focus by any means.
#[derive(Clone, Copy)]
pub struct Tool {
    pub pos: Option<usize>,
    stop: Option<ToolStop>,
}

impl Tool {
    /// The tool at `pos` of the surrounding toolbar, if any.
    pub fn at(pos: Option<usize>) -> Tool {
        let stop = pos.and_then(|_| use_context::<ToolStop>());
        let tool = Tool { pos, stop };
        // A tool that goes (the calendar button while an entry is open) hands the tab stop back
        // to the first, so the toolbar is never left without one.
        on_cleanup(move || {
            if let (Some(p), Some(s)) = (tool.pos, tool.stop) {
                if s.0.try_get_untracked() == Some(p) {
                    s.0.try_set(0);
                }
            }
        });
        tool
    }

    pub fn tabindex(self) -> impl Fn() -> Option<i32> + Copy + Send + Sync + 'static {
        move || {
            let (p, s) = (self.pos?, self.stop?);
            Some(if s.0.get() == p { 0 } else { -1 })
        }
    }

    pub fn focused(self) {
        if let (Some(p), Some(s)) = (self.pos, self.stop) {
            s.0.set(p);
        }
    }
}
