// The value of a boxed closure's call has the object's return type.
fn main() {
    let f: Box<dyn Fn(i32) -> bool> = Box::new(|x| x > 0);
    let n: i32 = f(3);
    println!("{}", n);
}
