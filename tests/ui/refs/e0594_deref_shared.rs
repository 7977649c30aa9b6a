//@ mode: check
fn set(r: &i32) {
    *r = 3;
}

fn main() {
    let n = 1;
    set(&n);
    println!("{n}");
}
