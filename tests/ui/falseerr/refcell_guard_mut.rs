use std::cell::RefCell;

struct Tally {
    hits: u32,
    names: Vec<String>,
}

fn main() {
    let t = RefCell::new(Tally { hits: 0, names: Vec::new() });
    {
        let mut g = t.borrow_mut();
        g.hits += 2;
        g.names.push("ann".to_string());
    }
    let g = t.borrow();
    println!("{} {:?}", g.hits, g.names);
}
