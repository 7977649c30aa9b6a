fn main() {
    let a: Option<i32> = None;
    let b: Option<i32> = Some(5);
    println!("{} {}", a.unwrap_or_default(), b.unwrap_or_default());
    let s: Option<String> = None;
    println!("{:?}", s.unwrap_or_default());
}
