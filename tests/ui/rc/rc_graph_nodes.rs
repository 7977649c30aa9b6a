// A small graph: nodes shared by Rc, edges added through RefCell.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    id: u32,
    edges: RefCell<Vec<Rc<Node>>>,
}

fn node(id: u32) -> Rc<Node> {
    Rc::new(Node { id, edges: RefCell::new(Vec::new()) })
}

fn main() {
    let a = node(1);
    let b = node(2);
    let c = node(3);
    a.edges.borrow_mut().push(Rc::clone(&b));
    a.edges.borrow_mut().push(Rc::clone(&c));
    b.edges.borrow_mut().push(Rc::clone(&c));
    for n in [&a, &b, &c] {
        let ids: Vec<u32> = n.edges.borrow().iter().map(|e| e.id).collect();
        println!("node {} -> {:?}", n.id, ids);
    }
    println!("c is shared by {}", Rc::strong_count(&c));
}
