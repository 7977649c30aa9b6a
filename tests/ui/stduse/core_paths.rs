use core::mem;

fn main() {
    let mut v = vec![1, 2, 3];
    let old = mem::replace(&mut v, Vec::new());
    core::mem::swap(&mut v, &mut vec![9]);
    println!("{:?} {:?}", old, v);
}
