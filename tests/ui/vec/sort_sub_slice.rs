fn main() {
    let mut v = vec![9, 4, 7, 1, 3];
    v[1..4].sort();
    println!("{:?}", v);
    let tail = &mut v[3..];
    tail[0] = 100;
    println!("{:?} {}", v, v[1..].len());
}
