fn main() {
    let mut v = vec![0];
    v.extend(1..4);
    v.extend((10..=12).map(|x| x * 2));
    let evens: Vec<i32> = v.iter().filter(|x| *x % 2 == 0).copied().collect();
    let mut w: Vec<i32> = Vec::new();
    w.extend(&evens[1..]);
    println!("{:?} {:?}", v, w);
}
