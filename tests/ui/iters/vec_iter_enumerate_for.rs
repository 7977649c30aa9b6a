// `for (i, x) in v.iter().enumerate()`.
fn main() {
    let names = vec!["ada", "grace", "alan"];
    for (i, name) in names.iter().enumerate() {
        println!("{}: {}", i, name);
    }
}
