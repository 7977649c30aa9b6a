//@ mode: check
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let sum = add(1 2);
    println!("{}", sum);
}
