// A Weak does not keep the value alive: upgrade gives None once it is gone.
use std::rc::{Rc, Weak};

fn main() {
    let strong = Rc::new(10);
    let weak: Weak<i32> = Rc::downgrade(&strong);
    println!("strong = {}, weak = {}", Rc::strong_count(&strong), Rc::weak_count(&strong));
    match weak.upgrade() {
        Some(v) => println!("upgraded to {}", v),
        None => println!("gone"),
    }
    drop(strong);
    match weak.upgrade() {
        Some(v) => println!("upgraded to {}", v),
        None => println!("gone"),
    }
    let empty: Weak<i32> = Weak::new();
    println!("empty upgrades: {}", empty.upgrade().is_none());
}
