// `iter()` borrows the Vec immutably for the whole loop.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter() {
        if *x > 1 {
            v.push(*x);
        }
    }
    println!("{:?}", v);
}
