//! The interface language of this page: which of the core's tables ([`samverkan_core::i18n`])
//! [`t`] answers from. The shell sets it before it renders; views read their words through `t()`.

use std::cell::Cell;

pub use samverkan_core::i18n::texts;
use samverkan_core::i18n::Texts;
use samverkan_core::url::Lang;

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Sv) };
}

/// Makes `lang` the language [`t`] answers in.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// The active language's table.
pub fn t() -> &'static Texts {
    texts(lang())
}
