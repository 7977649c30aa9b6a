// A name shadowed by a new binding: the old borrow is dead once its binding is unused.
fn main() {
    let mut n = 1;
    let r = &n;
    println!("{r}");
    let r = &mut n;
    *r += 1;
    let r = &n;
    println!("{r} {n}");
}
