// Closures with inferred and annotated parameters, called through their variables.
fn main() {
    let add_one = |x| x + 1;
    let add = |a: i32, b: i32| -> i32 { a + b };
    let answer = || 42;
    println!("{}", add_one(4));
    println!("{}", add(2, 3));
    println!("{}", answer());
}
