// `dedup` removes consecutive repeats only.
fn main() {
    let mut v = vec![1, 1, 2, 2, 2, 3, 1, 1];
    v.dedup();
    println!("{:?}", v);
    let mut words = vec!["a", "a", "b", "a"];
    words.dedup();
    println!("{:?}", words);
    let mut empty: Vec<i32> = Vec::new();
    empty.dedup();
    println!("{:?}", empty);
}
