// A closure matching on a captured enum value.
enum Mode {
    Add,
    Mul,
}

fn main() {
    let mode = Mode::Mul;
    let op = |a: i32, b: i32| match mode {
        Mode::Add => a + b,
        Mode::Mul => a * b,
    };
    println!("{}", op(6, 7));
    let other = Mode::Add;
    let op2 = move |a: i32| match other {
        Mode::Add => a + 1,
        Mode::Mul => a * 2,
    };
    println!("{}", op2(6));
}
