//@ mode: check
fn add_one(n: &mut i32) {
    *n += 1;
}

fn main() {
    let count = 0;
    add_one(&mut count);
    println!("{count}");
}
