// Dropping the head of an Rc list drops the nodes nobody else shares.
use std::rc::Rc;

struct Node {
    value: i32,
    next: Option<Rc<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.value);
    }
}

fn main() {
    let tail = Rc::new(Node { value: 3, next: None });
    let middle = Rc::new(Node { value: 2, next: Some(Rc::clone(&tail)) });
    let head = Node { value: 1, next: Some(middle) };
    println!("tail owners: {}, head has next: {}", Rc::strong_count(&tail), head.next.is_some());
    drop(head);
    println!("tail owners after head: {}", Rc::strong_count(&tail));
}
