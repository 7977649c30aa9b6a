// `last` after a `flatten` whose items are `&u16`.
fn main() {
    let v: Vec<u16> = vec![7, 8];
    let last = v.iter().flatten().last();
    println!("{:?}", last);
}
