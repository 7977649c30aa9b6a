fn main() {
    let label = Some(String::from("hello"));
    let words: Vec<String> = label.into_iter().collect();
    println!("{:?}", words);
    if label.is_some() {
        println!("still here");
    }
}
