use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert(String::from("x"), 10);
    m.insert(String::from("y"), 20);
    let mut sum = 0;
    let mut chars = 0;
    for (k, v) in m {
        chars += k.len();
        sum += v;
    }
    println!("{sum} {chars}");
}
