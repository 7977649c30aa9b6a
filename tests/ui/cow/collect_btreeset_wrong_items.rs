use std::collections::BTreeSet;

fn main() {
    let bytes = vec![104u8, 105u8];
    let letters: BTreeSet<char> = bytes.into_iter().collect();
    println!("{:?}", letters);
}
