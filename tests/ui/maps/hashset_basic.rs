use std::collections::HashSet;

fn main() {
    let mut seen = HashSet::new();
    for n in [3, 1, 3, 2, 1] {
        if seen.insert(n) {
            println!("new {n}");
        } else {
            println!("again {n}");
        }
    }
    println!("{} {} {}", seen.len(), seen.contains(&2), seen.contains(&7));
    println!("{} {}", seen.remove(&3), seen.remove(&3));
    println!("{}", seen.len());
}
