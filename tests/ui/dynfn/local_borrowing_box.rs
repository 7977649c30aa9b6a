// A boxed closure used locally may still not borrow (its lifetime is not modelled).
fn main() {
    let base = 10;
    let f: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + base);
    let g: &dyn Fn(i32) -> i32 = &|x| x * base;
    println!("{} {}", f(1), g(2));
}
