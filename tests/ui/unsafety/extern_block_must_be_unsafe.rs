//@ mode: check
// Edition 2024 wants `unsafe extern`; checking goes on after the error.
extern "C" {
    fn abs(x: i32) -> i32;
}

fn main() {
    let n = unsafe { abs(-5, 1) };
    println!("{}", n);
}
