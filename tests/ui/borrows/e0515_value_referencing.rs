//@ mode: check
fn doubled(n: &i32) -> &i32 {
    let d = *n * 2;
    let r = &d;
    r
}

fn main() {
    println!("{}", doubled(&4));
}
