fn main() {
    let v = Vec::new();
    println!("{}", v.len());
}
