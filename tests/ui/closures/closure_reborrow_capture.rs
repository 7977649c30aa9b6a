// Passing a captured `&mut` on reborrows `*r`: the closure is `FnMut` (so `f`
// needs its `mut`), and `r` itself needs none.
fn bump(r: &mut i32) {
    *r += 1;
}

fn main() {
    let mut v = 10;
    let r = &mut v;
    let mut f = || {
        bump(r);
        bump(r);
    };
    f();
    f();
    println!("{}", v);
}
