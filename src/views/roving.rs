//! The one roving tabindex (WAI-ARIA Authoring Practices: a toolbar, a grid): a group of
//! controls is one stop in the tab order, on the control last moved to; the arrow keys, Home and
//! End move within the group. Used by the share toolbar (`share`, a row) and the relation table
//! (`relation`, a grid). Which control a key leads to is the group's own rule (`GridMove` and
//! `Matrix::step` in the core for the grid; the next and previous tool for the toolbar); the keys
//! themselves are read here, since the core knows no DOM.

use leptos::prelude::*;
use samverkan_core::relation::GridMove;

use crate::state::Own;

/// Which control of a group is its one tab stop, by position `P` (an index, a grid position).
pub struct Roving<P: 'static>(Own<P>);

impl<P> Clone for Roving<P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P> Copy for Roving<P> {}

impl<P: Copy + PartialEq + Send + Sync + 'static> Roving<P> {
    /// A group whose tab stop starts on `first`.
    pub fn new(first: P) -> Roving<P> {
        Roving(Own::new(first))
    }

    /// The `tabindex` of the control at `p`: 0 on the stop, -1 elsewhere.
    pub fn tabindex(self, p: P) -> impl Fn() -> i32 + Copy + Send + Sync + 'static {
        move || if self.0.get() == p { 0 } else { -1 }
    }

    /// The control at `p` got focus, by a key, a click or Tab: it is the stop from now on.
    pub fn focused(self, p: P) {
        self.0.set(p);
    }

    /// The stop, without subscribing to it.
    pub fn stop(self) -> P {
        self.0.get_untracked()
    }

    /// Sets the stop unless the group is gone (a control's cleanup may run after it).
    fn try_reset(self, from: P, to: P) {
        if self.0.try_get_untracked() == Some(from) {
            self.0.try_set(to);
        }
    }
}

/// The move a key asks for within a group, if it is one of the group's keys without a modifier.
pub fn key_move(ev: &leptos::ev::KeyboardEvent) -> Option<GridMove> {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.shift_key() {
        return None;
    }
    Some(match ev.key().as_str() {
        "ArrowLeft" => GridMove::Left,
        "ArrowRight" => GridMove::Right,
        "ArrowUp" => GridMove::Up,
        "ArrowDown" => GridMove::Down,
        "Home" => GridMove::Home,
        "End" => GridMove::End,
        _ => return None,
    })
}

/// A tool's place in the share toolbar (`share::ShareToolbar`, which provides the toolbar's
/// [`Roving`] as context), and what it needs to be a part of it: its `tabindex` (`None` outside a
/// toolbar), and `focused` to call when it gets focus by any means.
#[derive(Clone, Copy)]
pub struct Tool {
    pub pos: Option<usize>,
    stop: Option<Roving<usize>>,
}

impl Tool {
    /// The tool at `pos` of the surrounding toolbar, if any.
    pub fn at(pos: Option<usize>) -> Tool {
        let stop = pos.and_then(|_| use_context::<Roving<usize>>());
        let tool = Tool { pos, stop };
        // A tool that goes (the calendar button while an entry is open) hands the tab stop back
        // to the first, so the toolbar is never left without one.
        on_cleanup(move || {
            if let (Some(p), Some(s)) = (tool.pos, tool.stop) {
                s.try_reset(p, 0);
            }
        });
        tool
    }

    pub fn tabindex(self) -> impl Fn() -> Option<i32> + Copy + Send + Sync + 'static {
        let at = self.pos.zip(self.stop).map(|(p, s)| s.tabindex(p));
        move || at.map(|f| f())
    }

    pub fn focused(self) {
        if let (Some(p), Some(s)) = (self.pos, self.stop) {
            s.focused(p);
        }
    }
}
