use std::fmt::{Debug, Display};

struct Labelled<T: Display> {
    label: String,
    value: T,
}

impl<T: Display> Labelled<T> {
    fn new(label: &str, value: T) -> Self {
        Labelled { label: label.to_string(), value }
    }
    fn show(&self) -> String {
        format!("{}: {}", self.label, self.value)
    }
}

#[derive(Debug)]
enum Tree<T>
where
    T: Debug + Clone,
{
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
}

fn leaves<T: Debug + Clone>(t: &Tree<T>) -> Vec<T> {
    match t {
        Tree::Leaf(v) => vec![v.clone()],
        Tree::Node(a, b) => {
            let mut out = leaves(a);
            out.extend(leaves(b));
            out
        }
    }
}

fn main() {
    let a = Labelled::new("width", 30);
    let b = Labelled { label: String::from("name"), value: "box" };
    println!("{}", a.show());
    println!("{}", b.show());
    let t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Leaf(2)));
    println!("{:?} {:?}", t, leaves(&t));
}
