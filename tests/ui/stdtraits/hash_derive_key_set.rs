use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Cell {
    row: u8,
    col: u8,
}

fn main() {
    let cells = [Cell { row: 1, col: 2 }, Cell { row: 1, col: 2 }, Cell { row: 2, col: 1 }];
    let mut seen = HashSet::new();
    for c in cells {
        println!("{:?} new: {}", c, seen.insert(c));
    }
    println!("{}", seen.len());
    let mut hits: HashMap<Cell, u32> = HashMap::new();
    for c in &cells {
        *hits.entry(*c).or_insert(0) += 1;
    }
    println!("{:?}", hits.get(&Cell { row: 1, col: 2 }));
}
