// The item a default method returns still borrows the iterator's data.
fn first_long(words: &[String], min: usize) -> Option<&String> {
    words.iter().filter(|w| w.len() >= min).next()
}

fn main() {
    let found;
    {
        let words = vec!["hi".to_string(), "hello".to_string()];
        found = first_long(&words, 3);
    }
    println!("{:?}", found);
}
