//@ mode: check
fn main() {
    let o: Option<u8> = Some(2);
    let v = match o {
        Some(n) => n,
        None => "zero",
    };
    println!("{v}");
}
