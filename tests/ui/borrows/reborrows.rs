// Reborrowing through a `&mut`: the inner borrow ends before the outer one is used again.
fn add_one(n: &mut i32) {
    *n += 1;
}

fn twice(n: &mut i32) {
    add_one(n);
    add_one(&mut *n);
    let inner = &mut *n;
    *inner += 10;
    *n += 100;
}

fn main() {
    let mut v = 0;
    let m = &mut v;
    twice(m);
    let shared = &*m;
    println!("{shared}");
    *m += 1;
    println!("{v}");
}
