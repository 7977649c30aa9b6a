// A function item boxed as a trait object.
fn square(n: i64) -> i64 {
    n * n
}

fn main() {
    let f: Box<dyn Fn(i64) -> i64> = Box::new(square);
    println!("{}", f(12));
}
