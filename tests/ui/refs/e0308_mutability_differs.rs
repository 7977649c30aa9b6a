//@ mode: check
fn add_one(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut n = 1;
    add_one(&n);
    println!("{n}");
}
