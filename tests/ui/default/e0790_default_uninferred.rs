fn main() {
    let x = Default::default();
    println!("{:?}", x);
}
