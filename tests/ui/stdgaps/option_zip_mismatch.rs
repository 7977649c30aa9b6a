fn main() {
    let a = Some(1);
    let z: Option<(i32, i32)> = a.zip(Some("two"));
    println!("{:?}", z);
}
