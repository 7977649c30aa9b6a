//@ mode: check
fn main() {
    let maybe: Option<u8> = Some(1);
    match maybe {
        Some(n) => println!("{n}"),
    }
}
