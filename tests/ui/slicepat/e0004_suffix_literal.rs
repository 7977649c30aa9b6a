fn main() {
    let v: Vec<u8> = vec![3, 0];
    match &v[..] {
        [] => println!("empty"),
        [.., 0] => println!("ends in zero"),
    }
}
