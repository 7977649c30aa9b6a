use std::ops::{Deref, DerefMut};
use std::rc::Rc;

struct W(Vec<i32>);

impl Deref for W {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}

impl DerefMut for W {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        &mut self.0
    }
}

fn main() {
    let mut w = W(vec![1, 2, 3]);
    println!("{}", w[1]);
    w[1] = 5;
    println!("{} {}", w[1], w.len());
    let rc = Rc::new(vec![10, 20]);
    println!("{}", rc[0]);
    let b = Box::new([7, 8, 9]);
    println!("{}", b[2]);
    let mut bv = Box::new(vec![1, 2]);
    bv[0] += 40;
    println!("{:?} {}", bv, bv[0]);
    let r = &w;
    println!("{}", r[2]);
}
