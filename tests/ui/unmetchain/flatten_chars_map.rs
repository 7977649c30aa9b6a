// A `map` with a closure after a `flatten` of chars: rustc says nothing of the closure.
fn main() {
    let letters = ['a', 'b'];
    let up: Vec<char> = letters.iter().flatten().map(|c| c.to_ascii_uppercase()).collect();
    println!("{:?}", up);
}
