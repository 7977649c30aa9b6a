// A boxed closure's call takes exactly its parameters.
fn main() {
    let add: Box<dyn Fn(i32, i32) -> i32> = Box::new(|a, b| a + b);
    println!("{}", add(1));
}
