//! Starts the app (`samverkansregistret::start`).

fn main() {
    samverkansregistret::start();
}
