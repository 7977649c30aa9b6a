// `trim_matches` of an integer: E0277 at the literal, the bound in `trim_matches`.
fn main() {
    let padded = "007";
    println!("{}", padded.trim_matches(0));
}
