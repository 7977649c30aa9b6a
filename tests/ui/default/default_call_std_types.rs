fn main() {
    let s: String = Default::default();
    let v: Vec<u8> = Default::default();
    let o: Option<char> = Default::default();
    let t: (u32, bool, String) = Default::default();
    println!("{:?} {:?} {:?} {:?}", s, v, o, t);
}
