fn main() {
    let a = vec![1, 2, 3];
    let mut b = a.clone();
    println!("{}", a == b);
    b.push(4);
    println!("{} {}", a == b, a != b);
    println!("{:?} {:?}", a, b);
}
