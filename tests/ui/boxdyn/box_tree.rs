// A binary search tree with `Option<Box<Node>>` children.
struct Node {
    value: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(value: i32) -> Node {
        Node { value, left: None, right: None }
    }

    fn insert(&mut self, value: i32) {
        if value < self.value {
            match self.left {
                Some(ref mut n) => n.insert(value),
                None => self.left = Some(Box::new(Node::new(value))),
            }
        } else {
            match &mut self.right {
                Some(n) => n.insert(value),
                None => self.right = Some(Box::new(Node::new(value))),
            }
        }
    }

    fn in_order(&self, out: &mut Vec<i32>) {
        if let Some(l) = &self.left {
            l.in_order(out);
        }
        out.push(self.value);
        if let Some(r) = &self.right {
            r.in_order(out);
        }
    }

    fn depth(&self) -> usize {
        let l = match &self.left {
            Some(n) => n.depth(),
            None => 0,
        };
        let r = match &self.right {
            Some(n) => n.depth(),
            None => 0,
        };
        1 + if l > r { l } else { r }
    }
}

fn main() {
    let mut root = Node::new(5);
    for v in [3, 8, 1, 4, 9, 7] {
        root.insert(v);
    }
    let mut out = Vec::new();
    root.in_order(&mut out);
    println!("{:?}", out);
    println!("depth {}", root.depth());
}
