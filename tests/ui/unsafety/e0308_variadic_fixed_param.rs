//@ mode: check
// The declared parameters of a variadic function are checked like any other.
unsafe extern "C" {
    fn printf(format: *const u8, ...) -> i32;
}

fn main() {
    let count = 3;
    unsafe {
        printf(count, count);
    }
}
