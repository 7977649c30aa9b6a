fn main() {
    let mut n = 5;
    let v = vec![&mut n];
    println!("{}", v.len());
    n += 1;
    println!("{}", n);
}
