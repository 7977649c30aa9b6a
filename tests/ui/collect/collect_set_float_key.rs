use std::collections::HashSet;

fn main() {
    let s: HashSet<f64> = vec![1.5, 2.5].into_iter().collect();
    println!("{}", s.len());
}
