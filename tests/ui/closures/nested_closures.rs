// A closure that creates and calls another one, both capturing from the outside.
fn main() {
    let factor = 3;
    let mut log = 0;
    let mut outer = |x: i32| {
        let inner = |y: i32| y * factor;
        log += 1;
        inner(x) + 1
    };
    println!("{}", outer(2));
    println!("{}", outer(5));
    println!("calls: {}", log);
}
