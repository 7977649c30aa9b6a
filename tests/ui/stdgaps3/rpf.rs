fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    let p = v.iter().filter(|x| **x % 2 == 0).rposition(|x| *x == 16);
    println!("{:?}", p);
}
