fn main() {
    let names = vec![String::from("ada"), String::from("bob")];
    let first = names[0];
    println!("{}", first);
}
