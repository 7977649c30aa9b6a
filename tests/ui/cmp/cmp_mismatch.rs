fn main() {
    let a: i32 = 5;
    let o = a.cmp(7);
    println!("{:?}", o);
}
