// A closure pattern must return `bool`: this one returns the `char` it was given.
fn main() {
    let word = "hello";
    let at = word.rfind(|c: char| c.to_ascii_uppercase());
    println!("{:?}", at);
}
