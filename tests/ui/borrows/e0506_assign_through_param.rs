//@ mode: check
fn reset(n: &mut i32) {
    let seen = &*n;
    *n = 0;
    println!("{seen}");
}

fn main() {
    let mut v = 3;
    reset(&mut v);
    println!("{v}");
}
