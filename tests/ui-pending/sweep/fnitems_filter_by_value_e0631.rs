fn is_small(x: u8) -> bool {
    x < 10
}

fn main() {
    let v: Vec<u8> = vec![3, 30];
    let w: Vec<u8> = v.into_iter().filter(is_small).collect();
    println!("{:?}", w);
}
