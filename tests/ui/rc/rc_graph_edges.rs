// A small graph: nodes shared by Rc, edges added through a RefCell.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    id: u32,
    edges: RefCell<Vec<Rc<Node>>>,
}

fn node(id: u32) -> Rc<Node> {
    Rc::new(Node { id, edges: RefCell::new(Vec::new()) })
}

fn show(n: &Node) {
    let edges = n.edges.borrow();
    let mut ids = Vec::new();
    for i in 0..edges.len() {
        ids.push(edges[i].id);
    }
    println!("node {} -> {:?}", n.id, ids);
}

fn main() {
    let a = node(1);
    let b = node(2);
    let c = node(3);
    a.edges.borrow_mut().push(Rc::clone(&b));
    a.edges.borrow_mut().push(Rc::clone(&c));
    b.edges.borrow_mut().push(Rc::clone(&c));
    show(&a);
    show(&b);
    show(&c);
    println!("c is shared by {}", Rc::strong_count(&c));
}
