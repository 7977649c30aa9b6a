use std::collections::HashSet;

fn main() {
    let words = ["a", "bb", "ccc"];
    let lens: HashSet<f32> = words.iter().map(|w| w.len() as f32).collect();
    println!("{}", lens.len());
}
