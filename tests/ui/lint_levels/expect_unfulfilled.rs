#[expect(dead_code)]
fn used() -> i32 {
    1
}

fn main() {
    println!("{}", used());
}
