fn main() {
    let names = vec![String::from("ada"), String::from("linus")];
    for name in names {
        println!("hello, {}", name);
    }
}
