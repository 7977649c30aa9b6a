// Bytes are not iterable: `count` on the `Flatten` cannot be called.
fn main() {
    let v: Vec<u8> = vec![1, 2];
    let c = v.iter().flatten().count();
    println!("{}", c);
}
