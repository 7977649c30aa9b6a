// `rev` then `enumerate` numbers the reversed items from zero.
fn main() {
    let v = vec!["x", "y", "z"];
    for (i, s) in v.iter().rev().enumerate() {
        println!("{} {}", i, s);
    }
    for (i, s) in v.iter().enumerate().skip(1) {
        println!("{} {}", i, s);
    }
}
