use std::collections::HashMap;

fn main() {
    let names = vec!["ann", "bo", "cy"];
    let lens: HashMap<&str, usize> = names.iter().map(|n| (*n, n.len())).collect();
    println!("{} {} {}", lens["ann"], lens["bo"], lens.len());
    let squares: HashMap<i32, i32> = (1..=4).map(|i| (i, i * i)).collect();
    println!("{:?} {:?}", squares.get(&3), squares.get(&9));
}
