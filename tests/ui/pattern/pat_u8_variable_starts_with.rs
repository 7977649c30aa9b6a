// A `u8` variable as a pattern: bytes are not `char`s, so it is no `Pattern`.
fn main() {
    let line = String::from("#comment");
    let hash: u8 = b'#';
    println!("{}", line.starts_with(hash));
}
