use std::collections::VecDeque;

fn main() {
    let words = vec!["a", "b"];
    let q: VecDeque<String> = words.iter().map(|w| w.len()).collect();
    println!("{:?}", q);
}
