use std::fmt::Display;

// A recursive call's result is the function's own opaque type: its hidden type.
fn countdown(n: u32) -> impl Display {
    if n == 0 {
        return 0;
    }
    countdown(n - 1)
}

fn main() {
    println!("{}", countdown(3));
}
