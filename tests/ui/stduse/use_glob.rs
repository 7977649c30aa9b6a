use std::mem::*;

fn main() {
    let mut a = [1, 2];
    let mut b = [3, 4];
    swap(&mut a, &mut b);
    println!("{:?} {:?}", a, b);
}
