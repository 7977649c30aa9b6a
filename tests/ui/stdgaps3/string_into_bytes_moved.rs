fn main() {
    let name = String::from("Ferris");
    let raw = name.into_bytes();
    println!("{:?}", raw);
    println!("{}", name);
}
