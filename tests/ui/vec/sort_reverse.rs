fn main() {
    let mut v = vec![5, 3, 9, 1, 3];
    v.sort();
    println!("{:?}", v);
    v.reverse();
    println!("{:?}", v);
    v.swap(0, 4);
    println!("{:?}", v);
}
