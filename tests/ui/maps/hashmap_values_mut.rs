use std::collections::HashMap;

fn main() {
    let mut m = HashMap::from([("a", 1), ("b", 2)]);
    for v in m.values_mut() {
        *v *= 100;
    }
    for (_, v) in m.iter_mut() {
        *v += 1;
    }
    for (_, v) in &mut m {
        *v += 1;
    }
    println!("{} {}", m["a"], m["b"]);
}
