//! What the integration tests share: the memo's register as published (`data/register.json`).
//! Read here, not from the core: the app gets its register over the network, so the core
//! carries no register of its own.
#![allow(dead_code)]

use samverkan_core::model::Register;

pub const MEMO_JSON: &str = include_str!("../../../../data/register.json");

pub fn memo() -> Register {
    Register::from_json(MEMO_JSON).expect("data/register.json must load and validate")
}
