//@ mode: check
// The early lints run after name resolution, even when it failed.
fn main() {
    let Big = (1);
    while true {
        break;
    }
    println!("{}", nope);
}
