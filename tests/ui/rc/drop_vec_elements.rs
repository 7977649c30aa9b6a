// A Vec drops its elements in order; `pop` hands one out, dropped by its new owner.
struct Item(i32);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop item {}", self.0);
    }
}

fn main() {
    let mut v = Vec::new();
    for i in 1..=4 {
        v.push(Item(i));
    }
    if let Some(last) = v.pop() {
        println!("popped {}", last.0);
    }
    println!("vec has {}", v.len());
}
