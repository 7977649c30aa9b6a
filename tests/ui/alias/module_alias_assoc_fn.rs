use std::collections::HashMap;

mod stock {
    use std::collections::HashMap;

    pub type Shelf = HashMap<String, u32>;

    pub fn starter() -> Shelf {
        let mut s = Shelf::new();
        s.insert(String::from("apples"), 3);
        s
    }
}

fn total(s: &stock::Shelf) -> u32 {
    s.values().sum()
}

fn main() {
    let mut s = stock::starter();
    s.insert(String::from("pears"), 4);
    let copy: HashMap<String, u32> = s.clone();
    println!("{} {}", total(&s), copy.len());
}
