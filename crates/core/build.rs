//! Chooses the register compiled in (`load::BUNDLED_JSON`): the repository's `data/register.json`,
//! or the file named by the environment variable `SAMVERKAN_REGISTER` (the benchmarks build with
//! synthetic registers). The app, the pre-render step and the checker all get it from here.

fn main() {
    println!("cargo::rerun-if-env-changed=SAMVERKAN_REGISTER");
    let path = match std::env::var("SAMVERKAN_REGISTER") {
        Ok(path) if !path.is_empty() => path,
        _ => match std::env::var("CARGO_MANIFEST_DIR") {
            Ok(dir) => format!("{dir}/../../data/register.json"),
            Err(_) => "../../data/register.json".to_string(),
        },
    };
    println!("cargo::rerun-if-changed={path}");
    println!("cargo::rustc-env=SAMVERKAN_REGISTER_FILE={path}");
}
