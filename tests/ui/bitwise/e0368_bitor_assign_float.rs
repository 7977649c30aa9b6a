//@ mode: check
// `|=` does not apply to floats.
fn main() {
    let mut f = 1.0;
    f |= 2.0;
    println!("{f}");
}
