use std::mem::{replace, swap};

fn rotate(a: &mut i32, b: &mut i32, c: &mut i32) {
    swap(a, b);
    swap(b, c);
}

fn main() {
    let (mut x, mut y, mut z) = (1, 2, 3);
    rotate(&mut x, &mut y, &mut z);
    let before = replace(&mut x, 100);
    println!("{x} {y} {z} (x was {before})");
}
