fn main() {
    let v: Vec<u64> = vec![1u32.into(), 2u8.into()];
    let total: f64 = v.len() as f64 + f64::from(3u32);
    println!("{:?} {}", v, total);
    let s: String = 'a'.into();
    println!("{}", s);
}
