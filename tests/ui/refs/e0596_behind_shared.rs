//@ mode: check
fn grow(v: &i32) {
    let m = &mut *v;
    *m += 1;
}

fn main() {
    let a = 1;
    grow(&a);
}
