// A string literal compared with a reference to an array of bytes.
fn main() {
    let digits = [b'4', b'2'];
    let ok = "42" != &digits;
    println!("{}", ok);
}
