//@ mode: check
fn main() {
    let mut level = 3;
    let edit = &mut level;
    let seen = &level;
    println!("{seen}");
    *edit += 1;
}
