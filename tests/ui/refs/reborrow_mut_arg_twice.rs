// A `&mut` passed to a function is reborrowed, not moved: it can be passed again.
fn bump(r: &mut i32) {
    *r += 1;
}

fn main() {
    let mut v = 10;
    let r = &mut v;
    bump(r);
    bump(r);
    println!("{}", v);
}
