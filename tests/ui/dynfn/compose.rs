// Composing two boxed closures into a third.
fn compose(f: Box<dyn Fn(i32) -> i32>, g: Box<dyn Fn(i32) -> i32>) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| g(f(x)))
}

fn main() {
    let h = compose(Box::new(|x| x + 1), Box::new(|x| x * 10));
    println!("{}", h(4));
}
