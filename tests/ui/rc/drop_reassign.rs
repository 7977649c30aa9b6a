// Assigning a new value drops the old one (after the new one is made).
struct Slot {
    n: i32,
}

impl Drop for Slot {
    fn drop(&mut self) {
        println!("drop slot {}", self.n);
    }
}

fn slot(n: i32) -> Slot {
    println!("new slot {}", n);
    Slot { n }
}

fn main() {
    let mut s = slot(1);
    println!("now {}", s.n);
    s = slot(2);
    println!("now {}", s.n);
    s = slot(3);
    println!("now {}", s.n);
}
