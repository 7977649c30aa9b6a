use std::collections::HashMap;

fn main() {
    let prices = vec![(1.5, "tea"), (2.0, "cake")];
    let m: HashMap<f64, &str> = prices.into_iter().collect();
    println!("{}", m.len());
}
