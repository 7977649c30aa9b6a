fn main() {
    let e = u8::try_from(-5i16).unwrap_err();
    println!("{}", e);
    println!("{:?}", e);
    println!("{:#?}", e);
    let s = e.to_string();
    println!("{}", s.len());
}
