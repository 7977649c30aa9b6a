// clear and truncate drop the removed elements; assigning an element drops the old one.
struct Item(i32);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop item {}", self.0);
    }
}

fn main() {
    let mut v = vec![Item(1), Item(2), Item(3), Item(4)];
    v.truncate(2);
    println!("truncated to {}", v.len());
    v[0] = Item(10);
    println!("replaced the first: {}", v[0].0);
    v.clear();
    println!("cleared: {}", v.is_empty());
    v.push(Item(5));
    println!("end of main");
}
