// A `&str` compared with a `char`: no `PartialEq<char>` impl for `&str`.
fn main() {
    let word = "a";
    let first = 'a';
    if word == first {
        println!("one letter");
    }
}
