//@ mode: check
fn touch(n: &mut i32) {
    let a = &mut *n;
    let b = &mut *n;
    *b += 1;
    *a += 1;
}

fn main() {
    let mut v = 0;
    touch(&mut v);
    println!("{v}");
}
