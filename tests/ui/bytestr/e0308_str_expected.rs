fn main() {
    let name: &str = b"ferris";
    println!("{}", name);
}
