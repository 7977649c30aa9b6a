// mem::replace hands the old value back (dropped by its new owner); swap drops nothing.
use std::mem;

struct Page(u8);

impl Drop for Page {
    fn drop(&mut self) {
        println!("drop page {}", self.0);
    }
}

fn main() {
    let mut a = Page(1);
    let mut b = Page(2);
    mem::swap(&mut a, &mut b);
    println!("a = {}, b = {}", a.0, b.0);
    let old = mem::replace(&mut a, Page(3));
    println!("old = {}, a = {}", old.0, a.0);
    drop(old);
    println!("end of main");
}
