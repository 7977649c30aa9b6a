// Method calls walk through `Deref` impls to the target's methods.
use std::ops::{Deref, DerefMut};

struct Guard {
    items: Vec<i32>,
    label: String,
}

impl Deref for Guard {
    type Target = Vec<i32>;

    fn deref(&self) -> &Vec<i32> {
        &self.items
    }
}

impl DerefMut for Guard {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        &mut self.items
    }
}

fn main() {
    let mut g = Guard { items: vec![3, 1], label: String::from("g") };
    g.push(2);
    println!("{} {} {:?}", g.label, g.len(), g.first());
    g.sort();
    println!("{:?}", *g);
}
