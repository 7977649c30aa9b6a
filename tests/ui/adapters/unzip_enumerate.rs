// `unzip` of `enumerate`'s `(index, item)` pairs, element types inferred (over `iter()` rustc asks for annotations: E0283).
fn main() {
    let letters = vec!['x', 'y', 'z'];
    let (idx, chars): (Vec<_>, Vec<_>) = letters.into_iter().enumerate().unzip();
    println!("{:?} {:?}", idx, chars);
}
