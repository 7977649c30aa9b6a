// `any` after a `flatten` of booleans (by value, out of `into_iter`).
fn main() {
    let flags = vec![true, false];
    let hit = flags.into_iter().flatten().any(|b| b);
    println!("{}", hit);
}
