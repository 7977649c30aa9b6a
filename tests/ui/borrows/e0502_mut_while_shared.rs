//@ mode: check
fn main() {
    let mut level = 3;
    let seen = &level;
    let edit = &mut level;
    *edit += 1;
    println!("{seen}");
}
