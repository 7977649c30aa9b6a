//@ mode: check
fn main() {
    let mut initial =
        'a';
    initial = 5;
    println!("{initial}");
}
