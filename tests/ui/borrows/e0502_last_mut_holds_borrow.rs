fn main() {
    let mut words = vec![String::from("x"), String::from("yy")];
    let mut buckets: Vec<Vec<&String>> = vec![Vec::new()];
    buckets.last_mut().unwrap().push(&words[1]);
    words.clear();
    println!("{:?}", buckets);
}
