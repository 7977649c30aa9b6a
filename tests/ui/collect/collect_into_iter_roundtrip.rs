fn main() {
    let words = vec![String::from("one"), String::from("two")];
    let again: Vec<String> = words.into_iter().collect();
    println!("{:?}", again);
}
