// An Rc derefs to its value: methods, fields and `*rc`.
use std::rc::Rc;

struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn sum(&self) -> i32 {
        self.x + self.y
    }
}

fn main() {
    let p = Rc::new(Point { x: 3, y: 4 });
    let q = Rc::clone(&p);
    println!("x = {}, y = {}", p.x, q.y);
    println!("sum = {}", q.sum());
    let n = Rc::new(41);
    let m = *n + 1;
    println!("{} {}", n, m);
    let words = Rc::new(vec![String::from("a"), String::from("b")]);
    println!("{} words, first {}", words.len(), words[0]);
    println!("{:?}", words);
}
