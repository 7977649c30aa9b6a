// A closure boxed as a `dyn Fn` trait object at an annotated let, then called.
fn main() {
    let inc: Box<dyn Fn(i32) -> i32> = Box::new(|x| x + 1);
    let shout: Box<dyn Fn(&str) -> String> = Box::new(|s| s.to_uppercase());
    println!("{} {}", inc(41), shout("hi"));
}
