fn main() {
    let x: i32 = 77;
    let b: u8 = x.try_into().unwrap();
    println!("{}", b);
    let r: Result<i8, _> = 200u8.try_into();
    println!("{:?}", r);
}
