//@ mode: check
// `clone`, `collect` and friends are must_use through their trait's declaration.
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Point {
    x: i32,
}

#[derive(Debug)]
struct Label(String);

impl Clone for Label {
    fn clone(&self) -> Label {
        Label(self.0.clone())
    }
}

fn main() {
    let s = String::from("hi");
    s.clone();
    let v = vec![1, 2, 3];
    v.clone();
    v.iter().map(|x| x * 2).collect::<Vec<i32>>();
    let p = Point { x: 1 };
    p.clone();
    p.clone().max(Point { x: 2 });
    p.cmp(&Point { x: 0 });
    let l = Label(String::from("a"));
    l.clone();
    let shared = Rc::new(5);
    shared.clone();
    Rc::clone(&shared);
    Clone::clone(&s);
    String::from("x");
    i64::from(3i32);
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    m.get("a");
    m.len();
    Vec::<i32>::new();
    HashMap::<i32, i32>::new();
    Box::new(4);
    println!("{:?} {:?} {:?} {:?}", s, v, p, l);
}
