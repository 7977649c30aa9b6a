fn main() {
    let s = String::default();
    let v = Vec::<i32>::default();
    let o = Option::<bool>::default();
    println!("{:?} {:?} {:?}", s, v, o);
    println!("{} {} {} {:?}", u8::default(), f32::default(), bool::default(), char::default());
}
