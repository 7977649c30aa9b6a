//@ mode: check
// rustc reports unreachable code while it type checks, so the warning comes before
// the type errors after it in the same function, and after earlier early lints.
fn pick(a: u32) -> u32 {
    if (a > 2) {
        return 1;
        let z: u32 = "s";
    }
    let w: i32 = "x";
    a
}

fn main() {
    let big = 1;
    println!("{}", pick(big));
}
