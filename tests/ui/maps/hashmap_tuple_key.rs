use std::collections::HashMap;

fn main() {
    let mut grid: HashMap<(i32, i32), &str> = HashMap::new();
    grid.insert((0, 0), "origin");
    grid.insert((1, -1), "corner");
    println!("{:?} {:?}", grid.get(&(1, -1)), grid.get(&(9, 9)));
    if !grid.contains_key(&(5, 5)) {
        grid.insert((5, 5), "far");
    }
    println!("{}", grid.len());
}
