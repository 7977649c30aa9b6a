//@ mode: check
// Functions of an `extern` block are unsafe to call unless declared `safe`; so is an
// `unsafe fn` of a module.
unsafe extern "C" {
    safe fn labs(x: i64) -> i64;
    fn abs(x: i32) -> i32;
}

mod checked {
    pub unsafe fn halve(x: i32) -> i32 {
        x / 2
    }
}

fn main() {
    let a = labs(-12);
    let b = abs(-3);
    let c = checked::halve(10);
    println!("{} {} {}", a, b, c);
}
