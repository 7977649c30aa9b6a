//@ mode: check
// Each boxed closure kind's call checks its arity; rustc points at std's impl for Box.
fn main() {
    let add: Box<dyn Fn(i32, i32) -> i32> = Box::new(|a, b| a + b);
    println!("{}", add(1, 2, 3));
    let mut inc: Box<dyn FnMut(i32)> = Box::new(|_a| {});
    inc();
    let once: Box<dyn FnOnce() -> i32> = Box::new(|| 4);
    println!("{}", once(5));
}
