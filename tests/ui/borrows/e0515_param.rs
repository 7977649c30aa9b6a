//@ mode: check
fn pick(n: i32, _other: &i32) -> &i32 {
    &n
}

fn main() {
    println!("{}", pick(1, &2));
}
