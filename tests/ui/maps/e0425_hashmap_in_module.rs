mod inner {
    pub fn make() -> usize {
        let m: HashMap<i32, i32> = HashMap::new();
        m.len()
    }
}

use std::collections::HashSet;

fn main() {
    let s: HashSet<i32> = HashSet::new();
    println!("{} {}", inner::make(), s.len());
}
