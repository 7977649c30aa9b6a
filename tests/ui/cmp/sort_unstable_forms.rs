fn main() {
    let mut u = vec![9, 3, 7, 1];
    u.sort_unstable();
    println!("{:?}", u);
    u.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", u);
    let mut w = vec![-4i32, 2, -1, 3];
    w.sort_unstable_by_key(|x| x.abs());
    println!("{:?}", w);
}
