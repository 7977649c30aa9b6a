fn main() {
    let v = vec![4, 5, 6];
    match v.as_slice() {
        [x, _] | [x, _, y] => println!("{x}"),
        _ => println!("other"),
    }
}
