#[derive(Debug)]
struct Node {
    val: i32,
    children: Vec<Node>,
}

impl Node {
    fn leaf(val: i32) -> Node {
        Node { val, children: vec![] }
    }
    fn sum(&self) -> i32 {
        self.val + self.children.iter().map(|c| c.sum()).sum::<i32>()
    }
    fn depth(&self) -> usize {
        1 + self.children.iter().map(Node::depth).max().unwrap_or(0)
    }
    fn find(&self, v: i32) -> Option<&Node> {
        if self.val == v {
            return Some(self);
        }
        self.children.iter().find_map(|c| c.find(v))
    }
    fn double(&mut self) {
        self.val *= 2;
        for c in &mut self.children {
            c.double();
        }
    }
}

enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn list_sum(l: &List) -> i32 {
    match l {
        Cons(v, rest) => v + list_sum(rest),
        Nil => 0,
    }
}

fn main() {
    let mut t = Node { val: 1, children: vec![Node::leaf(2), Node { val: 3, children: vec![Node::leaf(4)] }] };
    println!("{} {}", t.sum(), t.depth());
    println!("{:?}", t.find(3).map(|n| n.children.len()));
    t.double();
    println!("{}", t.sum());
    let l = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{}", list_sum(&l));
}
