use std::cell::{Cell, RefCell};

struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let c = RefCell::new(Noisy(1));
    *c.borrow_mut() = Noisy(2);
    println!("after assign");
    let old = c.replace(Noisy(3));
    println!("replaced {}", old.0);
    let k = Cell::new(Noisy(4));
    k.set(Noisy(5));
    println!("after set");
}
