fn main() {
    let b: Option<Box<u8>> = Some(Box::new(1));
    let x = b.as_deref(0);
    println!("{:?}", x);
}
