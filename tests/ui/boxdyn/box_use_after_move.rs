// A box is not `Copy`: passing it by value moves it.
fn take(b: Box<i32>) -> i32 {
    *b
}

fn main() {
    let b = Box::new(7);
    let n = take(b);
    println!("{} {}", n, b);
}
